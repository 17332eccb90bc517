namespace SolutionFit.Tests.Pricing;

public sealed class PriceRangeTests
{
    [Fact]
    public void Contains_IsHalfOpen()
    {
        var range = new PriceRange(50, 80);

        Assert.True(range.Contains(50));
        Assert.True(range.Contains(79.999));
        Assert.False(range.Contains(80));
        Assert.False(range.Contains(49.999));
        Assert.False(range.IsEmpty);
    }

    [Fact]
    public void Default_IsTheEmptyRangeAtZero()
    {
        Assert.True(default(PriceRange).IsEmpty);
        Assert.False(default(PriceRange).Contains(0));
        Assert.Equal(new PriceRange(0, 0), default);
    }

    [Fact]
    public void Equality_ComparesBounds()
    {
        Assert.True(new PriceRange(1, 2) == new PriceRange(1, 2));
        Assert.True(new PriceRange(1, 2) != new PriceRange(1, 3));
        Assert.Equal(new PriceRange(1, 2).GetHashCode(), new PriceRange(1, 2).GetHashCode());
        Assert.Equal("[1, 2.5)", new PriceRange(1, 2.5).ToString());
    }

    [Theory]
    [InlineData(double.NaN, 1, "lower")]
    [InlineData(-1, 1, "lower")]
    [InlineData(0, double.PositiveInfinity, "upper")]
    public void Constructor_BadBound_Throws(double lower, double upper, string parameter) =>
        Assert.Throws<InvalidInputException>(parameter, () => new PriceRange(lower, upper));

    [Fact]
    public void Constructor_UpperBelowLower_Throws() => Assert.Throws<InvalidInputException>("upper", () => new PriceRange(2, 1));
}
