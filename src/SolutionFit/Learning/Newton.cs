namespace SolutionFit.Learning;

/// <summary>
/// Maximises a concave log-likelihood by Newton's method on its exact gradient and Hessian, with step halving, and
/// returns the estimate, the log-likelihood and the covariance (the inverse of the observed information).
/// </summary>
internal static class Newton
{
    /// <summary>The most Newton steps; a concave likelihood with a finite maximum converges in far fewer.</summary>
    internal const int MaxIterations = 100;

    /// <summary>
    /// Evaluates the log-likelihood at <paramref name="parameters"/>, writing its gradient and the observed information
    /// (minus the Hessian, row-major; only its lower triangle and diagonal are read, so only they need be written) into
    /// the spans; returns <see langword="false"/> when the parameters are outside the model's domain (then the outputs are
    /// ignored).
    /// </summary>
    internal delegate bool Objective(ReadOnlySpan<double> parameters, out double logLikelihood, Span<double> gradient, Span<double> information);

    /// <summary>The maximum-likelihood estimate.</summary>
    /// <param name="Parameters">The estimate.</param>
    /// <param name="LogLikelihood">The objective at the estimate.</param>
    /// <param name="Covariance">The inverse of the information at the estimate, row-major.</param>
    internal readonly record struct Estimate(double[] Parameters, double LogLikelihood, double[] Covariance);

    /// <summary>Maximises <paramref name="objective"/> from <paramref name="start"/>.</summary>
    /// <param name="start">A point in the model's domain.</param>
    /// <param name="objective">The log-likelihood with its derivatives.</param>
    /// <returns>The estimate, or <see langword="null"/> when the information is not positive definite (the data do not
    /// identify the parameters) or the steps do not converge (the maximum lies at infinity).</returns>
    internal static Estimate? Maximize(double[] start, Objective objective)
    {
        var n = start.Length;
        var current = (double[])start.Clone();
        var trial = new double[n];
        var gradient = new double[n];
        var information = new double[n * n];
        var trialGradient = new double[n];
        var trialInformation = new double[n * n];
        var step = new double[n];
        if (!objective(current, out var logLikelihood, gradient, information) || !double.IsFinite(logLikelihood))
        {
            return null;
        }

        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            if (!Cholesky.TrySolve(information, gradient, step))
            {
                return null;
            }

            var small = true;
            for (var i = 0; i < n; i++)
            {
                small &= Math.Abs(step[i]) <= 1e-10 * (1.0 + Math.Abs(current[i]));
            }

            // Halve the step until the likelihood does not fall (beyond rounding) and the point stays in the domain.
            var accepted = false;
            for (double t = 1.0; t > 1e-12; t *= 0.5)
            {
                for (var i = 0; i < n; i++)
                {
                    trial[i] = current[i] + (t * step[i]);
                }

                if (objective(trial, out var trialLogLikelihood, trialGradient, trialInformation)
                    && trialLogLikelihood >= logLikelihood - (1e-13 * Math.Max(1.0, Math.Abs(logLikelihood))))
                {
                    (current, trial) = (trial, current);
                    (gradient, trialGradient) = (trialGradient, gradient);
                    (information, trialInformation) = (trialInformation, information);
                    logLikelihood = trialLogLikelihood;
                    accepted = true;
                    break;
                }
            }

            if (small || !accepted)
            {
                // Converged: the last Newton step was within rounding of the estimate, or no step improves on it.
                var covariance = new double[n * n];
                return Cholesky.TryInvert(information, covariance) && ConvergedGradient(gradient, covariance)
                    ? new Estimate(current, logLikelihood, covariance)
                    : null;
            }
        }

        return null;
    }

    /// <summary>Whether the Newton decrement <c>gᵀ I⁻¹ g</c> is within rounding of 0.</summary>
    private static bool ConvergedGradient(double[] gradient, double[] covariance)
    {
        var n = gradient.Length;
        var decrement = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                decrement += gradient[i] * covariance[(i * n) + j] * gradient[j];
            }
        }

        return decrement <= 1e-8;
    }
}

/// <summary>Cholesky factorisation of a small symmetric positive definite matrix (row-major; only the lower triangle and the diagonal are read).</summary>
internal static class Cholesky
{
    /// <summary>Solves <c>A x = b</c>; returns <see langword="false"/> when <paramref name="matrix"/> is not positive definite.</summary>
    internal static bool TrySolve(double[] matrix, double[] rhs, double[] solution)
    {
        var n = rhs.Length;
        var l = new double[n * n];
        if (!TryFactor(matrix, l, n))
        {
            return false;
        }

        for (var i = 0; i < n; i++)
        {
            var sum = rhs[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[(i * n) + k] * solution[k];
            }

            solution[i] = sum / l[(i * n) + i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var sum = solution[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= l[(k * n) + i] * solution[k];
            }

            solution[i] = sum / l[(i * n) + i];
        }

        return true;
    }

    /// <summary>Inverts <paramref name="matrix"/>; returns <see langword="false"/> when it is not positive definite.</summary>
    internal static bool TryInvert(double[] matrix, double[] inverse)
    {
        var n = (int)Math.Round(Math.Sqrt(matrix.Length));
        var column = new double[n];
        var unit = new double[n];
        for (var j = 0; j < n; j++)
        {
            Array.Clear(unit);
            unit[j] = 1.0;
            if (!TrySolve(matrix, unit, column))
            {
                return false;
            }

            for (var i = 0; i < n; i++)
            {
                inverse[(i * n) + j] = column[i];
            }
        }

        return true;
    }

    private static bool TryFactor(double[] a, double[] l, int n)
    {
        // The tolerance rejects information that is singular up to rounding: a direction the data say nothing about.
        var scale = 0.0;
        for (var i = 0; i < n; i++)
        {
            scale = Math.Max(scale, Math.Abs(a[(i * n) + i]));
        }

        for (var j = 0; j < n; j++)
        {
            var diagonal = a[(j * n) + j];
            for (var k = 0; k < j; k++)
            {
                diagonal -= l[(j * n) + k] * l[(j * n) + k];
            }

            if (!(diagonal > 1e-13 * scale))
            {
                return false;
            }

            var root = Math.Sqrt(diagonal);
            l[(j * n) + j] = root;
            for (var i = j + 1; i < n; i++)
            {
                var sum = a[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[(i * n) + k] * l[(j * n) + k];
                }

                l[(i * n) + j] = sum / root;
            }
        }

        return true;
    }
}
