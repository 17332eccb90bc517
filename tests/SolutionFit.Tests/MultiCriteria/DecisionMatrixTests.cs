using SolutionFit.MultiCriteria;
using static SolutionFit.Tests.MultiCriteria.McdaAssert;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>The decision matrix: weights normalised, inputs copied, read-only views, and every bad argument located.</summary>
public sealed class DecisionMatrixTests
{
    private static DecisionMatrix Matrix(double[][]? values = null, Criterion[]? criteria = null, double[]? weights = null) =>
        new(["a", "b", "c"], criteria ?? [Criterion.Cost("price"), Criterion.Benefit("fit")], values ?? [[10, 0.5], [20, 0.9], [15, 0.7]], weights ?? [1, 1]);

    [Fact]
    public void Constructor_Weights_AreNormalisedToSumOne()
    {
        var matrix = Matrix(weights: [1, 3]);

        Assert.Equal([0.25, 0.75], matrix.Weights);
        Assert.Equal(20, matrix[1, 0]);
    }

    [Fact]
    public void Constructor_WeightsSummingPast1e308_AreNotAllZero()
    {
        var matrix = new DecisionMatrix(["p", "q"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 0], [0, 2]], [1e308, 1e308]);

        Assert.Equal([0.5, 0.5], matrix.Weights);
        var ranking = MultiCriteriaRanking.WeightedSum(matrix, Normalization.MinMax);
        Assert.Equal([1, 1], ranking.Ranks.Min); // 0.5 each: a genuine tie, not 0 = 0
        Assert.Equal(0.5, ranking.Scores[0]);
    }

    [Fact]
    public void Constructor_WeightsChangedAfterwards_MatrixKeepsItsCopy()
    {
        var weights = new[] { 1.0, 3.0 };
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 2], [2, 1]], weights);

        weights[0] = 100;

        Assert.Equal([0.25, 0.75], matrix.Weights);
    }

    [Fact]
    public void Lists_CastToArrays_AreNotArrays()
    {
        var matrix = Matrix();

        Assert.False(matrix.Alternatives is string[]);
        Assert.False(matrix.Criteria is Criterion[]);
        Assert.False(matrix.Weights is double[]);
        Assert.Throws<NotSupportedException>(() => ((IList<double>)matrix.Weights)[0] = 1);
    }

    [Fact]
    public void Constructor_NullArgument_ThrowsArgumentNull()
    {
        Criterion[] two = [Criterion.Benefit("x"), Criterion.Benefit("y")];
        Assert.Throws<ArgumentNullException>("alternatives", () => new DecisionMatrix(null!, two, [[1, 2]], [1, 1]));
        Assert.Throws<ArgumentNullException>("criteria", () => new DecisionMatrix(["a"], null!, [[1, 2]], [1, 1]));
        Assert.Throws<ArgumentNullException>("values", () => new DecisionMatrix(["a"], two, null!, [1, 1]));
        Assert.Throws<ArgumentNullException>("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], null!));
    }

    [Fact]
    public void Constructor_BadNames_ThrowNamingTheItem()
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
    public void Constructor_BadRows_ThrowNamingTheAlternativeAndCriterion()
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
    public void Constructor_RepeatedCriterionOrWrongRowCount_MessageSaysWhere()
    {
        var criterionTwice = Assert.Throws<InvalidInputException>("criteria", () => new DecisionMatrix(["a"], [Criterion.Benefit("x"), Criterion.Cost("x")], [[1.0, 2.0]], [1.0, 1.0]));
        Assert.Equal(("The criterion 'x' appears more than once; names must be unique.", 1, "x"), (criterionTwice.Detail, criterionTwice.Index, criterionTwice.ItemId));

        var tooMany = Assert.Throws<InvalidInputException>("values", () => new DecisionMatrix(["a", "b"], [Criterion.Benefit("x")], [[1.0], [2.0], [3.0]], [1.0]));
        Assert.Equal(("The matrix has 3 row(s) but there are 2 alternative(s).", 2, null), (tooMany.Detail, tooMany.Index, tooMany.ItemId));
        var tooFew = Assert.Throws<InvalidInputException>("values", () => new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x")], [[1.0]], [1.0]));
        Assert.Equal((null, "b"), (tooFew.Index, tooFew.ItemId));
    }

    [Fact]
    public void Constructor_BadWeights_ThrowNamingTheCriterion()
    {
        Criterion[] two = [Criterion.Benefit("x"), Criterion.Benefit("y")];
        Invalid("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], [1]));
        var negative = Invalid("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], [1, -1]), index: 1, itemId: "y");
        Assert.Equal("The weight of criterion 'y' must be a finite number >= 0, but is -1.", negative.Detail);
        Invalid("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], [double.PositiveInfinity, 1]), index: 0, itemId: "x");
        Invalid("weights", () => new DecisionMatrix(["a"], two, [[1, 2]], [0, 0]));
    }
}
