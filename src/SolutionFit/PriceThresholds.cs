namespace SolutionFit;

/// <summary>
/// One person's four Van Westendorp answers: the prices at which a solution that fully does what they want is
/// too cheap (quality is doubted), cheap (a bargain), expensive (they would grumble) and too expensive
/// ("the price is too high").
/// </summary>
/// <remarks>
/// <para>
/// The prices are strictly increasing, <c>0 &lt;= TooCheap &lt; Cheap &lt; Expensive &lt; TooExpensive</c>, all finite.
/// The type is a record class rather than a struct so that no unvalidated default value exists; its properties are
/// get-only, so <c>with</c> cannot bypass the validation.
/// </para>
/// <para>Immutable and thread-safe; equal when all four prices are equal.</para>
/// </remarks>
public sealed record PriceThresholds
{
    /// <summary>Creates a set of thresholds.</summary>
    /// <param name="tooCheap">The price below which quality is doubted; at least 0.</param>
    /// <param name="cheap">The price below which the solution is a bargain; greater than <paramref name="tooCheap"/>.</param>
    /// <param name="expensive">The price from which the customer grumbles; greater than <paramref name="cheap"/>.</param>
    /// <param name="tooExpensive">The price from which the customer says "too high"; greater than <paramref name="expensive"/>.</param>
    /// <exception cref="InvalidInputException">
    /// A price is NaN, infinite or negative; or the prices are not strictly increasing (the message names the first pair
    /// out of order, <see cref="ArgumentException.ParamName"/> the higher of the two).
    /// </exception>
    public PriceThresholds(double tooCheap, double cheap, double expensive, double tooExpensive)
    {
        Guard.NonNegativeFinite(tooCheap, nameof(tooCheap), "The too-cheap price");
        Guard.NonNegativeFinite(cheap, nameof(cheap), "The cheap price");
        Guard.NonNegativeFinite(expensive, nameof(expensive), "The expensive price");
        Guard.NonNegativeFinite(tooExpensive, nameof(tooExpensive), "The too-expensive price");
        RequireAbove(cheap, tooCheap, nameof(cheap), "cheap", "too-cheap");
        RequireAbove(expensive, cheap, nameof(expensive), "expensive", "cheap");
        RequireAbove(tooExpensive, expensive, nameof(tooExpensive), "too-expensive", "expensive");

        TooCheap = tooCheap;
        Cheap = cheap;
        Expensive = expensive;
        TooExpensive = tooExpensive;
    }

    /// <summary>Gets the price below which quality is doubted.</summary>
    public double TooCheap { get; }

    /// <summary>Gets the price below which the solution is a bargain.</summary>
    public double Cheap { get; }

    /// <summary>Gets the price from which the customer grumbles.</summary>
    public double Expensive { get; }

    /// <summary>Gets the price from which the customer says the price is too high.</summary>
    public double TooExpensive { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"too cheap < {Guard.Format(TooCheap)} <= bargain < {Guard.Format(Cheap)} <= fair < {Guard.Format(Expensive)} <= grumble < {Guard.Format(TooExpensive)} <= too expensive";

    private static void RequireAbove(double value, double below, string paramName, string name, string belowName)
    {
        if (!(value > below))
        {
            throw new InvalidInputException(
                paramName,
                $"Price thresholds must be strictly increasing, but the {name} price {Guard.Format(value)} is not above the {belowName} price {Guard.Format(below)}.");
        }
    }
}
