using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary>The logistic function and its logarithm, exact in both tails.</summary>
public sealed class LogisticTests
{
    [Theory]
    [InlineData(-800.0)]
    [InlineData(-710.0)] // e^710 overflows: σ must come from e^z / (1 + e^z), which is still a positive subnormal here
    [InlineData(-40.0)]
    [InlineData(-1.0)]
    [InlineData(1.0)]
    [InlineData(40.0)]
    [InlineData(800.0)]
    public void LogSigmoid_BothTails_IsExact(double z)
    {
        // ln σ(z) = −ln(1 + e^−z): about z far below 0, about −e^−z far above; never −∞ or NaN.
        var expected = z < 0 ? z - Math.Log(1 + Math.Exp(z)) : -Math.Log(1 + Math.Exp(-z));
        Assert.Equal(expected, Logistic.LogSigmoid(z));
        Assert.True(double.IsFinite(Logistic.LogSigmoid(z)));
        Assert.Equal(z < 0 ? Math.Exp(z) / (1 + Math.Exp(z)) : 1 / (1 + Math.Exp(-z)), Logistic.Sigmoid(z));
    }
}
