using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

public sealed class RankSetTests
{
    private const int Many = RankSet.RadixSortFrom + 45;

    /// <summary>
    /// Distinct scores whose sort keys differ in all eight bytes (8 radix passes), in the top two only (2: positive, 4
    /// mantissa bits), in the top three only (3: 8 mantissa bits) or in all but the top one (7: one binade), so that the
    /// sorted order ends in either buffer, after the top byte's pass or before it.
    /// </summary>
    public static TheoryData<string> Shapes => ["all bytes", "top two bytes", "top three bytes", "one binade"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void FromScores_ManyDistinctScores_RanksAsSorted(string shape)
    {
        var scores = Enumerable.Range(0, Many).Select(i => Score(shape, i)).ToArray();
        Assert.Equal(Many, scores.Distinct().Count());
        var expected = new int[Many];
        var position = 0;
        foreach (var i in Enumerable.Range(0, Many).OrderByDescending(i => scores[i]))
        {
            expected[i] = ++position;
        }

        var ranks = RankSet.FromScores(scores, higherIsBetter: true, tolerance: 0); // scores 2^200 apart: no relative tolerance

        Assert.Equal(expected, ranks.Ordinal);
        Assert.Equal(expected, ranks.Dense);
        Assert.Equal(expected, ranks.Min);
        Assert.Equal(expected.Select(r => (double)r), ranks.Average);
    }

    [Fact]
    public void FromScores_ManyEqualScores_TieInInputOrder()
    {
        var ranks = RankSet.FromScores(Enumerable.Repeat(0.25, Many).ToArray(), higherIsBetter: false);

        Assert.All(ranks.Dense, r => Assert.Equal(1, r));
        Assert.All(ranks.Min, r => Assert.Equal(1, r));
        Assert.All(ranks.Average, r => Assert.Equal((Many + 1) / 2.0, r));
        Assert.Equal(Enumerable.Range(1, Many), ranks.Ordinal);
    }

    [Fact]
    public void FromScores_SignedZeros_Tie()
    {
        var ranks = RankSet.FromScores([0.0, -1.0, -0.0, 1.0], higherIsBetter: true, tolerance: 0);

        Assert.Equal([2, 3, 2, 1], ranks.Dense);
        Assert.Equal([2, 4, 3, 1], ranks.Ordinal);
    }

    private static double Score(string shape, int i)
    {
        var k = (i * 37) % Many; // a permutation of 0 .. Many - 1, not in order
        return shape switch
        {
            "all bytes" => Math.Sin(i + 1) * 1e3,
            "top two bytes" => Math.ScaleB(16 + (k % 16), (k / 16) - 200),
            "top three bytes" => Math.ScaleB(256 + (k % 256), 16 * (k / 256)),
            _ => 1.25 + (Math.Sin(i + 1) / 8),
        };
    }
}
