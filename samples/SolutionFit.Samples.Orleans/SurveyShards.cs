using System.Globalization;

namespace SolutionFit.Samples.Orleans;

/// <summary>
/// Reads a survey CSV as the CLI does (same reader, same columns, same messages) into shards of raw rows: the values as
/// written, not yet validated, for the workers to tally and validate.
/// </summary>
internal static class SurveyShards
{
    /// <summary>The shards, and the file line of each global row (to name lines in errors, as the CLI does).</summary>
    /// <exception cref="InputException">The file cannot be read, a column is missing, or a cell is not a number.</exception>
    public static (List<PsmShard> Shards, int[] Lines) Read(CsvTable table, string? weightColumn, bool nms, int rowsPerShard)
    {
        var rows = table.Rows;
        if (rows.Count == 0)
        {
            throw new InputException($"{table.Source}: the file has no respondent.");
        }

        // Columns are read in the order the CLI reads them, so that a file with several bad cells fails on the same one.
        double[]? weights = null;
        if (weightColumn is not null)
        {
            var column = table.Column(weightColumn);
            weights = [.. rows.Select(row => table.Number(row, column, weightColumn)
                ?? throw new InputException($"{table.Source}: line {row.Line}, column '{weightColumn}': the weight is missing."))];
        }

        var cheap = Prices(table, "cheap");
        var expensive = Prices(table, "expensive");
        var tooExpensive = Prices(table, "too_expensive");
        var tooCheap = table.Has("too_cheap") ? Prices(table, "too_cheap") : null;
        var piCheap = nms ? Intentions(table, "pi_cheap") : null;
        var piExpensive = nms ? Intentions(table, "pi_expensive") : null;

        var shards = new List<PsmShard>();
        for (var first = 0; first < rows.Count; first += rowsPerShard)
        {
            var count = Math.Min(rowsPerShard, rows.Count - first);
            T[] Slice<T>(T[] all) => all.AsSpan(first, count).ToArray();
            shards.Add(new PsmShard(
                first,
                nms,
                tooCheap is null ? null : Slice(tooCheap),
                Slice(cheap),
                Slice(expensive),
                Slice(tooExpensive),
                weights is null ? null : Slice(weights),
                piCheap is null ? null : Slice(piCheap),
                piExpensive is null ? null : Slice(piExpensive)));
        }

        return (shards, [.. rows.Select(r => r.Line)]);
    }

    private static double?[] Prices(CsvTable table, string name)
    {
        var column = table.Column(name);
        return [.. table.Rows.Select(row => table.Number(row, column, name))];
    }

    private static int?[] Intentions(CsvTable table, string name)
    {
        var column = table.Column(name);
        return [.. table.Rows.Select(row => CsvTable.Cell(row.Cells, column) is { } cell
            ? int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var intent) ? intent : throw new InputException($"{table.Source}: line {row.Line}, column '{name}': '{cell}' is not a whole number on the intention scale.")
            : (int?)null)];
    }
}
