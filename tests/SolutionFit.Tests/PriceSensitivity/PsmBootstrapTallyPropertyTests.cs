using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.Oracles;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>
/// The bootstrap tally: every replicate equals the plain analysis of the rows it keeps under their replicate weights (the
/// fast path equals the simple path); any split into shards, merged in any order (some moved through their bytes), gives the whole survey's replicates; the
/// same seed gives the same output however the rows are added; every interval lies within its defined values.
/// </summary>
[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 150)]
public sealed class PsmBootstrapTallyPropertyTests
{
    private const int Replicates = 12;

    [Property]
    public Property Bootstrap_EveryReplicate_EqualsThePlainAnalysisOfItsKeptRows(PsmCase c, int seed, bool fractionalWeights)
    {
        var random = new Random(seed);
        var s = Seed(random);
        var survey = Survey(c, Weights(c, random, fractionalWeights));
        var expected = NaiveBootstrap.Values(survey, s, Replicates, c.Options);

        var actual = PriceSensitivityMeter.Bootstrap(PsmBootstrapTally.FromSurvey(survey, s, Replicates), c.Options).Values;

        var differences = Differences(expected, actual);
        return (differences.Count == 0).Label(string.Join("; ", differences));
    }

    [Property]
    public Property Merge_ShardsInAnyOrder_GiveTheWholeSurveysReplicates(PsmCase c, int seed, bool fractionalWeights)
    {
        var random = new Random(seed);
        var s = Seed(random);
        var weights = Weights(c, random, fractionalWeights);
        var whole = PriceSensitivityMeter.Bootstrap(PsmBootstrapTally.FromSurvey(Survey(c, weights), s, Replicates), c.Options).Values;

        var cuts = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(0, c.Cheap.Length + 1)).Append(0).Append(c.Cheap.Length).Order().ToArray();
        var shards = cuts.Zip(cuts.Skip(1), (first, end) => Shard(c, weights, s, first, end, random)).Select(shard => random.Next(3) == 0 ? PsmBootstrapTally.FromBytes(shard.ToBytes()) : shard).ToList();
        while (shards.Count > 1)
        {
            var (i, j) = (random.Next(shards.Count), random.Next(shards.Count - 1));
            j = j >= i ? j + 1 : j;
            shards[i].Merge(shards[j]);
            shards.RemoveAt(j);
        }

        var merged = PriceSensitivityMeter.Bootstrap(random.Next(2) == 0 ? shards[0] : PsmBootstrapTally.FromBytes(shards[0].ToBytes()), c.Options).Values;
        var differences = Differences(whole, merged, exact: true);
        return (differences.Count == 0).Label(string.Join("; ", differences));
    }

    [Property]
    public Property Bootstrap_SameSeed_SameOutputRowByRowOrAtOnce(PsmCase c, int seed)
    {
        var random = new Random(seed);
        var s = Seed(random);
        var atOnce = PriceSensitivityMeter.Bootstrap(PsmBootstrapTally.FromSurvey(Survey(c, c.Weights), s, Replicates), c.Options);
        var rowByRow = PriceSensitivityMeter.Bootstrap(Shard(c, c.Weights, s, 0, c.Cheap.Length, new Random(0)), c.Options);

        var differences = Differences(atOnce.Values, rowByRow.Values, exact: true);
        return (differences.Count == 0).Label(string.Join("; ", differences))
            .And((atOnce.ToString() == rowByRow.ToString()).Label("the intervals"));
    }

    [Property]
    public Property Bootstrap_EveryInterval_LiesWithinItsDefinedValues(PsmCase c, int seed, bool highConfidence)
    {
        var random = new Random(seed);
        var confidence = highConfidence ? 0.99 : 0.5;
        var result = PriceSensitivityMeter.Bootstrap(PsmBootstrapTally.FromSurvey(Survey(c, c.Weights), Seed(random), Replicates), c.Options, confidence);

        PsmBootstrapInterval?[] intervals = [result.PointOfMarginalCheapness, result.OptimalPricePoint, result.IndifferencePricePoint, result.PointOfMarginalExpensiveness, result.ReachOptimalPrice, result.RevenueOptimalPrice];
        var wrong = new List<string>();
        for (var p = 0; p < intervals.Length; p++)
        {
            var defined = result.Values[p].Where(v => !double.IsNaN(v)).ToArray();
            if (intervals[p] is not { } interval)
            {
                continue;
            }

            if (interval.Defined != defined.Length || (interval.Interval is null) != (defined.Length < 2))
            {
                wrong.Add($"point {p}: defined {interval.Defined} of {defined.Length}, interval {interval.Interval}");
            }
            else if (interval.Interval is { } ci && !(defined.Min() <= ci.Lower && ci.Lower <= ci.Upper && ci.Upper <= defined.Max()))
            {
                wrong.Add($"point {p}: {ci} outside [{defined.Min()}, {defined.Max()}]");
            }
        }

        return (wrong.Count == 0).Label(string.Join("; ", wrong));
    }

    private static ulong Seed(Random random) => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);

    /// <summary>The case's weights; optionally not whole (so that sums are carried exactly rather than counted), some 0.</summary>
    private static double[]? Weights(PsmCase c, Random random, bool fractional) =>
        c.Weights is null || !fractional ? c.Weights : [.. c.Weights.Select(w => random.Next(8) == 0 ? 0.0 : w * 0.1 * (1 + random.Next(7)))];

    private static PsmSurvey Survey(PsmCase c, double[]? weights) =>
        new(c.TooCheap, c.Cheap, c.Expensive, c.TooExpensive, weights, c.IntentCheap, c.IntentExpensive);

    /// <summary>The rows first to end, tallied row by row or at once.</summary>
    private static PsmBootstrapTally Shard(PsmCase c, double[]? weights, ulong seed, int first, int end, Random random)
    {
        if (end > first && random.Next(2) == 0)
        {
            var range = new Range(first, end);
            return PsmBootstrapTally.FromSurvey(new PsmSurvey(c.TooCheap?[range], c.Cheap[range], c.Expensive[range], c.TooExpensive[range], weights?[range], c.IntentCheap?[range], c.IntentExpensive?[range]), seed, Replicates, first);
        }

        var tally = new PsmBootstrapTally(seed, Replicates, first, c.IntentCheap is not null);
        for (var i = first; i < end; i++)
        {
            tally.Add(c.TooCheap?[i], c.Cheap[i], c.Expensive[i], c.TooExpensive[i], weights?[i] ?? 1.0, c.IntentCheap?[i], c.IntentExpensive?[i]);
        }

        return tally;
    }

    /// <summary>
    /// The replicates whose points differ: exactly, or (the oracle) the four points exactly and the reach optima, whose
    /// reach the oracle sums per combination of answers rather than per row, to 1e-9 relative.
    /// </summary>
    private static List<string> Differences(double[][] expected, double[][] actual, bool exact = false)
    {
        var differences = new List<string>();
        for (var p = 0; p < PsmBootstrapTally.Points; p++)
        {
            for (var b = 0; b < Replicates; b++)
            {
                var (e, a) = (expected[p][b], actual[p][b]);
                var same = e.Equals(a) || (!exact && p >= 4 && Math.Abs(e - a) <= 1e-9 * Math.Max(Math.Abs(e), Math.Abs(a)));
                if (!same)
                {
                    differences.Add($"point {p} replicate {b}: expected {e:R}, got {a:R}");
                }
            }
        }

        return differences;
    }
}
