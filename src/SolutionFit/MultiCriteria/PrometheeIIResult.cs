namespace SolutionFit.MultiCriteria;

/// <summary>
/// A ranking by PROMETHEE II (<see cref="MultiCriteriaRanking.PrometheeII"/>): the scores are the net flows, higher is
/// better, with the positive and negative flows they come from.
/// </summary>
/// <remarks>Immutable and thread-safe. For every alternative, net flow = positive flow − negative flow.</remarks>
public sealed class PrometheeIIResult : RankingResult
{
    internal PrometheeIIResult(DecisionMatrix matrix, double[] net, double[] positive, double[] negative, double[] normalized, List<string> diagnostics, double tieTolerance)
        : base(matrix, RankingMethod.PrometheeII, net, higherIsBetter: true, () => normalized, diagnostics, tieTolerance)
    {
        PositiveFlow = Array.AsReadOnly(positive);
        NegativeFlow = Array.AsReadOnly(negative);
    }

    /// <summary>Gets each alternative's net flow φ = φ+ − φ−, in [−1, 1]: the same list as <see cref="RankingResult.Scores"/>.</summary>
    public IReadOnlyList<double> NetFlow => Scores;

    /// <summary>Gets each alternative's positive (leaving) flow φ+, in [0, 1]: how much it is preferred to the others, on average.</summary>
    public IReadOnlyList<double> PositiveFlow { get; }

    /// <summary>Gets each alternative's negative (entering) flow φ−, in [0, 1]: how much the others are preferred to it, on average.</summary>
    public IReadOnlyList<double> NegativeFlow { get; }
}
