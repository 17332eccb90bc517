using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PsmCurvesTests
{
    // tiny10 of the reference data (see the CLI's psm tests): 1.3.3 gives PMC 4.5, OPP 6, IPP 7.5, PME 11.25.
    private static readonly PsmSurvey Tiny10 = new(
        tooCheap: [2.0, 3, 3, 4, 5, 5, 6, 4, 2, 3],
        cheap: [4.0, 5, 6, 6, 7, 8, 8, 5, 4, 6],
        expensive: [8.0, 9, 9, 10, 11, 12, 12, 9, 7, 10],
        tooExpensive: [12.0, 12, 13, 14, 15, 16, 18, 13, 10, 14]);

    [Fact]
    public void ValuesAt_GridPrice_IsThatPricesEntries()
    {
        var curves = PriceSensitivityMeter.Analyze(Tiny10).Curves;

        for (var k = 0; k < curves.Prices.Count; k++)
        {
            var at = curves.ValuesAt(curves.Prices[k]);

            Assert.Equal(curves.Prices[k], at.Price);
            Assert.Equal(curves.TooCheap![k], at.TooCheap);
            Assert.Equal(curves.Cheap[k], at.Cheap);
            Assert.Equal(curves.NotCheap[k], at.NotCheap);
            Assert.Equal(curves.Expensive[k], at.Expensive);
            Assert.Equal(curves.NotExpensive[k], at.NotExpensive);
            Assert.Equal(curves.TooExpensive[k], at.TooExpensive);
        }
    }

    [Fact]
    public void ValuesAt_BetweenGridPrices_IsTheStraightLine()
    {
        var curves = PriceSensitivityMeter.Analyze(Tiny10).Curves;
        var k = curves.Prices.ToList().IndexOf(9.0);
        Assert.Equal(10.0, curves.Prices[k + 1]);

        var at = curves.ValuesAt(9.25);

        static double Line(IReadOnlyList<double> curve, int k) => curve[k] + (0.25 * (curve[k + 1] - curve[k]));
        Assert.Equal(Line(curves.TooCheap!, k), at.TooCheap!.Value, 1e-15);
        Assert.Equal(Line(curves.Cheap, k), at.Cheap, 1e-15);
        Assert.Equal(Line(curves.Expensive, k), at.Expensive, 1e-15);
        Assert.Equal(Line(curves.NotExpensive, k), at.NotExpensive, 1e-15);
        Assert.Equal(Line(curves.TooExpensive, k), at.TooExpensive, 1e-15);
        Assert.NotEqual(curves.Expensive[k], curves.Expensive[k + 1]);
    }

    [Fact]
    public void ValuesAt_PricePoints_AreWhereTheirCurvesCross()
    {
        var result = PriceSensitivityMeter.Analyze(Tiny10);
        var curves = result.Curves;

        var pmc = curves.ValuesAt(result.PointOfMarginalCheapness!.Value);
        var opp = curves.ValuesAt(result.OptimalPricePoint!.Value);
        var ipp = curves.ValuesAt(result.IndifferencePricePoint!.Value);
        var pme = curves.ValuesAt(result.PointOfMarginalExpensiveness!.Value);

        Assert.Equal(4.5, pmc.Price);
        Assert.Equal(pmc.NotCheap, pmc.TooCheap!.Value, 1e-12);
        Assert.Equal(opp.TooExpensive, opp.TooCheap!.Value, 1e-12);
        Assert.Equal(ipp.Expensive, ipp.Cheap, 1e-12);
        Assert.Equal(pme.NotExpensive, pme.TooExpensive, 1e-12);
    }

    [Fact]
    public void ValuesAt_OutsideTheGrid_IsTheNearestEnd()
    {
        var curves = PriceSensitivityMeter.Analyze(Tiny10).Curves;

        Assert.Equal(curves.Cheap[0], curves.ValuesAt(0).Cheap);
        Assert.Equal(curves.TooCheap![0], curves.ValuesAt(1).TooCheap);
        Assert.Equal(curves.TooExpensive[^1], curves.ValuesAt(1000).TooExpensive);
        Assert.Equal(1000, curves.ValuesAt(1000).Price);
    }

    [Fact]
    public void ValuesAt_ThreeQuestions_HasNoTooCheapValue()
    {
        var curves = PriceSensitivityMeter.Analyze(new PsmSurvey(null, [5.0, 6, 6], [10.0, 12, 14], [15.0, 16, 20])).Curves;

        Assert.Null(curves.ValuesAt(11).TooCheap);
        Assert.Equal(curves.Cheap[^1], curves.ValuesAt(11).Cheap);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.5)]
    public void ValuesAt_BadPrice_Throws(double bad)
    {
        var curves = PriceSensitivityMeter.Analyze(Tiny10).Curves;

        var ex = PsmSurveyTests.AssertInvalid("price", null, null, () => curves.ValuesAt(bad));
        Assert.Equal($"The price must be a finite number >= 0, but is {Guard.Format(bad)}.", ex.Detail);
    }

    [Fact]
    public void ValuesAt_OutsideTheGrid_AreTheNearestEndsValues()
    {
        var curves = PriceSensitivityMeter.Analyze(new PsmSurvey([1.0, 1.5], [2.0, 3.0], [4.0, 5.0], [6.0, 7.0])).Curves;
        var (first, last) = (curves.Prices[0], curves.Prices[^1]);

        var above = curves.ValuesAt(last + 10);
        var atLast = curves.ValuesAt(last);
        Assert.Equal((last + 10, atLast.Cheap, atLast.Expensive, atLast.TooExpensive, atLast.TooCheap), (above.Price, above.Cheap, above.Expensive, above.TooExpensive, above.TooCheap));
        var below = curves.ValuesAt(first / 2);
        var atFirst = curves.ValuesAt(first);
        Assert.Equal((atFirst.Cheap, atFirst.Expensive, atFirst.TooExpensive, atFirst.TooCheap), (below.Cheap, below.Expensive, below.TooExpensive, below.TooCheap));
    }
}
