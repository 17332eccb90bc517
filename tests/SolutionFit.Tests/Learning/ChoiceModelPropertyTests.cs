using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary>
/// <see cref="ChoiceModel"/> on decisions simulated from a known scale and no-choice utility (the seed is the generated
/// input): the estimate recovers them within a few standard errors, a weight of 2 equals a duplicated row, the order of
/// the decisions does not matter, and the same input gives the same fit.
/// </summary>
public sealed class ChoiceModelPropertyTests
{
    private const double Z = 4.5; // |estimate − truth| ≤ 4.5 SE fails about once in 150,000 by chance.

    [Property(MaxTest = 25)]
    public Property Fit_SimulatedDecisions_RecoversTheScaleAndNoChoice(int seed)
    {
        var model = ChoiceModel.Fit(LearningSimulation.Choices(seed, 1500, scale: 8, noChoice: 2));

        return (Math.Abs(model.Scale - 8) <= Z * model.ScaleStandardError && Math.Abs(model.NoChoice - 2) <= Z * model.NoChoiceStandardError)
            .Label(model.ToString());
    }

    [Property(MaxTest = 30)]
    public Property Fit_WeightTwo_EqualsADuplicatedRow(int seed, NonNegativeInt pick)
    {
        var choices = LearningSimulation.Choices(seed, 300, 8, 2);
        var c = choices[pick.Get % choices.Count];
        var choiceWeighted = ChoiceModel.Fit(choices.Select(o => ReferenceEquals(o, c) ? new ChoiceSet(o.Overalls, o.Chosen, 2) : o));
        var choiceDuplicated = ChoiceModel.Fit(choices.Append(c));

        return Same(choiceWeighted, choiceDuplicated).Label($"{choiceWeighted} / {choiceDuplicated}");
    }

    [Property(MaxTest = 30)]
    public Property Fit_DecisionsInAnyOrder_GivesTheSameFit(int seed, int shuffle)
    {
        var choices = LearningSimulation.Choices(seed, 300, 8, 2);
        var random = new Random(shuffle);

        return Same(ChoiceModel.Fit(choices), ChoiceModel.Fit(choices.OrderBy(_ => random.Next()))).ToProperty();
    }

    [Property(MaxTest = 10)]
    public Property Fit_SameInput_IsDeterministic(int seed)
    {
        var choices = LearningSimulation.Choices(seed, 200, 8, 2);

        return ChoiceModel.Fit(choices).Scale.Equals(ChoiceModel.Fit(choices).Scale).ToProperty();
    }

    private static bool Same(ChoiceModel a, ChoiceModel b) =>
        LearningSimulation.Close(a.Scale, b.Scale) && LearningSimulation.Close(a.NoChoice, b.NoChoice)
        && LearningSimulation.Close(a.LogLikelihood, b.LogLikelihood) && LearningSimulation.Close(a.ScaleStandardError, b.ScaleStandardError);
}
