namespace SolutionFit.Learning;

/// <summary>The logistic function and its logarithm, accurate in both tails.</summary>
internal static class Logistic
{
    /// <summary><c>1 / (1 + e^−z)</c>, without overflow for any <paramref name="z"/>.</summary>
    internal static double Sigmoid(double z) => z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));

    /// <summary><c>ln(1 / (1 + e^−z))</c>, without overflow or loss of digits for any <paramref name="z"/>.</summary>
    internal static double LogSigmoid(double z) => z >= 0 ? -Math.Log(1.0 + Math.Exp(-z)) : z - Math.Log(1.0 + Math.Exp(z));
}
