using System.Buffers;

namespace SolutionFit;

/// <summary>
/// Sorts solutions best first by their overall score, ties by a caller's order, as every ranking of the library: the
/// overall scores are spread over about one bucket per solution by their distance from the best, so that most buckets
/// hold zero, one or two, and only each bucket is sorted by comparison. Expected O(n) for spread scores; a group of
/// equal scores (often the zeros) is sorted by its tie-break alone.
/// </summary>
/// <remarks>
/// The bucket of a score <c>v</c> is <c>floor((max − v) · scale)</c>. Subtraction and multiplication by a positive
/// number round monotonically, so a better score never lands in a later bucket: sorting each bucket by the full order
/// sorts the whole. Given the indexes in tie-break order, the buckets are filled in that order, so that a bucket of equal
/// scores is already sorted; otherwise the tie-break sorts it.
/// </remarks>
internal static class RankOrder
{
    /// <summary>Up to this many, a bucket is sorted by insertion.</summary>
    private const int InsertionSortUpTo = 16;

    /// <summary>How many times a bucket is spread again before it is sorted by comparison.</summary>
    private const int MaxDepth = 4;

    /// <summary>The order of solutions of equal overall, by index.</summary>
    internal interface ITieBreak
    {
        /// <summary>Negative when solution <paramref name="x"/> ranks before <paramref name="y"/>.</summary>
        int Compare(int x, int y);

        /// <summary>Sorts indexes of solutions of equal overall.</summary>
        void SortEqual(Span<int> indexes);
    }

    /// <summary>Writes into <paramref name="order"/> the indexes of the first <c>order.Length</c> scores of <paramref name="overall"/>, best first.</summary>
    /// <param name="overall">The overall scores, finite, in [0, 1]; at least as long as <paramref name="order"/>.</param>
    /// <param name="order">Receives the indexes.</param>
    /// <param name="tie">The order of solutions of equal overall.</param>
    /// <param name="tieOrder">Every index in the order of <paramref name="tie"/>, or empty when not known.</param>
    public static void Sort<TTie>(double[] overall, Span<int> order, TTie tie, ReadOnlySpan<int> tieOrder)
        where TTie : struct, ITieBreak
    {
        var inTieOrder = !tieOrder.IsEmpty;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = inTieOrder ? tieOrder[i] : i;
        }

        SortBuckets(overall, order, tie, inTieOrder, depth: 0);
    }

    /// <summary>
    /// Sorts <paramref name="indexes"/> by spreading their scores over as many buckets, keeping the order within each,
    /// then each bucket of more than a few: by the same spreading over its own range (a cluster of close scores), by the
    /// tie-break when its scores are all equal, by comparison past <see cref="MaxDepth"/>.
    /// </summary>
    private static void SortBuckets<TTie>(double[] overall, Span<int> indexes, TTie tie, bool inTieOrder, int depth)
        where TTie : struct, ITieBreak
    {
        var n = indexes.Length;
        double best = 0.0, worst = 1.0;
        foreach (var i in indexes)
        {
            best = Math.Max(best, overall[i]);
            worst = Math.Min(worst, overall[i]);
        }

        var scale = n / (best - worst);
        if (n <= InsertionSortUpTo || depth == MaxDepth || !double.IsFinite(scale))
        {
            // Few, every score equal, too close together to spread, or spread often enough: sort here.
            SortRange(overall, indexes, tie, inTieOrder);
            return;
        }

        // Buckets 0 … n − 1 hold the scores above the worst, bucket n the scores equal to it (often the many zeros),
        // which then need no further spreading.
        var ends = ArrayPool<int>.Shared.Rent(n + 2);
        var scratch = ArrayPool<int>.Shared.Rent(n);
        try
        {
            var bucketEnds = ends.AsSpan(0, n + 2);
            bucketEnds.Clear();
            foreach (var i in indexes)
            {
                bucketEnds[Bucket(overall[i], best, worst, scale, n) + 1]++;
            }

            for (var b = 1; b <= n + 1; b++)
            {
                bucketEnds[b] += bucketEnds[b - 1];
            }

            // After the scatter, bucketEnds[b] is where bucket b ends (and b + 1 starts).
            foreach (var i in indexes)
            {
                scratch[bucketEnds[Bucket(overall[i], best, worst, scale, n)]++] = i;
            }

            var sorted = scratch.AsSpan(0, n);
            var start = 0;
            for (var b = 0; b <= n && start < n; b++)
            {
                var end = bucketEnds[b];
                if (end - start > InsertionSortUpTo)
                {
                    SortBuckets(overall, sorted[start..end], tie, inTieOrder, depth + 1);
                }
                else if (end - start > 1)
                {
                    SortRange(overall, sorted[start..end], tie, inTieOrder);
                }

                start = end;
            }

            sorted.CopyTo(indexes);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ends);
            ArrayPool<int>.Shared.Return(scratch);
        }
    }

    /// <summary>The bucket of <paramref name="value"/>: from 0 (the best) to <paramref name="buckets"/> − 1, or <paramref name="buckets"/> for the worst.</summary>
    private static int Bucket(double value, double best, double worst, double scale, int buckets) =>
        value == worst ? buckets : Math.Min((int)((best - value) * scale), buckets - 1);

    /// <summary>Sorts a range of indexes by the full order: descending overall, then the tie-break.</summary>
    /// <remarks>A range in tie-break order whose scores are all equal is sorted already.</remarks>
    private static void SortRange<TTie>(double[] overall, Span<int> range, TTie tie, bool inTieOrder)
        where TTie : struct, ITieBreak
    {
        if (range.Length > InsertionSortUpTo)
        {
            var first = overall[range[0]];
            var allEqual = true;
            foreach (var index in range)
            {
                allEqual &= overall[index] == first;
            }

            if (allEqual)
            {
                if (!inTieOrder)
                {
                    tie.SortEqual(range);
                }
            }
            else
            {
                range.Sort(new FullOrder<TTie>(overall, tie));
            }

            return;
        }

        for (var i = 1; i < range.Length; i++)
        {
            var index = range[i];
            var j = i - 1;
            while (j >= 0 && RanksBefore(overall, index, range[j], tie))
            {
                range[j + 1] = range[j];
                j--;
            }

            range[j + 1] = index;
        }
    }

    private static bool RanksBefore<TTie>(double[] overall, int x, int y, TTie tie)
        where TTie : struct, ITieBreak =>
        overall[x] > overall[y] || (overall[x] == overall[y] && tie.Compare(x, y) < 0);

    private readonly struct FullOrder<TTie>(double[] overall, TTie tie) : IComparer<int>
        where TTie : struct, ITieBreak
    {
        public int Compare(int x, int y)
        {
            var byOverall = overall[y].CompareTo(overall[x]);
            return byOverall != 0 ? byOverall : tie.Compare(x, y);
        }
    }
}
