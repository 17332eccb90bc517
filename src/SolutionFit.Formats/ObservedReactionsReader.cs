using System.Globalization;
using SolutionFit.Gauges;

namespace SolutionFit.Formats;

/// <summary>
/// The reader of observed price reactions (columns <c>deal</c>, <c>reaction</c> (tooCheap, bargain, fair, grumble,
/// tooExpensive), an optional weight column, any other columns to group by), measured into smile gauges, for the tool's
/// <c>gauge</c> command and the web sample alike.
/// </summary>
internal static class ObservedReactionsReader
{
    private static readonly string[] ReactionNames = Enum.GetValues<PriceReaction>().Select(r => JsonOutput.ReactionName(r)!).ToArray();

    /// <summary>Measures the deals of <paramref name="table"/>: one gauge per group of <paramref name="by"/>, or one group "all".</summary>
    /// <param name="table">The deals.</param>
    /// <param name="by">The column whose values form the groups (an empty cell is the group "(none)"), or null for one group "all".</param>
    /// <param name="weightColumn">The weight column; when null, the column <c>weight</c> if there is one, else every weight 1.</param>
    /// <returns>The gauges in the order the groups first appear in the file.</returns>
    /// <exception cref="InputException">
    /// A column is missing; a deal id, reaction or weight is missing or invalid; there is no deal; or a group breaks a rule
    /// of <see cref="PriceHappinessGauge.Measure"/> (told at the line of the offending deal where there is one).
    /// </exception>
    public static IReadOnlyDictionary<string, SmileGauge> Measure(CsvTable table, string? by, string? weightColumn)
    {
        var (deal, reaction) = (table.Column("deal"), table.Column("reaction"));
        weightColumn ??= table.Has("weight") ? "weight" : null;
        var weight = weightColumn is null ? -1 : table.Column(weightColumn);
        var group = by is null ? -1 : table.Column(by);
        var observations = table.Rows.Select(row =>
        {
            var id = CsvTable.Cell(row.Cells, deal) ?? throw new InputException($"{table.Source}: line {row.Line.ToString(CultureInfo.InvariantCulture)}, column 'deal': the deal id is missing.");
            var name = CsvTable.Cell(row.Cells, reaction) ?? throw new InputException($"{table.Source}: line {row.Line.ToString(CultureInfo.InvariantCulture)}, column 'reaction': the reaction is missing.");
            var index = Array.FindIndex(ReactionNames, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new InputException($"{table.Source}: line {row.Line.ToString(CultureInfo.InvariantCulture)}, column 'reaction': {Show.Quoted(name)} is not one of {string.Join(", ", ReactionNames)}.");
            }

            var w = weight < 0 ? 1.0 : table.Number(row, weight, weightColumn!) ?? throw new InputException($"{table.Source}: line {row.Line.ToString(CultureInfo.InvariantCulture)}, column {Show.Quoted(weightColumn)}: the weight is missing.");
            try
            {
                return (Key: group < 0 ? "all" : CsvTable.Cell(row.Cells, group) ?? "(none)", Observed: new ObservedReaction(id, (PriceReaction)index, w));
            }
            catch (InvalidInputException ex) when (ex.ParamName == "weight")
            {
                throw new InputException($"{table.Source}: line {row.Line.ToString(CultureInfo.InvariantCulture)}, column {Show.Quoted(weightColumn)}: {ex.Detail}");
            }
        }).ToList();
        if (observations.Count == 0)
        {
            throw new InputException($"{table.Source}: the file has no deal.");
        }

        try
        {
            return PriceHappinessGauge.MeasureBy(observations, o => o.Key, o => o.Observed);
        }
        catch (ArgumentException ex)
        {
            throw new InputException(DealLine(table, observations.ConvertAll(o => o.Key), ex) is { } at
                ? $"{table.Source}: {at}: {InputException.Plain(ex)}"
                : $"{table.Source}: {InputException.Plain(ex)}");
        }
    }

    /// <summary>
    /// "line N" of the deal a group's error is about: the group is the error's ItemId, and the inner error's Index the
    /// deal's position within the group (its rows in file order).
    /// </summary>
    private static string? DealLine(CsvTable table, List<string> keys, ArgumentException ex)
    {
        if (ex is not InvalidInputException { ParamName: "source", ItemId: { } group, InnerException: InvalidInputException { Index: { } index } })
        {
            return null;
        }

        var rows = Enumerable.Range(0, keys.Count).Where(i => keys[i] == group).ToList();
        return index >= 0 && index < rows.Count ? $"line {table.Rows[rows[index]].Line.ToString(CultureInfo.InvariantCulture)}" : null;
    }
}
