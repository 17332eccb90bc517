using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace SolutionFit.Cli.Tests.Fuzzing;

/// <summary>What a perturbation does to a valid example file.</summary>
internal enum PerturbationKind
{
    ReplaceNumber,
    DropNumber,
    DropField,
    DuplicateField,
    SwapFields,
    Bom,
    Nul,
    CrLf,
    LoneCr,
    BreakInQuotedField,
    ControlInValue,
    LongLine,
    DeepNesting,
    DuplicateLine,
    DropLine,
    EmptyLine,
    Truncate,
}

/// <summary>
/// One edit of a file: <see cref="Kind"/> says what, <see cref="Where"/> picks the place (modulo the places found) and
/// <see cref="What"/> the replacement (modulo the choices). Applied to JSON or CSV text; a place that does not exist
/// (no number left, say) leaves the text as it is.
/// </summary>
internal sealed partial record Perturbation(PerturbationKind Kind, int Where, int What)
{
    /// <summary>Numbers in every spelling a reader might meet: extremes of double, subnormals, -0, overflow, NaN and infinity spelled every way, locale and radix spellings.</summary>
    public static readonly string[] Numbers =
    [
        "1e308", "-1e308", "1.7976931348623157e308", "-1.7976931348623157E+308", "1e309", "-1e309", "1e155", "1e-170",
        "5e-324", "4.9E-324", "1e-310", "2.2250738585072014e-308", "-5e-324", "-0", "-0.0", "0", "0.0", "-1", "-1e-308",
        "NaN", "nan", "NAN", "-NaN", "+NaN", "\"NaN\"", "Infinity", "-Infinity", "+Infinity", "\"-Infinity\"", "inf", "-inf", "Inf", "∞", "-∞",
        "1e20", "-1e20", "2147483647", "2147483648", "-2147483649", "9007199254740993", "123456789012345678901234567890",
        "0x10", "1,5", "0,5", "1 000", "1_000", "+1", ".5", "5.", "1e", "١", "１", "1e-5", "0.1", "10", "1000000000", "",
    ];

