using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

public sealed class MultiCriteriaRankingTests
{
    private static DecisionMatrix Matrix(double[][]? values = null, Criterion[]? criteria = null, double[]? weights = null) =>
        new(["a", "b", "c"], criteria ?? [Criterion.Cost("price"), Criterion.Benefit("fit")], values ?? [[10, 0.5], [20, 0.9], [15, 0.7]], weights ?? [1, 1]);

    [Theory]
    [InlineData(Normalization.Vector)]
    [InlineData(Normalization.MinMax)]
    public void Topsis_SameRowInAGroupOfFourAndInTheRest_SameBits(Normalization normalization)
    {
        // Rows 0-3 are ranked four at a time where 256-bit vectors exist, row 4 (a copy of row 1) on its own.
        var rows = new[] { new[] { 3.7, 0.11, 93.1 }, [1.3, 0.97, 12.9], [8.8, 0.42, 57.3], [5.1, 0.05, 71.7], [1.3, 0.97, 12.9] };
        var matrix = new DecisionMatrix(
            ["a", "b", "c", "d", "e"],
            [Criterion.Cost("price"), Criterion.Benefit("fit"), Criterion.Benefit("seats")],
            rows,
            [0.3, 0.5, 0.2]);

        var ranking = MultiCriteriaRanking.Topsis(matrix, normalization);

        Assert.Equal(BitConverter.DoubleToInt64Bits(ranking.Closeness[1]), BitConverter.DoubleToInt64Bits(ranking.Closeness[4]));
        Assert.Equal(BitConverter.DoubleToInt64Bits(ranking.DistanceToIdeal[1]), BitConverter.DoubleToInt64Bits(ranking.DistanceToIdeal[4]));
        Assert.Equal(BitConverter.DoubleToInt64Bits(ranking.DistanceToAntiIdeal[1]), BitConverter.DoubleToInt64Bits(ranking.DistanceToAntiIdeal[4]));
        Assert.NotEqual(ranking.Closeness[0], ranking.Closeness[1]);
    }

    [Theory]
    [InlineData(Normalization.Vector)]
    [InlineData(Normalization.MinMax)]
    [InlineData(Normalization.Sum)]
    public void Normalized_SameColumnAmongFourAndInTheRest_SameBits(Normalization normalization)
    {
        // Columns 0-3 gather their statistics four at a time where 256-bit vectors exist, column 4 (a copy of column 2) alone.
        var rows = new[] { new[] { 3.7, 0.11, 93.1, 2.0, 93.1 }, [1.3, 0.97, 12.9, 0.5, 12.9], [8.8, 0.42, 57.3, 0.0, 57.3], [5.1, 0.05, 71.7, 1.5, 71.7], [2.2, 0.61, 0.3, 3.0, 0.3] };
        var matrix = new DecisionMatrix(
            ["a", "b", "c", "d", "e"],
            [Criterion.Cost("price"), Criterion.Benefit("fit"), Criterion.Benefit("seats"), Criterion.Benefit("support"), Criterion.Benefit("seats again")],
            rows,
            [0.3, 0.2, 0.2, 0.1, 0.2]);

        var normalized = MultiCriteriaRanking.Topsis(matrix, normalization).Normalized;

        Assert.All(normalized, row => Assert.Equal(BitConverter.DoubleToInt64Bits(row[2]), BitConverter.DoubleToInt64Bits(row[4])));
    }

    [Fact]
    public void DecisionMatrix_NormalisesWeights()
    {
        var matrix = Matrix(weights: [1, 3]);

        Assert.Equal([0.25, 0.75], matrix.Weights);
        Assert.Equal(20, matrix[1, 0]);
    }

