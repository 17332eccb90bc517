using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>The fitted willingness-to-pay model is a maximum: the score is zero there and no nearby parameters are more likely (beyond rounding).</summary>
[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
public sealed class LogLogisticFitPropertyTests
{
    [Property]
    public Property Fit_AnySurveyWithAMaximum_ScoreIsZeroAtTheOptimum(GaborGrangerCase c)
    {
        var tally = c.Tally();
        var data = LogLogisticFit.Intervals(tally.All(), tally.SortedPrices);
        var model = LogLogisticFit.Fit(data);
        if (model is null)
        {
            return (!LogLogisticFit.HasMaximum(data)).Label("no model although the likelihood has a maximum");
        }

        var weight = data.Sum(d => d.Weight);
        var (mu, tau) = (Math.Log(model.MedianWtp), -Math.Log(model.Shape));
        var (ll, g, _) = LogLogisticFit.Evaluate(data, mu, tau);
        var scoreZero = Math.Abs(g.Mu) * Math.Exp(tau) <= 1e-8 * weight && Math.Abs(g.Tau) <= 1e-8 * weight;
        var nearbyNotBetter = new[] { (1e-4, 0.0), (-1e-4, 0.0), (0.0, 1e-4), (0.0, -1e-4) }
            .All(d => LogLogisticFit.Evaluate(data, mu + (d.Item1 * Math.Exp(tau)), tau + d.Item2).LogLikelihood <= ll + (1e-12 * Math.Abs(ll)));
        return (scoreZero && nearbyNotBetter && Math.Abs(ll - model.LogLikelihood) <= 1e-12 * Math.Abs(ll)).Label($"score ({g.Mu}, {g.Tau}) at μ {mu}, log scale {tau}, weight {weight}");
    }
}
