using System.Globalization;
using System.Runtime.CompilerServices;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Formats;

/// <summary>
/// Streaming a survey file into a <see cref="PsmTally"/> for <c>psm</c>: one row at a time, so memory grows with the
/// distinct prices (and inconsistent rows), not with the rows. Errors are the ones <see cref="PsmSurveyReader.ReadSurvey"/>
/// gives for the whole file, with the same precedence (weights, then each price column, then intentions, then the
/// library's checks column by column), each at the first row where it occurs.
/// </summary>
internal static partial class PsmSurveyReader
{
    /// <summary>Where a survey's rows are in the file: the line of any row, and the id of the first few rows that may be reported.</summary>
    internal sealed class SurveyRows
    {
        private const int IdsKept = 10;
        private readonly List<(int Row, int Offset)> _offsets = [];
        private readonly Dictionary<int, string?> _ids = [];
        private int _inconsistentIds;
        private int _withoutTooCheapIds;
        private double _lowest = double.PositiveInfinity;
        private double _highest = double.NegativeInfinity;
        private double _consistentLowest = double.PositiveInfinity;
        private double _consistentHighest = double.NegativeInfinity;

        /// <summary>The lowest and highest price of the consistent rows: the span of the analysis's grid when it validates.</summary>
        public (double Lowest, double Highest) ConsistentSpan => (_consistentLowest, _consistentHighest);

        /// <summary>The lowest and highest price of every row: the span of the analysis's grid when it does not validate.</summary>
        public (double Lowest, double Highest) Span => (_lowest, _highest);

        /// <summary>The file line of a row.</summary>
        public int Line(int row)
        {
            var (lo, hi) = (0, _offsets.Count - 1);
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                (lo, hi) = _offsets[mid].Row <= row ? (mid + 1, hi) : (lo, mid - 1);
            }

            return row + _offsets[hi].Offset;
        }

        /// <summary>The id of a row reported as inconsistent (the summary shows the first ten), or null.</summary>
        public string? Id(int row) => _ids.GetValueOrDefault(row);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal void Add(int row, int line)
        {
            if (_offsets.Count == 0 || _offsets[^1].Offset != line - row)
            {
                _offsets.Add((row, line - row));
            }
        }

        /// <summary>Keeps the id of one of the first ten rows of each kind that may be reported as inconsistent.</summary>
        internal void KeepId(int row, CsvRow record, int column, bool withoutTooCheap)
        {
            ref var kept = ref withoutTooCheap ? ref _withoutTooCheapIds : ref _inconsistentIds;
            if (kept < IdsKept && record.Cell(column) is { } id)
            {
                _ids[row] = id;
                kept++;
            }
        }

        /// <summary>Widens the price spans by a row's answers (NaN = missing); consistent answers are increasing.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal void AddPrices(bool consistent, double tooCheap, double cheap, double expensive, double tooExpensive)
        {
            if (consistent)
            {
                // Increasing answers: the lowest is the first one given, the highest the last.
                var lowest = double.IsNaN(tooCheap) ? cheap : tooCheap;
                (_lowest, _highest) = (Math.Min(_lowest, lowest), Math.Max(_highest, tooExpensive));
                (_consistentLowest, _consistentHighest) = (Math.Min(_consistentLowest, lowest), Math.Max(_consistentHighest, tooExpensive));
                return;
            }

            foreach (var price in (ReadOnlySpan<double>)[tooCheap, cheap, expensive, tooExpensive])
            {
                if (!double.IsNaN(price))
                {
                    (_lowest, _highest) = (Math.Min(_lowest, price), Math.Max(_highest, price));
                }
            }
        }
    }

    /// <summary>Streams a survey file into a tally.</summary>
    /// <exception cref="InputException">The file cannot be read or has no respondent; a column is missing; a cell is not a number; a library check fails at a row.</exception>
    internal static (PsmTally Tally, SurveyRows Rows) StreamSurvey(string path, string? weightColumn, bool nms, Limits? limits = null)
    {
        var tally = new PsmTally(0, nms);
        var rows = new SurveyRows();
        Columns? columns = null;
        var errors = new SortedDictionary<int, InputException>(); // the first error of each kind, by precedence
        var row = 0;
        // Each method run per row is compiled optimised at once: a file is read in one pass, too short for tiering.
        var table = CsvTable.Load(path, limits, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (table, record) =>
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
            Negative(errors, 10, cheap, "cheap", "cheap", table.Source, record.Line);
            Negative(errors, 11, expensive, "expensive", "expensive", table.Source, record.Line);
            Negative(errors, 12, tooExpensive, "too_expensive", "too expensive", table.Source, record.Line);
            Negative(errors, 13, tooCheap, "too_cheap", "too cheap", table.Source, record.Line);
            if (c.Weight >= 0)
            {
                Negative(errors, 14, weight, weightColumn!, null, table.Source, record.Line);
            }

            if (errors.Count == 0)
            {
                var (tc, ch, ex, te) = (tooCheap ?? double.NaN, cheap ?? double.NaN, expensive ?? double.NaN, tooExpensive ?? double.NaN);
                var consistent = tooCheap.HasValue && ch < ex && ex < te && tc < ch;
                var withoutTooCheap = !tooCheap.HasValue && ch < ex && ex < te;
                if (!consistent && c.Id >= 0)
                {
                    rows.KeepId(row, record, c.Id, withoutTooCheap);
                }

                rows.AddPrices(consistent || withoutTooCheap, tc, ch, ex, te);

                tally.Add(tooCheap, cheap, expensive, tooExpensive, weight, intentCheap, intentExpensive);
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

        return (tally, rows);
    }

    /// <summary>Analyses a streamed survey, naming file lines rather than rows in errors.</summary>
    internal static PsmResult Analyze(PsmTally tally, PsmOptions options, string path, SurveyRows rows, string? weightColumn)
    {
        try
        {
            return PriceSensitivityMeter.Analyze(tally, options);
        }
        catch (InvalidInputException ex) when (ex.Index is { } row)
        {
            throw AtLine(path, ex, row, rows.Line, weightColumn);
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

    /// <summary>A negative price or weight, as the library words it (through its guard), at the row's line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Negative(SortedDictionary<int, InputException> errors, int kind, double? value, string column, string? question, string source, int line)
    {
        if (value is { } v && !(v >= 0.0))
        {
            NegativeAt(errors, kind, v, column, question, source, line);
        }
    }

    private static void NegativeAt(SortedDictionary<int, InputException> errors, int kind, double v, string column, string? question, string source, int line)
    {
        if (errors.ContainsKey(kind))
        {
            return;
        }

        try
        {
            var probe = new PsmTally();
            if (question is null)
            {
                probe.Add(null, 1, 2, 3, weight: v);
            }
            else
            {
                probe.Add(question == "too cheap" ? v : null, question == "cheap" ? v : null, question == "expensive" ? v : null, question == "too expensive" ? v : null);
            }
        }
        catch (InvalidInputException ex)
        {
            errors.TryAdd(kind, new InputException($"{source}: line {line}, column '{column}': {ex.Detail}"));
        }
    }

    /// <summary>The columns of a survey file, resolved (and missing ones reported) in the order <see cref="ReadSurvey"/> resolves them.</summary>
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
