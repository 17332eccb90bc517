namespace SolutionFit.Gauges;

/// <summary>How a customer actually met the price of one deal, as recorded by a seller.</summary>
/// <remarks>Immutable value, equal when deal, reaction and weight are equal. <c>default</c> is a weightless too-cheap reaction of an unnamed deal, which a gauge rejects. Safe to share across threads.</remarks>
public readonly record struct ObservedReaction
{
    /// <summary>Records a reaction.</summary>
    /// <param name="dealId">The deal's id; not empty or white space.</param>
    /// <param name="reaction">How the customer met the price.</param>
    /// <param name="weight">How much the deal counts (for example its value, or 1); finite and at least 0.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dealId"/> is null.</exception>
    /// <exception cref="InvalidInputException"><paramref name="dealId"/> is empty or white space.</exception>
    /// <exception cref="InvalidInputException">
    /// <paramref name="reaction"/> is not defined, or <paramref name="weight"/> is NaN, infinite or negative
    /// (<see cref="InvalidInputException.ItemId"/> is the deal's id).
    /// </exception>
    public ObservedReaction(string dealId, PriceReaction reaction, double weight = 1.0)
    {
        Guard.Id(dealId, nameof(dealId), "deal");
        if (!Enum.IsDefined(reaction))
        {
            throw new InvalidInputException(nameof(reaction), $"Deal '{dealId}' reaction {reaction} is not a price reaction.", itemId: dealId);
        }

        DealId = dealId;
        Reaction = reaction;
        Weight = Guard.NonNegativeFinite(weight, nameof(weight), $"Deal '{dealId}' weight", itemId: dealId);
    }

    /// <summary>Gets the deal's id (empty for <c>default</c>).</summary>
    public string DealId => field ?? string.Empty;

    /// <summary>Gets how the customer met the price.</summary>
    public PriceReaction Reaction { get; }

    /// <summary>Gets how much the deal counts.</summary>
    public double Weight { get; }

    /// <inheritdoc />
    public override string ToString() => $"{DealId}: {Reaction} (weight {Guard.Format(Weight)})";
}
