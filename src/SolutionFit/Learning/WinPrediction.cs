namespace SolutionFit.Learning;

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
