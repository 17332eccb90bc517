using System.Globalization;
using System.Runtime.CompilerServices;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Formats;

/// <summary>
/// The reader of Van Westendorp survey files (columns <c>too_cheap</c> (optional), <c>cheap</c>, <c>expensive</c>,
/// <c>too_expensive</c>, <c>pi_cheap</c> and <c>pi_expensive</c> with NMS, an optional <c>id</c>, any weight column),
/// for the tool, the web sample and the Orleans sample alike. It streams: each respondent is checked and handed on as
/// it is read, so memory grows with what the handler keeps (a <see cref="PsmTally"/> keeps the distinct prices), not
/// with the rows.
/// </summary>
/// <remarks>
/// A file with several problems fails on the first by precedence (the weights, then each price column, then the
/// intentions, then the library's checks of the answers column by column), each at the first row where it occurs, and
/// the error names the file, the line and the column. The handler sees only the rows before the first problem; the
/// error is thrown once the whole file is read.
/// </remarks>
internal static class PsmSurveyReader
{
    /// <summary>Streams a survey file into <paramref name="onRow"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="weightColumn">The weight column, or null (every weight 1).</param>
    /// <param name="nms">Whether to read the purchase intentions.</param>
    /// <param name="limits">The size limits (the defaults when null).</param>
    /// <param name="onRow">Takes each respondent.</param>
    /// <returns>Where the rows are in the file.</returns>
    /// <exception cref="InputException">The file cannot be read or has no respondent; a column is missing; a cell is not a number; an answer or weight fails the library's check.</exception>
    public static PsmSurveyRows Read(string path, string? weightColumn, bool nms, Limits? limits, PsmAnswersHandler onRow) =>
        Stream(handler => CsvTable.Load(path, limits, handler), weightColumn, nms, null, onRow);

    /// <summary>Streams a survey read from <paramref name="reader"/> into <paramref name="onRow"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">What messages call the text.</param>
    /// <param name="weightColumn">The weight column, or null (every weight 1).</param>
    /// <param name="nms">Whether to read the purchase intentions.</param>
    /// <param name="onRow">Takes each respondent.</param>
    /// <returns>Where the rows are in the text.</returns>
    /// <exception cref="InputException">As <see cref="Read(string, string?, bool, Limits?, PsmAnswersHandler)"/>.</exception>
    public static PsmSurveyRows Read(TextReader reader, string source, string? weightColumn, bool nms, PsmAnswersHandler onRow) =>
        Stream(handler => CsvTable.Read(reader, source, stream: handler), weightColumn, nms, null, onRow);

    /// <summary>Reads a survey file into a tally.</summary>
    /// <exception cref="InputException">As <see cref="Read(string, string?, bool, Limits?, PsmAnswersHandler)"/>.</exception>
    public static (PsmTally Tally, PsmSurveyRows Rows) ReadTally(string path, string? weightColumn, bool nms, Limits? limits = null, PsmBootstrapTally? bootstrap = null)
    {
        var tally = new PsmTally(0, nms);
        var rows = Stream(handler => CsvTable.Load(path, limits, handler), weightColumn, nms, tally, null, bootstrap);
        return (tally, rows);
    }

    /// <summary>Reads a survey from <paramref name="reader"/> into a tally, and into <paramref name="bootstrap"/> when it is given.</summary>
    /// <exception cref="InputException">As <see cref="Read(string, string?, bool, Limits?, PsmAnswersHandler)"/>.</exception>
    public static (PsmTally Tally, PsmSurveyRows Rows) ReadTally(TextReader reader, string source, string? weightColumn, bool nms, PsmBootstrapTally? bootstrap = null)
    {
        var tally = new PsmTally(0, nms);
        var rows = Stream(handler => CsvTable.Read(reader, source, stream: handler), weightColumn, nms, tally, null, bootstrap);
        return (tally, rows);
    }

    /// <summary>The calibration of <c>--pi-calibrated</c>, <c>--pi-toocheap</c> and <c>--pi-tooexpensive</c> (the defaults when null).</summary>
    /// <exception cref="InputException"><paramref name="calibrated"/> is not five numbers.</exception>
    public static PurchaseIntentCalibration Calibration(string? calibrated, double? tooCheap, double? tooExpensive)
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

