using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>Any split of a survey into shards, tallied and merged in any order, analyses as the whole survey.</summary>
[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
public sealed class PsmTallyPropertyTests
{
    [Property]
    public Property ShardsMergedInAnyOrder_AnalyseAsTheWholeSurvey(PsmCase c, int seed, bool fractionalWeights)
    {
        var random = new Random(seed);
        var n = c.Cheap.Length;

        // Weights that are not integers, so that shard sums round differently unless they are carried exactly.
        var weights = c.Weights is null || !fractionalWeights ? c.Weights : [.. c.Weights.Select(w => w * 0.1 * (1 + random.Next(7)))];
        var whole = Outcome(() => PriceSensitivityMeter.Analyze(new PsmSurvey(c.Cheap, c.Expensive, c.TooExpensive, c.TooCheap, weights, c.IntentCheap, c.IntentExpensive), c.Options));

        var shards = Split(n, random).Select(range => Shard(c, weights, range.First, range.Count, random)).ToList();
        while (shards.Count > 1)
        {
            var (i, j) = (random.Next(shards.Count), random.Next(shards.Count - 1));
            j = j >= i ? j + 1 : j;
            shards[i].Merge(shards[j]);
            shards.RemoveAt(j);
        }

        var merged = random.Next(2) == 0 ? shards[0] : PsmTally.FromState(shards[0].ToState());
        var sharded = Outcome(() => PriceSensitivityMeter.Analyze(merged, c.Options));
        var differences = Differences(whole, sharded);
        return (differences.Count == 0).Label(string.Join("; ", differences));
    }

    [Property]
    public Property Merge_IsCommutative_OnTheState(PsmCase c, int seed)
    {
        var random = new Random(seed);
        var cut = random.Next(1, c.Cheap.Length + 1);
        var (a1, b1) = (Shard(c, c.Weights, 0, cut, random), Shard(c, c.Weights, cut, c.Cheap.Length - cut, random));
        var (a2, b2) = (Shard(c, c.Weights, 0, cut, random), Shard(c, c.Weights, cut, c.Cheap.Length - cut, random));
        a1.Merge(b1);
        b2.Merge(a2);
        return (Canonical(a1.ToState()) == Canonical(b2.ToState())).Label($"{Canonical(a1.ToState())} vs {Canonical(b2.ToState())}");
    }

    /// <summary>A shard of rows [first, first + count): added row by row, from a survey, or rebuilt from its state.</summary>
    private static PsmTally Shard(PsmCase c, double[]? weights, int first, int count, Random random)
    {
        var nms = c.IntentCheap is not null;
        PsmTally tally;
        if (count > 0 && random.Next(3) == 0)
        {
            var range = new Range(first, first + count);
            tally = PsmTally.FromSurvey(new PsmSurvey(c.Cheap[range], c.Expensive[range], c.TooExpensive[range], c.TooCheap?[range], weights?[range], c.IntentCheap?[range], c.IntentExpensive?[range]), first);
        }
        else
        {
            tally = new PsmTally(first, nms);
            for (var i = first; i < first + count; i++)
            {
                tally.Add(c.Cheap[i], c.Expensive[i], c.TooExpensive[i], c.TooCheap?[i], weights?[i] ?? 1.0, c.IntentCheap?[i], c.IntentExpensive?[i]);
            }
        }

        return random.Next(3) == 0 ? PsmTally.FromState(tally.ToState()) : tally;
    }

    /// <summary>1 to 5 consecutive ranges covering [0, n); some may be empty.</summary>
    private static List<(int First, int Count)> Split(int n, Random random)
    {
        var cuts = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(0, n + 1)).Append(0).Append(n).Order().ToArray();
        return [.. cuts.Zip(cuts.Skip(1), (a, b) => (a, b - a))];
    }

    private static object Outcome(Func<PsmResult> analyse)
    {
        try
        {
            return analyse();
        }
        catch (InvalidInputException ex)
        {
            return $"{ex.Index} {ex.Field} {ex.Detail}";
        }
    }

    private static List<string> Differences(object whole, object sharded)
    {
        if (whole is not PsmResult w || sharded is not PsmResult s)
        {
            return Equals(whole, sharded) ? [] : [$"whole: {whole}, sharded: {sharded}"];
        }

        var differences = new List<string>();
        void Same<T>(string what, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                differences.Add($"{what}: whole {a}, sharded {b}");
            }
        }

        void Close(string what, IReadOnlyList<double>? a, IReadOnlyList<double>? b)
        {
            if (a is null || b is null)
            {
                Same(what + " present", a is null, b is null);
                return;
            }

            Same(what + " length", a.Count, b.Count);
            for (var k = 0; k < Math.Min(a.Count, b.Count); k++)
            {
                if (!(Math.Abs(a[k] - b[k]) <= 1e-12 * Math.Max(1.0, Math.Abs(a[k]))))
                {
                    differences.Add($"{what}[{k}]: whole {a[k]:R}, sharded {b[k]:R}");
                }
            }
        }

        Same("total", w.TotalRespondents, s.TotalRespondents);
        Same("used", w.RespondentsUsed, s.RespondentsUsed);
        Same("invalid", string.Join(" | ", w.Invalid), string.Join(" | ", s.Invalid));
        Same("PMC", w.PointOfMarginalCheapness, s.PointOfMarginalCheapness);
        Same("OPP", w.OptimalPricePoint, s.OptimalPricePoint);
        Same("IPP", w.IndifferencePricePoint, s.IndifferencePricePoint);
        Same("PME", w.PointOfMarginalExpensiveness, s.PointOfMarginalExpensiveness);
        Same("acceptable", w.AcceptableRange, s.AcceptableRange);
        Same("optimal", w.OptimalRange, s.OptimalRange);
        Close("prices", w.Curves.Prices, s.Curves.Prices);
        Close("too cheap", w.Curves.TooCheap, s.Curves.TooCheap);
        Close("cheap", w.Curves.Cheap, s.Curves.Cheap);
        Close("expensive", w.Curves.Expensive, s.Curves.Expensive);
        Close("too expensive", w.Curves.TooExpensive, s.Curves.TooExpensive);
        Same("nms", w.Nms is null, s.Nms is null);
        if (w.Nms is { } wn && s.Nms is { } sn)
        {
            Close("reach", wn.Reach, sn.Reach);
            Close("revenue", wn.Revenue, sn.Revenue);
            Close("nms optima", [wn.ReachOptimalPrice, wn.ReachMax, wn.RevenueOptimalPrice], [sn.ReachOptimalPrice, sn.ReachMax, sn.RevenueOptimalPrice]);
        }

        return differences;
    }

    /// <summary>The state with every list in a canonical order, as text.</summary>
    private static string Canonical(PsmTallyState state) =>
        $"{state.HasPurchaseIntentions} {state.NextRow} {state.WeightExponent} " +
        $"rows [{string.Join(",", state.Rows)}] without [{string.Join(",", state.WithoutTooCheapRows)}] " +
        $"weights [{string.Join(",", state.Weights.OrderBy(w => w.Price).ThenBy(w => w.Question).ThenBy(w => w.WithoutTooCheap).Select(w => $"{w.Price:R}/{w.Question}/{w.WithoutTooCheap}={w.Weight + w.Residual:R}"))}] " +
        $"inconsistent [{string.Join(",", state.Inconsistent.OrderBy(r => r.Row))}] " +
        $"combinations [{string.Join(",", state.Combinations.OrderBy(m => m.FirstRow).Select(m => m with { Weight = m.Weight + m.Residual, Residual = 0 }))}]";
}
