namespace SolutionFit.MultiCriteria;

public static partial class MultiCriteriaRanking
{
    /// <summary>Ranks by the weighted sum of normalised values, <c>score_i = Σ_j w_j r_ij</c>.</summary>
    /// <param name="matrix">The decision matrix.</param>
    /// <param name="normalization">The normalisation; <see cref="Normalization.LinearMax"/> by default (the textbook SAW).</param>
    /// <param name="tieTolerance">The relative tolerance within which scores tie.</param>
    /// <returns>The ranking; higher scores are better.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// A ratio normalisation (<see cref="Normalization.LinearMax"/>, <see cref="Normalization.Sum"/>) meets a negative
    /// value or a cost of 0 (parameter <c>matrix</c>; <see cref="InvalidInputException.Index"/> and
    /// <see cref="InvalidInputException.ItemId"/> give the alternative's row and name, <see cref="InvalidInputException.Field"/>
    /// the criterion's name); or <paramref name="tieTolerance"/> is negative, NaN or infinite.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="normalization"/> is undefined.</exception>
    public static WeightedSumResult WeightedSum(DecisionMatrix matrix, Normalization normalization = Normalization.LinearMax, double tieTolerance = DefaultTieTolerance)
    {
        var (scaling, diagnostics) = Prepare(matrix, normalization, tieTolerance);
        var (m, n, w) = (matrix.M, matrix.N, matrix.WeightArray);
        var scores = new double[m];
        Span<double> row = n <= 256 ? stackalloc double[n] : new double[n];
        for (var i = 0; i < m; i++)
        {
            scaling.Row(i, row);
            var score = 0.0;
            for (var j = 0; j < n; j++)
            {
                score += w[j] * row[j];
            }

            scores[i] = score;
        }

        return new WeightedSumResult(matrix, normalization, scores, scaling.ToArray, diagnostics, tieTolerance);
    }
}