    [Fact]
    public void DecisionMatrix_NullArguments_ThrowArgumentNull()
    {
        Criterion[] two = [Criterion.Benefit("x"), Criterion.Benefit("y")];
        Assert.Throws<ArgumentNullException>("alternatives", () => new DecisionMatrix(null!, two, [[1, 2]], [1, 1]));
        Assert.Throws<ArgumentNullException>("criteria", () => new DecisionMatrix(["a"], null!, [[1, 2]], [1, 1]));
        Assert.Throws<ArgumentNullException>("values", () => new DecisionMatrix(["a"], two, null!, [1, 1]));
        Assert.Throws<ArgumentNullException>("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], null!));
    }

    [Fact]
    public void DecisionMatrix_BadNames_SayWhichItem()
    {
        Criterion[] two = [Criterion.Benefit("x"), Criterion.Benefit("y")];
        Invalid("alternatives", () => new DecisionMatrix([], two, [], [1, 1]));
        var repeated = Invalid("alternatives", () => new DecisionMatrix(["a", "b", "a"], two, [[1, 2], [1, 2], [1, 2]], [1, 1]), index: 2, itemId: "a");
        Assert.Equal("The alternative 'a' appears more than once; names must be unique.", repeated.Detail);
        Invalid("alternatives", () => new DecisionMatrix(["a", " "], two, [[1, 2], [1, 2]], [1, 1]), index: 1);
        Invalid("alternatives", () => new DecisionMatrix(["a", null!], two, [[1, 2], [1, 2]], [1, 1]), index: 1);
        Invalid("criteria", () => new DecisionMatrix(["a"], [], [[]], []));
        Invalid("criteria", () => new DecisionMatrix(["a"], [Criterion.Benefit("x"), Criterion.Cost("x")], [[1, 2]], [1, 1]), index: 1, itemId: "x");
        Invalid("criteria", () => new DecisionMatrix(["a"], [Criterion.Cost("x"), default], [[1, 2]], [1, 1]), index: 1);
    }

    [Fact]
    public void DecisionMatrix_BadRows_SayWhichAlternativeAndCriterion()
    {
        Criterion[] two = [Criterion.Benefit("x"), Criterion.Benefit("y")];
        Invalid("values", () => new DecisionMatrix(["a", "b"], two, [[1, 2]], [1, 1]), index: null, itemId: "b");
        Invalid("values", () => new DecisionMatrix(["a"], two, [[1, 2], [3, 4]], [1, 1]), index: 1);
        Invalid("values", () => new DecisionMatrix(["a", "b"], two, [[1, 2], null!], [1, 1]), index: 1, itemId: "b");
        var row = Invalid("values", () => new DecisionMatrix(["a", "b"], two, [[1, 2], [1]], [1, 1]), index: 1, itemId: "b");
        Assert.Equal("Alternative 'b' has 1 value(s) but there are 2 criteria.", row.Detail);
        var nan = Invalid("values", () => new DecisionMatrix(["a", "b"], two, [[1, 2], [3, double.NaN]], [1, 1]), index: 1, itemId: "b", field: "y");
        Assert.Equal("Alternative 'b' on criterion 'y' must be a finite number, but is NaN.", nan.Detail);
        Invalid("values", () => new DecisionMatrix(["a"], two, [[double.NegativeInfinity, 2]], [1, 1]), index: 0, itemId: "a", field: "x");
    }

    [Fact]
    public void DecisionMatrix_BadWeights_SayWhichCriterion()
    {
        Criterion[] two = [Criterion.Benefit("x"), Criterion.Benefit("y")];
        Invalid("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], [1]));
        var negative = Invalid("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], [1, -1]), index: 1, itemId: "y");
        Assert.Equal("The weight of criterion 'y' must be a finite number >= 0, but is -1.", negative.Detail);
        Invalid("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], [double.PositiveInfinity, 1]), index: 0, itemId: "x");
        Invalid("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], [0, 0]));
    }

    [Fact]
    public void Criterion_Guards()
    {
        Assert.Throws<InvalidInputException>("name", () => Criterion.Benefit(" "));
        Assert.Throws<ArgumentNullException>("name", () => Criterion.Cost(null!));
        Assert.Throws<InvalidInputException>("name", () => Criterion.TargetValue("", 1));
        var target = Invalid("target", () => Criterion.TargetValue("t", double.NaN), itemId: "t");
        Assert.Equal("Criterion 't' target must be a finite number, but is NaN.", target.Detail);
    }

    [Fact]
    public void Methods_Guards()
    {
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.WeightedSum(null!));
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.Topsis(null!));
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.Vikor(null!));
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.PrometheeII(null!));
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.WeightSensitivity(null!, m => MultiCriteriaRanking.Topsis(m)));
        Assert.Throws<ArgumentNullException>("method", () => MultiCriteriaRanking.WeightSensitivity(Matrix(), null!));
        Assert.Throws<ArgumentOutOfRangeException>("normalization", () => MultiCriteriaRanking.Topsis(Matrix(), (Normalization)9));
        Invalid("v", () => MultiCriteriaRanking.Vikor(Matrix(), 1.5));
        Invalid("v", () => MultiCriteriaRanking.Vikor(Matrix(), double.NaN));
        Invalid("tieTolerance", () => MultiCriteriaRanking.WeightedSum(Matrix(), tieTolerance: -1));
        Invalid("tieTolerance", () => MultiCriteriaRanking.Topsis(Matrix(), tieTolerance: double.NaN));
        Invalid("tieTolerance", () => MultiCriteriaRanking.Vikor(Matrix(), tieTolerance: double.PositiveInfinity));
        Invalid("tieTolerance", () => MultiCriteriaRanking.PrometheeII(Matrix(), tieTolerance: -1));
        Invalid("preferences", () => MultiCriteriaRanking.PrometheeII(Matrix(), [PreferenceFunction.Usual]));
    }

