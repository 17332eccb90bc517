using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>
/// Any split of a survey into shards, tallied and merged in any order, analyses as the whole survey; whole weights counted
/// in integers and weights summed exactly give the same sums; a survey tallied at once equals its rows added one by one.
/// </summary>
[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
public sealed class PsmTallyPropertyTests
{
    [Property]
    public Property Merge_ShardsInAnyOrder_AnalyseAsTheWholeSurvey(PsmCase c, int seed, bool fractionalWeights)
    {
        var random = new Random(seed);
        var n = c.Cheap.Length;

        // Weights that are not integers, so that shard sums round differently unless they are carried exactly.
        var weights = c.Weights is null || !fractionalWeights ? c.Weights : [.. c.Weights.Select(w => w * 0.1 * (1 + random.Next(7)))];
        var whole = Outcome(() => PriceSensitivityMeter.Analyze(new PsmSurvey(c.TooCheap, c.Cheap, c.Expensive, c.TooExpensive, weights, c.IntentCheap, c.IntentExpensive), c.Options));

        var shards = Split(n, random).Select(range => Shard(c, weights, range.First, range.Count, random)).ToList();
        while (shards.Count > 1)
        {
            var (i, j) = (random.Next(shards.Count), random.Next(shards.Count - 1));
            j = j >= i ? j + 1 : j;
            shards[i].Merge(shards[j]);
            shards.RemoveAt(j);
        }

        var merged = random.Next(2) == 0 ? shards[0] : PsmTally.FromBytes(shards[0].ToBytes());
        var sharded = Outcome(() => PriceSensitivityMeter.Analyze(merged, c.Options));
        var differences = Differences(whole, sharded);
        return (differences.Count == 0).Label(string.Join("; ", differences));
    }

    [Property]
    public Property FromBytes_OfEachShard_AnalysesAndMergesBitIdentically(PsmCase c, int seed)
    {
        // Each shard and its copy rebuilt from its bytes: the same bytes again; merged in the same order, the same tally
        // (bytes) and the same results to the last bit.
        var random = new Random(seed);
        var ranges = Split(c.Cheap.Length, random);
        var shards = ranges.Select(range => Shard(c, c.Weights, range.First, range.Count, random)).ToList();
        var copies = shards.Select(shard => PsmTally.FromBytes(shard.ToBytes())).ToList();
        var sameBytes = shards.Zip(copies).All(pair => pair.First.ToBytes().AsSpan().SequenceEqual(pair.Second.ToBytes()));
        for (var i = 1; i < shards.Count; i++)
        {
            shards[0].Merge(shards[i]);
            copies[0].Merge(copies[i]);
        }

        return sameBytes.Label("a shard's bytes rebuilt")
            .And(shards[0].ToBytes().AsSpan().SequenceEqual(copies[0].ToBytes()).Label("the merged bytes"))
            .And(Identical(Outcome(() => PriceSensitivityMeter.Analyze(shards[0], c.Options)), Outcome(() => PriceSensitivityMeter.Analyze(copies[0], c.Options))).Label("results"));
    }

    [Property]
    public Property Merge_EitherOrder_GivesTheSameTally(PsmCase c, int seed)
    {
        var random = new Random(seed);
        var cut = random.Next(1, c.Cheap.Length + 1);
        var (a1, b1) = (Shard(c, c.Weights, 0, cut, random), Shard(c, c.Weights, cut, c.Cheap.Length - cut, random));
        var (a2, b2) = (Shard(c, c.Weights, 0, cut, random), Shard(c, c.Weights, cut, c.Cheap.Length - cut, random));
        a1.Merge(b1);
        b2.Merge(a2);
        return (Canonical(PsmTallyBytes.Read(a1.ToBytes())) == Canonical(PsmTallyBytes.Read(b2.ToBytes()))).Label($"{Canonical(PsmTallyBytes.Read(a1.ToBytes()))} vs {Canonical(PsmTallyBytes.Read(b2.ToBytes()))}");
    }

    [Property]
    public Property WholeWeights_CountedInIntegersOrSummedExactly_GiveIdenticalSumsAndResults(PsmCase c, int seed)
    {
        // Whole weights (1 to 3, or none): each shard is counted in integers, or forced onto the exact sums of weights that
        // are not whole (a tally rebuilt from a state sums exactly); merged in any order, both give the whole survey's sums
        // to the last bit of sum and residual, and the same results exactly.
        var random = new Random(seed);
        var n = c.Cheap.Length;
        var wholeTally = PsmTally.FromSurvey(c.Survey());
        var exactTally = Exact(0, c.IntentCheap is not null);
        for (var i = 0; i < n; i++)
        {
            exactTally.Add(c.TooCheap?[i], c.Cheap[i], c.Expensive[i], c.TooExpensive[i], c.Weights?[i] ?? 1.0, c.IntentCheap?[i], c.IntentExpensive?[i]);
        }

        var shards = Split(n, random).Select(range =>
        {
            var shard = random.Next(2) == 0 ? new PsmTally(range.First, c.IntentCheap is not null) : Exact(range.First, c.IntentCheap is not null);
            for (var i = range.First; i < range.First + range.Count; i++)
            {
                shard.Add(c.TooCheap?[i], c.Cheap[i], c.Expensive[i], c.TooExpensive[i], c.Weights?[i] ?? 1.0, c.IntentCheap?[i], c.IntentExpensive?[i]);
            }

            return shard;
        }).ToList();
        while (shards.Count > 1)
        {
            var (i, j) = (random.Next(shards.Count), random.Next(shards.Count - 1));
            j = j >= i ? j + 1 : j;
            shards[i].Merge(shards[j]);
            shards.RemoveAt(j);
        }

        var whole = Exactly(PsmTallyBytes.Read(wholeTally.ToBytes()));
        var results = Outcome(() => PriceSensitivityMeter.Analyze(wholeTally, c.Options));
        return (wholeTally.CountsWholeWeights && !exactTally.CountsWholeWeights).Label("the two ways of summing were taken")
            .And((Exactly(PsmTallyBytes.Read(exactTally.ToBytes())) == whole).Label($"exact sums: {Exactly(PsmTallyBytes.Read(exactTally.ToBytes()))} vs {whole}"))
            .And((Exactly(PsmTallyBytes.Read(shards[0].ToBytes())) == whole).Label($"merged shards: {Exactly(PsmTallyBytes.Read(shards[0].ToBytes()))} vs {whole}"))
            .And(Identical(results, Outcome(() => PriceSensitivityMeter.Analyze(exactTally, c.Options))).Label("results of the exact sums"))
            .And(Identical(results, Outcome(() => PriceSensitivityMeter.Analyze(shards[0], c.Options))).Label("results of the merged shards"));
    }

    [Property]
    public Property FromSurvey_EqualsAddingTheRowsOneByOne(PsmCase c, int firstRow, int scaling)
    {
        // Whole weights (counted in the unit of the largest from the start, here 1, 2 or 2^11), or weights that are not
        // all whole: row by row, the same sums to the last bit, and the same results.
        firstRow = Math.Abs(firstRow % 1000);
        var weights = c.Weights is null ? null : Math.Abs(scaling % 3) switch
        {
            0 => c.Weights,
            1 => [.. c.Weights.Select(w => w * 1024)],
            _ => [.. c.Weights.Select((w, i) => i % 2 == 0 ? w * 0.3 : w * 1024)],
        };
        var bulk = PsmTally.FromSurvey(new PsmSurvey(c.TooCheap, c.Cheap, c.Expensive, c.TooExpensive, weights, c.IntentCheap, c.IntentExpensive), firstRow);
        var rows = new PsmTally(firstRow, c.IntentCheap is not null);
        for (var i = 0; i < c.Cheap.Length; i++)
        {
            rows.Add(c.TooCheap?[i], c.Cheap[i], c.Expensive[i], c.TooExpensive[i], weights?[i] ?? 1.0, c.IntentCheap?[i], c.IntentExpensive?[i]);
        }

        return (Exactly(PsmTallyBytes.Read(bulk.ToBytes())) == Exactly(PsmTallyBytes.Read(rows.ToBytes()))).Label($"{Exactly(PsmTallyBytes.Read(bulk.ToBytes()))} vs {Exactly(PsmTallyBytes.Read(rows.ToBytes()))}")
            .And(Identical(Outcome(() => PriceSensitivityMeter.Analyze(bulk, c.Options)), Outcome(() => PriceSensitivityMeter.Analyze(rows, c.Options))).Label("results"));
    }

    /// <summary>An empty tally that sums exactly (as for weights that are not whole) from its first weight on.</summary>
    private static PsmTally Exact(int firstRow, bool nms)
    {
        var tally = new PsmTally(firstRow, nms);
        tally.CountNoLonger();
        return tally;
    }

    /// <summary>Whether two outcomes are the same to the last bit: the messages of errors, the text and every curve of results.</summary>
    internal static bool Identical(object a, object b)
    {
        if (a is not PsmResult x || b is not PsmResult y)
        {
            return Equals(a, b);
        }

        static IEnumerable<double> Numbers(PsmResult r) =>
            r.Curves.Prices.Concat(r.Curves.TooCheap ?? []).Concat(r.Curves.Cheap).Concat(r.Curves.Expensive).Concat(r.Curves.TooExpensive)
                .Concat(r.Nms?.Reach ?? []).Concat(r.Nms?.Revenue ?? []);
        return x.ToString() == y.ToString()
            && string.Join(" | ", x.Excluded) == string.Join(" | ", y.Excluded)
            && Numbers(x).Select(BitConverter.DoubleToInt64Bits).SequenceEqual(Numbers(y).Select(BitConverter.DoubleToInt64Bits));
    }

    /// <summary>The tally with every list in a canonical order, as text, each sum with its own residual.</summary>
    internal static string Exactly(PsmTallyBytes state) =>
        $"{state.HasPurchaseIntentions} {state.NextRow} {state.WeightExponent} " +
        $"rows [{string.Join(",", state.Rows)}] without [{string.Join(",", state.WithoutTooCheapRows)}] " +
        $"weights [{string.Join(",", state.Weights.OrderBy(w => w.Price).ThenBy(w => w.Question).ThenBy(w => w.WithoutTooCheap))}] " +
        $"inconsistent [{string.Join(",", state.Inconsistent.OrderBy(r => r.Row))}] " +
        $"combinations [{string.Join(",", state.Combinations.OrderBy(m => m.FirstRow))}]";

    /// <summary>A shard of rows [first, first + count): added row by row, from a survey, or rebuilt from its state.</summary>
    private static PsmTally Shard(PsmCase c, double[]? weights, int first, int count, Random random)
    {
        var nms = c.IntentCheap is not null;
        PsmTally tally;
        if (count > 0 && random.Next(3) == 0)
        {
            var range = new Range(first, first + count);
            tally = PsmTally.FromSurvey(new PsmSurvey(c.TooCheap?[range], c.Cheap[range], c.Expensive[range], c.TooExpensive[range], weights?[range], c.IntentCheap?[range], c.IntentExpensive?[range]), first);
        }
        else
        {
            tally = new PsmTally(first, nms);
            for (var i = first; i < first + count; i++)
            {
                tally.Add(c.TooCheap?[i], c.Cheap[i], c.Expensive[i], c.TooExpensive[i], weights?[i] ?? 1.0, c.IntentCheap?[i], c.IntentExpensive?[i]);
            }
        }

        return random.Next(3) == 0 ? PsmTally.FromBytes(tally.ToBytes()) : tally;
    }

    /// <summary>1 to 5 consecutive ranges covering [0, n); some may be empty.</summary>
    private static List<(int First, int Count)> Split(int n, Random random)
    {
        var cuts = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(0, n + 1)).Append(0).Append(n).Order().ToArray();
        return [.. cuts.Zip(cuts.Skip(1), (a, b) => (a, b - a))];
    }

    internal static object Outcome(Func<PsmResult> analyse)
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
        Same("invalid", string.Join(" | ", w.Excluded), string.Join(" | ", s.Excluded));
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

    /// <summary>The tally with every list in a canonical order, as text.</summary>
    private static string Canonical(PsmTallyBytes state) =>
        $"{state.HasPurchaseIntentions} {state.NextRow} {state.WeightExponent} " +
        $"rows [{string.Join(",", state.Rows)}] without [{string.Join(",", state.WithoutTooCheapRows)}] " +
        $"weights [{string.Join(",", state.Weights.OrderBy(w => w.Price).ThenBy(w => w.Question).ThenBy(w => w.WithoutTooCheap).Select(w => $"{w.Price:R}/{w.Question}/{w.WithoutTooCheap}={w.Weight + w.Residual:R}"))}] " +
        $"inconsistent [{string.Join(",", state.Inconsistent.OrderBy(r => r.Row))}] " +
        $"combinations [{string.Join(",", state.Combinations.OrderBy(m => m.FirstRow).Select(m => m with { Weight = m.Weight + m.Residual, Residual = 0 }))}]";
}
