using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using csFastFloat;
using nietras.SeparatedValues;

namespace SolutionFit.Formats;

/// <summary>A CSV file with a header row, read culture-invariantly; cells are addressed by column name, rows by file line.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string source, string[] header, List<(int Line, string[] Cells)> rows)
    {
        Source = source;
        Header = header;
        _columns = header.Select((name, i) => (name, i)).GroupBy(c => c.name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        Rows = rows;
        Width = header.Length;
    }

    public string Source { get; }

    /// <summary>Gets the header's cells, in file order (duplicates kept).</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Gets the number of cells of the header, and so of every row.</summary>
    public int Width { get; }

    /// <summary>Gets the data rows with the line of the file each starts on.</summary>
    public IReadOnlyList<(int Line, string[] Cells)> Rows { get; }

    /// <exception cref="InputException">The file cannot be read, is too large, is not CSV, has no header, or has too many rows.</exception>
    /// <param name="path">The file.</param>
    /// <param name="limits">The size limits (the defaults when null).</param>
    /// <param name="stream">When given, each data row is handed to it as it is read (with the table, which holds the header but no rows) instead of being kept.</param>
    public static CsvTable Load(string path, Limits? limits = null, CsvRowHandler? stream = null)
    {
        limits ??= Limits.Default;
        limits.CheckFileSize(path);
        try
        {
            using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            return Read(reader, path, limits.MaxRows, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the file: {InputException.FirstLine(ex.Message)}");
        }
    }

    /// <exception cref="InputException">
    /// The text is not CSV, has no header, has more than <paramref name="maxRows"/> data rows (by default
    /// <see cref="Limits.Rows"/>' default), or a row has more or fewer cells than the header.
    /// </exception>
    /// <remarks>
    /// Sep splits the records, on commas, with spaces trimmed from each cell, every line ending (CR LF, LF or CR)
    /// ending a record and empty lines skipped: CsvHelper's reading of unquoted records. From the first record that
    /// holds a quote on, CsvHelper reads the rest of the records as Sep finds them, so quoting, and the errors of a
    /// misplaced quote, are CsvHelper's. Problems are told as a sentence with the file and the line the record starts on,
    /// never with CsvHelper's own message (which addresses the programmer: "set BadDataFound to null" and the reader's
    /// state). Cells are quoted escaped and cut (<see cref="Show.Quoted"/>).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // read once per file, the loop is hot from the start
    public static CsvTable Read(TextReader reader, string path, int maxRows = 0, CsvRowHandler? stream = null)
    {
        var reading = new Reading(path, maxRows > 0 ? maxRows : Limits.Rows.Default, stream);
        var text = new FullReads(reader);
        using var sep = Splitting.From(text);

        // Until the first quote, each record is one line (empty lines are records to Sep), so the line is the record's index.
        while (sep.MoveNext())
        {
            var row = sep.Current;
            if (row.Span.IsEmpty)
            {
                continue;
            }

            if (row.Span.Contains('"'))
            {
                return reading.ReadQuoted(new RecordsReader(sep, text), linesBefore: row.RowIndex, reading.NextLine);
            }

            reading.Add(new CsvRow(row, line: row.RowIndex + 1));
        }

        return reading.End();
    }

    /// <summary>Reads the whole text with CsvHelper: what <see cref="Read"/> does, a record at a time, without Sep.</summary>
    /// <exception cref="InputException">As <see cref="Read"/>.</exception>
    internal static CsvTable ReadWithCsvHelper(TextReader reader, string path, int maxRows = 0, CsvRowHandler? stream = null) =>
        new Reading(path, maxRows > 0 ? maxRows : Limits.Rows.Default, stream).ReadQuoted(reader, linesBefore: 0, line: 0);

    /// <summary>Sep's reading: records as they are (no header, any number of cells), spaces around a cell trimmed, quotes left in.</summary>
    private static readonly SepReaderOptions Splitting = Sep.New(',').Reader(o => o with
    {
        HasHeader = false,
        DisableColCountCheck = true,
        Trim = SepTrim.Outer,
    });

    /// <summary>The header, the rows kept, and the row count of a table being read.</summary>
    private sealed class Reading(string path, int maxRows, CsvRowHandler? stream)
    {
        private readonly List<(int, string[])> _rows = [];
        private readonly CellStrings _strings = new();
        private CsvTable? _table;
        private long _count;
        private int _lastLine;

        /// <summary>Gets the line after the last record taken, or 0 before the header.</summary>
        public int NextLine => _table is null ? 0 : _lastLine + 1;

        /// <summary>Takes the header or a data row.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(CsvRow row)
        {
            _lastLine = row.Line;
            if (_table is null)
            {
                _table = new CsvTable(path, row.ToArray(), _rows);
                return;
            }

            var width = _table.Width;
            if (row.Count != width)
            {
                throw new InputException(
                    $"{path}: line {row.Line.ToString(CultureInfo.InvariantCulture)} has {Cells(row.Count)} but the header has {Cells(width)}; "
                    + "every row needs one cell per column (leave a cell empty for a missing answer).");
            }

            Limits.Check(path, Limits.Rows, ++_count, maxRows);
            if (stream is null)
            {
                _rows.Add((row.Line, row.ToArray(_strings)));
            }
            else
            {
                stream(_table, row);
            }
        }

        public CsvTable End() => _table ?? throw new InputException($"{path}: the file is empty; expected a header row.");

        /// <summary>Reads the rest of the text with CsvHelper, from a record that holds a quote.</summary>
        /// <param name="reader">The text from the start of that record.</param>
        /// <param name="linesBefore">The lines of the file before that record.</param>
        /// <param name="line">The line a CSV error is told at until a record is read: the line after the last record.</param>
        public CsvTable ReadQuoted(TextReader reader, int linesBefore, int line)
        {
            var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                TrimOptions = TrimOptions.Trim,
                BadDataFound = args => throw new InputException(
                    $"{path}: line {(args.Context.Parser is { } parser ? linesBefore + FirstLine(parser.RawRow, args.RawRecord) : 0).ToString(CultureInfo.InvariantCulture)}: a quote is out of place in the cell {Show.Quoted(args.Field.Trim())}; "
                    + "a cell that holds a quote, a comma or a line break must be enclosed in double quotes, with each quote inside written twice (\"\")."),
            };
            try
            {
                using var csv = new CsvReader(reader, configuration);
                while (csv.Read())
                {
                    line = linesBefore + FirstLine(csv.Parser.RawRow, csv.Parser.RawRecord);
                    Add(new CsvRow(csv.Parser.Record ?? [], line));
                    line = linesBefore + csv.Parser.RawRow + 1;
                }

                return End();
            }
            catch (CsvHelperException)
            {
                throw new InputException($"{path}: line {line.ToString(CultureInfo.InvariantCulture)} cannot be read as CSV; check its quotes and commas.");
            }
        }
    }

    /// <summary>
    /// One string for each distinct cell text among the first <see cref="Most"/>: the values a column repeats (a
    /// respondent, a feature, an answer on a scale) are held once, not once a row.
    /// </summary>
    internal sealed class CellStrings
    {
        private const int Most = 4096;
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public CellStrings() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>The string of a cell.</summary>
        public string Get(ReadOnlySpan<char> cell)
        {
            if (_lookup.TryGetValue(cell, out var kept))
            {
                return kept;
            }

            var text = cell.ToString();
            if (_strings.Count < Most)
            {
                _strings.Add(text, text);
            }

            return text;
        }
    }

    /// <summary>
    /// A reader whose reads fill what they are given unless the text ends, as those of a <see cref="StreamReader"/> over a
    /// file do (Sep 0.18 takes a CR that ends one short read and a CR that starts the next for one line ending); it keeps
    /// the line ending the text ends with.
    /// </summary>
    private sealed class FullReads(TextReader reader) : TextReader
    {
        private (char, char) _last;

        /// <summary>Gets the line ending the text ends with, once read to the end: CR LF, LF, CR or none.</summary>
        public string Ending => _last switch
        {
            ('\r', '\n') => "\r\n",
            (_, '\n') => "\n",
            (_, '\r') => "\r",
            _ => string.Empty,
        };

        public override int Peek() => reader.Peek();

        public override int Read()
        {
            var c = reader.Read();
            _last = c < 0 ? _last : (_last.Item2, (char)c);
            return c;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var count = 0;
            while (count < buffer.Length && reader.Read(buffer[count..]) is var read and > 0)
            {
                count += read;
            }

            _last = count switch
            {
                0 => _last,
                1 => (_last.Item2, buffer[0]),
                _ => (buffer[count - 2], buffer[count - 1]),
            };
            return count;
        }
    }

    /// <summary>
    /// The records Sep reads on, from the current one, as text: each as it is in the file, parted by a line feed (CsvHelper
    /// counts every line ending as one line), the last followed by the text's own line ending. Each read fills what it is
    /// given unless the text ends (CsvHelper 33 can misread CR LF CR LF split across two short reads).
    /// </summary>
    private sealed class RecordsReader : TextReader
    {
        private readonly SepReader _sep;
        private readonly FullReads _text;
        private char[] _record = new char[256];
        private int _start;
        private int _end;
        private bool _ended;
        private bool _endingTaken;

        public RecordsReader(SepReader sep, FullReads text)
        {
            (_sep, _text) = (sep, text);
            Take();
        }

        public override int Peek() => _start < _end || Next() ? _record[_start] : -1;

        public override int Read() => _start < _end || Next() ? _record[_start++] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var count = 0;
            while (count < buffer.Length && (_start < _end || Next()))
            {
                var part = Math.Min(buffer.Length - count, _end - _start);
                _record.AsSpan(_start, part).CopyTo(buffer[count..]);
                (_start, count) = (_start + part, count + part);
            }

            return count;
        }

        private bool Next()
        {
            if (_sep.MoveNext())
            {
                Take("\n");
                return true;
            }

            // The line ending after the last record, unless its unclosed quote took it in.
            if (!_ended && !_endingTaken && _text.Ending is { Length: > 0 } ending)
            {
                ending.CopyTo(_record);
                (_start, _end, _ended) = (0, ending.Length, true);
                return true;
            }

            return false;
        }

        /// <summary>Takes the current record, after the line ending of the one before, if any.</summary>
        private void Take(string ending = "")
        {
            var text = _sep.Current.Span;
            var length = ending.Length + text.Length;
            if (_record.Length < length)
            {
                _record = new char[Math.Max(length, _record.Length * 2)];
            }

            ending.CopyTo(_record);
            text.CopyTo(_record.AsSpan(ending.Length));
            (_start, _end, _endingTaken) = (0, length, text is [.., '\r' or '\n']);
        }
    }

    /// <summary>
    /// The line a record starts on: CsvHelper's <c>RawRow</c> is the line it ends on, so the line breaks inside the
    /// record (in quoted cells) are counted back.
    /// </summary>
    /// <param name="lastLine">The line the record ends on.</param>
    /// <param name="raw">The record as it is in the file, with or without its line ending.</param>
    internal static int FirstLine(int lastLine, string raw)
    {
        var end = raw.Length;
        if (end > 0 && raw[end - 1] == '\n')
        {
            end--;
        }

        if (end > 0 && raw[end - 1] == '\r')
        {
            end--;
        }

        var breaks = 0;
        for (var i = 0; i < end; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 == end || raw[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return Math.Max(lastLine - breaks, 1);
    }

    private static string Cells(int count) => count == 1 ? "1 cell" : $"{count.ToString(CultureInfo.InvariantCulture)} cells";

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <exception cref="InputException">The column is missing.</exception>
    public int Column(string column) =>
        _columns.TryGetValue(column, out var index) ? index : throw new InputException(
            $"{Source}: the required column {Show.Quoted(column)} is missing (columns: {string.Join(", ", _columns.Keys.Take(20).Select(Show.Quoted))}{(_columns.Count > 20 ? ", ..." : string.Empty)}).");

    /// <summary>
    /// "line N" of a library error about the item at <see cref="InvalidInputException.Index"/> of the argument
    /// <paramref name="rows"/>, whose items are this table's rows in order; null for any other error.
    /// </summary>
    public string? Locate(ArgumentException ex, string rows) =>
        ex is InvalidInputException { Index: { } index } && ex.ParamName == rows && index >= 0 && index < Rows.Count
            ? $"line {Rows[index].Line.ToString(CultureInfo.InvariantCulture)}"
            : null;

    /// <summary>The cell, or null when it is empty or NA (a missing answer).</summary>
    public static string? Cell(string[] cells, int column) =>
        column < cells.Length && cells[column] is { Length: > 0 } cell && cell != "NA" ? cell : null;

    /// <summary>Whether a cell is empty or NA (a missing answer).</summary>
    public static bool IsMissing(ReadOnlySpan<char> cell) => cell.IsEmpty || cell is "NA";

    /// <summary>A number cell, null when missing.</summary>
    /// <exception cref="InputException">The cell is not a finite number.</exception>
    public double? Number((int Line, string[] Cells) row, int column, string name) =>
        Cell(row.Cells, column) is { } cell ? Number(cell, row.Line, name) : null;

    /// <summary>A number cell, null when missing.</summary>
    /// <exception cref="InputException">The cell is not a finite number.</exception>
    public double? Number(CsvRow row, int column, string name)
    {
        var cell = row[column];
        return IsMissing(cell) ? null : Number(cell, row.Line, name);
    }

    private double Number(ReadOnlySpan<char> cell, int line, string name) =>
        TryParseNumber(cell, out var value) ? value : throw NotANumber(cell.ToString(), line, name);

    /// <summary>The error of a cell that is not a number.</summary>
    public InputException NotANumber(string cell, int line, string name) =>
        new($"{Source}: line {line.ToString(CultureInfo.InvariantCulture)}, column {Show.Quoted(name)}: {Show.Quoted(cell)} is not a number (write numbers like 1234.5: a point before the decimals, no thousands separators).");

    /// <summary>
    /// Reads a finite number as the invariant culture writes it: an optional sign, digits with an optional decimal point,
    /// an optional exponent; no thousands separators, no other culture's decimal comma, no NaN or infinity.
    /// </summary>
    public static bool TryParseNumber(string text, out double value) => TryParseNumber(text.AsSpan(), out value);

    /// <inheritdoc cref="TryParseNumber(string, out double)"/>
    /// <remarks>
    /// csFastFloat reads a number that is the whole text, with no space around it, exactly as the BCL does (the nearest
    /// double); anything else (spaces, NaN, infinity, a number out of range, not a number) the BCL's parser decides.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseNumber(ReadOnlySpan<char> text, out double value) =>
        (FastDoubleParser.TryParseDouble(text, out var length, out value, PlainNumber) && length == text.Length && double.IsFinite(value))
        || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value));

    /// <summary>The invariant culture's numbers without the spaces around them.</summary>
    private const NumberStyles PlainNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Reads a whole number as the invariant culture writes it: an optional sign and digits.</summary>
    public static bool TryParseInteger(string text, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

}

