using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 200)]
public sealed class PriceSensitivityMeterPropertyTests
{
    private static bool Close(IReadOnlyList<double>? expected, IReadOnlyList<double>? actual) =>
        expected is null ? actual is null : actual is not null && expected.Count == actual.Count && expected.Zip(actual).All(p => PsmReference.Close(p.First, p.Second));

    private static bool Close(double? expected, double? actual) =>
        expected is null ? actual is null : actual is not null && PsmReference.Close(expected.Value, actual.Value);

    private static double?[] Points(PsmResult r) => [r.PointOfMarginalCheapness, r.OptimalPricePoint, r.IndifferencePricePoint, r.PointOfMarginalExpensiveness];

    private static bool SameAnalysis(PsmResult a, PsmResult b) =>
        Close(a.Curves.Prices, b.Curves.Prices) && Close(a.Curves.TooCheap, b.Curves.TooCheap) && Close(a.Curves.Cheap, b.Curves.Cheap)
        && Close(a.Curves.Expensive, b.Curves.Expensive) && Close(a.Curves.TooExpensive, b.Curves.TooExpensive)
        && Points(a).Zip(Points(b)).All(p => Close(p.First, p.Second)) && Close(a.Nms?.Reach, b.Nms?.Reach);

    [Property]
    public Property Analyze_EqualsTheSimpleImplementation(PsmCase c)
    {
        var fast = PriceSensitivityMeter.Analyze(c.Survey(), c.Options);
        var naive = NaivePsm.Analyze(c.Survey(), c.Options);

        return (Close(naive.Grid, fast.Curves.Prices) && Close(naive.TooCheap, fast.Curves.TooCheap) && Close(naive.Cheap, fast.Curves.Cheap)
                && Close(naive.Expensive, fast.Curves.Expensive) && Close(naive.TooExpensive, fast.Curves.TooExpensive)
                && naive.Points.Zip(Points(fast)).All(p => Close(p.First, p.Second))
                && Close(naive.Reach, fast.Nms?.Reach))
            .Label($"points naive [{string.Join(", ", naive.Points)}] fast [{string.Join(", ", Points(fast))}]");
    }

    [Property]
    public bool Analyze_EqualWeights_AreUnweighted(PsmCase c, bool half)
    {
        var weight = half ? 0.5 : 4.0; // powers of two scale every sum exactly
        var unweighted = c with { Weights = null };
        var weighted = c with { Weights = Enumerable.Repeat(weight, c.Cheap.Length).ToArray() };

        return SameAnalysis(PriceSensitivityMeter.Analyze(unweighted.Survey(), c.Options), PriceSensitivityMeter.Analyze(weighted.Survey(), c.Options));
    }

    [Property]
    public bool Analyze_IntegerWeights_AreDuplicatedRows(PsmCase c)
    {
        var weights = c.Weights ?? Enumerable.Repeat(1.0, c.Cheap.Length).ToArray();
        T[] Repeat<T>(T[] column) => column.SelectMany((v, i) => Enumerable.Repeat(v, (int)weights[i])).ToArray();
        var duplicated = new PsmCase(
            c.TooCheap is null ? null : Repeat(c.TooCheap), Repeat(c.Cheap), Repeat(c.Expensive), Repeat(c.TooExpensive), null,
            c.IntentCheap is null ? null : Repeat(c.IntentCheap), c.IntentExpensive is null ? null : Repeat(c.IntentExpensive), c.Options);

        return SameAnalysis(PriceSensitivityMeter.Analyze(c.Survey(), c.Options), PriceSensitivityMeter.Analyze(duplicated.Survey(), c.Options));
    }

    [Property]
    public bool Analyze_OrderOfRespondents_DoesNotMatter(PsmCase c, int seed)
    {
        var order = Enumerable.Range(0, c.Cheap.Length).ToArray();
        new Random(seed).Shuffle(order);
        T[]? Permute<T>(T[]? column) => column is null ? null : order.Select(i => column[i]).ToArray();
        var shuffled = new PsmCase(
            Permute(c.TooCheap), Permute(c.Cheap)!, Permute(c.Expensive)!, Permute(c.TooExpensive)!, Permute(c.Weights),
            Permute(c.IntentCheap), Permute(c.IntentExpensive), c.Options);

        return SameAnalysis(PriceSensitivityMeter.Analyze(c.Survey(), c.Options), PriceSensitivityMeter.Analyze(shuffled.Survey(), c.Options));
    }

