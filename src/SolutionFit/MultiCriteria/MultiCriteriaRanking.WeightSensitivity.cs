namespace SolutionFit.MultiCriteria;

public static partial class MultiCriteriaRanking
{
    /// <summary>
    /// For each criterion, the smallest change of its weight that changes the winner: the weight moves by δ and the
    /// others are rescaled to keep the sum 1 (<c>w'_k = w_k (1 − w_j − δ) / (1 − w_j)</c>; when the others weigh nothing,
    /// <c>w'_k = −δ / (n − 1)</c>, the freed weight shared equally).
    /// </summary>
    /// <param name="matrix">The decision matrix.</param>
    /// <param name="method">The method, for example <c>m => MultiCriteriaRanking.Topsis(m)</c>.</param>
    /// <returns>One entry per criterion.</returns>
    /// <remarks>
    /// The winner is the alternative of ordinal rank 1. The change is found by scanning δ in 1/256 steps of its range
    /// and refining by bisection to 1e-9; a change smaller than the scan step between two winner changes can be missed.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> or <paramref name="method"/> is null.</exception>
    public static IReadOnlyList<WeightSensitivity> WeightSensitivity(DecisionMatrix matrix, Func<DecisionMatrix, RankingResult> method)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(method);
        var winner = Winner(method(matrix));
        var result = new List<WeightSensitivity>();
        for (var j = 0; j < matrix.N; j++)
        {
            var wj = matrix.WeightArray[j];
            var down = Search(matrix, method, j, winner, -wj);
            var up = Search(matrix, method, j, winner, 1.0 - wj);
            result.Add(new WeightSensitivity(matrix.CriteriaArray[j].Name, wj, down?.Delta, down?.Winner, up?.Delta, up?.Winner));
        }

        return result.AsReadOnly();
    }

    private static (double Delta, string Winner)? Search(DecisionMatrix matrix, Func<DecisionMatrix, RankingResult> method, int j, int winner, double limit)
    {
        if (limit == 0.0 || (matrix.N == 1))
        {
            return null;
        }

        const int Steps = 256;
        var previous = 0.0;
        for (var step = 1; step <= Steps; step++)
        {
            var delta = limit * step / Steps;
            var current = Winner(method(Shifted(matrix, j, delta)));
            if (current != winner)
            {
                var (low, high) = (previous, delta);
                while (Math.Abs(high - low) > 1e-9)
                {
                    var middle = (low + high) / 2.0;
                    (low, high) = Winner(method(Shifted(matrix, j, middle))) == winner ? (middle, high) : (low, middle);
                }

                return (high, matrix.Alternatives[Winner(method(Shifted(matrix, j, high)))]);
            }

            previous = delta;
        }

        return null;
    }

    private static DecisionMatrix Shifted(DecisionMatrix matrix, int j, double delta)
    {
        var wj = matrix.WeightArray[j];
        var rest = 1.0 - wj;
        // When the other criteria weigh nothing (w_j = 1), the weight taken from j is shared among them equally: their
        // proportions are undefined, and without this every weight would reach 0 at δ = −1.
        var weights = matrix.WeightArray.Select((w, k) => k == j ? wj + delta : rest > 0.0 ? w * (1.0 - wj - delta) / rest : -delta / (matrix.N - 1)).Select(w => Math.Max(w, 0.0)).ToArray();
        var sum = weights.Sum();
        return matrix.WithWeights(Array.ConvertAll(weights, w => w / sum));
    }

    private static int Winner(RankingResult result)
    {
        for (var i = 0; i < result.Alternatives.Count; i++)
        {
            if (result.Ranks.Ordinal[i] == 1)
            {
                return i;
            }
        }

        return 0;
    }
}
