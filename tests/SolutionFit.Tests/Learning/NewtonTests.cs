using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary>
/// <c>Newton.Maximize</c>, the optimiser behind the learning models, on objectives made to reach each of its branches: step
/// halving, a step out of the domain, an infeasible start, a stop without a converged gradient, a stop at a kink, a maximum
/// at infinity and a singular information.
/// </summary>
public sealed class NewtonTests
{
    // f(x) = −√(1 + x²), maximum −1 at 0; its Newton step −x(1 + x²) overshoots from |x| > 1. Outside the domain
    // x > −5 the objective refuses, and then claims a likelihood of +100 that must be ignored.
    private static bool Hump(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
    {
        HumpAt(p[0], out ll, g, h);
        if (p[0] <= -5)
        {
            ll = 100;
            return false;
        }

        return true;
    }

    private static void HumpAt(double x, out double ll, Span<double> g, Span<double> h)
    {
        var r = Math.Sqrt(1 + (x * x));
        (ll, g[0], h[0]) = (-r, -x / r, 1 / (r * r * r));
    }

    [Fact]
    public void Maximize_OvershootingSteps_HalvesThemAndRefusesStepsOutOfTheDomain()
    {
        // From 2 the full step lands at −8, out of the domain; its half at −3 is worse; its quarter at −0.5 is accepted.
        var estimate = Newton.Maximize([2.0], Hump);

        Assert.NotNull(estimate);
        Assert.Equal(0.0, estimate.Value.Parameters[0], 12);
        Assert.Equal(-1.0, estimate.Value.LogLikelihood, 12);
        Assert.Equal(1.0, estimate.Value.Covariance[0], 9);
    }

    [Fact]
    public void Maximize_FromOutsideTheDomain_HasNoEstimate()
    {
        // Outside x > −5 this objective refuses, although it reports the hump's finite likelihood and derivatives there.
        static bool Refuses(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
        {
            HumpAt(p[0], out ll, g, h);
            return p[0] > -5;
        }

        Assert.Null(Newton.Maximize([-6.0], Refuses));
        Assert.NotNull(Newton.Maximize([-0.5], Refuses));
    }

    [Fact]
    public void Maximize_NoStepImproves_KeepsTheEstimateOnlyIfTheGradientHasConverged()
    {
        // A kink at 0: f = −|x| − 1. The reported gradient 1e-9 over an information of 1e-9 asks for a step of 1, and every
        // fraction of it down to 1e-12 loses more than the tolerance, so no step is accepted. The Newton decrement
        // g²/I = 1e-9 is within 1e-8: converged, the estimate is 0.
        static bool Kink(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
        {
            (ll, g[0], h[0]) = (-Math.Abs(p[0]) - 1, 1e-9, 1e-9);
            return true;
        }

        var kink = Newton.Maximize([0.0], Kink);
        Assert.NotNull(kink);
        Assert.Equal(0.0, kink.Value.Parameters[0]);

        // The same stop with a gradient that has not converged (0, 1) over the information diag(1, 4): g·I⁻¹·g = 0.25.
        static bool Stuck(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
        {
            (ll, g[0], g[1]) = (-Math.Abs(p[1]) - 1, 0.0, 1.0);
            (h[0], h[1], h[2], h[3]) = (1.0, 0.0, 0.0, 4.0);
            return true;
        }

        Assert.Null(Newton.Maximize([0.0, 0.0], Stuck));
    }

    [Fact]
    public void Maximize_AMaximumAtInfinity_HasNoEstimate()
    {
        // f = −e^−x rises for ever: every Newton step is +1 and accepted, until the step limit.
        static bool Rising(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
        {
            var e = Math.Exp(-p[0]);
            (ll, g[0], h[0]) = (-e, e, e);
            return true;
        }

        Assert.Null(Newton.Maximize([0.0], Rising));
    }

    [Fact]
    public void Maximize_InformationSingularAtTheStop_HasNoEstimate()
    {
        // A step within rounding of 0 lands where the information is 0: there is no covariance, so no estimate.
        static bool Flat(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
        {
            (ll, g[0], h[0]) = (0.0, 1e-12, p[0] > 0 ? 0.0 : 1.0);
            return true;
        }

        Assert.Null(Newton.Maximize([0.0], Flat));
    }

    [Fact]
    public void Maximize_InformationSingularRelativeToItsLargestDiagonal_HasNoEstimate()
    {
        // A quadratic with curvatures 1e-12 and 100: the first direction is 1e-14 of the second, below the 1e-13 that tells
        // a direction the data say nothing about.
        static bool Quadratic(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
        {
            (ll, g[0], g[1]) = (-((1e-12 * p[0] * p[0]) + (100 * p[1] * p[1])) / 2, -1e-12 * p[0], -100 * p[1]);
            (h[0], h[1], h[2], h[3]) = (1e-12, 0.0, 0.0, 100.0);
            return true;
        }

        Assert.Null(Newton.Maximize([1.0, 1.0], Quadratic));
    }
}
