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

    /// <exception cref="InputException">The file cannot be read, is not CSV, or has no header.</exception>
    /// <param name="path">The file.</param>
    /// <param name="stream">When given, each data row is handed to it as it is read (with the table, which holds the header but no rows) instead of being kept.</param>
    public static CsvTable Load(string path, Action<CsvTable, (int Line, string[] Cells)>? stream = null)
    {
        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, path, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the file: {InputException.FirstLine(ex.Message)}");
        }
    }

    /// <exception cref="InputException">The text is not CSV, has no header, or a row has more or fewer cells than the header.</exception>
    /// <remarks>
    /// Problems are told as a sentence with the file and line, never with CsvHelper's own message (which addresses the
    /// programmer: "set BadDataFound to null" and the reader's state).
    /// </remarks>
    public static CsvTable Read(TextReader reader, string path, Action<CsvTable, (int Line, string[] Cells)>? stream = null)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            BadDataFound = args => throw new InputException(
                $"{path}: line {args.Context.Parser?.RawRow.ToString(CultureInfo.InvariantCulture) ?? "?"}: a quote is out of place in {Quoted(args.Field)}; "
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
            while (csv.Read())
            {
                line = csv.Parser.RawRow;
                var cells = csv.Parser.Record ?? [];
                if (cells.Length != header.Length)
                {
                    throw new InputException(
                        $"{path}: line {line.ToString(CultureInfo.InvariantCulture)} has {Cells(cells.Length)} but the header has {Cells(header.Length)}; "
                        + "every row needs one cell per column (leave a cell empty for a missing answer).");
                }

                if (stream is null)
                {
                    rows.Add((line, cells));
                }
                else
                {
                    stream(table, (line, cells));
                }
            }

            return table;
        }
        catch (CsvHelperException ex)
        {
            var at = ex.Context?.Parser?.RawRow ?? line;
            throw new InputException($"{path}: line {at.ToString(CultureInfo.InvariantCulture)} cannot be read as CSV; check its quotes and commas.");
        }
    }

    private static string Cells(int count) => count == 1 ? "1 cell" : $"{count.ToString(CultureInfo.InvariantCulture)} cells";

    private static string Quoted(string field)
    {
        var text = field.ReplaceLineEndings(" ").Trim();
        return text.Length <= 40 ? $"the cell {text}" : $"the cell starting {text[..40]}…";
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <exception cref="InputException">The column is missing.</exception>
    public int Column(string column) =>
        _columns.TryGetValue(column, out var index) ? index : throw new InputException($"{Source}: the required column '{column}' is missing (columns: {string.Join(", ", _columns.Keys)}).");

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

        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InputException($"{Source}: line {row.Line}, column '{name}': '{cell}' is not a number.");
    }
}
