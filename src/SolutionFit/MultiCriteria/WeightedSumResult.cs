namespace SolutionFit.MultiCriteria;

/// <summary>A ranking by weighted sum (<see cref="MultiCriteriaRanking.WeightedSum"/>): the scores are the weighted sums, higher is better.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WeightedSumResult : RankingResult
{
    internal WeightedSumResult(DecisionMatrix matrix, Normalization normalization, double[] scores, Func<double[]> normalized, List<string> diagnostics, double tieTolerance)
        : base(matrix, RankingMethod.WeightedSum, scores, higherIsBetter: true, normalized, diagnostics, tieTolerance) =>
        Normalization = normalization;

    /// <summary>Gets the normalisation the values went through.</summary>
    public Normalization Normalization { get; }
}
