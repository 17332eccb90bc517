namespace SolutionFit.Learning;

/// <summary>A factor of <see cref="WinModel"/>.</summary>
public enum WinFactor
{
    /// <summary>The goal fit <c>G</c>.</summary>
    GoalFit,

    /// <summary>The experience <c>X</c>.</summary>
    Experience,

    /// <summary>The price happiness <c>H</c>.</summary>
    PriceHappiness,
}

/// <summary>
/// What one factor adds to a deal's log-odds of winning, against a typical deal: <c>β_k · (x_k − mean x_k)</c>, the mean
/// taken over the deals the model learned from.
/// </summary>
/// <remarks>An immutable value: safe to share across threads.</remarks>
/// <param name="Factor">The factor.</param>
/// <param name="Value">The deal's value of the factor.</param>
/// <param name="Contribution">The change in log-odds it brings: above 0 raises the chance of winning.</param>
public readonly record struct WinContribution(WinFactor Factor, double Value, double Contribution);

/// <summary>A deal's predicted chance of winning, with the reasons.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WinPrediction
{
    internal WinPrediction(double probability, WinContribution[] contributions)
    {
        Probability = probability;
        Contributions = Array.AsReadOnly(contributions);
    }

    /// <summary>Gets the probability of winning, in [0, 1].</summary>
    public double Probability { get; }

    /// <summary>Gets each factor's contribution to the log-odds, the largest in size first (ties in factor order).</summary>
    public IReadOnlyList<WinContribution> Contributions { get; }
}
