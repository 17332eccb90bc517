using System.Diagnostics;
using System.Globalization;

namespace SolutionFit.Formats;

/// <summary>The human-readable output: aligned tables and coaching lines.</summary>
internal static class TextOutput
{
    public static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Price(double value) =>
        double.IsFinite(value) ? value.ToString("#,0.##", CultureInfo.InvariantCulture) : "∞";

    public static string Reaction(PriceReaction? reaction) => JsonOutput.ReactionName(reaction) ?? "-";

    public static void WriteScores(TextWriter output, IEnumerable<FitScore> scores) => WriteTable(
        output,
        ["customer", "solution", "overall", "goal fit", "experience", "value", "eff. price", "happiness", "reaction"],
        scores.Select(s => new[]
        {
            s.CustomerId, s.SolutionId, Number(s.Overall), Number(s.GoalFit), Number(s.Experience), Number(s.Value),
            Price(s.EffectivePrice), s.PriceHappiness is { } h ? Number(h) : "-", Reaction(s.Reaction),
        }),
        leftColumns: 2);

    public static void WriteRanking(TextWriter output, string customerId, IReadOnlyList<FitScore> ranked, IReadOnlyDictionary<string, ProposedSolution> catalog)
    {
        output.WriteLine($"Customer {customerId}");
        WriteTable(
            output,
            ["#", "solution", "name", "price", "overall", "goal fit", "reaction"],
            ranked.Select((s, i) => new[]
            {
                (i + 1).ToString(CultureInfo.InvariantCulture), s.SolutionId, catalog[s.SolutionId].Name, Price(catalog[s.SolutionId].Price),
                Number(s.Overall), Number(s.GoalFit), Reaction(s.Reaction),
            }),
            leftColumns: 3);
    }

    /// <summary>
    /// A ranking with each solution's acceptability (the shares of plausible priorities in which it ranks first and within
    /// the printed top), then in words which solutions win how often, and of how many samples.
    /// </summary>
    public static void WriteRanking(TextWriter output, string customerId, IReadOnlyList<FitScore> ranked, IReadOnlyDictionary<string, ProposedSolution> catalog, RankAcceptability acceptability)
    {
        static string Share(double? share) => share is { } s ? Number(s) : "-";
        output.WriteLine($"Customer {customerId}");
        WriteTable(
            output,
            ["#", "solution", "name", "price", "overall", "goal fit", "reaction", "first", "top"],
            ranked.Select((s, i) => new[]
            {
                (i + 1).ToString(CultureInfo.InvariantCulture), s.SolutionId, catalog[s.SolutionId].Name, Price(catalog[s.SolutionId].Price),
                Number(s.Overall), Number(s.GoalFit), Reaction(s.Reaction),
                Share(acceptability.Solutions[s.SolutionId].First), Share(acceptability.Solutions[s.SolutionId].Top),
            }),
            leftColumns: 3);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {acceptability.Describe()} ({acceptability.Samples:N0} samples of importances ±{acceptability.Uncertainty:0.###}, seed {acceptability.Seed}; {acceptability.SkippedSamples:N0} skipped)."));
    }

    public static void WriteCoaching(TextWriter output, CoachingReport report, int top)
    {
        output.WriteLine($"  Coaching for {report.Score.SolutionId} (overall {Number(report.Score.Overall)}):");
        if (report.SmilePriceRange is { } smile)
        {
            output.WriteLine($"    smiles at a price in [{Price(smile.Lower)}, {Price(smile.Upper)})");
        }

        if (report.Steps.Count == 0)
        {
            output.WriteLine("    no goal, price or alternative would raise the overall");
        }

        foreach (var step in report.Steps.Take(top))
        {
            var what = step switch
            {
                AchieveGoalStep goal => $"achieve '{goal.GoalId}' fully",
                PriceInSmileRangeStep price => $"price it in [{Price(price.PriceRange.Lower)}, {Price(price.PriceRange.Upper)})",
                SwitchSolutionStep other => $"offer '{other.SolutionId}' instead",
                _ => throw new UnreachableException(),
            };
            output.WriteLine($"    {what,-44} overall {Number(step.OverallAfter)} (+{Number(step.Gain)})");
        }
    }

    /// <summary>Writes a table: the first <paramref name="leftColumns"/> columns left-aligned, the others right-aligned.</summary>
    public static void WriteTable(TextWriter output, string[] headers, IEnumerable<string[]> rows, int leftColumns)
    {
        var all = rows.Prepend(headers).ToList();
        var widths = headers.Select((_, c) => all.Max(r => r[c].Length)).ToArray();
        foreach (var row in all)
        {
            var cells = row.Select((cell, c) => c < leftColumns ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            output.WriteLine("  " + string.Join("  ", cells).TrimEnd());
        }
    }
}
