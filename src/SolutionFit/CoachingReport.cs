namespace SolutionFit;

/// <summary>What would raise a solution's fit for a customer: its current score, the ranked next steps and the price range where the customer smiles.</summary>
/// <remarks>Immutable and thread-safe; created by <see cref="SolutionCoach"/>.</remarks>
public sealed class CoachingReport
{
    internal CoachingReport(FitScore score, PriceRange? smilePriceRange, CoachingStep[] steps)
    {
        Score = score;
        SmilePriceRange = smilePriceRange;
        Steps = Array.AsReadOnly(steps);
    }

    /// <summary>Gets the solution's current score.</summary>
    public FitScore Score { get; }

    /// <summary>
    /// Gets the prices at which this customer would find this solution a bargain and smile, <c>[TC·V, CH·V)</c>
    /// (effective price in <c>[TooCheap, Cheap)</c>); null when the customer gave no thresholds or the value is 0.
    /// </summary>
    public PriceRange? SmilePriceRange { get; }

    /// <summary>
    /// Gets the steps that raise the overall score, by descending gain (ties: goals, then price, then alternatives,
    /// each by id, ordinal). Steps that would add nothing are left out.
    /// </summary>
    public IReadOnlyList<CoachingStep> Steps { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Score}; {(Steps.Count == 0 ? "no step raises it" : $"next: {Steps[0]}")}";
}