/// <summary>Takes a data row of a <see cref="CsvTable"/> being read.</summary>
/// <param name="table">The table: its header, no rows.</param>
/// <param name="row">The row, valid only during the call.</param>
internal delegate void CsvRowHandler(CsvTable table, CsvRow row);

/// <summary>A record of a CSV file being read: its cells (over the reader's buffer, valid only while it is handed on) and the line it starts on.</summary>
internal readonly ref struct CsvRow
{
    private readonly SepReader.Row _row;
    private readonly string[]? _cells;

    /// <summary>A record as Sep split it.</summary>
    /// <param name="row">The record, its cells trimmed.</param>
    /// <param name="line">The line it starts on.</param>
    public CsvRow(SepReader.Row row, int line)
    {
        _row = row;
        Line = line;
    }

    /// <summary>A record of cells read already.</summary>
    public CsvRow(string[] cells, int line)
    {
        _cells = cells;
        Line = line;
    }

    /// <summary>Gets the line of the file the record starts on.</summary>
    public int Line { get; }

    /// <summary>Gets the number of cells.</summary>
    public int Count => _cells?.Length ?? _row.ColCount;

    /// <summary>Gets a cell.</summary>
    public ReadOnlySpan<char> this[int column] => _cells is { } cells ? cells[column] : _row[column].Span;

    /// <summary>The cell, or null when it is empty or NA (a missing answer).</summary>
    public string? Cell(int column) => _cells is { } cells ? CsvTable.Cell(cells, column) : CsvTable.IsMissing(this[column]) ? null : this[column].ToString();

    /// <summary>The cells as strings.</summary>
    /// <param name="strings">Where repeated cells find their string, if anywhere.</param>
    public string[] ToArray(CsvTable.CellStrings? strings = null)
    {
        if (_cells is { } cells)
        {
            return cells;
        }

        var array = new string[Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = strings?.Get(this[i]) ?? this[i].ToString();
        }

        return array;
    }
}