    [Fact]
    public void RatioNormalisations_ZeroCostOrNegativeValue_SayWhichAlternativeAndCriterion()
    {
        var zeroCost = Invalid("matrix", () => MultiCriteriaRanking.WeightedSum(Matrix([[10, 0.5], [0, 0.9], [15, 0.7]])), index: 1, itemId: "b", field: "price");
        Assert.Contains("'price' needs values > 0", zeroCost.Message, StringComparison.Ordinal);
        Assert.Contains("alternative 'b' has 0", zeroCost.Detail, StringComparison.Ordinal);
        Invalid("matrix", () => MultiCriteriaRanking.Topsis(Matrix([[10, 0.5], [20, 0.9], [15, -0.7]]), Normalization.Sum), index: 2, itemId: "c", field: "fit");

        // A benefit of 0 is fine for a ratio normalisation; a cost of 0 or a negative value only for Vector and MinMax.
        Assert.Equal(3, MultiCriteriaRanking.WeightedSum(Matrix([[10, 0], [20, 0.9], [15, 0.7]]), Normalization.Sum).Scores.Count);
        Assert.Equal(3, MultiCriteriaRanking.WeightedSum(Matrix([[0, -1], [20, 0.9], [15, 0.7]]), Normalization.MinMax).Scores.Count);
    }

    [Fact]
    public void PreferenceFunction_Guards()
    {
        Invalid("q", () => PreferenceFunction.UShape(-1));
        Invalid("q", () => PreferenceFunction.Level(double.NaN, 1));
        Invalid("p", () => PreferenceFunction.VShape(0));
        Invalid("p", () => PreferenceFunction.VShape(double.PositiveInfinity));
        var below = Invalid("p", () => PreferenceFunction.Linear(2, 1));
        Assert.Equal("The preference threshold p must be above q = 2, but is 1.", below.Detail);
        Invalid("p", () => PreferenceFunction.Level(1, double.PositiveInfinity));
        Invalid("p", () => PreferenceFunction.Linear(1, double.NaN));
    }

    [Fact]
    public void Criterion_AndPreferenceFunction_AreValues()
    {
        // Two criteria built apart are one value: Equals and GetHashCode agree (a set keeps one of them).
        Assert.Single(new HashSet<Criterion> { Criterion.Cost("price"), Criterion.Cost(new string("price".ToCharArray())) });
        Assert.True(Criterion.TargetValue("seats", 40) == Criterion.TargetValue("seats", 40));
        Assert.True(Criterion.TargetValue("seats", 40) != Criterion.TargetValue("seats", 41));
        Assert.NotEqual(Criterion.Cost("price"), Criterion.Benefit("price"));
        Assert.Equal(string.Empty, default(Criterion).Name);
        Assert.Equal("seats (target 40)", Criterion.TargetValue("seats", 40).ToString());
        Assert.Equal("price (Cost)", Criterion.Cost("price").ToString());

        Assert.Equal(PreferenceFunction.Linear(1, 4), PreferenceFunction.Linear(1, 4));
        Assert.True(PreferenceFunction.Level(1, 4) != PreferenceFunction.Linear(1, 4));
        Assert.Equal(PreferenceFunction.Usual, default);
        Assert.Single(new HashSet<PreferenceFunction> { PreferenceFunction.VShape(4), PreferenceFunction.VShape(2 * 2.0) });
        Assert.Equal("Linear(q = 1, p = 4.5)", PreferenceFunction.Linear(1, 4.5).ToString());
        Assert.Equal("Usual", PreferenceFunction.Usual.ToString());
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
        Assert.Throws<ArgumentNullException>("scores", () => RankSet.FromScores(null!, true));
        Invalid("scores", () => RankSet.FromScores([0.5, double.NaN], true), index: 1);
        Invalid("tolerance", () => RankSet.FromScores([1.0], true, -1));
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

    /// <summary>Asserts an <see cref="InvalidInputException"/> and where it says the problem is.</summary>
    internal static InvalidInputException Invalid(string paramName, Func<object?> action, int? index = null, string? itemId = null, string? field = null)
    {
        var ex = Assert.Throws<InvalidInputException>(paramName, action);
        Assert.Equal((index, itemId, field), (ex.Index, ex.ItemId, ex.Field));
        Assert.DoesNotContain('\n', ex.Detail);
        Assert.EndsWith(".", ex.Detail, StringComparison.Ordinal);
        return ex;
    }
}
