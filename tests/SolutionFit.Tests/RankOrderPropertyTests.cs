using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SolutionFit.Tests;

/// <summary>The bucket order of the rankings equals a comparison sort by descending overall, then the tie-break.</summary>
public sealed class RankOrderPropertyTests
{
    /// <summary>Ties broken by a rank per index (a permutation), as the catalog breaks them by the place of each id.</summary>
    private readonly struct ByRank(int[] ranks) : RankOrder.ITieBreak
    {
        public int Compare(int x, int y) => ranks[x].CompareTo(ranks[y]);

        public void SortEqual(Span<int> indexes) => indexes.Sort(Compare);
    }

    /// <summary>
    /// Scores of five shapes: spread over [0, 1] with repeats and zeros; a few distinct values; a cluster a few ulps wide
    /// (too narrow to spread into buckets); subnormals beside 1; a dense cluster with outliers (a large bucket).
    /// </summary>
    private static double[] Scores(int seed, int count)
    {
        var random = new Random(seed);
        var shape = random.Next(5);
        var scores = new double[count];
        for (var i = 0; i < count; i++)
        {
            scores[i] = shape switch
            {
                0 => random.Next(6) == 0 ? 0.0 : random.Next(4) == 0 && i > 0 ? scores[random.Next(i)] : random.NextDouble(),
                1 => random.Next(4) / 3.0,
                2 => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(0.5) + random.Next(4)),
                3 => random.Next(3) switch { 0 => double.Epsilon * random.Next(3), 1 => 1.0, _ => 0.0 },
                _ => random.Next(10) == 0 ? random.NextDouble() : 0.25 + (1e-9 * random.NextDouble()),
            };
        }

        return scores;
    }

    [Property(MaxTest = 300)]
    public Property Sort_EqualsAComparisonSort(int seed, PositiveInt size, bool givenTheTieOrder)
    {
        var count = size.Get % 400;
        var scores = Scores(seed, count);
        var ranks = Enumerable.Range(0, count).ToArray();
        new Random(~seed).Shuffle(ranks);

        var order = new int[count];
        var tieOrder = new int[count];
        for (var i = 0; i < count; i++)
        {
            tieOrder[ranks[i]] = i;
        }

        RankOrder.Sort(scores, order, new ByRank(ranks), givenTheTieOrder ? tieOrder : []);

        var expected = Enumerable.Range(0, count).ToArray();
        Array.Sort(expected, (x, y) => scores[x] != scores[y] ? scores[y].CompareTo(scores[x]) : ranks[x].CompareTo(ranks[y]));
        return order.SequenceEqual(expected).Label($"[{string.Join(", ", order.Select(i => $"{i}={scores[i]:R}"))}]");
    }
}
