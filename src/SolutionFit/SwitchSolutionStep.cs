namespace SolutionFit;

/// <summary>A coaching step that offers another solution that fits better (<see cref="CoachingAction.SwitchSolution"/>).</summary>
/// <remarks>Immutable and thread-safe; created by <see cref="SolutionCoach"/>.</remarks>
public sealed class SwitchSolutionStep : CoachingStep
{
    internal SwitchSolutionStep(string solutionId, double overallAfter, double gain)
        : base(overallAfter, gain)
    {
        SolutionId = solutionId;
    }

    /// <inheritdoc />
    public override CoachingAction Action => CoachingAction.SwitchSolution;

    /// <summary>Gets the alternative solution's id.</summary>
    public string SolutionId { get; }

    /// <inheritdoc />
    internal override string? OrderId => SolutionId;

    /// <inheritdoc />
    public override string ToString() => $"offer '{SolutionId}' instead: +{Guard.Format(Gain)}";
}