    /// <summary>Analyses a tally read from a file, naming file lines rather than rows in errors.</summary>
    /// <exception cref="InputException">The analysis rejects a row (named by its line and column) or the survey.</exception>
    public static PsmResult Analyze(PsmTally tally, PsmOptions options, string source, PsmSurveyRows rows, string? weightColumn)
    {
        try
        {
            return PriceSensitivityMeter.Analyze(tally, options);
        }
        catch (InvalidInputException ex) when (ex.Index is { } row)
        {
            throw AtLine(source, ex, row, rows.Line, weightColumn);
        }
    }

    /// <summary>A library error at a survey row, located by the file line and the CSV column of that row's value.</summary>
    public static InputException AtLine(string source, InvalidInputException ex, int row, Func<int, int> lineOf, string? weightColumn)
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

    /// <summary>Streams the rows into <paramref name="tally"/> when it is given (the common case, without a call per row through a delegate), else into <paramref name="onRow"/>.</summary>
    private static PsmSurveyRows Stream(Func<CsvRowHandler, CsvTable> read, string? weightColumn, bool nms, PsmTally? tally, PsmAnswersHandler? onRow, PsmBootstrapTally? bootstrap = null)
    {
        var rows = new PsmSurveyRows();
        Columns? columns = null;
        var errors = new SortedDictionary<int, InputException>(); // the first error of each kind, by precedence
        var row = 0;
        // Each method run per row is compiled optimised at once: a file is read in one pass, too short for tiering.
        var table = read([MethodImpl(MethodImplOptions.AggressiveOptimization)] (table, record) =>
        {
            columns ??= new Columns(table, weightColumn, nms);
            rows.Add(row, record.Line);
            var c = columns.Value;
            var weight = 1.0;
            if (c.Weight >= 0)
            {
                if (CsvTable.IsMissing(record[c.Weight]))
                {
                    if (!errors.ContainsKey(0))
                    {
                        errors.Add(0, new InputException($"{table.Source}: line {record.Line}, column '{weightColumn}': the weight is missing."));
                    }
                }
                else
                {
                    weight = Read(errors, 0, table, record, c.Weight, weightColumn!) ?? 1.0;
                }
            }

            var cheap = Read(errors, 1, table, record, c.Cheap, "cheap");
            var expensive = Read(errors, 2, table, record, c.Expensive, "expensive");
            var tooExpensive = Read(errors, 3, table, record, c.TooExpensive, "too_expensive");
            var tooCheap = c.TooCheap >= 0 ? Read(errors, 4, table, record, c.TooCheap, "too_cheap") : null;
            var intentCheap = nms ? ReadIntent(errors, 5, table, record, c.IntentCheap, "pi_cheap") : null;
            var intentExpensive = nms ? ReadIntent(errors, 6, table, record, c.IntentExpensive, "pi_expensive") : null;

            // The library's checks, in PsmSurvey's order: each price column, then the weights.
            Check(errors, 10, cheap, PsmQuestion.Cheap, "cheap", table.Source, record.Line);
            Check(errors, 11, expensive, PsmQuestion.Expensive, "expensive", table.Source, record.Line);
            Check(errors, 12, tooExpensive, PsmQuestion.TooExpensive, "too_expensive", table.Source, record.Line);
            Check(errors, 13, tooCheap, PsmQuestion.TooCheap, "too_cheap", table.Source, record.Line);
            if (c.Weight >= 0)
            {
                CheckWeight(errors, 14, weight, weightColumn!, table.Source, record.Line);
            }

            if (errors.Count == 0)
            {
                if (c.Id >= 0)
                {
                    KeepIdIfExcluded(rows, row, record, c.Id, tooCheap, cheap, expensive, tooExpensive);
                }

                if (tally is not null)
                {
                    tally.Add(tooCheap: tooCheap, cheap: cheap, expensive: expensive, tooExpensive: tooExpensive, weight: weight, purchaseIntentCheap: intentCheap, purchaseIntentExpensive: intentExpensive);
                    bootstrap?.Add(tooCheap: tooCheap, cheap: cheap, expensive: expensive, tooExpensive: tooExpensive, weight: weight, purchaseIntentCheap: intentCheap, purchaseIntentExpensive: intentExpensive);
                }
                else
                {
                    onRow!(new PsmAnswers(row, tooCheap, cheap, expensive, tooExpensive, weight, intentCheap, intentExpensive));
                }
            }

            row++;
        });

        if (row == 0)
        {
            throw new InputException($"{table.Source}: the file has no respondent.");
        }

        if (errors.Count > 0)
        {
            throw errors.First().Value;
        }

        return rows;
    }

