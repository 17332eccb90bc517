using System.Globalization;
using FsCheck.Xunit;

namespace SolutionFit.Cli.Tests;

/// <summary>The table's reading (Sep, then CsvHelper from the first quote) equals CsvHelper's reading of the same text, errors included; its numbers are the BCL's.</summary>
public sealed class CsvTablePropertyTests
{
    private const string Alphabet = "ab1. ,\t\r\n\"";

    [Property(MaxTest = 2000)]
    public bool Read_AnyText_AsCsvHelperReadsIt(byte[] codes, byte chunk)
    {
        var text = new string((codes ?? []).Select(c => Alphabet[c % Alphabet.Length]).ToArray());
        return Outcome(reader => CsvTable.Read(reader, "t.csv"), text, chunk) == Reference(text);
    }

    [Property(MaxTest = 1000)]
    public bool Read_RowsWithAnyLineEndings_AsCsvHelperReadsThem(byte[][] rows, byte chunk)
    {
        string[] endings = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"];
        string[] cells = ["1", " 2.5 ", "", "NA", "a b", " \t", "-0", "\"q\"", "\"x,\ny\"", "x\"y"];
        var text = "id , price\r\n" + string.Concat((rows ?? []).Select(r => r is [var a, var b, var e, ..]
            ? $"{cells[a % cells.Length]},{cells[b % cells.Length]}{endings[e % endings.Length]}"
            : string.Concat((r ?? []).Select(c => cells[c % cells.Length])) + "\n"));
        return Outcome(reader => CsvTable.Read(reader, "t.csv"), text, chunk) == Reference(text);
    }

    [Property(MaxTest = 1000)]
    public bool Read_Streamed_TheRowsItKeeps(byte[][] rows, byte chunk)
    {
        var text = "a,b\n" + string.Concat((rows ?? []).Select(r => string.Join(",", (r ?? []).Take(2).Select(c => c.ToString(CultureInfo.InvariantCulture))) + (r is [.., > 128] ? "\r\n" : "\n")));
        var streamed = new List<string>();
        var expected = Outcome(reader => CsvTable.Read(reader, "t.csv"), text, chunk);
        var actual = Outcome(reader => CsvTable.Read(reader, "t.csv", stream: (_, row) => streamed.Add(Show(row.Line, row.ToArray()))), text, chunk);
        return expected.StartsWith("error", StringComparison.Ordinal)
            ? actual == expected
            : expected == $"2 columns\n{string.Join("\n", streamed)}";
    }

    [Fact]
    public void Read_RecordLongerThanTheBuffer_IsOneRecord()
    {
        var longCell = new string('7', 200_000);
        var table = CsvTable.Read(new Trickle($"a,b\r\n1,{longCell}\r\n2,3\r\n", 4093), "t.csv");

        Assert.Equal([(2, ["1", longCell]), (3, ["2", "3"])], table.Rows.Select(r => (r.Line, r.Cells)));
    }

    [Fact]
    public void Read_QuoteAfterManyLines_CsvHelperReadsOnAtTheRightLine()
    {
        var rows = string.Concat(Enumerable.Range(0, 5000).Select(i => $"{i},x\r\n\r\n"));
        var ex = Assert.Throws<InputException>(() => CsvTable.Read(new StringReader($"a,b\n{rows}1,2\"3\n"), "t.csv"));

        Assert.StartsWith("t.csv: line 10002: a quote is out of place in the cell '2\"3'", ex.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 2000)]
    public bool TryParseNumber_PlainDecimal_AsTheBclParsesIt(bool negative, ulong whole, byte fraction, uint decimals)
    {
        var text = $"{(negative ? "-" : string.Empty)}{whole % 100_000_000_000}{(fraction % 3 == 0 ? string.Empty : "." + (decimals % 10_000_000).ToString(CultureInfo.InvariantCulture).PadLeft(fraction % 9, '0'))}";
        return SameNumber(text);
    }

    [Property(MaxTest = 2000)]
    public bool TryParseNumber_AnyText_AsTheBclParsesIt(byte[] codes)
    {
        const string digits = "0123456789.-+eE ";
        return SameNumber(new string((codes ?? []).Select(c => digits[c % digits.Length]).ToArray()));
    }

    [Theory]
    [InlineData("-0")]
    [InlineData("0.1")]
    [InlineData("999999999999999")]
    [InlineData("9999999999999999")]
    [InlineData("0.000000000000001")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("1e400")]
    [InlineData("-1e-400")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("12345678901234567890.123456789")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("+.5")]
    [InlineData(" 1.5 ")]
    [InlineData("\t2")]
    [InlineData("\u00a01")]
    [InlineData("inf")]
    [InlineData("Infinity")]
    [InlineData("-NaN")]
    [InlineData("1,5")]
    [InlineData("")]
    public void TryParseNumber_EdgeCases_AsTheBclParsesThem(string text) => Assert.True(SameNumber(text));

    private static bool SameNumber(string text)
    {
        var expected = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var bcl) && double.IsFinite(bcl);
        var actual = CsvTable.TryParseNumber(text.AsSpan(), out var value);
        return actual == expected && (!actual || BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(bcl));
    }

    private static string Show(int line, string[] cells) => $"{line}: {string.Join("|", cells)}";

    /// <summary>CsvHelper's reading, the text handed over whole (read a few characters at a time, CsvHelper 33 can take CR LF CR LF split across reads for a record with one empty cell).</summary>
    private static string Reference(string text) => Outcome(reader => CsvTable.ReadWithCsvHelper(reader, "t.csv"), text, chunk: null);

    private static string Outcome(Func<TextReader, CsvTable> read, string text, byte? chunk)
    {
        try
        {
            var table = read(chunk is { } c ? new Trickle(text, 1 + (c % 16)) : new StringReader(text));
            return $"{table.Width} columns\n{string.Join("\n", table.Rows.Select(r => Show(r.Line, r.Cells)))}";
        }
        catch (InputException ex)
        {
            return $"error {ex.Message}";
        }
    }

    /// <summary>A reader that hands out at most a few characters a call, so records and CR LF fall across reads.</summary>
    private sealed class Trickle(string text, int most) : TextReader
    {
        private int _at;

        public override int Peek() => _at < text.Length ? text[_at] : -1;

        public override int Read() => _at < text.Length ? text[_at++] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var count = Math.Min(Math.Min(buffer.Length, most), text.Length - _at);
            text.AsSpan(_at, count).CopyTo(buffer);
            _at += count;
            return count;
        }
    }
}
