using System.Buffers;

namespace SolutionFit.MultiCriteria;

/// <summary>The ranks of alternatives (rank 1 is best) in the four usual conventions.</summary>
/// <remarks>
/// Scores within a relative tolerance of each other tie: <c>|a − b| ≤ tolerance × max(|a|, |b|, max |score|)</c>, compared
/// with the first score of the tied group, so that mathematically equal scores that differ in their last bits tie.
/// The four conventions come from one sort of the scores and one pass over the sorted order.
/// Immutable and thread-safe; the lists are read-only views that cannot be cast back to arrays.
/// </remarks>
public sealed class RankSet
{
    /// <summary>
    /// From this many scores on, the sort is a radix sort; below, <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int)"/>,
    /// which is faster up to about 3,500 scores on the 2-core CI machine.
    /// </summary>
    internal const int RadixSortFrom = 4096;

    private const int DigitBits = 8;
    private const int Digits = 64 / DigitBits;
    private const int Buckets = 1 << DigitBits;
    private const ulong SignBit = 1UL << 63;

    private RankSet(int[] dense, double[] average, int[] min, int[] ordinal)
    {
        Dense = Array.AsReadOnly(dense);
        Average = Array.AsReadOnly(average);
        Min = Array.AsReadOnly(min);
        Ordinal = Array.AsReadOnly(ordinal);
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
    /// <exception cref="InvalidInputException">
    /// A score is NaN or infinite (<see cref="InvalidInputException.Index"/> is its position), or
    /// <paramref name="tolerance"/> is negative, NaN or infinite.
    /// </exception>
    public static RankSet FromScores(IReadOnlyList<double> scores, bool higherIsBetter, double tolerance = Tolerance.RelativeTie)
    {
        ArgumentNullException.ThrowIfNull(scores);
        Guard.NonNegativeFinite(tolerance, nameof(tolerance), "The tie tolerance");
        var n = scores.Count;
        var radix = n >= RadixSortFrom;
        var (keys, order) = (ArrayPool<ulong>.Shared.Rent(n), ArrayPool<int>.Shared.Rent(n));
        var (keyScratch, orderScratch) = radix ? (ArrayPool<ulong>.Shared.Rent(n), ArrayPool<int>.Shared.Rent(n)) : ([], []);
        try
        {
            var scale = 0.0;
            for (var i = 0; i < n; i++)
            {
                var score = Guard.Finite(scores[i], nameof(scores), $"Score {i}", index: i);
                scale = Math.Max(scale, Math.Abs(score));
                (keys[i], order[i]) = (SortKey(higherIsBetter ? -score : score), i);
            }

            if (!radix)
            {
                Array.Sort(keys, order, 0, n);
            }
            else if (RadixSort(keys, order, keyScratch, orderScratch, n))
            {
                (keys, keyScratch, order, orderScratch) = (keyScratch, keys, orderScratch, order);
            }

            // Every |score| is at most the scale, so max(|a|, |b|, scale) is the scale.
            return Rank(keys, order, n, tolerance * scale);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
            if (radix)
            {
                ArrayPool<ulong>.Shared.Return(keyScratch);
                ArrayPool<int>.Shared.Return(orderScratch);
            }
        }
    }

    /// <summary>
    /// The competition ranks of finite <paramref name="scores"/> into <paramref name="min"/>, ties grouped exactly as
    /// <see cref="FromScores"/> groups them (<see cref="Min"/>), without allocating: <paramref name="keys"/> and
    /// <paramref name="order"/> are scratch space of the scores' length.
    /// </summary>
    internal static void CompetitionRanks(ReadOnlySpan<double> scores, bool higherIsBetter, double tolerance, Span<ulong> keys, Span<int> order, Span<int> min)
    {
        var n = scores.Length;
        var scale = 0.0;
        for (var i = 0; i < n; i++)
        {
            var score = scores[i];
            scale = Math.Max(scale, Math.Abs(score));
            (keys[i], order[i]) = (SortKey(higherIsBetter ? -score : score), i);
        }

        keys[..n].Sort(order[..n]);
        var tieDistance = tolerance * scale;
        var start = 0;
        while (start < n)
        {
            var first = Value(keys[start]);
            var end = start + 1;
            while (end < n && Math.Abs(Value(keys[end]) - first) <= tieDistance)
            {
                end++;
            }

            for (var k = start; k < end; k++)
            {
                min[order[k]] = start + 1;
            }

            start = end;
        }
    }

    /// <summary>All four conventions in one pass over the indexes sorted best first, a tied group at a time.</summary>
    /// <remarks>
    /// The keys hold the scores, negated when higher is better; negating both scores leaves <c>|a − b|</c> unchanged, bit
    /// for bit, so ties are exactly those of the scores.
    /// </remarks>
    private static RankSet Rank(ulong[] keys, int[] order, int n, double tieDistance)
    {
        var (dense, average, min, ordinal) = (new int[n], new double[n], new int[n], new int[n]);
        var (start, denseRank) = (0, 0);
        while (start < n)
        {
            var first = Value(keys[start]);
            var end = start + 1;
            var inInputOrder = true;
            while (end < n && Math.Abs(Value(keys[end]) - first) <= tieDistance)
            {
                inInputOrder &= order[end] > order[end - 1];
                end++;
            }

            if (!inInputOrder)
            {
                // Ordinal ranks follow input order within a group: near-ties arrive in score order, and below
                // RadixSortFrom the comparison sort, not stable, may leave even equal scores out of input order.
                Array.Sort(order, start, end - start);
            }

            denseRank++;
            var averageRank = (start + 1 + end) / 2.0;
            for (var k = start; k < end; k++)
            {
                var i = order[k];
                (dense[i], min[i], average[i], ordinal[i]) = (denseRank, start + 1, averageRank, k + 1);
            }

            start = end;
        }

        return new RankSet(dense, average, min, ordinal);
    }

    /// <summary>
    /// Sorts the first <paramref name="n"/> indexes by their keys, stably (equal keys keep input order): least significant
    /// digit first, 8 bits a pass, skipping the digits every key shares.
    /// </summary>
    /// <returns>True when the sorted keys and indexes ended up in the scratch arrays.</returns>
    private static bool RadixSort(ulong[] keys, int[] order, ulong[] keyScratch, int[] orderScratch, int n)
    {
        Span<int> counts = stackalloc int[Digits * Buckets];
        for (var i = 0; i < n; i++)
        {
            var key = keys[i];
            for (var d = 0; d < Digits; d++)
            {
                counts[(d * Buckets) + (int)((key >> (d * DigitBits)) & (Buckets - 1))]++;
            }
        }

        var inScratch = false;
        for (var d = 0; d < Digits; d++)
        {
            var shift = d * DigitBits;
            var offsets = counts.Slice(d * Buckets, Buckets);
            var (fromKeys, fromOrder, toKeys, toOrder) = inScratch ? (keyScratch, orderScratch, keys, order) : (keys, order, keyScratch, orderScratch);
            if (offsets[(int)((fromKeys[0] >> shift) & (Buckets - 1))] == n)
            {
                continue;
            }

            var sum = 0;
            for (var b = 0; b < Buckets; b++)
            {
                (offsets[b], sum) = (sum, sum + offsets[b]);
            }

            for (var i = 0; i < n; i++)
            {
                var key = fromKeys[i];
                var at = offsets[(int)((key >> shift) & (Buckets - 1))]++;
                (toKeys[at], toOrder[at]) = (key, fromOrder[i]);
            }

            inScratch = !inScratch;
        }

        return inScratch;
    }

    /// <summary>The bits of a finite <paramref name="value"/> as an unsigned number in the same order (−0 just below +0).</summary>
    private static ulong SortKey(double value)
    {
        var bits = (ulong)BitConverter.DoubleToInt64Bits(value);
        return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
    }

    /// <summary>The value whose <see cref="SortKey"/> is <paramref name="key"/>.</summary>
    private static double Value(ulong key) => BitConverter.Int64BitsToDouble((long)((key & SignBit) != 0 ? key ^ SignBit : ~key));
}
