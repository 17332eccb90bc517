namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The weighted maximum-likelihood fit of a log-logistic willingness to pay to censored intervals [L, U): Newton on
/// (μ, log scale) with step halving, standard errors from the inverse observed information.
/// </summary>
internal static class LogLogisticFit
{
    private const int MaxIterations = 500;

    /// <summary>The positive-weight intervals of a tally's cells, as (log L or −∞, log U or +∞, weight).</summary>
    public static (double LogLower, double LogUpper, double Weight)[] Intervals(ScaledSum[] cells, IReadOnlyList<double> prices)
    {
        var k = prices.Count;
        var list = new List<(double, double, double)>();
        for (var a = 0; a <= k; a++)
        {
            for (var hi = a; hi <= k; hi++)
            {
                var cell = cells[(a * (k + 1)) + hi];
                var w = cell.Sum + cell.Residual;
                if (w > 0.0)
                {
                    list.Add((a == 0 ? double.NegativeInfinity : Math.Log(prices[a - 1]), hi == k ? double.PositiveInfinity : Math.Log(prices[hi]), w));
                }
            }
        }

        return [.. list];
    }

    /// <summary>Whether the likelihood has a finite maximum (the "no model" rule, negated).</summary>
    public static bool HasMaximum(ReadOnlySpan<(double LogLower, double LogUpper, double Weight)> data)
    {
        var (largestLower, smallestUpper) = (double.NegativeInfinity, double.PositiveInfinity);
        var anyBoth = false;
        double leftSum = 0, leftWeight = 0, rightSum = 0, rightWeight = 0;
        foreach (var (lo, up, w) in data)
        {
            if (double.IsFinite(lo))
            {
                largestLower = Math.Max(largestLower, lo);
            }

            if (double.IsFinite(up))
            {
                smallestUpper = Math.Min(smallestUpper, up);
            }

            if (double.IsFinite(lo) && double.IsFinite(up))
            {
                anyBoth = true;
            }
            else if (double.IsFinite(up))
            {
                (leftSum, leftWeight) = (leftSum + (w * up), leftWeight + w);
            }
            else
            {
                (rightSum, rightWeight) = (rightSum + (w * lo), rightWeight + w);
            }
        }

        if (double.IsNegativeInfinity(largestLower) || double.IsPositiveInfinity(smallestUpper) || largestLower <= smallestUpper)
        {
            return false;
        }

        return anyBoth || (leftWeight > 0.0 && rightWeight > 0.0 && leftSum / leftWeight > rightSum / rightWeight);
    }

    /// <summary>The fitted model, or null when the likelihood has no finite maximum.</summary>
    public static WtpModel? Fit((double LogLower, double LogUpper, double Weight)[] data)
    {
        if (!HasMaximum(data))
        {
            return null;
        }

        var weight = 0.0;
        foreach (var d in data)
        {
            weight += d.Weight;
        }

        // From the moment start; if Newton stalls there (a flat likelihood far from the maximum), from the middle of the data.
        var (mu, tau, ll, g, h) = Newton(data, Start(data));
        if (!(Score(g, tau) <= 1e-9 * weight))
        {
            var other = Newton(data, Middle(data));
            if (other.LogLikelihood > ll || !double.IsFinite(ll))
            {
                (mu, tau, ll, g, h) = other;
            }
        }

        var (ia, ib, ic) = (-h.MuMu, -h.MuTau, -h.TauTau);
        var infoDet = (ia * ic) - (ib * ib);
        var varMu = ic / infoDet;
        var varTau = ia / infoDet;
        var alpha = Math.Exp(mu);
        var beta = Math.Exp(-tau);
        if (!(infoDet > 0.0 && varMu > 0.0 && varTau > 0.0) || !double.IsFinite(ll) || !double.IsFinite(varMu * varTau) || !double.IsFinite(alpha) || !double.IsFinite(beta) || alpha <= 0.0)
        {
            return null;
        }

        return new WtpModel(alpha, beta, alpha * Math.Sqrt(varMu), beta * Math.Sqrt(varTau), ll);
    }

    /// <summary>Newton's method with step halving from a start; the last point with its log-likelihood, gradient and Hessian.</summary>
    private static (double Mu, double Tau, double LogLikelihood, (double Mu, double Tau) Gradient, (double MuMu, double MuTau, double TauTau) Hessian) Newton(
        (double LogLower, double LogUpper, double Weight)[] data, (double Mu, double Tau) start)
    {
        var (mu, tau) = start;
        var (ll, g, h) = Evaluate(data, mu, tau);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            // Newton's direction on −H, shifted towards the gradient while −H is not positive definite.
            var (a, b, c) = (-h.MuMu, -h.MuTau, -h.TauTau);
            if (!double.IsFinite(a + b + c + g.Mu + g.Tau + ll))
            {
                break;
            }

            var shift = 0.0;
            while (!(a + shift > 0.0 && ((a + shift) * (c + shift)) - (b * b) > 0.0) && shift < double.MaxValue)
            {
                shift = shift == 0.0 ? 1e-6 * (1.0 + Math.Abs(a) + Math.Abs(c)) : shift * 4.0;
            }

            var det = ((a + shift) * (c + shift)) - (b * b);
            var dMu = (((c + shift) * g.Mu) - (b * g.Tau)) / det;
            var dTau = (((a + shift) * g.Tau) - (b * g.Mu)) / det;
            var step = 1.0;
            var moved = false;
            for (var halving = 0; halving < 60; halving++)
            {
                var (m, t) = (mu + (step * dMu), tau + (step * dTau));
                var next = Evaluate(data, m, t);

                // Near the maximum the likelihood changes less than its rounding: a step that lowers the score is taken.
                if (next.LogLikelihood > ll
                    || (next.LogLikelihood >= ll - (1e-14 * Math.Abs(ll)) && Score(next.Gradient, t) < Score(g, tau)))
                {
                    moved = m != mu || t != tau;
                    (mu, tau, ll, g, h) = (m, t, next.LogLikelihood, next.Gradient, next.Hessian);
                    break;
                }

                step /= 2.0;
            }

            if (!moved || (Math.Abs(step * dMu) <= 1e-15 * (1.0 + Math.Abs(mu)) && Math.Abs(step * dTau) <= 1e-15 * (1.0 + Math.Abs(tau))))
            {
                break;
            }
        }

