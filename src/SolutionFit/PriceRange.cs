namespace SolutionFit;

/// <summary>A half-open range of prices, <c>[Lower, Upper)</c>.</summary>
/// <remarks>
/// Immutable value, equal when both bounds are equal. <c>default</c> is the empty range <c>[0, 0)</c>.
/// <para>An immutable value: safe to share across threads.</para>
/// </remarks>
public readonly record struct PriceRange
{
    /// <summary>Creates the range <c>[lower, upper)</c>.</summary>
    /// <param name="lower">The lowest price in the range; finite and at least 0.</param>
    /// <param name="upper">The first price above the range; finite and at least <paramref name="lower"/>.</param>
    /// <exception cref="InvalidInputException">A bound is NaN, infinite or negative, or <paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public PriceRange(double lower, double upper)
    {
        Guard.NonNegativeFinite(lower, nameof(lower), "The lower bound of a price range");
        Guard.NonNegativeFinite(upper, nameof(upper), "The upper bound of a price range");
        if (upper < lower)
        {
            throw new InvalidInputException(nameof(upper), $"A price range's upper bound {Guard.Format(upper)} is below its lower bound {Guard.Format(lower)}.");
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>Gets the lowest price in the range (inclusive).</summary>
    public double Lower { get; }

    /// <summary>Gets the first price above the range (exclusive).</summary>
    public double Upper { get; }

    /// <summary>Gets a value indicating whether the range holds no price.</summary>
    public bool IsEmpty => !(Upper > Lower);

    /// <summary>Tells whether a price lies in the range, <c>Lower &lt;= price &lt; Upper</c>.</summary>
    /// <param name="price">The price.</param>
    /// <returns>True when the price is in the range.</returns>
    public bool Contains(double price) => price >= Lower && price < Upper;

    /// <inheritdoc />
    public override string ToString() => $"[{Guard.Format(Lower)}, {Guard.Format(Upper)})";
}
