using System.Globalization;
using System.Runtime.CompilerServices;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Formats;

/// <summary>
/// The reader of Gabor–Granger survey files, for the tool and the web sample alike: a header with an optional
/// <c>id</c> column, an optional weight column and an optional segment column (named by the caller), and one column
/// per tested price whose header is the price (a positive finite number as the invariant culture writes it, such as
/// <c>9.99</c>; columns in any order). Cells: <c>1</c> = would buy at that price, <c>0</c> = would not, empty = not
/// asked. It streams: each respondent is checked and added to a <see cref="GaborGrangerTally"/> as it is read, so memory
/// does not grow with the rows.
/// </summary>
/// <remarks>
/// The header is checked first (the weight and segment columns exist; every other column but <c>id</c> is a price,
/// each price once, comparing the parsed values so that <c>10</c> and <c>10.0</c> are the same price; at least one
/// price), then each row in file order, its cells from left to right; the first problem ends the reading with one
/// message naming the file, the line and the column. An empty segment cell counts the respondent in <c>"all"</c> only.
/// </remarks>
internal static class GaborGrangerSurveyReader
{
    /// <summary>How many inconsistent respondents, and how many with no answer, <see cref="GaborGrangerFile.Dropped"/> names.</summary>
    public const int DroppedKept = 10;

    /// <summary>Reads a survey file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="weightColumn">The weight column, or null (every weight 1).</param>
    /// <param name="segmentColumn">The segment column, or null (everyone in <c>"all"</c> only).</param>
    /// <param name="limits">The size limits (the defaults when null).</param>
    /// <returns>The tally and the first dropped respondents.</returns>
    /// <exception cref="InputException">
    /// The file cannot be read, is not CSV or has no respondent; the weight or segment column is not in the header; a
    /// price header is not a positive finite number or is given twice; there is no price column; a cell is not 0, 1 or
    /// empty; a weight is missing, negative or not finite, or the weights sum past <see cref="GaborGrangerTally.MaxTotalWeight"/>.
    /// </exception>
    public static GaborGrangerFile Read(string path, string? weightColumn, string? segmentColumn, Limits? limits = null) =>
        Stream(handler => CsvTable.Load(path, limits, handler), weightColumn, segmentColumn);

    /// <summary>Reads a survey from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">What messages call the text.</param>
    /// <param name="weightColumn">The weight column, or null (every weight 1).</param>
    /// <param name="segmentColumn">The segment column, or null (everyone in <c>"all"</c> only).</param>
    /// <param name="limits">The size limits (the defaults when null).</param>
    /// <returns>The tally and the first dropped respondents.</returns>
    /// <exception cref="InputException">As <see cref="Read(string, string?, string?, Limits?)"/>.</exception>
    public static GaborGrangerFile Read(TextReader reader, string source, string? weightColumn, string? segmentColumn, Limits? limits = null) =>
        Stream(handler => CsvTable.Read(reader, source, (limits ?? Limits.Default).MaxRows, handler), weightColumn, segmentColumn);

    private static GaborGrangerFile Stream(Func<CsvRowHandler, CsvTable> read, string? weightColumn, string? segmentColumn)
    {
        Columns? columns = null;
        var dropped = new List<GaborGrangerDropped>();
        var (inconsistentKept, noAnswerKept) = (0, 0);
        var strings = new CsvTable.CellStrings();
        bool?[] answers = [];
        var rows = 0;

        // Each method run per row is compiled optimised at once: a file is read in one pass, too short for tiering.
        var table = read([MethodImpl(MethodImplOptions.AggressiveOptimization)] (table, record) =>
        {
            if (columns is null)
            {
                columns = new Columns(table, weightColumn, segmentColumn);
                answers = new bool?[columns.Prices.Length];
            }

            var c = columns;
            rows++;
            for (var j = 0; j < answers.Length; j++)
            {
                answers[j] = Answer(record[c.PriceColumns[j]], table, record.Line, c.PriceColumns[j]);
            }

            var weight = c.Weight >= 0 ? Weight(record[c.Weight], table, record.Line, weightColumn!) : 1.0;
            var segment = c.Segment >= 0 && record[c.Segment] is { IsEmpty: false } cell ? strings.Get(cell) : null;
            GaborGrangerAnswer answer;
            try
            {
                answer = c.Tally.Add(answers, weight, segment);
            }
            catch (InvalidInputException ex)
            {
                throw new InputException($"{table.Source}: {At(record.Line, weightColumn)}: {ex.Detail}");
            }

            if (answer != GaborGrangerAnswer.Used)
            {
                ref var kept = ref answer == GaborGrangerAnswer.Inconsistent ? ref inconsistentKept : ref noAnswerKept;
                if (kept < DroppedKept)
                {
                    kept++;
                    dropped.Add(new GaborGrangerDropped(record.Line, c.Id >= 0 ? record.Cell(c.Id) : null, answer));
                }
            }
        });

        // A file of a header alone: the header's problems first.
        columns ??= new Columns(table, weightColumn, segmentColumn);
        if (rows == 0)
        {
            throw new InputException($"{table.Source}: the file has no respondent.");
        }

        return new GaborGrangerFile(columns.Tally, dropped.AsReadOnly());
    }

