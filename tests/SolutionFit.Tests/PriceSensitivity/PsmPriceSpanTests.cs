using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PsmPriceSpanTests
{
    private static PsmPriceSpan Span(double lowest, double highest)
    {
        // One respondent with two answers, kept when inconsistent respondents are: the span of those two prices.
        var tally = new PsmTally();
        tally.Add(lowest, null, null, highest);
        return tally.PriceSpan(new PsmOptions { ExcludeInconsistent = false })!.Value;
    }

    [Theory]
    [InlineData(0.0, 100.0, 1.0, 101.0)]
    [InlineData(0.0, 100.0, 3.0, 34.0)]
    [InlineData(10.0, 10.5, 0.25, 3.0)]
    [InlineData(0.0, 0.3, 0.1, 4.0)] // 0.3 / 0.1 is 2.9999999999999996: the 1e-10 of R's seq counts the last step
    [InlineData(5.0, 7.0, 10.0, 1.0)]
    public void GridPoints_Step_CountsRsSeq(double lowest, double highest, double step, double expected) =>
        Assert.Equal(expected, Span(lowest, highest).GridPoints(step));

    [Fact]
    public void GridPoints_HugeSpanTinyStep_IsFiniteOrInfinityNeverNegative()
    {
        Assert.Equal(1e20, Span(0, 1e20).GridPoints(1.0));
        Assert.Equal(double.PositiveInfinity, Span(0, 1e300).GridPoints(1e-300));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void GridPoints_StepNotPositiveFinite_Throws(double step) =>
        Assert.Throws<InvalidInputException>("step", () => Span(1, 5).GridPoints(step));

    [Fact]
    public void Default_IsTheOnePriceZero()
    {
        var span = default(PsmPriceSpan);
        Assert.Equal((0.0, 0.0), (span.Lowest, span.Highest));
        Assert.Equal(1.0, span.GridPoints(1.0));
    }

    [Fact]
    public void Equality_AndText_FollowTheTwoPrices()
    {
        Assert.Equal(Span(1, 5), Span(1, 5));
        Assert.NotEqual(Span(1, 5), Span(1, 6));
        Assert.Equal("[1, 5.5]", Span(1, 5.5).ToString());
    }
}
