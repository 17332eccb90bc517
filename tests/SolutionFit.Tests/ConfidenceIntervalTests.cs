
namespace SolutionFit.Tests;

/// <summary><see cref="ConfidenceInterval"/>: validation with parameter names and messages, <c>default</c>, containment, equality and the text.</summary>
public sealed class ConfidenceIntervalTests
{
    [Fact]
    public void Constructor_FiniteOrderedEnds_KeepsThem()
    {
        var interval = new ConfidenceInterval(-2.5, 7.25);

        Assert.Equal((-2.5, 7.25), (interval.Lower, interval.Upper));
    }

    [Fact]
    public void Constructor_EqualEnds_IsAZeroWidthInterval()
    {
        var point = new ConfidenceInterval(3, 3);

        Assert.True(point.Contains(3));
        Assert.False(point.Contains(Math.BitIncrement(3.0)));
        Assert.False(point.Contains(Math.BitDecrement(3.0)));
    }

    [Theory]
    [InlineData(double.NaN, 1.0, "lower")]
    [InlineData(double.NegativeInfinity, 1.0, "lower")]
    [InlineData(double.PositiveInfinity, 1.0, "lower")]
    [InlineData(0.0, double.NaN, "upper")]
    [InlineData(0.0, double.PositiveInfinity, "upper")]
    [InlineData(0.0, double.NegativeInfinity, "upper")]
    [InlineData(1.0, 0.5, "upper")]
    public void Constructor_NonFiniteOrReversedEnds_ThrowsNamingTheEnd(double lower, double upper, string parameter) =>
        Assert.Throws<InvalidInputException>(parameter, () => new ConfidenceInterval(lower, upper));

    [Fact]
    public void Constructor_InvalidEnds_MessagesSayWhatIsWrong()
    {
        Assert.Equal(
            "The lower end of a confidence interval must be a finite number, but is NaN.",
            Assert.Throws<InvalidInputException>("lower", () => new ConfidenceInterval(double.NaN, 1)).Detail);
        Assert.Equal(
            "The upper end of a confidence interval must be a finite number, but is Infinity.",
            Assert.Throws<InvalidInputException>("upper", () => new ConfidenceInterval(0, double.PositiveInfinity)).Detail);
        Assert.Equal(
            "A confidence interval's upper end 0.5 is below its lower end 1.",
            Assert.Throws<InvalidInputException>("upper", () => new ConfidenceInterval(1, 0.5)).Detail);
    }

    [Fact]
    public void Default_NoArguments_IsTheZeroWidthIntervalAtZero()
    {
        var none = default(ConfidenceInterval);

        Assert.Equal((0.0, 0.0), (none.Lower, none.Upper));
        Assert.Equal(new ConfidenceInterval(0, 0), none);
        Assert.True(none.Contains(0));
        Assert.Equal("[0, 0]", none.ToString());
    }

    [Theory]
    [InlineData(-1.0, true)]
    [InlineData(0.0, true)]
    [InlineData(2.0, true)]
    [InlineData(-1.0000001, false)]
    [InlineData(2.0000001, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void Contains_Value_TrueOnlyBetweenBothEndsInclusive(double value, bool expected) =>
        Assert.Equal(expected, new ConfidenceInterval(-1, 2).Contains(value));

    [Fact]
    public void Equals_SameEnds_AreEqual_DifferentEndsAreNot()
    {
        var interval = new ConfidenceInterval(1, 2);

        Assert.Equal(new ConfidenceInterval(1, 2), interval);
        Assert.True(interval == new ConfidenceInterval(1, 2));
        Assert.Equal(new ConfidenceInterval(1, 2).GetHashCode(), interval.GetHashCode());
        Assert.NotEqual(new ConfidenceInterval(1, 3), interval);
        Assert.True(interval != new ConfidenceInterval(0, 2));
        Assert.False(interval.Equals((object)"[1, 2]"));
    }

    [Fact]
    public void ToString_AnyCulture_ShowsBothEndsRoundTrip()
    {
        CommaCulture.Run(() =>
        {
            Assert.Equal("[-0.1, 38.55]", new ConfidenceInterval(-0.1, 38.55).ToString());
            Assert.Equal("[0.30000000000000004, 1]", new ConfidenceInterval(0.1 + 0.2, 1).ToString());
        }, negativeSign: "~");
    }
}
