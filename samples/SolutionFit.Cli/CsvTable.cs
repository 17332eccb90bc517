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
    public static CsvTable Load(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the file: {InputException.FirstLine(ex.Message)}");
        }
    }

    /// <exception cref="InputException">The text is not CSV or has no header.</exception>
    public static CsvTable Read(TextReader reader, string path)
    {
        try
        {
            var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = true };
            using var csv = new CsvReader(reader, configuration);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                throw new InputException($"{path}: the file is empty; expected a header row.");
            }

            var rows = new List<(int, string[])>();
            while (csv.Read())
            {
                rows.Add((csv.Parser.RawRow, csv.Parser.Record ?? []));
            }

            return new CsvTable(path, header, rows);
        }
        catch (CsvHelperException ex)
        {
            throw new InputException($"{path}: not a valid CSV: {InputException.FirstLine(ex.Message)}");
        }
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
