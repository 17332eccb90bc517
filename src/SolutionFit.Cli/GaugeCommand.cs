using System.CommandLine;
using System.Globalization;
using SolutionFit.Gauges;

namespace SolutionFit.Cli;

/// <summary><c>solutionfit gauge FILE.csv</c>: how happy customers were to pay, from observed reactions per deal.</summary>
internal static class GaugeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE.csv") { Description = "Columns deal, reaction (tooCheap, bargain, fair, grumble, tooExpensive)[, weight][, any other]." };
        var by = new Option<string?>("--by") { HelpName = "COLUMN", Description = "Measure each group of this column (seller, period, product, ...)." };
        var weightColumn = new Option<string?>("--weight-column") { HelpName = "NAME", Description = "Weigh deals by this column (default: the column 'weight' when present)." };
        var compare = new Option<string?>("--compare") { HelpName = "A,B", Description = "With --by: compare group A with group B." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("gauge", "The smile index of observed price reactions, overall or per group.") { file, by, weightColumn, compare, json };
        var limits = Cli.LimitOptions(command, Limits.FileSize, Limits.Rows);
        command.SetAction(result => Cli.Guarded(error, () =>
        {
            var table = CsvTable.Load(result.GetRequiredValue(file), limits(result));
            var groups = ObservedReactionsReader.Measure(table, result.GetValue(by), result.GetValue(weightColumn));
            SmileComparison? comparison = result.GetValue(compare) is { } pair ? Compare(groups, pair, result.GetValue(by)) : null;
            if (result.GetValue(json))
            {
                JsonOutput.WriteGauges(output, groups, comparison);
            }
            else
            {
                WriteTable(output, groups, comparison, result.GetValue(compare));
            }
        }));
        return command;
    }

    private static SmileComparison Compare(IReadOnlyDictionary<string, SmileGauge> groups, string pair, string? by)
    {
        var keys = pair.Split(',');
        SmileGauge Find(string key) => groups.TryGetValue(key, out var gauge)
            ? gauge
            : throw new InputException($"--compare: there is no group {Show.Quoted(key)}{(by is null ? " (use --by COLUMN to form groups)" : $" in column {Show.Quoted(by)}")}.");
        return keys.Length == 2
            ? SmileGauge.Compare(Find(keys[0]), Find(keys[1]))
            : throw new InputException($"--compare takes two groups A,B, not {Show.Quoted(pair)}.");
    }

    private static void WriteTable(TextWriter output, IReadOnlyDictionary<string, SmileGauge> groups, SmileComparison? comparison, string? pair)
    {
        static string Percent(double share) => (100 * share).ToString("0.0", CultureInfo.InvariantCulture);
        static string One(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
        TextOutput.WriteTable(
            output,
            ["group", "deals", "too cheap %", "bargain %", "fair %", "grumble %", "too exp. %", "smile", "95% CI"],
            groups.Select(g => new[]
            {
                g.Key, g.Value.Count.ToString(CultureInfo.InvariantCulture),
                Percent(g.Value.ShareOf(PriceReaction.TooCheap)), Percent(g.Value.ShareOf(PriceReaction.Bargain)), Percent(g.Value.ShareOf(PriceReaction.Fair)),
                Percent(g.Value.ShareOf(PriceReaction.Grumble)), Percent(g.Value.ShareOf(PriceReaction.TooExpensive)),
                One(g.Value.SmileIndex), $"[{One(g.Value.SmileIndexInterval.Lower)}, {One(g.Value.SmileIndexInterval.Upper)}]",
            }),
            leftColumns: 1);
        if (comparison is { } c)
        {
            output.WriteLine($"  {pair!.Replace(",", " - ", StringComparison.Ordinal)}: {One(c.Difference)} [{One(c.DifferenceInterval.Lower)}, {One(c.DifferenceInterval.Upper)}]{(c.IsSignificant ? ", a real difference at the 5 % level" : ", not distinguishable at the 5 % level")}");
        }
    }
}
