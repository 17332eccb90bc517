using SolutionFit.MultiCriteria;
using static SolutionFit.Tests.MultiCriteria.McdaAssert;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>Ranks in the four conventions: ties by relative tolerance, directions, and the radix sort of many scores.</summary>
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
    public void FromScores_TiesWithinTheTolerance_GiveEachConvention()
    {
        var ranks = RankSet.FromScores([0.5, 0.9, 0.5, 0.1, 0.9 - 1e-16], higherIsBetter: true);

        Assert.Equal([2, 1, 2, 3, 1], ranks.Dense);
        Assert.Equal([3.5, 1.5, 3.5, 5, 1.5], ranks.Average);
        Assert.Equal([3, 1, 3, 5, 1], ranks.Min);
        Assert.Equal([3, 1, 4, 5, 2], ranks.Ordinal);
        Assert.Equal([1, 2], RankSet.FromScores([0.1, 0.2], higherIsBetter: false).Ordinal);
        Assert.Equal([1, 1], RankSet.FromScores([0.1, 0.2], higherIsBetter: true, tolerance: 1).Dense);
        Assert.Throws<ArgumentNullException>("scores", () => RankSet.FromScores(null!, true));
        Invalid("scores", () => RankSet.FromScores([0.5, double.NaN], true), index: 1);
        Invalid("tolerance", () => RankSet.FromScores([1.0], true, -1));
    }

    [Fact]
    public void FromScores_SignedZeros_Tie()
    {
        var ranks = RankSet.FromScores([0.0, -1.0, -0.0, 1.0], higherIsBetter: true, tolerance: 0);

        Assert.Equal([2, 3, 2, 1], ranks.Dense);
        Assert.Equal([2, 4, 3, 1], ranks.Ordinal);
    }

    [Fact]
    public void FromScores_GapExactlyTheTolerance_Ties()
    {
        // Scale max |score| = 1, tolerance 0.5: a gap of exactly 0.5 is within (<=) the tie distance; 0.25 more is not.
        var tied = RankSet.FromScores([1.0, 0.5], higherIsBetter: true, tolerance: 0.5);
        var apart = RankSet.FromScores([1.0, 0.25], higherIsBetter: true, tolerance: 0.5);

        Assert.Equal([1, 1], tied.Min);
        Assert.Equal([1, 2], apart.Min);
    }

    [Fact]
    public void FromScores_EqualScoresWithZeroTolerance_Tie()
    {
        // Tolerance 0: the distance 0 between equal scores is still <= 0.
        var ranks = RankSet.FromScores([2.0, 1.0, 2.0], higherIsBetter: true, tolerance: 0);

        Assert.Equal([1, 3, 1], ranks.Min);
        Assert.Equal([1, 2, 1], ranks.Dense);
    }

    [Fact]
    public void FromScores_DefaultTolerance_TiesLastBitDifferences()
    {
        // 0.1 + 0.2 = 0.30000000000000004 and 0.3 differ by 5.6e-17, far below 1e-12 of the scale 0.3.
        var ranks = RankSet.FromScores([0.1 + 0.2, 0.3, 0.2], higherIsBetter: true);

        Assert.Equal([1, 1, 3], ranks.Min);
        Assert.Equal([1, 2, 3], RankSet.FromScores([0.1 + 0.2, 0.3, 0.2], higherIsBetter: true, tolerance: 0).Min);
    }

    [Fact]
    public void FromScores_Tolerance_IsRelativeToTheLargestScore()
    {
        // 1e6 and 1e6 + 1e-7 differ by 1e-7 <= 1e-12 · 1e6 = 1e-6: tied, though 1e-7 is far above 1e-12 itself.
        // 1e-13 and 0 differ by 1e-13 > 1e-12 · 1e-13: apart, though 1e-13 is below 1e-12 itself.
        Assert.Equal([1, 1], RankSet.FromScores([1e6, 1e6 + 1e-7], higherIsBetter: true).Min);
        Assert.Equal([1, 2], RankSet.FromScores([1e-13, 0], higherIsBetter: true).Min);
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
