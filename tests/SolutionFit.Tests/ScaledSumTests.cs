namespace SolutionFit.Tests;

/// <summary>
/// <see cref="ScaledSum"/>'s power-of-two units: the exponent of a largest value, whether a value needs a larger unit,
/// exact moves into a unit and back, counts as exact sums, and sums that keep their rounding residual.
/// </summary>
public sealed class ScaledSumTests
{
    [Theory]
    [InlineData(1.0, 0)]
    [InlineData(1.5, 0)]
    [InlineData(2.0, 1)]
    [InlineData(0.75, -1)]
    [InlineData(double.MaxValue, 1023)]
    [InlineData(double.Epsilon, -1074)]
    [InlineData(0.0, 0)]
    [InlineData(-8.0, 0)]
    public void ExponentOf_Largest_IsItsBinaryExponentOr0(double largest, int expected) => Assert.Equal(expected, ScaledSum.ExponentOf(largest));

    [Theory]
    [InlineData(4.0, 1, true, 2)]
    [InlineData(3.9, 1, false, 1)]
    [InlineData(2.0, 1, false, 1)]
    [InlineData(1e-300, -1075, true, -997)]
    [InlineData(0.0, -5, false, -5)]
    [InlineData(-1e300, 0, false, 0)]
    public void Outgrows_Value_WhenItsExponentIsAboveTheUnit(double value, int exponent, bool expected, int unit)
    {
        Assert.Equal(expected, ScaledSum.Outgrows(value, exponent, out var needed));
        Assert.Equal(unit, needed);
    }

    [Theory]
    [InlineData(3.0, 0)]
    [InlineData(3.0, 1000)]
    [InlineData(-3.0, -1000)]
    [InlineData(1.0 / 3.0, 52)]
    [InlineData(double.MaxValue, 1023)]
    public void InUnits_NormalResult_IsExactAndFromUnitsUndoesIt(double value, int exponent)
    {
        var scaled = ScaledSum.InUnits(value, exponent);

        Assert.Equal(value * Math.Pow(2.0, -exponent), scaled);
        Assert.Equal(value, ScaledSum.FromUnits(scaled, exponent));
    }

    [Fact]
    public void InUnits_ExponentZero_IsTheValueItself()
    {
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(ScaledSum.InUnits(-0.0, 0)));
        Assert.True(double.IsNaN(ScaledSum.InUnits(double.NaN, 0)));
        Assert.Equal(double.Epsilon, ScaledSum.InUnits(double.Epsilon, 0));
    }

    [Fact]
    public void InUnits_ResultBelowTheSmallestDouble_IsZeroWhereScaleKeepsItPositive()
    {
        Assert.Equal(0.0, ScaledSum.InUnits(1.0, 1100));
        Assert.Equal(double.Epsilon, ScaledSum.Scale(1.0, -1100));
    }

    [Fact]
    public void FromCount_CountAbove2To53_KeepsWhatTheDoubleRoundsOff()
    {
        var count = (1L << 53) + 1;

        var (sum, residual) = ScaledSum.FromCount(count, 3);

        Assert.Equal(Math.Pow(2.0, 50), sum);
        Assert.Equal(0.125, residual);
    }

    [Fact]
    public void Add_ValueBelowTheLastBit_IsKeptInTheResidual()
    {
        var sum = new ScaledSum(1.0, 0.0);

        sum.Add(Math.Pow(2.0, -60));
        sum.Add(Math.Pow(2.0, -60));

        Assert.Equal(1.0, sum.Sum);
        Assert.Equal(Math.Pow(2.0, -59), sum.Residual);
    }
}
