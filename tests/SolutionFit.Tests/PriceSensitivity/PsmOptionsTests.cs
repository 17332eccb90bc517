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

    [Fact]
    public void Init_BadValues_ThrowNamingTheProperty()
    {
        Assert.Equal(5, Assert.Throws<ArgumentOutOfRangeException>(nameof(PsmOptions.Method), () => new PsmOptions { Method = (PsmMethod)5 }).ActualValue);
        Assert.Throws<ArgumentOutOfRangeException>(nameof(PsmOptions.AcceptableRange), () => new PsmOptions { AcceptableRange = (PsmAcceptableRange)5 });
        Assert.Throws<ArgumentOutOfRangeException>(nameof(PsmOptions.Intersection), () => new PsmOptions { Intersection = (PsmIntersection)(-1) });
        Assert.Equal("The interpolation step must be a finite number > 0, but is 0.", PsmSurveyTests.AssertInvalid(nameof(PsmOptions.InterpolationStep), null, null, () => new PsmOptions { InterpolationStep = 0 }).Detail);
        PsmSurveyTests.AssertInvalid(nameof(PsmOptions.InterpolationStep), null, null, () => new PsmOptions { InterpolationStep = double.NaN });
        PsmSurveyTests.AssertInvalid(nameof(PsmOptions.InterpolationStep), null, null, () => new PsmOptions { InterpolationStep = double.PositiveInfinity });
        Assert.Equal(0.5, new PsmOptions { InterpolationStep = 0.5 }.InterpolationStep);
        Assert.Null(new PsmOptions { InterpolationStep = null }.InterpolationStep);
        Assert.Throws<ArgumentNullException>(nameof(PsmOptions.Calibration), () => new PsmOptions { Calibration = null! });
        Assert.Null(PsmOptions.Default.InterpolationStep);
        Assert.True(PsmOptions.Default.ExcludeInconsistent);
    }
}
