using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SolutionFit.Tests;

public sealed class ExponentialTests
{
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(double.NegativeInfinity, 0.0)]
    [InlineData(-746.0, 0.0)]
    [InlineData(-1e300, 0.0)]
    public void OfNonPositive_Edges_AreExact(double x, double expected) => Assert.Equal(expected, Exponential.OfNonPositive(x));

    [Theory]
    [InlineData(-1e-300)]
    [InlineData(-1e-17)]
    [InlineData(-0.3465735902799726)]
    [InlineData(-0.5)]
    [InlineData(-1.0)]
    [InlineData(-20.5)]
    [InlineData(-700.0)]
    [InlineData(-708.3964185322641)]
    public void OfNonPositive_IsWithinFourUlpOfMathExp(double x) => AssertClose(x);

    [Fact]
    public void OfNonPositive_Subnormal_IsCloseToMathExp()
    {
        // Below 2^-1022 the spacing of doubles is fixed: compare absolutely.
        foreach (var x in new[] { -709.0, -720.5, -740.0, -744.4 })
        {
            Assert.True(Math.Abs(Exponential.OfNonPositive(x) - Math.Exp(x)) <= 4 * double.Epsilon, $"{x}");
        }
    }

    [Property(MaxTest = 2000)]
    public Property OfNonPositive_IsWithinFourUlpOfMathExp_AndEveryLaneAgrees(NormalFloat magnitude, byte scale)
    {
        var x = -Math.Abs(magnitude.Get) % (1.0 + (scale * 2.9));
        var lanes = new double[Vector<double>.Count];
        for (var i = 0; i < lanes.Length; i++)
        {
            lanes[i] = x * (i + 1) / lanes.Length;
        }

        var vector = Exponential.OfNonPositive(new Vector<double>(lanes));
        var agree = Enumerable.Range(0, lanes.Length).All(i => vector[i].Equals(Exponential.OfNonPositive(lanes[i])));
        return (agree && Ulps(Exponential.OfNonPositive(x), Math.Exp(x)) <= 4).Label($"x {x}: {Exponential.OfNonPositive(x)} vs {Math.Exp(x)}");
    }

    private static void AssertClose(double x) =>
        Assert.True(Ulps(Exponential.OfNonPositive(x), Math.Exp(x)) <= 4, $"e^{x}: {Exponential.OfNonPositive(x)} vs {Math.Exp(x)}");

    private static long Ulps(double a, double b) => Math.Abs(BitConverter.DoubleToInt64Bits(a) - BitConverter.DoubleToInt64Bits(b));
}
