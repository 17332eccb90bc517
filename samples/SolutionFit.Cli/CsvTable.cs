using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace SolutionFit.Cli;

/// <summary>A CSV file with a header row, read culture-invariantly; cells are addressed by column name, rows by file line.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string source, string[] header, List<(int Line, string[] Cells)> rows)
    {
        Source = source;
        _columns = header.Select((name, i) => (name, i)).GroupBy(c => c.name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        Rows = rows;
    }

    public string Source { get; }

    /// <summary>Gets the data rows with the line of the file each starts on.</summary>
    public IReadOnlyList<(int Line, string[] Cells)> Rows { get; }

    /// <exception cref="InputException">The file cannot be read, is too large, is not CSV, has no header, or has too many rows.</exception>
    /// <param name="path">The file.</param>
    /// <param name="limits">The size limits (the defaults when null).</param>
    /// <param name="stream">When given, each data row is handed to it as it is read (with the table, which holds the header but no rows) instead of being kept.</param>
    public static CsvTable Load(string path, Limits? limits = null, Action<CsvTable, (int Line, string[] Cells)>? stream = null)
    {
        limits ??= Limits.Default;
        limits.CheckFileSize(path);
        try
        {
            using var reader = new StreamReader(path);
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
    /// Problems are told as a sentence with the file and the line the record starts on, never with CsvHelper's own
    /// message (which addresses the programmer: "set BadDataFound to null" and the reader's state). Cells are quoted
    /// escaped and cut (<see cref="Show.Quoted"/>).
    /// </remarks>
    public static CsvTable Read(TextReader reader, string path, int maxRows = 0, Action<CsvTable, (int Line, string[] Cells)>? stream = null)
    {
        maxRows = maxRows > 0 ? maxRows : Limits.Rows.Default;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            BadDataFound = args => throw new InputException(
                $"{path}: line {(args.Context.Parser is { } parser ? FirstLine(parser.RawRow, args.RawRecord) : 0).ToString(CultureInfo.InvariantCulture)}: a quote is out of place in the cell {Show.Quoted(args.Field.Trim())}; "
                + "a cell that holds a quote, a comma or a line break must be enclosed in double quotes, with each quote inside written twice (\"\")."),
        };
        var line = 0;
        try
        {
            using var csv = new CsvReader(reader, configuration);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                throw new InputException($"{path}: the file is empty; expected a header row.");
            }

            var rows = new List<(int, string[])>();
            var table = new CsvTable(path, header, rows);
            var count = 0L;
            line = csv.Parser.RawRow + 1;
            while (csv.Read())
            {
                line = FirstLine(csv.Parser.RawRow, csv.Parser.RawRecord);
                var cells = csv.Parser.Record ?? [];
                if (cells.Length != header.Length)
                {
                    throw new InputException(
                        $"{path}: line {line.ToString(CultureInfo.InvariantCulture)} has {Cells(cells.Length)} but the header has {Cells(header.Length)}; "
                        + "every row needs one cell per column (leave a cell empty for a missing answer).");
                }

                Limits.Check(path, Limits.Rows, ++count, maxRows);
                if (stream is null)
                {
                    rows.Add((line, cells));
                }
                else
                {
                    stream(table, (line, cells));
                }

                line = csv.Parser.RawRow + 1;
            }

            return table;
        }
        catch (CsvHelperException)
        {
            throw new InputException($"{path}: line {line.ToString(CultureInfo.InvariantCulture)} cannot be read as CSV; check its quotes and commas.");
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

    /// <summary>A number cell, null when missing.</summary>
    /// <exception cref="InputException">The cell is not a finite number.</exception>
    public double? Number((int Line, string[] Cells) row, int column, string name)
    {
        if (Cell(row.Cells, column) is not { } cell)
        {
            return null;
        }

        return TryParseNumber(cell, out var value)
            ? value
            : throw new InputException($"{Source}: line {row.Line.ToString(CultureInfo.InvariantCulture)}, column {Show.Quoted(name)}: {Show.Quoted(cell)} is not a number (write numbers like 1234.5: a point before the decimals, no thousands separators).");
    }

    /// <summary>
    /// Reads a finite number as the invariant culture writes it: an optional sign, digits with an optional decimal point,
    /// an optional exponent; no thousands separators, no other culture's decimal comma, no NaN or infinity.
    /// </summary>
    public static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>Reads a whole number as the invariant culture writes it: an optional sign and digits.</summary>
    public static bool TryParseInteger(string text, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
