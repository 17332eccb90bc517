namespace SolutionFit;

/// <summary>A coaching step that sets the price within the range where the customer smiles (<see cref="CoachingAction.PriceInSmileRange"/>).</summary>
/// <remarks>Immutable and thread-safe; created by <see cref="SolutionCoach"/>.</remarks>
public sealed class PriceInSmileRangeStep : CoachingStep
{
    internal PriceInSmileRangeStep(PriceRange priceRange, double overallAfter, double gain)
        : base(overallAfter, gain)
    {
        PriceRange = priceRange;
    }

    /// <inheritdoc />
    public override CoachingAction Action => CoachingAction.PriceInSmileRange;

    /// <summary>Gets the prices at which the customer smiles (<see cref="CoachingReport.SmilePriceRange"/>).</summary>
    public PriceRange PriceRange { get; }

    /// <inheritdoc />
    internal override string? OrderId => null;

    /// <inheritdoc />
    public override string ToString() => $"price in {PriceRange}: +{Guard.Format(Gain)}";
}
