namespace SolutionFit.Learning;

/// <summary>
/// One observed price reaction for <see cref="ReactionModel"/>: the effective price the customer saw (the quoted price
/// divided by the value, as <see cref="FitScore.EffectivePrice"/> gives it) and how they reacted.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReactionObservation
{
    /// <summary>Initializes an observation.</summary>
    /// <param name="effectivePrice">The effective price <c>q = price / V</c>: 0 or more; <see cref="double.PositiveInfinity"/>
    /// when the solution had no value (<c>V = 0</c>). Observations at 0 or infinity are counted but not used.</param>
    /// <param name="reaction">The observed reaction.</param>
    /// <param name="weight">The observation's weight, above 0 (default 1: a weight of 2 counts as two equal observations).</param>
    /// <exception cref="InvalidInputException"><paramref name="effectivePrice"/> is negative or NaN, or
    /// <paramref name="weight"/> is not a finite number above 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reaction"/> is not defined.</exception>
    public ReactionObservation(double effectivePrice, PriceReaction reaction, double weight = 1.0)
    {
        if (!(effectivePrice >= 0.0))
        {
            throw new InvalidInputException(nameof(effectivePrice), $"The effective price must be 0 or more (or +∞ when the value is 0); got {Guard.Format(effectivePrice)}.");
        }

        if (!Enum.IsDefined(reaction))
        {
            throw new ArgumentOutOfRangeException(nameof(reaction), reaction, "The reaction is not defined.");
        }

        EffectivePrice = effectivePrice;
        Reaction = reaction;
        Weight = Guard.PositiveFinite(weight, nameof(weight), "The observation's weight");
    }

    /// <summary>Gets the effective price <c>q = price / V</c>.</summary>
    public double EffectivePrice { get; }

    /// <summary>Gets the observed reaction.</summary>
    public PriceReaction Reaction { get; }

    /// <summary>Gets the observation's weight.</summary>
    public double Weight { get; }

    /// <summary>
    /// Creates an observation from a scored pair and the reaction the customer showed: the effective price is
    /// <see cref="FitScore.EffectivePrice"/> (<see cref="double.PositiveInfinity"/> when the solution had no value).
    /// </summary>
    /// <param name="score">The pair as scored at the quoted price.</param>
    /// <param name="reaction">The reaction the customer showed (not the one <paramref name="score"/> predicts).</param>
    /// <param name="weight">The observation's weight, above 0 (default 1).</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="score"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reaction"/> is not defined.</exception>
    /// <exception cref="InvalidInputException"><paramref name="weight"/> is not a finite number above 0.</exception>
    public static ReactionObservation From(FitScore score, PriceReaction reaction, double weight = 1.0)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new ReactionObservation(score.EffectivePrice, reaction, weight);
    }
}
