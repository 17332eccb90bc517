namespace SolutionFit.PriceSensitivity;

/// <summary>The share of respondents who meet a price with each <see cref="PriceReaction"/>; the five shares sum to 1.</summary>
/// <remarks>
/// Immutable value with value equality (the price and every share); <c>default</c> has every share 0 (no respondent).
/// Only the analysis creates shares, and <c>with</c> cannot change them: every property is get-only.
/// <para>An immutable value: safe to share across threads.</para>
/// </remarks>
public readonly record struct PriceReactionShares
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
        _ => throw new ArgumentOutOfRangeException(nameof(reaction), reaction, "The reaction must be TooCheap, Bargain, Fair, Grumble or TooExpensive."),
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"at {Guard.Format(Price)}: too cheap {TooCheap:P1}, bargain {Bargain:P1}, fair {Fair:P1}, grumble {Grumble:P1}, too expensive {TooExpensive:P1}";
}
