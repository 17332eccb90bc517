namespace SolutionFit;

/// <summary>A coaching step that achieves one goal fully, everything else equal (<see cref="CoachingAction.AchieveGoal"/>).</summary>
/// <remarks>Immutable and thread-safe; created by <see cref="SolutionCoach"/>.</remarks>
public sealed class AchieveGoalStep : CoachingStep
{
    internal AchieveGoalStep(string goalId, double overallAfter, double gain)
        : base(overallAfter, gain)
    {
        GoalId = goalId;
    }

    /// <inheritdoc />
    public override CoachingAction Action => CoachingAction.AchieveGoal;

    /// <summary>Gets the id of the goal to achieve fully.</summary>
    public string GoalId { get; }

    /// <inheritdoc />
    internal override string? OrderId => GoalId;

    /// <inheritdoc />
    public override string ToString() => $"achieve goal '{GoalId}' fully: +{Guard.Format(Gain)}";
}
