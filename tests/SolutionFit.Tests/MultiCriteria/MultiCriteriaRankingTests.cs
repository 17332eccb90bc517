using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

public sealed class MultiCriteriaRankingTests
{
    private static DecisionMatrix Matrix(double[][]? values = null, Criterion[]? criteria = null, double[]? weights = null) =>
        new(["a", "b", "c"], criteria ?? [Criterion.Cost("price"), Criterion.Benefit("fit")], values ?? [[10, 0.5], [20, 0.9], [15, 0.7]], weights ?? [1, 1]);

    [Fact]
    public void DecisionMatrix_NormalisesWeights()
    {
        var matrix = Matrix(weights: [1, 3]);

        Assert.Equal([0.25, 0.75], matrix.Weights);
        Assert.Equal(20, matrix[1, 0]);
    }

    [Fact]
    public void DecisionMatrix_Guards()
    {
        Criterion[] two = [Criterion.Benefit("x"), Criterion.Benefit("y")];
        Assert.Throws<ArgumentNullException>("alternatives", () => new DecisionMatrix(null!, two, [[1, 2]], [1, 1]));
        Assert.Throws<ArgumentNullException>("criteria", () => new DecisionMatrix(["a"], null!, [[1, 2]], [1, 1]));
        Assert.Throws<ArgumentNullException>("values", () => new DecisionMatrix(["a"], two, null!, [1, 1]));
        Assert.Throws<ArgumentNullException>("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], null!));
        Assert.Throws<ArgumentException>("alternatives", () => new DecisionMatrix([], two, [], [1, 1]));
        Assert.Throws<ArgumentException>("alternatives", () => new DecisionMatrix(["a", "a"], two, [[1, 2], [1, 2]], [1, 1]));
        Assert.Throws<ArgumentException>("criteria", () => new DecisionMatrix(["a"], [Criterion.Benefit("x"), Criterion.Cost("x")], [[1, 2]], [1, 1]));
        Assert.Throws<ArgumentException>("criteria", () => new DecisionMatrix(["a"], [default, Criterion.Cost("x")], [[1, 2]], [1, 1]));
        Assert.Throws<ArgumentException>("values", () => new DecisionMatrix(["a", "b"], two, [[1, 2]], [1, 1]));
        var row = Assert.Throws<ArgumentException>("values", () => new DecisionMatrix(["a"], two, [[1]], [1, 1]));
        Assert.Contains("'a'", row.Message, StringComparison.Ordinal);
        var nan = Assert.Throws<ArgumentOutOfRangeException>("values", () => new DecisionMatrix(["a"], two, [[1, double.NaN]], [1, 1]));
        Assert.Contains("'a' on criterion 'y'", nan.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], [1]));
        Assert.Throws<ArgumentOutOfRangeException>("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], [1, -1]));
        Assert.Throws<ArgumentException>("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], [0, 0]));
        Assert.Throws<ArgumentException>("name", () => Criterion.Benefit(" "));
        Assert.Throws<ArgumentOutOfRangeException>("target", () => Criterion.TargetValue("t", double.NaN));
    }

    [Fact]
    public void Methods_Guards()
    {
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.WeightedSum(null!));
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.Topsis(null!));
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.Vikor(null!));
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.PrometheeII(null!));
        Assert.Throws<ArgumentOutOfRangeException>("normalization", () => MultiCriteriaRanking.Topsis(Matrix(), (Normalization)9));
        Assert.Throws<ArgumentOutOfRangeException>("v", () => MultiCriteriaRanking.Vikor(Matrix(), 1.5));
        Assert.Throws<ArgumentOutOfRangeException>("tieTolerance", () => MultiCriteriaRanking.WeightedSum(Matrix(), tieTolerance: -1));
        Assert.Throws<ArgumentException>("preferences", () => MultiCriteriaRanking.PrometheeII(Matrix(), [PreferenceFunction.Usual]));
        Assert.Throws<ArgumentNullException>("method", () => MultiCriteriaRanking.WeightSensitivity(Matrix(), null!));
        var zeroCost = Assert.Throws<ArgumentException>("matrix", () => MultiCriteriaRanking.WeightedSum(Matrix([[0, 0.5], [20, 0.9], [15, 0.7]])));
        Assert.Contains("'price' needs values > 0", zeroCost.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("q", () => PreferenceFunction.UShape(-1));
        Assert.Throws<ArgumentOutOfRangeException>("p", () => PreferenceFunction.VShape(0));
        Assert.Throws<ArgumentOutOfRangeException>("p", () => PreferenceFunction.Linear(2, 1));
        Assert.Throws<ArgumentOutOfRangeException>("p", () => PreferenceFunction.Level(1, double.PositiveInfinity));
    }

    [Fact]
    public void Target_CloserIsBetter()
    {
        var matrix = new DecisionMatrix(["small", "right", "big"], [Criterion.TargetValue("seats", 40)], [[5], [38], [500]], [1]);

        var result = MultiCriteriaRanking.WeightedSum(matrix);

        // 1 − |x − 40| / 460: 0.9239..., 0.99565..., 0.
        Assert.Equal([2, 1, 3], result.Ranks.Ordinal);
        Assert.Equal(1 - (35.0 / 460), result.Scores[0], 12);
        Assert.Equal(0.0, result.Scores[2]);
    }

    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(3.0, 0.5)]
    [InlineData(5.0, 1.0)]
    [InlineData(-1.0, 0.0)]
    public void PreferenceFunctions_FollowTheirShapes(double d, double linear)
    {
        Assert.Equal(d > 0 ? 1.0 : 0.0, PreferenceFunction.Usual.Evaluate(d));
        Assert.Equal(d > 2 ? 1.0 : 0.0, PreferenceFunction.UShape(2).Evaluate(d));
        Assert.Equal(d <= 0 ? 0.0 : Math.Min(d / 4, 1.0), PreferenceFunction.VShape(4).Evaluate(d));
        Assert.Equal(d <= 2 ? 0.0 : d <= 4 ? 0.5 : 1.0, PreferenceFunction.Level(2, 4).Evaluate(d));
        Assert.Equal(linear, PreferenceFunction.Linear(2, 4).Evaluate(d));
    }

    [Fact]
    public void RankSet_ConventionsAndTolerance()
    {
        var ranks = RankSet.FromScores([0.5, 0.9, 0.5, 0.1, 0.9 - 1e-16], higherIsBetter: true);

        Assert.Equal([2, 1, 2, 3, 1], ranks.Dense);
        Assert.Equal([3.5, 1.5, 3.5, 5, 1.5], ranks.Average);
        Assert.Equal([3, 1, 3, 5, 1], ranks.Min);
        Assert.Equal([3, 1, 4, 5, 2], ranks.Ordinal);
        Assert.Equal([1, 2], RankSet.FromScores([0.1, 0.2], higherIsBetter: false).Ordinal);
        Assert.Equal([1, 1], RankSet.FromScores([0.1, 0.2], higherIsBetter: true, tolerance: 1).Dense);
        Assert.Throws<ArgumentOutOfRangeException>("scores", () => RankSet.FromScores([double.NaN], true));
        Assert.Throws<ArgumentOutOfRangeException>("tolerance", () => RankSet.FromScores([1.0], true, -1));
    }

    [Fact]
    public void Contributions_ExplainTheWeightedSum()
    {
        var result = MultiCriteriaRanking.WeightedSum(Matrix());

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(result.Scores[i], result.Contributions[i].Sum(), 12);
        }

        // price: min/x = 10/10 for a; fit: x/max = 0.5/0.9.
        Assert.Equal([1.0, 0.5 / 0.9], result.Normalized[0]);
    }

    [Fact]
    public void WeightSensitivity_FindsTheSmallestWeightChangeThatChangesTheWinner()
    {
        // Weighted sum, linear-max: a = (1, 0.5/0.9), b = (0.5, 1). With price weight w: a wins while w + (1 − w)·0.5556 > 0.5w + (1 − w),
        // i.e. w > 0.4706 (exactly 0.4 / 0.85): from 0.5 the winner changes at δ = −0.0294.
        var sensitivity = MultiCriteriaRanking.WeightSensitivity(Matrix([[10, 0.5], [20, 0.9], [15, 0.1]]), m => MultiCriteriaRanking.WeightedSum(m));

        var price = sensitivity[0];
        Assert.Equal("price", price.Criterion);
        Assert.Equal(0.5, price.Weight);
        Assert.Equal((0.4 / 0.85) - 0.5, price.Decrease!.Value, 6);
        Assert.Equal("b", price.WinnerAfterDecrease);
        Assert.Null(price.Increase);
        Assert.Equal(0.5 - (0.4 / 0.85), sensitivity[1].Increase!.Value, 6);
    }
}
