namespace SolutionFit.MultiCriteria;

/// <summary>A ranking by TOPSIS (<see cref="MultiCriteriaRanking.Topsis"/>): the scores are the closeness, higher is better.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TopsisResult : RankingResult
{
    internal TopsisResult(DecisionMatrix matrix, Normalization normalization, double[] closeness, double[] toIdeal, double[] toAntiIdeal, Func<double[]> normalized, List<string> diagnostics, double tieTolerance)
        : base(matrix, RankingMethod.Topsis, closeness, higherIsBetter: true, normalized, diagnostics, tieTolerance)
    {
        Normalization = normalization;
        DistanceToIdeal = Array.AsReadOnly(toIdeal);
        DistanceToAntiIdeal = Array.AsReadOnly(toAntiIdeal);
    }

    /// <summary>Gets the normalisation the values went through.</summary>
    public Normalization Normalization { get; }

    /// <summary>Gets each alternative's closeness <c>D− / (D+ + D−)</c>, in [0, 1]: the same list as <see cref="RankingResult.Scores"/>.</summary>
    public IReadOnlyList<double> Closeness => Scores;

    /// <summary>Gets each alternative's Euclidean distance D+ to the ideal (weighted, normalised values).</summary>
    public IReadOnlyList<double> DistanceToIdeal { get; }

    /// <summary>Gets each alternative's Euclidean distance D− to the anti-ideal (weighted, normalised values).</summary>
    public IReadOnlyList<double> DistanceToAntiIdeal { get; }
}
