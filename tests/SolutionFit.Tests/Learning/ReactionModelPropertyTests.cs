using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary>
/// <see cref="ReactionModel"/> on reactions simulated from known parameters (the seed is the generated input): the estimate
/// recovers the slope and cutpoints within a few standard errors, a weight of 2 equals a duplicated row, the order of the
/// observations does not matter, and the same input gives the same fit.
/// </summary>
public sealed class ReactionModelPropertyTests
{
    private const double Z = 4.5; // |estimate − truth| ≤ 4.5 SE fails about once in 150,000 by chance.

    [Property(MaxTest = 25)]
    public Property Fit_SimulatedReactions_RecoversTheSlopeAndThresholds(int seed)
    {
        double[] thresholds = [20, 40, 80, 120];
        var model = ReactionModel.Fit(LearningSimulation.Reactions(seed, 1500, slope: 3.0, thresholds));

        var cutpointsOk = model.Cutpoints.Select((c, j) => Math.Abs(c - (3.0 * Math.Log(thresholds[j]))) <= Z * model.CutpointStandardErrors[j]).All(ok => ok);
        return (Math.Abs(model.Slope - 3.0) <= Z * model.SlopeStandardError && cutpointsOk).Label(model.ToString());
    }

    [Property(MaxTest = 30)]
    public Property Fit_WeightTwo_EqualsADuplicatedRow(int seed, NonNegativeInt pick)
    {
        var reactions = LearningSimulation.Reactions(seed, 300, 3.0, [20, 40, 80, 120]);
        var r = reactions[pick.Get % reactions.Count];
        var reactionWeighted = ReactionModel.Fit(reactions.Select(o => ReferenceEquals(o, r) ? new ReactionObservation(o.EffectivePrice, o.Reaction, 2) : o));
        var reactionDuplicated = ReactionModel.Fit(reactions.Append(r));

        return Same(reactionWeighted, reactionDuplicated).Label($"{reactionWeighted} / {reactionDuplicated}");
    }

    [Property(MaxTest = 30)]
    public Property Fit_ObservationsInAnyOrder_GivesTheSameFit(int seed, int shuffle)
    {
        var reactions = LearningSimulation.Reactions(seed, 300, 3.0, [20, 40, 80, 120]);
        var random = new Random(shuffle);

        return Same(ReactionModel.Fit(reactions), ReactionModel.Fit(reactions.OrderBy(_ => random.Next()))).ToProperty();
    }

    [Property(MaxTest = 10)]
    public Property Fit_SameInput_IsDeterministic(int seed)
    {
        var reactions = LearningSimulation.Reactions(seed, 200, 3.0, [20, 40, 80, 120]);

        return ReactionModel.Fit(reactions).Cutpoints.SequenceEqual(ReactionModel.Fit(reactions).Cutpoints).ToProperty();
    }

    private static bool Same(ReactionModel a, ReactionModel b) =>
        LearningSimulation.Close(a.Slope, b.Slope) && a.Cutpoints.Zip(b.Cutpoints).All(p => LearningSimulation.Close(p.First, p.Second))
        && LearningSimulation.Close(a.LogLikelihood, b.LogLikelihood) && LearningSimulation.Close(a.SlopeStandardError, b.SlopeStandardError);
}
