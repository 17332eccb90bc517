using System.Globalization;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Formats;

/// <summary>
/// Reading and analysing a survey file for <c>psm</c>, apart from the command line so that the web sample links it and
/// answers exactly as the CLI does.
/// </summary>
internal static partial class PsmSurveyReader
{
    /// <summary>Reads the survey columns; rows keep their file line (and id, when there is an id column) for messages.</summary>
    internal static (PsmSurvey Survey, int[] Lines, string?[] Ids) ReadSurvey(CsvTable table, string? weightColumn, bool nms)
    {
        var rows = table.Rows;
        if (rows.Count == 0)
        {
            throw new InputException($"{table.Source}: the file has no respondent.");
        }

        double?[] Prices(string name)
        {
            var column = table.Column(name);
            return rows.Select(row => table.Number(row, column, name)).ToArray();
        }

        int?[] Intentions(string name)
        {
            var column = table.Column(name);
            return rows.Select(row => CsvTable.Cell(row.Cells, column) is { } cell
                ? int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var intent) ? intent : throw new InputException($"{table.Source}: line {row.Line}, column '{name}': {Show.Quoted(cell)} is not a whole number on the intention scale.")
                : (int?)null).ToArray();
        }

        double[]? weights = null;
        if (weightColumn is not null)
        {
            var column = table.Column(weightColumn);
            weights = rows.Select(row => table.Number(row, column, weightColumn)
                ?? throw new InputException($"{table.Source}: line {row.Line}, column '{weightColumn}': the weight is missing.")).ToArray();
        }

        var lines = rows.Select(r => r.Line).ToArray();
        PsmSurvey survey;
        try
        {
            // The columns are read in the order that decides which bad cell a file with several is reported by.
            var (cheap, expensive, tooExpensive) = (Prices("cheap"), Prices("expensive"), Prices("too_expensive"));
            var tooCheap = table.Has("too_cheap") ? Prices("too_cheap") : null;
            survey = new PsmSurvey(
                tooCheap,
                cheap,
                expensive,
                tooExpensive,
                weights,
                nms ? Intentions("pi_cheap") : null,
                nms ? Intentions("pi_expensive") : null);
        }
        catch (InvalidInputException ex) when (ex.Index is { } row)
        {
            throw AtLine(table.Source, ex, row, r => lines[r], weightColumn);
        }

        var ids = table.Has("id") ? rows.Select(r => CsvTable.Cell(r.Cells, table.Column("id"))).ToArray() : new string?[rows.Count];
        return (survey, lines, ids);
    }

    internal static PurchaseIntentCalibration Calibration(string? calibrated, double? tooCheap, double? tooExpensive)
    {
        var probabilities = PurchaseIntentCalibration.Default.Probabilities.ToArray();
        if (calibrated is not null)
        {
            var parts = calibrated.Split(',');
            if (parts.Length != 5 || !parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
            {
                throw new InputException($"--pi-calibrated takes five numbers a,b,c,d,e (the probabilities of intentions 5 to 1), not {Show.Quoted(calibrated)}.");
            }

            probabilities = parts.Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        }

        return new PurchaseIntentCalibration(PurchaseIntentCalibration.Default.Scale, probabilities, tooCheap ?? 0.0, tooExpensive ?? 0.0);
    }

    /// <summary>Analyses, naming file lines rather than 0-based rows in errors.</summary>
    internal static PsmResult Analyze(PsmSurvey survey, PsmOptions options, string path, int[] lines, string? weightColumn)
    {
        try
        {
            return PriceSensitivityMeter.Analyze(survey, options);
        }
        catch (InvalidInputException ex) when (ex.Index is { } row)
        {
            throw AtLine(path, ex, row, r => lines[r], weightColumn);
        }
    }

    /// <summary>A library error at a survey row, located by the file line and the CSV column of that row's value.</summary>
    internal static InputException AtLine(string source, InvalidInputException ex, int row, Func<int, int> lineOf, string? weightColumn)
    {
        var column = ex.Field switch
        {
            "tooCheap" => "too_cheap",
            "cheap" => "cheap",
            "expensive" => "expensive",
            "tooExpensive" => "too_expensive",
            "weights" => weightColumn,
            "purchaseIntentCheap" => "pi_cheap",
            "purchaseIntentExpensive" => "pi_expensive",
            _ => null,
        };
        return new InputException($"{source}: line {lineOf(row)}{(column is null ? string.Empty : $", column '{column}'")}: {ex.Detail}");
    }
}