    /// <summary>An answer cell: 1 = would buy, 0 = would not, empty = not asked.</summary>
    /// <exception cref="InputException">The cell is anything else.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool? Answer(ReadOnlySpan<char> cell, CsvTable table, int line, int column) => cell switch
    {
        "1" => true,
        "0" => false,
        [] => null,
        _ => throw NotAnAnswer(cell.ToString(), table, line, column),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static InputException NotAnAnswer(string cell, CsvTable table, int line, int column) =>
        new($"{table.Source}: line {Number(line)}, column {Show.Quoted(table.Header[column])}: {Show.Quoted(cell)} is not 0, 1 or empty (1 = would buy at that price, 0 = would not, empty = not asked).");

    /// <summary>A weight cell: a finite number at least 0.</summary>
    /// <exception cref="InputException">The cell is empty, not a number, negative or not finite.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Weight(ReadOnlySpan<char> cell, CsvTable table, int line, string column) =>
        CsvTable.TryParseNumber(cell, out var weight) && weight >= 0.0 ? weight : throw BadWeight(cell.ToString(), table, line, column);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static InputException BadWeight(string cell, CsvTable table, int line, string column)
    {
        if (cell.Length == 0)
        {
            return new($"{table.Source}: {At(line, column)}: the weight is missing.");
        }

        if (CsvTable.TryParseNumber(cell, out _) || double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return new($"{table.Source}: {At(line, column)}: the weight {Show.Quoted(cell)} is not a finite number at least 0.");
        }

        return table.NotANumber(cell, line, column);
    }

    private static string At(int line, string? column) => $"line {Number(line)}{(column is null ? string.Empty : $", column {Show.Quoted(column)}")}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The columns of a survey file, checked, and the tally of its prices.</summary>
    private sealed class Columns
    {
        /// <exception cref="InputException">A named column is missing, or the price columns are not one positive finite price each.</exception>
        public Columns(CsvTable table, string? weightColumn, string? segmentColumn)
        {
            Weight = weightColumn is null ? -1 : table.Column(weightColumn);
            Segment = segmentColumn is null ? -1 : table.Column(segmentColumn);
            Id = table.Has("id") ? table.Column("id") : -1;
            var header = table.Header;
            var columns = new List<int>();
            var prices = new List<double>();
            var seen = new Dictionary<double, int>();
            for (var i = 0; i < header.Count; i++)
            {
                if (i == Weight || i == Segment || i == Id)
                {
                    continue;
                }

                if (!CsvTable.TryParseNumber(header[i], out var price) || !(price > 0.0))
                {
                    throw new InputException(
                        $"{table.Source}: column {Number(i + 1)} {Show.Quoted(header[i])}: a price column's header must be a positive finite number such as 9.99 "
                        + "(every column but id, the weight column and the segment column is a tested price).");
                }

                if (!seen.TryAdd(price, i))
                {
                    throw new InputException(
                        $"{table.Source}: columns {Number(seen[price] + 1)} {Show.Quoted(header[seen[price]])} and {Number(i + 1)} {Show.Quoted(header[i])} are the same price "
                        + $"{price.ToString("R", CultureInfo.InvariantCulture)}; give each tested price one column.");
                }

                columns.Add(i);
                prices.Add(price);
            }

            if (prices.Count == 0)
            {
                throw new InputException($"{table.Source}: there is no price column; the header needs one column per tested price, named by the price (such as 9.99).");
            }

            PriceColumns = [.. columns];
            Prices = [.. prices];
            Tally = new GaborGrangerTally(Prices);
        }

        public int Weight { get; }

        public int Segment { get; }

        public int Id { get; }

        /// <summary>Gets the file column of each price, in file order.</summary>
        public int[] PriceColumns { get; }

        /// <summary>Gets the tested prices, in file order.</summary>
        public double[] Prices { get; }

        public GaborGrangerTally Tally { get; }
    }
}
