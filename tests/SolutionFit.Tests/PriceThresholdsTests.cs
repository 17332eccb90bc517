namespace SolutionFit.Tests.Goals;

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
}