    private static readonly string[] Controls = ["\n", "\r", "\r\n", "\t", "\0", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u202e", "\ufeff"];

    private static readonly int[] Depths = [1, 2, 63, 64, 65, 1000, 100_000];

    private static readonly int[] Lengths = [1_000, 100_000, 1_000_000];

    public static Gen<Perturbation> Generator { get; } =
        from kind in Gen.Elements(Enum.GetValues<PerturbationKind>())
        from place in Gen.Choose(0, 1 << 20)
        from what in Gen.Choose(0, 1 << 20)
        select new Perturbation(kind, place, what);

    /// <summary>Applies the edit to a file of the given extension (".json" or ".csv").</summary>
    public string Apply(string text, string extension) => extension == ".json" ? ApplyJson(text) : ApplyCsv(text);

    public override string ToString() => $"{Kind}@{Where}/{What}";

    private string ApplyJson(string text) => Kind switch
    {
        PerturbationKind.DropField => Edit(text, JsonScalarProperty(), m => string.Empty, withComma: true),
        PerturbationKind.DuplicateField => Edit(text, JsonScalarProperty(), m => $"{m.Value}, {m.Value}"),
        PerturbationKind.SwapFields => SwapValues(text),
        PerturbationKind.BreakInQuotedField => Edit(text, JsonString(), m => m.Value.Insert(Math.Max(1, m.Length / 2), Pick(["\n", "\\n", "\r\n", "\\r\\n", "\\u2028"]))),
        PerturbationKind.ControlInValue => Edit(text, JsonString(), m => m.Value.Insert(Math.Max(1, m.Length / 2), Pick(["\\u0000", "\\u001b[31m", "\\u007f", "\\t", "\\u0085", "\\u202e", "\u007f", "\\ud800"]))),
        PerturbationKind.LongLine => Edit(text, JsonString(), m => m.Value.Insert(1, new string('x', Pick(Lengths)))),
        PerturbationKind.DeepNesting => Edit(text, NumberToken(), m => new string('[', Pick(Depths)) + m.Value + new string(']', Pick(Depths))),
        _ => ApplyText(text),
    };

    private string ApplyCsv(string text)
    {
        var lines = text.Split('\n');
        return Kind switch
        {
            PerturbationKind.DropField => Columns(lines, (cells, c) => cells.RemoveAt(c)),
            PerturbationKind.DuplicateField => Columns(lines, (cells, c) => cells.Insert(c, cells[c])),
            PerturbationKind.SwapFields => SwapHeaders(lines),
            PerturbationKind.BreakInQuotedField => Edit(text, CsvCell(), m => $"\"{m.Value}{Pick(["\n", "\r\n", "\r", "\"\"", "\n\n"])}{m.Value}\""),
            PerturbationKind.ControlInValue => Edit(text, CsvCell(), m => m.Value + Pick(Controls)),
            PerturbationKind.LongLine => Edit(text, CsvCell(), m => m.Value + new string(Pick(['x', ',', '"', '9']), Pick(Lengths))),
            PerturbationKind.DeepNesting => Edit(text, CsvCell(), m => new string('"', Pick(Depths)) + m.Value),
            _ => ApplyText(text),
        };
    }

    private string ApplyText(string text)
    {
        var lines = text.Split('\n');
        var at = Where % (text.Length + 1);
        return Kind switch
        {
            PerturbationKind.ReplaceNumber => Edit(text, NumberToken(), _ => Pick(Numbers)),
            PerturbationKind.DropNumber => Edit(text, NumberToken(), _ => string.Empty, withComma: true),
            PerturbationKind.Bom => What % 3 == 0 ? text.Insert(at, "\ufeff") : "\ufeff" + (What % 3 == 1 ? text : "\ufeff" + text),
            PerturbationKind.Nul => text.Insert(at, "\0"),
            PerturbationKind.CrLf => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            PerturbationKind.LoneCr => What % 2 == 0 ? text.Replace("\n", "\r", StringComparison.Ordinal) : text.Insert(at, "\r"),
            PerturbationKind.DuplicateLine => Lines(lines, (list, i) => list.Insert(i, list[i])),
            PerturbationKind.DropLine => Lines(lines, (list, i) => list.RemoveAt(i)),
            PerturbationKind.EmptyLine => Lines(lines, (list, i) => list.Insert(i, Pick(["", " ", ",", ",,,", "\"\""]))),
            PerturbationKind.Truncate => text[..at],
            _ => text,
        };
    }

    private T Pick<T>(T[] choices) => choices[What % choices.Length];

    private string Edit(string text, Regex pattern, Func<Match, string> replace, bool withComma = false)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var m = matches[Where % matches.Count];
        var start = m.Index;
        var end = m.Index + m.Length;
        if (withComma)
        {
            // Take a comma with the removed item so that the rest stays well formed where it can.
            var after = end;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            if (after < text.Length && text[after] == ',')
            {
                end = after + 1;
            }
        }

        return string.Concat(text.AsSpan(0, start), replace(m), text.AsSpan(end));
    }

    private string SwapValues(string text)
    {
        var matches = JsonScalarProperty().Matches(text);
        if (matches.Count < 2)
        {
            return text;
        }

        var (a, b) = (matches[Where % matches.Count], matches[What % matches.Count]);
        if (a.Index == b.Index)
        {
            return text;
        }

        (a, b) = a.Index < b.Index ? (a, b) : (b, a);
        var (va, vb) = (a.Groups["value"], b.Groups["value"]);
        return new StringBuilder(text)
            .Remove(vb.Index, vb.Length).Insert(vb.Index, va.Value)
            .Remove(va.Index, va.Length).Insert(va.Index, vb.Value)
            .ToString();
    }

    private string Columns(string[] lines, Action<List<string>, int> edit)
    {
        var width = lines[0].Split(',').Length;
        var column = Where % width;
        return string.Join('\n', lines.Select(line =>
        {
            var cells = line.Split(',').ToList();
            if (column < cells.Count)
            {
                edit(cells, column);
            }

            return string.Join(',', cells);
        }));
    }

    private string SwapHeaders(string[] lines)
    {
        var header = lines[0].Split(',');
        var (a, b) = (Where % header.Length, What % header.Length);
        (header[a], header[b]) = (header[b], header[a]);
        return string.Join('\n', [string.Join(',', header), .. lines.Skip(1)]);
    }

    private string Lines(string[] lines, Action<List<string>, int> edit)
    {
        var list = lines.ToList();
        edit(list, Where % list.Count);
        return string.Join('\n', list);
    }

    [GeneratedRegex("""(?<![\w.\-+])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w.])""")]
    private static partial Regex NumberToken();

    [GeneratedRegex("""
        "\w+"\s*:\s*(?<value>"(?:[^"\\]|\\.)*"|-?[\d.eE+-]+|true|false|null)
        """)]
    private static partial Regex JsonScalarProperty();

    [GeneratedRegex("""
        "(?:[^"\\\n]|\\.)*"
        """)]
    private static partial Regex JsonString();

    [GeneratedRegex("""(?<=^|,)[^,\n\r"]+(?=,|\r?$)""", RegexOptions.Multiline)]
    private static partial Regex CsvCell();
}

/// <summary>A valid example file with one to three perturbations applied, named for the failure report.</summary>
internal sealed record PerturbedInput(string Example, Perturbation[] Perturbations, string Text)
{
    public static Gen<PerturbedInput> Generator(string extension, params string[] examples) =>
        from example in Gen.Elements(examples)
        from count in Gen.Choose(1, 3)
        from perturbations in Gen.ArrayOf(Perturbation.Generator, count)
        select Create(example, perturbations, extension);

    public static PerturbedInput Create(string example, Perturbation[] perturbations, string extension) =>
        new(example, perturbations, perturbations.Aggregate(File.ReadAllText(CliRunner.Example(example)), (text, m) => m.Apply(text, extension)));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Example} [{string.Join(", ", Perturbations.Select(m => m.ToString()))}] ({Text.Length} chars)");
}
