namespace SolutionFit;

/// <summary>A half-open range of prices, <c>[Lower, Upper)</c>.</summary>
/// <remarks>
/// Immutable value. <c>default</c> is the empty range <c>[0, 0)</c>.
/// </remarks>
public readonly struct PriceRange : IEquatable<PriceRange>
{
    /// <summary>Creates the range <c>[lower, upper)</c>.</summary>
    /// <param name="lower">The lowest price in the range; finite and at least 0.</param>
    /// <param name="upper">The first price above the range; finite and at least <paramref name="lower"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is NaN, infinite or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public PriceRange(double lower, double upper)
    {
        Guard.NonNegativeFinite(lower, nameof(lower), "The lower bound of a price range");
        Guard.NonNegativeFinite(upper, nameof(upper), "The upper bound of a price range");
        if (upper < lower)
        {
            throw new ArgumentException($"A price range's upper bound {Guard.Format(upper)} is below its lower bound {Guard.Format(lower)}.", nameof(upper));
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

    /// <summary>Compares two ranges for equality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>True when both bounds are equal.</returns>
    public static bool operator ==(PriceRange left, PriceRange right) => left.Equals(right);

    /// <summary>Compares two ranges for inequality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>True when a bound differs.</returns>
    public static bool operator !=(PriceRange left, PriceRange right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PriceRange other) => Lower.Equals(other.Lower) && Upper.Equals(other.Upper);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PriceRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Upper);

    /// <inheritdoc />
    public override string ToString() => $"[{Guard.Format(Lower)}, {Guard.Format(Upper)})";
}
