namespace SolutionFit.Tests;

public sealed class PriceThresholdsTests
{
    [Fact]
    public void Constructor_StrictlyIncreasing_KeepsThePrices()
    {
        var thresholds = new PriceThresholds(0, 80, 150, 220);

        Assert.Equal((0.0, 80.0, 150.0, 220.0), (thresholds.TooCheap, thresholds.Cheap, thresholds.Expensive, thresholds.TooExpensive));
    }

    [Fact]
    public void Equals_SamePrices_AreEqual()
    {
        Assert.Equal(new PriceThresholds(1, 2, 3, 4), new PriceThresholds(1, 2, 3, 4));
        Assert.Equal(new PriceThresholds(1, 2, 3, 4).GetHashCode(), new PriceThresholds(1, 2, 3, 4).GetHashCode());
        Assert.NotEqual(new PriceThresholds(1, 2, 3, 4), new PriceThresholds(1, 2, 3, 5));
        Assert.False(new PriceThresholds(1, 2, 3, 4).Equals(null));
    }

    [Theory]
    [InlineData(double.NaN, 2, 3, 4, "tooCheap")]
    [InlineData(-1, 2, 3, 4, "tooCheap")]
    [InlineData(1, double.PositiveInfinity, 3, 4, "cheap")]
    [InlineData(1, 2, double.NaN, 4, "expensive")]
    [InlineData(1, 2, 3, double.PositiveInfinity, "tooExpensive")]
    public void Constructor_NotAFiniteNonNegativePrice_Throws(double tooCheap, double cheap, double expensive, double tooExpensive, string parameter) =>
        Assert.Throws<InvalidInputException>(parameter, () => new PriceThresholds(tooCheap, cheap, expensive, tooExpensive));

    [Theory]
    [InlineData(2, 2, 3, 4, "cheap")]
    [InlineData(3, 2, 4, 5, "cheap")]
    [InlineData(1, 3, 3, 4, "expensive")]
    [InlineData(1, 2, 4, 4, "tooExpensive")]
    [InlineData(1, 2, 5, 4, "tooExpensive")]
    public void Constructor_NotStrictlyIncreasing_ThrowsNamingThePair(double tooCheap, double cheap, double expensive, double tooExpensive, string parameter)
    {
        var ex = Assert.Throws<InvalidInputException>(parameter, () => new PriceThresholds(tooCheap, cheap, expensive, tooExpensive));
        Assert.Contains("strictly increasing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BadInput_MessageSaysWhichPriceOrPairIsWrong()
    {
        Assert.Equal(
            "Price thresholds must be strictly increasing, but the cheap price 1 is not above the too-cheap price 1.",
            Assert.Throws<InvalidInputException>("cheap", () => new PriceThresholds(1, 1, 3, 4)).Detail);
        Assert.Equal(
            "Price thresholds must be strictly increasing, but the expensive price 2 is not above the cheap price 2.5.",
            Assert.Throws<InvalidInputException>("expensive", () => new PriceThresholds(1, 2.5, 2, 4)).Detail);
        Assert.Equal(
            "Price thresholds must be strictly increasing, but the too-expensive price 3 is not above the expensive price 3.",
            Assert.Throws<InvalidInputException>("tooExpensive", () => new PriceThresholds(1, 2, 3, 3)).Detail);
        Assert.Equal("The too-cheap price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("tooCheap", () => new PriceThresholds(-1, 2, 3, 4)).Detail);
        Assert.Equal("The cheap price must be a finite number >= 0, but is NaN.", Assert.Throws<InvalidInputException>("cheap", () => new PriceThresholds(1, double.NaN, 3, 4)).Detail);
        Assert.Equal("The expensive price must be a finite number >= 0, but is Infinity.", Assert.Throws<InvalidInputException>("expensive", () => new PriceThresholds(1, 2, double.PositiveInfinity, 4)).Detail);
        Assert.Equal("The too-expensive price must be a finite number >= 0, but is -2.", Assert.Throws<InvalidInputException>("tooExpensive", () => new PriceThresholds(1, 2, 3, -2)).Detail);
    }

    [Fact]
    public void ToString_SaysTheBandsInOrder()
    {
        var thresholds = new PriceThresholds(0, 2, 3, 4);
        Assert.Equal((0.0, 2.0, 3.0, 4.0), (thresholds.TooCheap, thresholds.Cheap, thresholds.Expensive, thresholds.TooExpensive));
        Assert.Equal("too cheap < 0 <= bargain < 2 <= fair < 3 <= grumble < 4 <= too expensive", thresholds.ToString());
    }
}
