namespace SolutionFit;

/// <summary>One next step that would raise a solution's overall score for a customer, and by how much.</summary>
/// <remarks>Immutable and thread-safe; created by <see cref="SolutionCoach"/>.</remarks>
public sealed class CoachingStep
{
    internal CoachingStep(CoachingAction action, string? goalId, string? solutionId, PriceRange? priceRange, double overallAfter, double gain)
    {
        Action = action;
        GoalId = goalId;
        SolutionId = solutionId;
        PriceRange = priceRange;
        OverallAfter = overallAfter;
        Gain = gain;
    }

    /// <summary>Gets what the step suggests.</summary>
    public CoachingAction Action { get; }

    /// <summary>Gets the goal to achieve fully, for <see cref="CoachingAction.AchieveGoal"/>; otherwise null.</summary>
    public string? GoalId { get; }

    /// <summary>Gets the alternative solution's id, for <see cref="CoachingAction.SwitchSolution"/>; otherwise null.</summary>
    public string? SolutionId { get; }

    /// <summary>Gets the prices at which the customer smiles, for <see cref="CoachingAction.PriceInSmileRange"/>; otherwise null.</summary>
    public PriceRange? PriceRange { get; }

    /// <summary>Gets the overall score after the step, in [0, 1].</summary>
    public double OverallAfter { get; }

    /// <summary>Gets the overall score the step adds; positive.</summary>
    public double Gain { get; }

    /// <inheritdoc />
    public override string ToString() => Action switch
    {
        CoachingAction.AchieveGoal => $"achieve goal '{GoalId}' fully: +{Guard.Format(Gain)}",
        CoachingAction.PriceInSmileRange => $"price in {PriceRange}: +{Guard.Format(Gain)}",
        _ => $"offer '{SolutionId}' instead: +{Guard.Format(Gain)}",
    };
}
