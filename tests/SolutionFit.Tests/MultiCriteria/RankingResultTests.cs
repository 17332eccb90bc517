using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>
/// The result types on mcda_hand_3x2 (Opricovic and Tzeng 2004): risk (cost) 1, 2, 5; return (benefit) 3000, 3750,
/// 4500; weights 0.5 each; every number below worked by hand.
/// </summary>
public sealed class RankingResultTests
{
    private static readonly DecisionMatrix Hand = new(
        ["A1", "A2", "A3"],
        [Criterion.Cost("risk"), Criterion.Benefit("return")],
        [[1, 3000], [2, 3750], [5, 4500]],
        [1, 1]);

    public static TheoryData<string> Methods => ["wsm", "topsis", "vikor", "promethee"];

    private static RankingResult Run(string method) => method switch
    {
        "wsm" => MultiCriteriaRanking.WeightedSum(Hand),
        "topsis" => MultiCriteriaRanking.Topsis(Hand),
        "vikor" => MultiCriteriaRanking.Vikor(Hand),
        _ => MultiCriteriaRanking.PrometheeII(Hand),
    };

    [Fact]
    public void WeightedSum_HasItsNormalisationAndScores()
    {
        var result = MultiCriteriaRanking.WeightedSum(Hand, Normalization.LinearMax);

        Assert.Equal(RankingMethod.WeightedSum, result.Method);
        Assert.Equal(Normalization.LinearMax, result.Normalization);
        Assert.True(result.HigherIsBetter);
        Assert.Equal(["A1", "A2", "A3"], result.Alternatives);
        Assert.Equal([Criterion.Cost("risk"), Criterion.Benefit("return")], result.Criteria);

        // risk min/x: 1, 0.5, 0.2; return x/max: 2/3, 5/6, 1.
        FitReference.AssertClose([1.0, 2.0 / 3], result.Normalized[0], "normalised A1", 1e-15);
        FitReference.AssertClose([0.1, 0.5], result.Contributions[2], "contributions A3", 1e-15);
        Assert.Equal(0.5 * (1 + (2.0 / 3)), result.Scores[0], 15);
        Assert.Equal(0.5 * (0.5 + (5.0 / 6)), result.Scores[1], 15);
        Assert.Equal(0.6, result.Scores[2], 15);
        Assert.Equal([1, 2, 3], result.Ranks.Ordinal);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Topsis_HasItsDistancesAndCloseness()
    {
        var result = MultiCriteriaRanking.Topsis(Hand, Normalization.Vector);

        // Weighted vector-normalised: risk 0.5·(1 − x/√30), return 0.5·x/√43,312,500. A1 is the ideal on risk and 750/√43,312,500
        // short of it on return; it is 2/√30 from the anti-ideal on risk and at it on return. A3 is the mirror image.
        var (returnGap, riskGap) = (750 / Math.Sqrt(43_312_500), 2 / Math.Sqrt(30));
        Assert.Equal(RankingMethod.Topsis, result.Method);
        Assert.Equal(Normalization.Vector, result.Normalization);
        Assert.True(result.HigherIsBetter);
        Assert.Equal(returnGap, result.DistanceToIdeal[0], 12);
        Assert.Equal(riskGap, result.DistanceToAntiIdeal[0], 12);
        Assert.Equal(riskGap, result.DistanceToIdeal[2], 12);
        Assert.Equal(returnGap, result.DistanceToAntiIdeal[2], 12);
        Assert.Equal(riskGap / (riskGap + returnGap), result.Closeness[0], 12);
        Assert.Equal(0.7621405801238009, result.Closeness[0], 12);
        Assert.Same(result.Scores, result.Closeness);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(result.DistanceToAntiIdeal[i] / (result.DistanceToIdeal[i] + result.DistanceToAntiIdeal[i]), result.Closeness[i], 15);
        }

        Assert.Equal(1 - (1 / Math.Sqrt(30)), result.Normalized[0][0], 15);
        Assert.Equal(0.5 * 4500 / Math.Sqrt(43_312_500), result.Contributions[2][1], 15);
        Assert.Equal([1, 2, 3], result.Ranks.Ordinal);
    }

    [Fact]
    public void Vikor_HasSRQAndTheCompromise()
    {
        var result = MultiCriteriaRanking.Vikor(Hand);

        // Regret terms: risk (f* − f)/(f* − f−) = 0, 0.25, 1; return 1, 0.5, 0.
        Assert.Equal(RankingMethod.Vikor, result.Method);
        Assert.False(result.HigherIsBetter);
        Assert.Equal([0.5, 0.375, 0.5], result.S);
        Assert.Equal([0.5, 0.25, 0.5], result.R);
        Assert.Equal([1.0, 0, 1], result.Q);
        Assert.Same(result.Scores, result.Q);
        Assert.Equal([1], result.CompromiseSet);
        Assert.True(result.AcceptableAdvantage);
        Assert.True(result.AcceptableStability);
        Assert.Equal([0.75, 0.5], result.Normalized[1]);
        Assert.Equal([0.375, 0.25], result.Contributions[1]);
        Assert.Equal([2, 1, 2], result.Ranks.Dense);
    }

