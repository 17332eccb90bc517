namespace SolutionFit.Learning;

/// <summary>
/// Binary logistic regression with an intercept, observation weights and an optional ridge penalty
/// <c>(λ/2)·Σβ²</c> on the slopes (not the intercept), by Newton's method (IRLS) on the exact gradient and Hessian.
/// </summary>
internal static class LogisticRegression
{
    /// <summary>|η| beyond which a fitted probability is within 1e-13 of 0 or 1: the mark of separation.</summary>
    private const double SeparatedLogOdds = 30.0;

    /// <summary>Fits <c>logit P(y) = α + β·x</c>.</summary>
    /// <param name="x">The covariates, one row per observation.</param>
    /// <param name="y">The outcomes.</param>
    /// <param name="w">The weights.</param>
    /// <param name="ridge">The ridge penalty λ ≥ 0.</param>
    /// <returns>The estimate (intercept first; the log-likelihood is the penalized one), or <see langword="null"/> when
    /// the data separate the outcomes (no ridge) or do not identify the coefficients.</returns>
    internal static Newton.Estimate? Fit(double[][] x, bool[] y, double[] w, double ridge)
    {
        var p = x[0].Length + 1;
        var estimate = Newton.Maximize(new double[p], (b, out ll, g, h) => Evaluate(b, x, y, w, ridge, out ll, g, h));
        if (estimate is { } e && ridge == 0.0)
        {
            // Quasi-complete separation: the likelihood has flattened out, but with some fitted probabilities at 0 or 1.
            for (var i = 0; i < x.Length; i++)
            {
                if (Math.Abs(LogOdds(e.Parameters, x[i])) > SeparatedLogOdds)
                {
                    return null;
                }
            }
        }

        return estimate;
    }

    /// <summary>The unpenalized weighted log-likelihood at <paramref name="b"/>.</summary>
    internal static double LogLikelihood(ReadOnlySpan<double> b, double[][] x, bool[] y, double[] w)
    {
        var ll = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var eta = LogOdds(b, x[i]);
            ll += w[i] * Logistic.LogSigmoid(y[i] ? eta : -eta);
        }

        return ll;
    }

    internal static double LogOdds(ReadOnlySpan<double> b, double[] row)
    {
        var eta = b[0];
        for (var k = 0; k < row.Length; k++)
        {
            eta += b[k + 1] * row[k];
        }

        return eta;
    }

    private static bool Evaluate(ReadOnlySpan<double> b, double[][] x, bool[] y, double[] w, double ridge, out double logLikelihood, Span<double> gradient, Span<double> information)
    {
        var p = b.Length;
        gradient.Clear();
        information.Clear();
        logLikelihood = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var row = x[i];
            var eta = LogOdds(b, row);
            var mu = Logistic.Sigmoid(eta);
            logLikelihood += w[i] * Logistic.LogSigmoid(y[i] ? eta : -eta);
            var residual = w[i] * ((y[i] ? 1.0 : 0.0) - mu);
            var curvature = w[i] * mu * Logistic.Sigmoid(-eta);
            for (var j = 0; j < p; j++)
            {
                var xj = j == 0 ? 1.0 : row[j - 1];
                gradient[j] += residual * xj;
                for (var k = 0; k <= j; k++) // the lower triangle only: Newton reads no more
                {
                    var xk = k == 0 ? 1.0 : row[k - 1];
                    information[(j * p) + k] += curvature * xj * xk;
                }
            }
        }

        for (var j = 1; j < p; j++)
        {
            logLikelihood -= 0.5 * ridge * b[j] * b[j];
            gradient[j] -= ridge * b[j];
            information[(j * p) + j] += ridge;
        }

        return double.IsFinite(logLikelihood);
    }
}
