namespace SolutionFit.Learning;

/// <summary>
/// One deal's outcome for <see cref="WinModel"/>: the scored pair's goal fit, experience and price happiness, and whether
/// the deal was won.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WinObservation
{
    /// <summary>Initializes an observation.</summary>
    /// <param name="goalFit">The goal fit <c>G</c> in [0, 1].</param>
    /// <param name="experience">The experience <c>X</c> in [0, 1].</param>
    /// <param name="priceHappiness">The price happiness <c>H</c> in [0, 1] (1 for a customer without price thresholds).</param>
    /// <param name="won">Whether the deal was won.</param>
    /// <param name="weight">The observation's weight, above 0 (default 1).</param>
    /// <exception cref="InvalidInputException">A factor is outside [0, 1] or NaN, or <paramref name="weight"/> is not a finite
    /// number above 0.</exception>
    public WinObservation(double goalFit, double experience, double priceHappiness, bool won, double weight = 1.0)
    {
        GoalFit = Guard.UnitInterval(goalFit, nameof(goalFit), "The goal fit");
        Experience = Guard.UnitInterval(experience, nameof(experience), "The experience");
        PriceHappiness = Guard.UnitInterval(priceHappiness, nameof(priceHappiness), "The price happiness");
        Won = won;
        Weight = Guard.PositiveFinite(weight, nameof(weight), "The observation's weight");
    }

    /// <summary>Gets the goal fit <c>G</c>.</summary>
    public double GoalFit { get; }

    /// <summary>Gets the experience <c>X</c>.</summary>
    public double Experience { get; }

    /// <summary>Gets the price happiness <c>H</c>.</summary>
    public double PriceHappiness { get; }

    /// <summary>Gets a value indicating whether the deal was won.</summary>
    public bool Won { get; }

    /// <summary>Gets the observation's weight.</summary>
    public double Weight { get; }

    /// <summary>Creates an observation from a scored pair: <c>G</c>, <c>X</c> and <c>H</c> (1 without price thresholds).</summary>
    /// <param name="score">The pair as scored at the quoted price.</param>
    /// <param name="won">Whether the deal was won.</param>
    /// <param name="weight">The observation's weight, above 0 (default 1).</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="score"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidInputException"><paramref name="weight"/> is not a finite number above 0.</exception>
    public static WinObservation From(FitScore score, bool won, double weight = 1.0)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new WinObservation(score.GoalFit, score.Experience, score.PriceHappiness ?? 1.0, won, weight);
    }
}