    [Fact]
    public void Vikor_WithoutAcceptableAdvantage_ListsTheCloseAlternatives()
    {
        // One criterion: S = R = regret term = 0, 1/6, 1, 2/3, and so is Q. Q(b) − Q(a) = 1/6 < 1/(m − 1) = 1/3, so C1
        // fails; a is best by S (C2 holds); the set is every alternative less than 1/3 above a: a and b.
        var matrix = new DecisionMatrix(["a", "b", "c", "d"], [Criterion.Benefit("x")], [[4], [3.5], [1], [2]], [1]);

        var result = MultiCriteriaRanking.Vikor(matrix);

        Assert.False(result.AcceptableAdvantage);
        Assert.True(result.AcceptableStability);
        Assert.Equal([0, 1], result.CompromiseSet);
    }

    [Fact]
    public void PrometheeII_HasItsThreeFlows()
    {
        var result = MultiCriteriaRanking.PrometheeII(Hand);

        // Every pair splits: one wins on risk, the other on return, so π = 0.5 both ways.
        Assert.Equal(RankingMethod.PrometheeII, result.Method);
        Assert.True(result.HigherIsBetter);
        Assert.Equal([0.5, 0.5, 0.5], result.PositiveFlow);
        Assert.Equal([0.5, 0.5, 0.5], result.NegativeFlow);
        Assert.Equal([0.0, 0, 0], result.NetFlow);
        Assert.Same(result.Scores, result.NetFlow);

        // Per criterion net flows: A1 beats both on risk (+1) and loses both on return (−1).
        Assert.Equal([1.0, -1], result.Normalized[0]);
        Assert.Equal([0.5, -0.5], result.Contributions[0]);
        Assert.Equal([0.0, 0], result.Normalized[1]);
    }

    [Fact]
    public void PrometheeII_WithPreferenceFunctions_UsesThem()
    {
        // Linear(q = 1, p = 3) on risk: A1 over A2 by 1 → 0, A1 over A3 by 4 → 1, A2 over A3 by 3 → 1.
        var result = MultiCriteriaRanking.PrometheeII(Hand, [PreferenceFunction.Linear(1, 3), PreferenceFunction.Usual]);

        Assert.Equal([0.25, 0.5, 0.5], result.PositiveFlow);
        Assert.Equal([0.5, 0.25, 0.5], result.NegativeFlow);
        Assert.Equal([-0.25, 0.25, 0], result.NetFlow);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void ExposedLists_CannotBeCastToArraysOrWritten(string method)
    {
        var result = Run(method);
        var lists = new List<object>
        {
            result.Alternatives, result.Criteria, result.Scores, result.Diagnostics, result.Normalized, result.Normalized[0],
            result.Contributions, result.Contributions[2], result.Ranks.Dense, result.Ranks.Average, result.Ranks.Min, result.Ranks.Ordinal,
        };
        lists.AddRange(result switch
        {
            TopsisResult t => [t.DistanceToIdeal, t.DistanceToAntiIdeal, t.Closeness],
            VikorResult v => [v.S, v.R, v.Q, v.CompromiseSet],
            PrometheeIIResult p => [p.PositiveFlow, p.NegativeFlow, p.NetFlow],
            _ => [],
        });

        Assert.All(lists, list =>
        {
            Assert.False(list is Array, $"{list.GetType()} is an array");
            Assert.False(list is System.Collections.IList { IsReadOnly: false }, $"{list.GetType()} is a writable list");
        });
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Rows_AreBuiltOnce_SameInstanceOnEveryAccess(string method)
    {
        var result = Run(method);

        Assert.Same(result.Normalized, result.Normalized);
        Assert.Same(result.Contributions, result.Contributions);
        Assert.Same(result.Ranks, result.Ranks);
        for (var i = 0; i < 3; i++)
        {
            Assert.Same(result.Normalized[i], result.Normalized[i]);
            Assert.Same(result.Contributions[i], result.Contributions[i]);
        }

        Assert.All(result.Normalized.Zip(result.Normalized), pair => Assert.Same(pair.First, pair.Second));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Rows_HaveOneValuePerCriterion_AndContributionsAreWeightedValues(string method)
    {
        var result = Run(method);

        Assert.Equal(3, result.Normalized.Count);
        Assert.Equal(3, result.Contributions.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(2, result.Normalized[i].Count);
            Assert.Equal(result.Normalized[i].Select(v => 0.5 * v), result.Contributions[i]);
        }

        Assert.Throws<ArgumentOutOfRangeException>("index", () => result.Normalized[3]);
        Assert.Throws<ArgumentOutOfRangeException>("index", () => result.Contributions[0][2]);
        Assert.Throws<ArgumentOutOfRangeException>("index", () => result.Normalized[-1]);
    }

    [Fact]
    public void Rows_IndexOutOfRange_MessageSaysTheRange()
    {
        var result = MultiCriteriaRanking.Topsis(new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x"), Criterion.Cost("y")], [[1.0, 2.0], [2.0, 3.0], [3.0, 1.0]], [1.0, 1.0]));
        Assert.StartsWith("The row must be in [0, 3).", Assert.Throws<ArgumentOutOfRangeException>("index", () => result.Normalized[3]).Message, StringComparison.Ordinal);
        Assert.StartsWith("The column must be in [0, 2).", Assert.Throws<ArgumentOutOfRangeException>("index", () => result.Contributions[0][-1]).Message, StringComparison.Ordinal);
    }
}
