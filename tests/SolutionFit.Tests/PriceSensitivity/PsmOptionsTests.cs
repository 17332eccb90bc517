using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PsmOptionsTests
{
    [Fact]
    public void MaxGridPoints_Default_IsTenMillion()
    {
        Assert.Equal(10_000_000, new PsmOptions().MaxGridPoints);
        Assert.Equal(10_000_000, PsmOptions.Default.MaxGridPoints);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(500)]
    [InlineData(int.MaxValue)]
    public void MaxGridPoints_Positive_IsKept(int max) =>
        Assert.Equal(max, new PsmOptions { MaxGridPoints = max }.MaxGridPoints);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void MaxGridPoints_BelowOne_Throws(int max) =>
        Assert.Throws<ArgumentOutOfRangeException>("MaxGridPoints", () => new PsmOptions { MaxGridPoints = max });
}
