using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>
/// <see cref="MultiCriteriaRanking.Smaa"/> on random decision matrices under every method and normalisation: what the
/// rank acceptability table always satisfies (with ties and without), the same seed giving the same result, and the
/// result equal to the plain way (each sample's weights through the public matrix and method, <see cref="NaiveSmaa"/>).
/// </summary>
public sealed class SmaaResultPropertyTests
{
    private static IEnumerable<(RankingMethod Method, Normalization? Normalization, Func<DecisionMatrix, RankingResult> Naive)> Methods()
    {
        foreach (var normalization in Enum.GetValues<Normalization>())
        {
            yield return (RankingMethod.WeightedSum, normalization, m => MultiCriteriaRanking.WeightedSum(m, normalization));
            yield return (RankingMethod.Topsis, normalization, m => MultiCriteriaRanking.Topsis(m, normalization));
        }

        yield return (RankingMethod.Vikor, null, m => MultiCriteriaRanking.Vikor(m));
        yield return (RankingMethod.PrometheeII, null, m => MultiCriteriaRanking.PrometheeII(m));
    }

    /// <summary>
    /// Every row sums to 1; the first r columns together sum to at least r, and all m to m (ties share the better rank
    /// and leave the ranks after them empty); central weights exist exactly where the first rank's share is above 0,
    /// and each is a weight vector summing to 1. The matrices (values 1..10) have many ties.
    /// </summary>
    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 100)]
    public void Smaa_AnyMatrix_RowsSumToOneAndTheFirstRColumnsToAtLeastR(McdaCase c, ulong seed)
    {
        foreach (var (method, normalization, _) in Methods())
        {
            var result = MultiCriteriaRanking.Smaa(c.Matrix(), method, 40, seed, normalization);
            var (m, table) = (c.Values.Length, result.RankAcceptability);

            Assert.All(table, row => Assert.Equal(1.0, row.Sum(), 12));
            var cumulative = 0.0;
            for (var r = 0; r < m; r++)
            {
                cumulative += table.Sum(row => row[r]);
                Assert.True(cumulative >= r + 1 - 1e-9, $"{method}: the first {r + 1} columns sum to {cumulative}");
            }

            Assert.Equal(m, cumulative, 9);
            for (var i = 0; i < m; i++)
            {
                Assert.Equal(table[i][0] > 0, result.CentralWeights[i] is not null);
                Assert.Equal(1.0, result.CentralWeights[i]?.Sum() ?? 1.0, 12);
                Assert.True(result.CentralWeights[i]?.All(w => w >= 0 && w <= 1) ?? true);
            }
        }
    }

    /// <summary>
    /// Values distinct within every column and away from any tie (benefit and cost criteria, integers plus distinct
    /// fractions of the golden ratio's multiples): no two alternatives tie in any sample, so every column sums to 1 as well.
    /// VIKOR is left out: its Q ties in a share of the weights, not only at single points (an alternative best by S and
    /// worst by R and another worst by S and best by R both have Q = 1/2).
    /// </summary>
    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 100)]
    public void Smaa_NoTies_EveryColumnSumsToOne(McdaCase c, ulong seed)
    {
        var n = c.Types.Length;
        var distinct = c with
        {
            Types = c.Types.Select(t => t == CriterionType.Target ? CriterionType.Benefit : t).ToArray(),
            Values = c.Values.Select((row, i) => row.Select((v, j) => v + ((((i * n) + j + 1) * 0.6180339887498949 % 1.0) / 2)).ToArray()).ToArray(),
        };

        foreach (var (method, normalization, _) in Methods().Where(m => m.Method != RankingMethod.Vikor))
        {
            var table = MultiCriteriaRanking.Smaa(distinct.Matrix(), method, 40, seed, normalization).RankAcceptability;

            for (var r = 0; r < c.Values.Length; r++)
            {
                Assert.True(Math.Abs(table.Sum(row => row[r]) - 1.0) <= 1e-12, $"{method} {normalization}: column {r + 1} sums to {table.Sum(row => row[r])}");
            }
        }
    }

    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 50)]
    public void Smaa_SameSeed_SameResult(McdaCase c, ulong seed)
    {
        foreach (var (method, normalization, _) in Methods())
        {
            var (first, second) = (MultiCriteriaRanking.Smaa(c.Matrix(), method, 30, seed, normalization), MultiCriteriaRanking.Smaa(c.Matrix(), method, 30, seed, normalization));

            Assert.Equal(first.RankAcceptability, second.RankAcceptability);
            Assert.Equal(first.CentralWeights, second.CentralWeights);
            Assert.Equal(first.ToString(), second.ToString());
        }
    }

    /// <summary>
    /// The table equals the plain way's exactly and the central weights to rounding: the fast path's scores are the
    /// method's own arithmetic, and the public matrix renormalises the sample's weights (a last-bit change), which moves a
    /// rank only for a score difference at the tie distance to within rounding (a measure-zero event).
    /// </summary>
    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 100)]
    public void Smaa_AnyMatrix_EqualsTheMethodRunPerSampleThroughThePublicApi(McdaCase c, ulong seed)
    {
        foreach (var (method, normalization, naive) in Methods())
        {
            var result = MultiCriteriaRanking.Smaa(c.Matrix(), method, 25, seed, normalization);
            var (table, central) = NaiveSmaa.Run(c.Matrix(), naive, 25, seed);

            for (var i = 0; i < table.Length; i++)
            {
                Assert.Equal(table[i], result.RankAcceptability[i]);
                if (central[i] is null)
                {
                    Assert.Null(result.CentralWeights[i]);
                }
                else
                {
                    Assert.All(central[i]!.Zip(result.CentralWeights[i]!), p => Assert.Equal(p.First, p.Second, 1e-12));
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(McdaCase)], MaxTest = 50)]
    public void Smaa_MoreSamples_ExtendTheFirstSamples(McdaCase c, ulong seed)
    {
        // Each sample's draws depend only on (seed, sample, criterion): 20 samples are the first 10 and the next 10.
        var (ten, twenty) = (MultiCriteriaRanking.Smaa(c.Matrix(), RankingMethod.Topsis, 10, seed), MultiCriteriaRanking.Smaa(c.Matrix(), RankingMethod.Topsis, 20, seed));

        for (var i = 0; i < c.Values.Length; i++)
        {
            Assert.All(ten.RankAcceptability[i].Zip(twenty.RankAcceptability[i]), p => Assert.True(p.Second * 20 >= (p.First * 10) - 1e-9));
        }
    }
}
