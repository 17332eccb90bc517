using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary>
/// <see cref="WinModel"/> on deals simulated from known coefficients (the seed is the generated input): the estimate recovers
/// them within a few standard errors, a weight of 2 equals a duplicated row, the order of the observations does not
/// matter, and the same input gives the same fit.
/// </summary>
public sealed class WinModelPropertyTests
{
    private const double Z = 4.5; // |estimate − truth| ≤ 4.5 SE fails about once in 150,000 by chance.

    [Property(MaxTest = 25)]
    public Property Fit_SimulatedDeals_RecoversTheCoefficients(int seed)
    {
        var truth = new WinCoefficients(-3, 4, 1, 2);
        var model = WinModel.Fit(LearningSimulation.Wins(seed, 2000, truth));

        var (c, s) = (model.Coefficients, model.StandardErrors);
        return (Math.Abs(c.Intercept - truth.Intercept) <= Z * s.Intercept && Math.Abs(c.GoalFit - truth.GoalFit) <= Z * s.GoalFit
                && Math.Abs(c.Experience - truth.Experience) <= Z * s.Experience && Math.Abs(c.PriceHappiness - truth.PriceHappiness) <= Z * s.PriceHappiness)
            .Label(model.ToString());
    }

    [Property(MaxTest = 30)]
    public Property Fit_WeightTwo_EqualsADuplicatedRow(int seed, NonNegativeInt pick)
    {
        var wins = LearningSimulation.Wins(seed, 300, new WinCoefficients(-3, 4, 1, 2));
        var w = wins[pick.Get % wins.Count];
        var winWeighted = WinModel.Fit(wins.Select(o => ReferenceEquals(o, w) ? new WinObservation(o.GoalFit, o.Experience, o.PriceHappiness, o.Won, 2) : o));
        var winDuplicated = WinModel.Fit(wins.Append(w));

        return Same(winWeighted, winDuplicated).Label($"{winWeighted} / {winDuplicated}");
    }

    [Property(MaxTest = 30)]
    public Property Fit_ObservationsInAnyOrder_GivesTheSameFit(int seed, int shuffle)
    {
        var wins = LearningSimulation.Wins(seed, 300, new WinCoefficients(-3, 4, 1, 2));
        var random = new Random(shuffle);

        return Same(WinModel.Fit(wins), WinModel.Fit(wins.OrderBy(_ => random.Next()))).ToProperty();
    }

    [Property(MaxTest = 10)]
    public Property Fit_SameInput_IsDeterministic(int seed)
    {
        var wins = LearningSimulation.Wins(seed, 200, new WinCoefficients(-3, 4, 1, 2));

        return (WinModel.Fit(wins).Coefficients == WinModel.Fit(wins).Coefficients).ToProperty();
    }

    private static bool Same(WinModel a, WinModel b) =>
        LearningSimulation.Close(a.Coefficients.Intercept, b.Coefficients.Intercept) && LearningSimulation.Close(a.Coefficients.GoalFit, b.Coefficients.GoalFit)
        && LearningSimulation.Close(a.Coefficients.Experience, b.Coefficients.Experience) && LearningSimulation.Close(a.Coefficients.PriceHappiness, b.Coefficients.PriceHappiness)
        && LearningSimulation.Close(a.LogLikelihood, b.LogLikelihood) && LearningSimulation.Close(a.StandardErrors.GoalFit, b.StandardErrors.GoalFit);
}