        return (mu, tau, ll, g, h);
    }

    /// <summary>A second start: μ between the largest finite lower and the smallest finite upper end, the scale half their spread.</summary>
    private static (double Mu, double Tau) Middle(ReadOnlySpan<(double LogLower, double LogUpper, double Weight)> data)
    {
        var (largestLower, smallestUpper) = (double.NegativeInfinity, double.PositiveInfinity);
        foreach (var (lo, up, _) in data)
        {
            largestLower = double.IsFinite(lo) ? Math.Max(largestLower, lo) : largestLower;
            smallestUpper = double.IsFinite(up) ? Math.Min(smallestUpper, up) : smallestUpper;
        }

        return ((largestLower + smallestUpper) / 2.0, Math.Log(Math.Max((largestLower - smallestUpper) / 2.0, 0.05)));
    }

    /// <summary>The size of a gradient in (μ, log scale), μ's part in units of the scale.</summary>
    private static double Score((double Mu, double Tau) gradient, double tau) =>
        (Math.Abs(gradient.Mu) * Math.Exp(tau)) + Math.Abs(gradient.Tau);

    /// <summary>Start values: μ between the largest lower and smallest upper end, the scale from the spread of point guesses.</summary>
    private static (double Mu, double Tau) Start(ReadOnlySpan<(double LogLower, double LogUpper, double Weight)> data)
    {
        var (lowest, highest) = (double.PositiveInfinity, double.NegativeInfinity);
        foreach (var (lo, up, _) in data)
        {
            foreach (var x in (ReadOnlySpan<double>)[lo, up])
            {
                if (double.IsFinite(x))
                {
                    (lowest, highest) = (Math.Min(lowest, x), Math.Max(highest, x));
                }
            }
        }

        var spread = Math.Max(highest - lowest, 0.1);
        double sum = 0, squares = 0, weight = 0;
        foreach (var (lo, up, w) in data)
        {
            var x = double.IsFinite(lo) && double.IsFinite(up) ? (lo + up) / 2.0
                : double.IsFinite(up) ? up - (spread / 4.0)
                : lo + (spread / 4.0);
            (sum, squares, weight) = (sum + (w * x), squares + (w * x * x), weight + w);
        }

        var mean = sum / weight;
        var sd = Math.Sqrt(Math.Max((squares / weight) - (mean * mean), 0.0));
        var scale = Math.Max(sd * Math.Sqrt(3.0) / Math.PI, spread / 20.0);
        return (mean, Math.Log(scale));
    }

    /// <summary>The weighted log-likelihood, its gradient and its Hessian in (μ, log scale).</summary>
    internal static (double LogLikelihood, (double Mu, double Tau) Gradient, (double MuMu, double MuTau, double TauTau) Hessian) Evaluate(
        ReadOnlySpan<(double LogLower, double LogUpper, double Weight)> data, double mu, double tau)
    {
        var sigma = Math.Exp(tau);
        double ll = 0, gm = 0, gt = 0, hmm = 0, hmt = 0, htt = 0;
        foreach (var (lo, up, w) in data)
        {
            var (za, fa, da, dda) = End(lo, mu, sigma, lower: true);
            var (zb, fb, db, ddb) = End(up, mu, sigma, lower: false);

            // P = F(zb) − F(za), from the nearer tail.
            double p;
            if (double.IsFinite(lo) && za > 0.0)
            {
                p = Cdf(-za) - (double.IsFinite(up) ? Cdf(-zb) : 0.0);
            }
            else
            {
                p = fb - fa;
            }

            var pm = -(db - da) / sigma;
            var pt = -((zb * db) - (za * da));
            var pmm = (ddb - dda) / (sigma * sigma);
            var pmt = ((zb * ddb) - (za * dda) + db - da) / sigma;
            var ptt = (zb * (db + (zb * ddb))) - (za * (da + (za * dda)));
            ll += w * Math.Log(p);
            gm += w * pm / p;
            gt += w * pt / p;
            hmm += w * ((pmm / p) - (pm * pm / (p * p)));
            hmt += w * ((pmt / p) - (pm * pt / (p * p)));
            htt += w * ((ptt / p) - (pt * pt / (p * p)));
        }

        return (ll, (gm, gt), (hmm, hmt, htt));
    }

    /// <summary>At one end: z, F(z), the density f(z) and its derivative; an infinite end gives z = 0 with F = 0 or 1 and f = 0.</summary>
    private static (double Z, double F, double Density, double Slope) End(double x, double mu, double sigma, bool lower)
    {
        if (!double.IsFinite(x))
        {
            return (0.0, lower ? 0.0 : 1.0, 0.0, 0.0);
        }

        var z = (x - mu) / sigma;
        var f = Cdf(z);
        var s = Cdf(-z);
        var density = f * s;
        return (z, f, density, density * (s - f));
    }

    private static double Cdf(double z) => z >= 0.0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));
}
