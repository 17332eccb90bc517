using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary>
/// Properties of the three fits on data simulated from known parameters (the seed is the generated input): the estimate
/// recovers the parameters within a few standard errors, a weight of 2 equals a duplicated row, and the order of the
/// observations does not matter.
/// </summary>
public sealed class LearningPropertyTests
{
    private const double Z = 4.5; // |estimate − truth| ≤ 4.5 SE fails about once in 150,000 by chance.

    [Property(MaxTest = 25)]
    public Property ReactionModel_RecoversTheSimulatedSlopeAndThresholds(int seed)
    {
        double[] thresholds = [20, 40, 80, 120];
        var model = ReactionModel.Fit(LearningModelTests.Simulated(seed, 1500, slope: 3.0, thresholds));

        var cutpointsOk = model.Cutpoints.Select((c, j) => Math.Abs(c - (3.0 * Math.Log(thresholds[j]))) <= Z * model.CutpointStandardErrors[j]).All(ok => ok);
        return (Math.Abs(model.Slope - 3.0) <= Z * model.SlopeStandardError && cutpointsOk).Label(model.ToString());
    }

    [Property(MaxTest = 25)]
    public Property WinModel_RecoversTheSimulatedCoefficients(int seed)
    {
        var truth = new WinCoefficients(-3, 4, 1, 2);
        var model = WinModel.Fit(SimulatedWins(seed, 2000, truth));

        var (c, s) = (model.Coefficients, model.StandardErrors);
        return (Math.Abs(c.Intercept - truth.Intercept) <= Z * s.Intercept && Math.Abs(c.GoalFit - truth.GoalFit) <= Z * s.GoalFit
                && Math.Abs(c.Experience - truth.Experience) <= Z * s.Experience && Math.Abs(c.PriceHappiness - truth.PriceHappiness) <= Z * s.PriceHappiness)
            .Label(model.ToString());
    }

    [Property(MaxTest = 25)]
    public Property ChoiceModel_RecoversTheSimulatedScaleAndNoChoice(int seed)
    {
        var model = ChoiceModel.Fit(SimulatedChoices(seed, 1500, scale: 8, noChoice: 2));

        return (Math.Abs(model.Scale - 8) <= Z * model.ScaleStandardError && Math.Abs(model.NoChoice - 2) <= Z * model.NoChoiceStandardError)
            .Label(model.ToString());
    }

    [Property(MaxTest = 30)]
    public Property WeightTwo_EqualsADuplicatedRow(int seed, NonNegativeInt pick)
    {
        var reactions = LearningModelTests.Simulated(seed, 300, 3.0, [20, 40, 80, 120]);
        var r = reactions[pick.Get % reactions.Count];
        var reactionWeighted = ReactionModel.Fit(reactions.Select(o => ReferenceEquals(o, r) ? new ReactionObservation(o.EffectivePrice, o.Reaction, 2) : o));
        var reactionDuplicated = ReactionModel.Fit(reactions.Append(r));

        var wins = SimulatedWins(seed, 300, new WinCoefficients(-3, 4, 1, 2));
        var w = wins[pick.Get % wins.Count];
        var winWeighted = WinModel.Fit(wins.Select(o => ReferenceEquals(o, w) ? new WinObservation(o.GoalFit, o.Experience, o.PriceHappiness, o.Won, 2) : o));
        var winDuplicated = WinModel.Fit(wins.Append(w));

        var choices = SimulatedChoices(seed, 300, 8, 2);
        var c = choices[pick.Get % choices.Count];
        var choiceWeighted = ChoiceModel.Fit(choices.Select(o => ReferenceEquals(o, c) ? new ChoiceSet(o.Overalls, o.Chosen, 2) : o));
        var choiceDuplicated = ChoiceModel.Fit(choices.Append(c));

        return (Same(reactionWeighted, reactionDuplicated) && Same(winWeighted, winDuplicated) && Same(choiceWeighted, choiceDuplicated))
            .Label($"{reactionWeighted} / {reactionDuplicated}; {winWeighted} / {winDuplicated}; {choiceWeighted} / {choiceDuplicated}");
    }

