namespace SolutionFit;

/// <summary>One next step that would raise a solution's overall score for a customer, and by how much.</summary>
/// <remarks>
/// <para>
/// A closed set of steps, one type per <see cref="CoachingAction"/>, each carrying only its own data:
/// <see cref="AchieveGoalStep"/> (the goal), <see cref="PriceInSmileRangeStep"/> (the prices) and
/// <see cref="SwitchSolutionStep"/> (the alternative). Match on the type to read it.
/// </para>
/// <para>Immutable and thread-safe; created by <see cref="SolutionCoach"/>.</para>
/// </remarks>
public abstract class CoachingStep
{
    private protected CoachingStep(double overallAfter, double gain)
    {
        OverallAfter = overallAfter;
        Gain = gain;
    }

    /// <summary>Gets what the step suggests: the action its type stands for.</summary>
    public abstract CoachingAction Action { get; }

    /// <summary>Gets the overall score after the step, in [0, 1].</summary>
    public double OverallAfter { get; }

    /// <summary>Gets the overall score the step adds; positive.</summary>
    public double Gain { get; }

    /// <summary>Says what the step suggests and what it adds, e.g. <c>achieve goal 'onboarding' fully: +0.12</c>.</summary>
    /// <returns>One line of text.</returns>
    public abstract override string ToString();

    /// <summary>Gets the id that orders steps of one action and equal gain: the goal's or the alternative's id; null for the price.</summary>
    internal abstract string? OrderId { get; }
}
