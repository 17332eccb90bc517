namespace SolutionFit.MultiCriteria;

/// <summary>
/// A ranking by VIKOR (<see cref="MultiCriteriaRanking.Vikor"/>): the scores are Q, lower is better, with the group
/// utility S, the individual regret R and the compromise solution.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class VikorResult : RankingResult
{
    internal VikorResult(DecisionMatrix matrix, double[] q, double[] s, double[] r, int[] compromiseSet, bool acceptableAdvantage, bool acceptableStability, Func<double[]> normalized, List<string> diagnostics, double tieTolerance)
        : base(matrix, RankingMethod.Vikor, q, higherIsBetter: false, normalized, diagnostics, tieTolerance)
    {
        S = Array.AsReadOnly(s);
        R = Array.AsReadOnly(r);
        CompromiseSet = Array.AsReadOnly(compromiseSet);
        AcceptableAdvantage = acceptableAdvantage;
        AcceptableStability = acceptableStability;
    }

    /// <summary>Gets each alternative's Q, in [0, 1], lower is better: the same list as <see cref="RankingResult.Scores"/>.</summary>
    public IReadOnlyList<double> Q => Scores;

    /// <summary>Gets each alternative's group utility S (the weighted sum of its regret terms), lower is better.</summary>
    public IReadOnlyList<double> S { get; }

    /// <summary>Gets each alternative's individual regret R (its largest weighted regret term), lower is better.</summary>
    public IReadOnlyList<double> R { get; }

    /// <summary>
    /// Gets the compromise set: the indexes of the alternatives (into <see cref="RankingResult.Alternatives"/>), best Q
    /// first. The best alone when both conditions hold; the best two when only <see cref="AcceptableStability"/> fails;
    /// otherwise every alternative whose Q is less than 1/(m − 1) above the best.
    /// </summary>
    public IReadOnlyList<int> CompromiseSet { get; }

    /// <summary>Gets whether condition C1 (acceptable advantage: Q(a2) − Q(a1) ≥ 1/(m − 1)) holds.</summary>
    public bool AcceptableAdvantage { get; }

    /// <summary>Gets whether condition C2 (acceptable stability: a1 is also best by S or by R) holds.</summary>
    public bool AcceptableStability { get; }
}
