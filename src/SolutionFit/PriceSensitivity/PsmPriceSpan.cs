namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The lowest and highest price an analysis puts on its price grid (<see cref="PsmTally.PriceSpan"/>): the span a regular
/// grid (<see cref="PsmOptions.InterpolationStep"/>) covers.
/// </summary>
/// <remarks>
/// Immutable value, equal when both prices are equal; <c>default</c> is the span of the one price 0. Both prices are
/// finite, at least 0, and <see cref="Lowest"/> is at most <see cref="Highest"/>.
/// <para>An immutable value: safe to share across threads.</para>
/// </remarks>
public readonly record struct PsmPriceSpan
{
    /// <summary>A span of validated prices, <paramref name="lowest"/> at most <paramref name="highest"/>.</summary>
    internal PsmPriceSpan(double lowest, double highest) => (Lowest, Highest) = (lowest, highest);

    /// <summary>Gets the lowest price (inclusive).</summary>
    public double Lowest { get; }

    /// <summary>Gets the highest price (inclusive).</summary>
    public double Highest { get; }

    /// <summary>
    /// Gets the number of prices on the regular grid <c>Lowest + i·step</c> up to <see cref="Highest"/> (R's
    /// <c>seq(Lowest, Highest, by = step)</c>): <c>⌊(Highest − Lowest) / step + 1e−10⌋ + 1</c>, the count the analysis
    /// compares with <see cref="PsmOptions.MaxGridPoints"/>.
    /// </summary>
    /// <param name="step">The step of the grid, a finite number above 0.</param>
    /// <returns>The number of prices, at least 1; a double, since a tiny step over a wide span makes more than any integer type holds (up to +∞).</returns>
    /// <exception cref="InvalidInputException"><paramref name="step"/> is not a finite number above 0.</exception>
    public double GridPoints(double step)
    {
        Guard.PositiveFinite(step, nameof(step), "The step of a price grid");
        return Steps(step) + 1;
    }

    /// <summary>The whole steps of the grid, <c>⌊(Highest − Lowest) / step + 1e−10⌋</c>; in double, so that a huge span cannot overflow a count.</summary>
    internal double Steps(double step) => Math.Floor(((Highest - Lowest) / step) + 1e-10);

    /// <inheritdoc />
    public override string ToString() => $"[{Guard.Format(Lowest)}, {Guard.Format(Highest)}]";
}
