namespace SolutionFit;

/// <summary>The ranks of alternatives (rank 1 is best) in the four usual conventions.</summary>
/// <remarks>
/// Scores within a relative tolerance of each other tie: <c>|a − b| ≤ tolerance × max(|a|, |b|, max |score|)</c>, compared
/// with the first score of the tied group, so that mathematically equal scores that differ in their last bits tie.
/// Immutable and thread-safe.
/// </remarks>
public sealed class RankSet
{
    private RankSet(int[] dense, double[] average, int[] min, int[] ordinal)
    {
        Dense = dense;
        Average = average;
        Min = min;
        Ordinal = ordinal;
    }

    /// <summary>Gets the dense ranks: ties share a rank and the next rank follows on (1, 2, 2, 3).</summary>
    public IReadOnlyList<int> Dense { get; }

    /// <summary>Gets the average ranks: ties share the mean of their positions (1, 2.5, 2.5, 4).</summary>
    public IReadOnlyList<double> Average { get; }

    /// <summary>Gets the competition ranks: ties share the lowest of their positions (1, 2, 2, 4).</summary>
    public IReadOnlyList<int> Min { get; }

    /// <summary>Gets the ordinal ranks: ties are broken by input order (1, 2, 3, 4).</summary>
    public IReadOnlyList<int> Ordinal { get; }

    /// <summary>Ranks scores.</summary>
    /// <param name="scores">The scores, one per alternative, finite.</param>
    /// <param name="higherIsBetter">True when a higher score is better.</param>
    /// <param name="tolerance">The relative tolerance within which scores tie; at least 0 (1e-12 by default).</param>
    /// <returns>The ranks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite, or <paramref name="tolerance"/> is negative or not finite.</exception>
    public static RankSet FromScores(IReadOnlyList<double> scores, bool higherIsBetter, double tolerance = 1e-12)
    {
        ArgumentNullException.ThrowIfNull(scores);
        Guard.NonNegativeFinite(tolerance, nameof(tolerance), "The tie tolerance");
        var scale = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            if (!double.IsFinite(scores[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(scores), scores[i], $"Score {i} must be a finite number.");
            }

            scale = Math.Max(scale, Math.Abs(scores[i]));
        }

        var order = new int[scores.Count];
        var keys = new double[scores.Count];
        for (var i = 0; i < order.Length; i++)
        {
            (order[i], keys[i]) = (i, higherIsBetter ? -scores[i] : scores[i]);
        }

        Array.Sort(keys, order);
        var (dense, average, min, ordinal) = (new int[order.Length], new double[order.Length], new int[order.Length], new int[order.Length]);
        var (start, denseRank) = (0, 0);
        while (start < order.Length)
        {
            var first = scores[order[start]];
            var end = start + 1;
            while (end < order.Length && Math.Abs(scores[order[end]] - first) <= tolerance * Math.Max(Math.Max(Math.Abs(first), Math.Abs(scores[order[end]])), scale))
            {
                end++;
            }

            denseRank++;
            if (end - start > 1)
            {
                Array.Sort(order, start, end - start); // ties in input order
            }
            for (var k = start; k < end; k++)
            {
                dense[order[k]] = denseRank;
                min[order[k]] = start + 1;
                average[order[k]] = (start + 1 + end) / 2.0;
                ordinal[order[k]] = k + 1;
            }

            start = end;
        }

        return new RankSet(dense, average, min, ordinal);
    }
}