    [Property(MaxTest = 30)]
    public Property TheOrderOfObservations_DoesNotMatter(int seed, int shuffle)
    {
        var reactions = LearningModelTests.Simulated(seed, 300, 3.0, [20, 40, 80, 120]);
        var wins = SimulatedWins(seed, 300, new WinCoefficients(-3, 4, 1, 2));
        var choices = SimulatedChoices(seed, 300, 8, 2);
        var random = new Random(shuffle);

        return (Same(ReactionModel.Fit(reactions), ReactionModel.Fit(reactions.OrderBy(_ => random.Next())))
                && Same(WinModel.Fit(wins), WinModel.Fit(wins.OrderBy(_ => random.Next())))
                && Same(ChoiceModel.Fit(choices), ChoiceModel.Fit(choices.OrderBy(_ => random.Next()))))
            .ToProperty();
    }

    [Property(MaxTest = 10)]
    public Property Fits_AreDeterministic(int seed)
    {
        var reactions = LearningModelTests.Simulated(seed, 200, 3.0, [20, 40, 80, 120]);
        var wins = SimulatedWins(seed, 200, new WinCoefficients(-3, 4, 1, 2));
        var choices = SimulatedChoices(seed, 200, 8, 2);

        return (ReactionModel.Fit(reactions).Cutpoints.SequenceEqual(ReactionModel.Fit(reactions).Cutpoints)
                && WinModel.Fit(wins).Coefficients == WinModel.Fit(wins).Coefficients
                && ChoiceModel.Fit(choices).Scale.Equals(ChoiceModel.Fit(choices).Scale))
            .ToProperty();
    }

    internal static List<WinObservation> SimulatedWins(int seed, int count, WinCoefficients truth)
    {
        var random = new Random(seed);
        var result = new List<WinObservation>(count);
        for (var i = 0; i < count; i++)
        {
            var (g, x, h) = (random.NextDouble(), random.NextDouble(), random.NextDouble());
            var eta = truth.Intercept + (truth.GoalFit * g) + (truth.Experience * x) + (truth.PriceHappiness * h);
            result.Add(new WinObservation(g, x, h, random.NextDouble() < 1.0 / (1.0 + Math.Exp(-eta))));
        }

        return result;
    }

    internal static List<ChoiceSet> SimulatedChoices(int seed, int count, double scale, double noChoice)
    {
        var random = new Random(seed);
        var result = new List<ChoiceSet>(count);
        for (var i = 0; i < count; i++)
        {
            var overalls = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => random.NextDouble()).ToArray();

            // Gumbel noise on each utility: the arg max follows the conditional logit.
            double Gumbel() => -Math.Log(-Math.Log(random.NextDouble()));
            var best = noChoice + Gumbel();
            int? chosen = null;
            for (var j = 0; j < overalls.Length; j++)
            {
                var u = (scale * overalls[j]) + Gumbel();
                if (u > best)
                {
                    (best, chosen) = (u, j);
                }
            }

            result.Add(new ChoiceSet(overalls, chosen));
        }

        return result;
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1.0, Math.Abs(a));

    private static bool Same(ReactionModel a, ReactionModel b) =>
        Close(a.Slope, b.Slope) && a.Cutpoints.Zip(b.Cutpoints).All(p => Close(p.First, p.Second)) && Close(a.LogLikelihood, b.LogLikelihood)
        && Close(a.SlopeStandardError, b.SlopeStandardError);

    private static bool Same(WinModel a, WinModel b) =>
        Close(a.Coefficients.Intercept, b.Coefficients.Intercept) && Close(a.Coefficients.GoalFit, b.Coefficients.GoalFit)
        && Close(a.Coefficients.Experience, b.Coefficients.Experience) && Close(a.Coefficients.PriceHappiness, b.Coefficients.PriceHappiness)
        && Close(a.LogLikelihood, b.LogLikelihood) && Close(a.StandardErrors.GoalFit, b.StandardErrors.GoalFit);

    private static bool Same(ChoiceModel a, ChoiceModel b) =>
        Close(a.Scale, b.Scale) && Close(a.NoChoice, b.NoChoice) && Close(a.LogLikelihood, b.LogLikelihood) && Close(a.ScaleStandardError, b.ScaleStandardError);
}
