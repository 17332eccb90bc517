using SolutionFit.Gauges;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.Hardening;

/// <summary>
/// Shared scorer, coach, compiled catalog, gauge and multi-criteria inputs used from 8 threads give bit-identical results
/// to one thread. Bounded: a fixed number of iterations, a few seconds in all.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private const int Iterations = 60;

    private static readonly CustomerProfile[] Customers = Enumerable.Range(0, 6).Select(c => new CustomerProfile(
        $"c{c}",
        Enumerable.Range(0, 5).Select(g => new CustomerGoal($"g{g}", ((c + g) % 7 + 1) / 7.0, (GoalKind)(g % 3), (c * g % 5) / 5.0)),
        c % 3 == 0 ? null : new PriceThresholds(10 + c, 20 + c, 40 + c, 60 + c))).ToArray();

    private static readonly ProposedSolution[] Solutions = Enumerable.Range(0, 40).Select(s => new ProposedSolution(
        $"s{s}",
        5 + (s * 1.7),
        Enumerable.Range(0, 5).Select(g => KeyValuePair.Create($"g{g}", ((s * 3 + g) % 11) / 10.0)),
        (s % 4) / 4.0,
        (s % 5) / 5.0)).ToArray();

    private static string Fingerprint(SolutionFitScorer scorer, SolutionCoach coach, SolutionCatalog catalog, CompiledCustomer[] compiled, DecisionMatrix matrix, ObservedReaction[] deals)
    {
        var text = new System.Text.StringBuilder();
        foreach (var customer in Customers)
        {
            foreach (var score in scorer.Rank(customer, Solutions))
            {
                text.Append(BitConverter.DoubleToInt64Bits(score.Overall)).Append(score.SolutionId).Append(';');
            }

            var report = coach.Coach(customer, Solutions[0], Solutions.Skip(1).Take(5));
            text.Append(report.Steps.Count).Append(string.Join(",", report.Steps.Select(s => BitConverter.DoubleToInt64Bits(s.Gain)))).Append('|');
        }

        var overall = new double[catalog.Count];
        var best = new RankedSolution[7];
        foreach (var one in compiled)
        {
            one.Score(overall);
            text.Append(string.Join(",", overall.Select(BitConverter.DoubleToInt64Bits)));
            var count = one.Top(best);
            text.Append(string.Join(",", best.Take(count).Select(b => $"{b.Index}:{BitConverter.DoubleToInt64Bits(b.Overall)}")));
        }

        var top = new RankedSolution[Customers.Length * 3];
        var written = catalog.Top(Customers, 3, top);
        text.Append(string.Join(",", top.Take(written).Select(b => $"{b.Index}:{BitConverter.DoubleToInt64Bits(b.Overall)}")));

        var gauge = PriceHappinessGauge.Measure(deals);
        text.Append(BitConverter.DoubleToInt64Bits(gauge.SmileIndexInterval.Lower)).Append(BitConverter.DoubleToInt64Bits(gauge.SmileIndexInterval.Upper));

        RankingResult[] rankings = [MultiCriteriaRanking.Topsis(matrix), MultiCriteriaRanking.Vikor(matrix), MultiCriteriaRanking.PrometheeII(matrix), MultiCriteriaRanking.WeightedSum(matrix)];
        foreach (var ranking in rankings)
        {
            text.Append(string.Join(",", ranking.Scores.Select(BitConverter.DoubleToInt64Bits))).Append(string.Join(",", ranking.Ranks.Ordinal));
            text.Append(string.Join(",", ranking.Contributions.SelectMany(r => r).Select(BitConverter.DoubleToInt64Bits)));
        }

        return text.ToString();
    }

    [Fact]
    public void SharedAnalyses_OnEightThreads_BitIdenticalToSequential()
    {
        var scorer = new SolutionFitScorer();
        var coach = new SolutionCoach(scorer);
        var catalog = new SolutionCatalog(Solutions);
        var compiled = Customers.Select(catalog.Compile).ToArray();
        var matrix = new DecisionMatrix(
            Solutions.Take(12).Select(s => s.Id),
            [Criterion.Cost("price"), Criterion.Benefit("g0"), Criterion.TargetValue("g1", 0.5)],
            Solutions.Take(12).Select(s => new[] { s.Price, s.GetAchievement("g0"), s.GetAchievement("g1") }),
            [2, 1, 1]);
        var deals = Enumerable.Range(0, 200).Select(i => new ObservedReaction($"d{i}", (PriceReaction)(i % 5), (i % 9) + 0.5)).ToArray();

        var expected = Fingerprint(scorer, coach, catalog, compiled, matrix, deals);
        var mismatches = 0;
        Parallel.For(0, Threads * Iterations, new ParallelOptions { MaxDegreeOfParallelism = Threads }, _ =>
        {
            if (!string.Equals(Fingerprint(scorer, coach, catalog, compiled, matrix, deals), expected, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }
}