    [Property]
    public Property Analyze_CurvesAreMonotoneSharesAndPointsInsideTheGrid(PsmCase c)
    {
        var result = PriceSensitivityMeter.Analyze(c.Survey(), c.Options);
        var curves = result.Curves;
        static bool Falling(IReadOnlyList<double>? v) => v is null || v.Zip(v.Skip(1)).All(p => p.Second <= p.First + 1e-15);
        static bool Rising(IReadOnlyList<double> v) => v.Zip(v.Skip(1)).All(p => p.Second >= p.First - 1e-15);
        static bool Unit(IReadOnlyList<double>? v) => v is null || v.All(x => x >= 0.0 && x <= 1.0);
        var (low, high) = (curves.Prices[0], curves.Prices[^1]);

        return (Falling(curves.TooCheap) && Falling(curves.Cheap) && Rising(curves.Expensive) && Rising(curves.TooExpensive)
                && Unit(curves.TooCheap) && Unit(curves.Cheap) && Unit(curves.Expensive) && Unit(curves.TooExpensive)
                && Points(result).All(p => p is null || (p >= low && p <= high))
                && curves.Prices.Zip(curves.Prices.Skip(1)).All(p => p.Second > p.First)
                && (result.Nms is null || (Unit(result.Nms.Reach) && result.Nms.Revenue.All(r => r >= 0.0))))
            .Label($"points [{string.Join(", ", Points(result))}] on [{low}, {high}]");
    }

    [Property]
    public Property ReactionShares_SumToOneAndMatchTheCurves(PsmCase c, ushort at)
    {
        var options = new PsmOptions { Method = PsmMethod.Classic, ExcludeInconsistent = true };
        var result = PriceSensitivityMeter.Analyze(c.Survey(), options);
        var prices = result.Curves.Prices;

        var sumsToOne = prices.Append(at / 100.0).All(p =>
        {
            var s = result.ReactionSharesAt(p);
            var all = new[] { s.TooCheap, s.Bargain, s.Fair, s.Grumble, s.TooExpensive };
            return all.All(x => x >= 0.0 && x <= 1.0) && Math.Abs(all.Sum() - 1.0) < 1e-12
                && Enum.GetValues<PriceReaction>().All(r => s[r] == all[(int)r]);
        });
        var matchCurves = prices.Select((p, k) => (Shares: result.ReactionSharesAt(p), k)).All(x =>
            Math.Abs(x.Shares.TooCheap - (result.Curves.TooCheap?[x.k] ?? 0.0)) < 1e-12
            && Math.Abs(x.Shares.TooCheap + x.Shares.Bargain - result.Curves.Cheap[x.k]) < 1e-12
            && Math.Abs(x.Shares.Grumble + x.Shares.TooExpensive - result.Curves.Expensive[x.k]) < 1e-12
            && Math.Abs(x.Shares.TooExpensive - result.Curves.TooExpensive[x.k]) < 1e-12);
        return (sumsToOne && matchCurves).ToProperty();
    }

    [Property]
    public bool SmileOptimum_HasTheMostBargainAndFair(PsmCase c)
    {
        var result = PriceSensitivityMeter.Analyze(c.Survey(), c.Options);
        if (!c.Options.ExcludeInconsistent && result.ExcludedCount > 0)
        {
            return result.SmileOptimum is null; // reactions are not defined for inconsistent respondents
        }

        var best = result.SmileOptimum!.Value;
        return result.Curves.Prices.Append(0.0).Append(best.Price + 0.25)
            .All(p => result.ReactionSharesAt(p) is var s && s.Bargain + s.Fair <= best.Bargain + best.Fair + 1e-12);
    }
}
