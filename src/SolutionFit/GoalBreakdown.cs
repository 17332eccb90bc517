namespace SolutionFit;

/// <summary>One goal's part in a <see cref="FitScore"/>: how much it weighs, how fully the solution achieves it, and what achieving it fully would give.</summary>
/// <remarks>Immutable and thread-safe; created by the scorer.</remarks>
public sealed class GoalBreakdown
{
    internal GoalBreakdown(string goalId, GoalKind kind, double weight, double achievement, double overallIfFullyAchieved)
    {
        GoalId = goalId;
        Kind = kind;
        Weight = weight;
        Achievement = achievement;
        OverallIfFullyAchieved = overallIfFullyAchieved;
    }

    /// <summary>Gets the goal's id.</summary>
    public string GoalId { get; }

    /// <summary>Gets the goal's Kano category.</summary>
    public GoalKind Kind { get; }

    /// <summary>Gets the goal's weight <c>w</c> in [0, 2]: its opportunity <c>I + max(I - s, 0)</c>, or its importance when opportunity weighting is off.</summary>
    public double Weight { get; }

    /// <summary>Gets how fully the solution achieves the goal, in [0, 1] (0 when the solution does not mention it).</summary>
    public double Achievement { get; }

    /// <summary>Gets the overall score the solution would have if it achieved this goal fully, everything else equal; at least the current overall.</summary>
    public double OverallIfFullyAchieved { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{GoalId} ({Kind}): weight {Guard.Format(Weight)}, achieved {Guard.Format(Achievement)}, overall if fully achieved {Guard.Format(OverallIfFullyAchieved)}";
}