    /// <summary>
    /// Keeps the id of a row a summary may report as excluded, while fewer than ten of its kind are kept: a row with a
    /// too-cheap answer that the library does not classify as consistent; a row without one (consistent on the other
    /// three, it is used in a three-question survey and excluded in a four-question one, so it is kept apart).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void KeepIdIfExcluded(PsmSurveyRows rows, int row, CsvRow record, int idColumn, double? tooCheap, double? cheap, double? expensive, double? tooExpensive)
    {
        if (tooCheap is not null)
        {
            if (rows.WantsId(withoutTooCheap: false) && PsmRespondent.Classify(tooCheap, cheap, expensive, tooExpensive) is not null)
            {
                rows.KeepId(row, record, idColumn, withoutTooCheap: false);
            }
        }
        else if (rows.WantsId(withoutTooCheap: true) || rows.WantsId(withoutTooCheap: false))
        {
            var withoutTooCheap = PsmRespondent.Classify(null, cheap, expensive, tooExpensive, threeQuestion: true) is null;
            rows.KeepId(row, record, idColumn, withoutTooCheap);
        }
    }

    /// <summary>A number cell, null when it is missing or (an error kept) not a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double? Read(SortedDictionary<int, InputException> errors, int kind, CsvTable table, CsvRow record, int column, string name)
    {
        var cell = record[column];
        if (CsvTable.IsMissing(cell))
        {
            return null;
        }

        if (CsvTable.TryParseNumber(cell, out var value))
        {
            return value;
        }

        if (!errors.ContainsKey(kind))
        {
            errors.Add(kind, table.NotANumber(cell.ToString(), record.Line, name));
        }

        return null;
    }

    /// <summary>An intention cell, null when it is missing or (an error kept) not a whole number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int? ReadIntent(SortedDictionary<int, InputException> errors, int kind, CsvTable table, CsvRow record, int column, string name)
    {
        var cell = record[column];
        if (CsvTable.IsMissing(cell))
        {
            return null;
        }

        if (int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var intent))
        {
            return intent;
        }

        if (!errors.ContainsKey(kind))
        {
            errors.Add(kind, new InputException($"{table.Source}: line {record.Line}, column '{name}': '{cell}' is not a whole number on the intention scale."));
        }

        return null;
    }

    /// <summary>An answer the library rejects (negative; a parsed cell is never NaN or infinite), as the library words it, at the row's line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Check(SortedDictionary<int, InputException> errors, int kind, double? value, PsmQuestion question, string column, string source, int line)
    {
        if (value is { } v && !(v >= 0.0) && !errors.ContainsKey(kind))
        {
            Rejected(errors, kind, question, v, column, source, line);
        }
    }

    /// <summary>A weight the library rejects, as the library words it, at the row's line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckWeight(SortedDictionary<int, InputException> errors, int kind, double weight, string column, string source, int line)
    {
        if (!(weight >= 0.0) && !errors.ContainsKey(kind))
        {
            Rejected(errors, kind, null, weight, column, source, line);
        }
    }

    /// <summary>Keeps the library's error for a rejected answer (<paramref name="question"/> given) or weight (null).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Rejected(SortedDictionary<int, InputException> errors, int kind, PsmQuestion? question, double value, string column, string source, int line)
    {
        try
        {
            _ = question is { } q ? PsmRespondent.ValidatePrice(q, value) : PsmRespondent.ValidateWeight(value);
        }
        catch (InvalidInputException ex)
        {
            errors.Add(kind, new InputException($"{source}: line {line}, column '{column}': {ex.Detail}"));
        }
    }

    /// <summary>The columns of a survey file, resolved (and missing ones reported) in the order of precedence.</summary>
    private readonly struct Columns
    {
        public Columns(CsvTable table, string? weightColumn, bool nms)
        {
            Weight = weightColumn is null ? -1 : table.Column(weightColumn);
            Cheap = table.Column("cheap");
            Expensive = table.Column("expensive");
            TooExpensive = table.Column("too_expensive");
            TooCheap = table.Has("too_cheap") ? table.Column("too_cheap") : -1;
            IntentCheap = nms ? table.Column("pi_cheap") : -1;
            IntentExpensive = nms ? table.Column("pi_expensive") : -1;
            Id = table.Has("id") ? table.Column("id") : -1;
        }

        public int Weight { get; }

        public int Cheap { get; }

        public int Expensive { get; }

        public int TooExpensive { get; }

        public int TooCheap { get; }

        public int IntentCheap { get; }

        public int IntentExpensive { get; }

        public int Id { get; }
    }
}
