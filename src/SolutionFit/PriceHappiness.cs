namespace SolutionFit;

/// <summary>The price part of the scoring model: the reaction to a price and the happiness paying it (the README's scoring model, step 6).</summary>
/// <remarks>
/// The effective price is <c>q = price / V</c>. The reaction compares the price with each threshold times
/// <c>V</c> (<c>price &lt; TC·V</c> rather than <c>q &lt; TC</c>): the same rule without the rounding of a division,
/// so that a price of exactly <c>TC·V</c> is a bargain, as the coach's smile range promises.
/// </remarks>
internal static class PriceHappiness
{
    /// <summary>Classifies <paramref name="price"/> for a solution of value <paramref name="value"/> and returns the happiness paying it.</summary>
    /// <param name="price">The price; finite, at least 0.</param>
    /// <param name="value">The value V in [0, 1].</param>
    /// <param name="thresholds">The customer's thresholds.</param>
    /// <param name="atZeroPrice">The happiness at an effective price of 0.</param>
    /// <param name="atExpensive">The happiness at the expensive threshold.</param>
    /// <param name="happiness">The happiness H in [0, 1].</param>
    /// <param name="overall">The overall <c>V·H</c> in [0, V].</param>
    /// <returns>The reaction.</returns>
    /// <remarks>
    /// Below the too-cheap threshold the overall is computed as <c>h0·V + (1 - h0)·price / TC</c>, which is <c>V·H</c>
    /// written so that rounding cannot make it fall as V rises (with <c>h0 = 0</c> it does not depend on V at all).
    /// </remarks>
    public static PriceReaction Evaluate(double price, double value, PriceThresholds thresholds, double atZeroPrice, double atExpensive, out double happiness, out double overall)
    {
        if (!(value > 0.0))
        {
            happiness = 0.0;
            overall = 0.0;
            return PriceReaction.TooExpensive;
        }

        var tooCheap = thresholds.TooCheap * value;
        var cheap = thresholds.Cheap * value;
        var expensive = thresholds.Expensive * value;
        var tooExpensive = thresholds.TooExpensive * value;

        if (price < tooCheap)
        {
            happiness = Clamp(atZeroPrice + ((1.0 - atZeroPrice) * (price / tooCheap)));
            overall = Math.Min((atZeroPrice * value) + ((1.0 - atZeroPrice) * (price / thresholds.TooCheap)), value);
            return PriceReaction.TooCheap;
        }

        PriceReaction reaction;
        if (price < cheap)
        {
            (reaction, happiness) = (PriceReaction.Bargain, 1.0);
        }
        else if (price < expensive)
        {
            (reaction, happiness) = (PriceReaction.Fair, Clamp(1.0 - ((1.0 - atExpensive) * ((price - cheap) / (expensive - cheap)))));
        }
        else if (price < tooExpensive)
        {
            (reaction, happiness) = (PriceReaction.Grumble, Clamp(atExpensive * ((tooExpensive - price) / (tooExpensive - expensive))));
        }
        else
        {
            (reaction, happiness) = (PriceReaction.TooExpensive, 0.0);
        }

        overall = value * happiness;
        return reaction;
    }

    /// <summary>The effective price <c>price / V</c>; positive infinity when <c>V = 0</c>.</summary>
    public static double EffectivePrice(double price, double value) => value > 0.0 ? price / value : double.PositiveInfinity;

    /// <summary>The prices at which the customer smiles: <c>[TC·V, CH·V)</c>.</summary>
    public static PriceRange SmileRange(double value, PriceThresholds thresholds) =>
        new(thresholds.TooCheap * value, thresholds.Cheap * value);

    private static double Clamp(double x) => Math.Clamp(x, 0.0, 1.0);
}
