using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 200)]
public sealed class PsmCurvesPropertyTests
{
    [Property]
    public bool ValuesAt_GridPrices_AreTheCurvesExactly(PsmCase c)
    {
        var curves = PriceSensitivityMeter.Analyze(c.Survey(), c.Options).Curves;

        return curves.Prices.Select((price, k) => (At: curves.ValuesAt(price), k)).All(x =>
            x.At.TooCheap == curves.TooCheap?[x.k] && x.At.Cheap == curves.Cheap[x.k] && x.At.NotCheap == curves.NotCheap[x.k]
            && x.At.Expensive == curves.Expensive[x.k] && x.At.NotExpensive == curves.NotExpensive[x.k]
            && x.At.TooExpensive == curves.TooExpensive[x.k]);
    }

    [Property]
    public Property ValuesAt_BetweenGridPrices_InterpolatesLinearly(PsmCase c, byte fraction)
    {
        var curves = PriceSensitivityMeter.Analyze(c.Survey(), c.Options).Curves;
        var t = fraction / 256.0;
        static bool Near(double expected, double actual) => Math.Abs(expected - actual) <= 1e-12;

        var between = Enumerable.Range(0, curves.Prices.Count - 1).All(k =>
        {
            var price = curves.Prices[k] + (t * (curves.Prices[k + 1] - curves.Prices[k]));
            var at = curves.ValuesAt(price);
            var u = (price - curves.Prices[k]) / (curves.Prices[k + 1] - curves.Prices[k]);
            double Line(IReadOnlyList<double> curve) => curve[k] + (u * (curve[k + 1] - curve[k]));
            return (curves.TooCheap is null ? at.TooCheap is null : Near(Line(curves.TooCheap), at.TooCheap!.Value))
                && Near(Line(curves.Cheap), at.Cheap) && Near(Line(curves.Expensive), at.Expensive)
                && Near(Line(curves.TooExpensive), at.TooExpensive);
        });
        var beyond = curves.ValuesAt(curves.Prices[^1] + 1.0) is var last && last.Cheap == curves.Cheap[^1] && last.TooExpensive == curves.TooExpensive[^1];
        return (between && beyond).Label($"t = {t}");
    }

    [Property]
    public Property ValuesAt_InterpolatedPricePoints_AreWhereTheirCurvesCross(PsmCase c, bool max)
    {
        var options = new PsmOptions { ExcludeInconsistent = c.Options.ExcludeInconsistent, InterpolationStep = c.Options.InterpolationStep, Intersection = max ? PsmIntersection.Max : PsmIntersection.Min };
        var result = PriceSensitivityMeter.Analyze(c.Survey(), options);
        static bool Cross(double? point, Func<PsmCurveValues, (double?, double)> pair, PsmCurves curves) =>
            point is not { } p || pair(curves.ValuesAt(p)) is not ({ } a, var b) || Math.Abs(a - b) <= 1e-9;

        return (Cross(result.PointOfMarginalCheapness, v => (v.TooCheap, v.NotCheap), result.Curves)
                && Cross(result.OptimalPricePoint, v => (v.TooCheap, v.TooExpensive), result.Curves)
                && Cross(result.IndifferencePricePoint, v => (v.Cheap, v.Expensive), result.Curves)
                && Cross(result.PointOfMarginalExpensiveness, v => (v.NotExpensive, v.TooExpensive), result.Curves))
            .Label($"PMC {result.PointOfMarginalCheapness}, OPP {result.OptimalPricePoint}, IPP {result.IndifferencePricePoint}, PME {result.PointOfMarginalExpensiveness}");
    }
}
