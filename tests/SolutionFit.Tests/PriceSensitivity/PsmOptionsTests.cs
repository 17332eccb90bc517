using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary><see cref="PsmOptions"/>: the grid-size limit's default and range, and an undefined choice refused with a message naming the allowed values.</summary>
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

    [Fact]
    public void Initializer_UndefinedChoices_MessagesSayWhatIsAllowed()
    {
        Assert.StartsWith("The method must be Interpolated or Classic.", Assert.Throws<ArgumentOutOfRangeException>("Method", () => new PsmOptions { Method = (PsmMethod)9 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The acceptable range must be Original or Narrower.", Assert.Throws<ArgumentOutOfRangeException>("AcceptableRange", () => new PsmOptions { AcceptableRange = (PsmAcceptableRange)9 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The intersection method must be Min, Max, Mean or Med", Assert.Throws<ArgumentOutOfRangeException>("Intersection", () => new PsmOptions { Intersection = (PsmIntersection)9 }).Message, StringComparison.Ordinal);
    }
}
