namespace SolutionFit.PriceSensitivity;

/// <summary>The share of respondents who meet a price with each <see cref="PriceReaction"/>; the five shares sum to 1.</summary>
/// <remarks>Immutable value; <c>default</c> has every share 0 (no respondent).</remarks>
public readonly struct PriceReactionShares : IEquatable<PriceReactionShares>
{
    internal PriceReactionShares(double price, double tooCheap, double bargain, double fair, double grumble, double tooExpensive)
    {
        Price = price;
        TooCheap = tooCheap;
        Bargain = bargain;
        Fair = fair;
        Grumble = grumble;
        TooExpensive = tooExpensive;
    }

    /// <summary>Gets the price the shares are for.</summary>
    public double Price { get; }

    /// <summary>Gets the share for whom the price is below their too-cheap answer.</summary>
    public double TooCheap { get; }

    /// <summary>Gets the share for whom the price is at or above too cheap and below cheap: they smile.</summary>
    public double Bargain { get; }

    /// <summary>Gets the share for whom the price is at or above cheap and below expensive: they pay gladly.</summary>
    public double Fair { get; }

    /// <summary>Gets the share for whom the price is at or above expensive and below too expensive: they grumble.</summary>
    public double Grumble { get; }

    /// <summary>Gets the share for whom the price is at or above their too-expensive answer.</summary>
    public double TooExpensive { get; }

    /// <summary>Gets the share of one reaction.</summary>
    /// <param name="reaction">The reaction.</param>
    /// <returns>Its share in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reaction"/> is not a defined reaction.</exception>
    public double this[PriceReaction reaction] => reaction switch
    {
        PriceReaction.TooCheap => TooCheap,
        PriceReaction.Bargain => Bargain,
        PriceReaction.Fair => Fair,
        PriceReaction.Grumble => Grumble,
        PriceReaction.TooExpensive => TooExpensive,
        _ => throw new ArgumentOutOfRangeException(nameof(reaction), reaction, "Not a price reaction."),
    };

    /// <inheritdoc />
    public bool Equals(PriceReactionShares other) =>
        Price.Equals(other.Price) && TooCheap.Equals(other.TooCheap) && Bargain.Equals(other.Bargain) && Fair.Equals(other.Fair)
        && Grumble.Equals(other.Grumble) && TooExpensive.Equals(other.TooExpensive);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PriceReactionShares other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Price, TooCheap, Bargain, Fair, Grumble, TooExpensive);

    /// <summary>Compares two sets of shares for equality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>True when the price and every share are equal.</returns>
    public static bool operator ==(PriceReactionShares left, PriceReactionShares right) => left.Equals(right);

    /// <summary>Compares two sets of shares for inequality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>True when the price or a share differs.</returns>
    public static bool operator !=(PriceReactionShares left, PriceReactionShares right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() =>
        $"at {Guard.Format(Price)}: too cheap {TooCheap:P1}, bargain {Bargain:P1}, fair {Fair:P1}, grumble {Grumble:P1}, too expensive {TooExpensive:P1}";
}
