namespace SolutionFit.Tests;

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

    [Fact]
    public void Constructor_BadOrGoodBounds_MessageContainsAndToStringAgree()
    {
        Assert.Equal("A price range's upper bound 1 is below its lower bound 2.", Assert.Throws<InvalidInputException>("upper", () => new PriceRange(2, 1)).Detail);
        Assert.Equal("The lower bound of a price range must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("lower", () => new PriceRange(-1, 1)).Detail);
        Assert.Equal("The upper bound of a price range must be a finite number >= 0, but is NaN.", Assert.Throws<InvalidInputException>("upper", () => new PriceRange(0, double.NaN)).Detail);

        var range = new PriceRange(2, 5);
        Assert.Equal((2.0, 5.0), (range.Lower, range.Upper));
        Assert.Equal("[2, 5)", range.ToString());
        Assert.False(range.IsEmpty);
        Assert.True(new PriceRange(3, 3).IsEmpty);
        Assert.True(range.Contains(2));
        Assert.False(range.Contains(5));
        Assert.False(range.Contains(1.999));
        Assert.True(range.Contains(4.999));
    }
}
