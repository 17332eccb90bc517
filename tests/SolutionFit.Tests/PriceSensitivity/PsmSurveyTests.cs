using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PsmSurveyTests
{
    private static readonly double?[] Two = [1.0, 2.0];

    /// <summary>A sequence whose length is not known before it is enumerated.</summary>
    public static IEnumerable<T> Lazy<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }
    }

    public static TheoryData<string> ColumnShapes => ["array", "list", "lazy"];

    private static IEnumerable<double?> Shaped(string shape, double?[] column) => shape switch
    {
        "array" => column,
        "list" => column.ToList(),
        _ => Lazy(column),
    };

    [Fact]
    public void Constructor_NullColumns_Throw()
    {
        Assert.Throws<ArgumentNullException>("cheap", () => new PsmSurvey(null, null!, Two, Two));
        Assert.Throws<ArgumentNullException>("expensive", () => new PsmSurvey(null, Two, null!, Two));
        Assert.Throws<ArgumentNullException>("tooExpensive", () => new PsmSurvey(null, Two, Two, null!));
    }

    /// <summary>Asserts an <see cref="InvalidInputException"/> with its parameter, row and column.</summary>
    internal static InvalidInputException AssertInvalid(string paramName, int? index, string? field, Func<object?> testCode)
    {
        var ex = Assert.Throws<InvalidInputException>(paramName, testCode);
        Assert.Equal(index, ex.Index);
        Assert.Equal(field, ex.Field);
        Assert.Null(ex.ItemId);
        Assert.StartsWith($"{ex.Detail} (Parameter '{paramName}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(index is { } i ? $"index {i}" : field ?? paramName, ex.Message, StringComparison.Ordinal);
        return ex;
    }

    [Fact]
    public void Constructor_NoRespondent_Throws() => AssertInvalid("cheap", null, "cheap", () => new PsmSurvey(null, [], [], []));

    [Fact]
    public void Constructor_ColumnOfAnotherLength_ThrowsNamingIt()
    {
        AssertInvalid("expensive", null, "expensive", () => new PsmSurvey(null, Two, [1.0], Two));
        AssertInvalid("tooCheap", null, "tooCheap", () => new PsmSurvey([1.0, 2, 3], Two, Two, Two));
        AssertInvalid("weights", null, "weights", () => new PsmSurvey(null, Two, Two, Two, weights: [1.0]));
        AssertInvalid("purchaseIntentExpensive", null, "purchaseIntentExpensive", () => new PsmSurvey(null, Two, Two, Two, purchaseIntentCheap: [1, 2], purchaseIntentExpensive: [1]));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1.0)]
    public void Constructor_BadPrice_ThrowsWithTheRowAndColumn(double bad)
    {
        var ex = AssertInvalid("tooExpensive", 1, "tooExpensive", () => new PsmSurvey(null, Two, Two, [3.0, bad]));
        Assert.Equal($"The too expensive price must be a finite number >= 0, but is {Guard.Format(bad)}.", ex.Detail);
    }

    [Theory]
    [MemberData(nameof(ColumnShapes))]
    public void Constructor_ColumnsOfAnyShape_CheckedAlike(string shape)
    {
        double?[] many = [.. Enumerable.Range(1, 40).Select(i => (double?)i)];
        Assert.Equal(40, new PsmSurvey(null, Shaped(shape, many), Shaped(shape, many), Shaped(shape, many)).Count);
        AssertInvalid("cheap", null, "cheap", () => new PsmSurvey(null, Shaped(shape, []), Two, Two));
        AssertInvalid("expensive", null, "expensive", () => new PsmSurvey(null, Two, Shaped(shape, [1.0]), Two));
        AssertInvalid("tooExpensive", null, "tooExpensive", () => new PsmSurvey(null, Two, Two, Shaped(shape, [1.0, 2, 3])));
        var cheap = AssertInvalid("cheap", 1, "cheap", () => new PsmSurvey(null, Shaped(shape, [1.0, double.NegativeInfinity]), Two, Two));
        Assert.Equal("The cheap price must be a finite number >= 0, but is -Infinity.", cheap.Detail);
        var tooCheap = AssertInvalid("tooCheap", 1, "tooCheap", () => new PsmSurvey(Shaped(shape, [null, -1.0]), Two, Two, Two));
        Assert.StartsWith("The too cheap price", tooCheap.Detail, StringComparison.Ordinal);
        AssertInvalid("expensive", 39, "expensive", () => new PsmSurvey(null, many, Shaped(shape, [.. many[..^1], -1.0]), many));
    }

    [Theory]
    [MemberData(nameof(ColumnShapes))]
    public void Constructor_WrongLengthAndBadPrice_ReportsTheLength(string shape)
    {
        AssertInvalid("expensive", null, "expensive", () => new PsmSurvey(null, Two, Shaped(shape, [-1.0]), Two));
        AssertInvalid("tooCheap", null, "tooCheap", () => new PsmSurvey(Shaped(shape, [1.0, 2, double.NaN]), Two, Two, Two));
    }

    [Theory]
    [MemberData(nameof(ColumnShapes))]
    public void Constructor_EveryTooCheapAnswerMissing_IsThreeQuestion(string shape)
    {
        Assert.True(new PsmSurvey(Shaped(shape, [null, null]), Two, Two, Two).IsThreeQuestion);
        Assert.False(new PsmSurvey(Shaped(shape, [null, 0.5]), Two, Two, Two).IsThreeQuestion);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.5)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_BadWeight_ThrowsWithTheRow(double bad)
    {
        var ex = AssertInvalid("weights", 1, "weights", () => new PsmSurvey(null, Two, Two, Two, weights: [1.0, bad]));
        Assert.Equal($"The weight must be a finite number >= 0, but is {Guard.Format(bad)}.", ex.Detail);
    }

    [Fact]
    public void Constructor_OneIntentionColumn_Throws()
    {
        AssertInvalid("purchaseIntentExpensive", null, "purchaseIntentExpensive", () => new PsmSurvey(null, Two, Two, Two, purchaseIntentCheap: [1, 2]));
        AssertInvalid("purchaseIntentCheap", null, "purchaseIntentCheap", () => new PsmSurvey(null, Two, Two, Two, purchaseIntentExpensive: [1, 2]));
    }

    [Fact]
    public void FromThresholds_BadArguments_ThrowNamingThem()
    {
        Assert.Throws<ArgumentNullException>("respondents", () => PsmSurvey.FromThresholds(null!));
        AssertInvalid("respondents", null, null, () => PsmSurvey.FromThresholds([]));
        AssertInvalid("respondents", 1, null, () => PsmSurvey.FromThresholds([new PriceThresholds(1, 2, 3, 4), null!]));
    }

    [Fact]
    public void Constructor_BadColumns_ThrowSayingWhy()
    {
        Assert.Equal("A survey needs at least one respondent, but the cheap column is empty.", Assert.Throws<InvalidInputException>("cheap", () => new PsmSurvey(null, [], [], [])).Detail);
        Assert.Equal("The expensive price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("expensive", () => new PsmSurvey(null, [1.0], [-1.0], [3.0])).Detail);
        Assert.Equal(
            "Purchase intentions need both columns, at the cheap and at the expensive price, or neither.",
            Assert.Throws<InvalidInputException>("purchaseIntentExpensive", () => new PsmSurvey(null, [1.0], [2.0], [3.0], purchaseIntentCheap: [5])).Detail);
        Assert.Equal(
            "Every column needs one value per respondent: 1 in the cheap column, but 2 in purchaseIntentCheap.",
            Assert.Throws<InvalidInputException>("purchaseIntentCheap", () => new PsmSurvey(null, [1.0], [2.0], [3.0], purchaseIntentCheap: [5, 4], purchaseIntentExpensive: [4])).Detail);
        Assert.Equal(
            "Every column needs one value per respondent: 1 in the cheap column, but 2 in tooExpensive.",
            Assert.Throws<InvalidInputException>("tooExpensive", () => new PsmSurvey(null, [1.0], [2.0], [3.0, 4.0])).Detail);
        Assert.Equal("A survey needs at least one respondent.", Assert.Throws<InvalidInputException>("respondents", () => PsmSurvey.FromThresholds([])).Detail);
    }

    [Fact]
    public void Constructor_BadAnswerInTheFirstRow_ThrowsNamingTheFirstBadRow()
    {
        // The first row is row 0, for an array column and for a lazy one; with several bad answers the first is named.
        var array = Assert.Throws<InvalidInputException>("expensive", () => new PsmSurvey(null, new double?[] { 1.0, 1.0 }, new double?[] { -1.0, 2.0 }, new double?[] { 3.0, 3.0 }));
        Assert.Equal(0, Assert.Throws<InvalidInputException>("expensive", () => new PsmSurvey(null, new List<double?> { 1.0 }, new List<double?> { -1.0 }, new List<double?> { 3.0 })).Index);
        Assert.Equal((0, "expensive"), (array.Index, array.Field));
        var lazy = Assert.Throws<InvalidInputException>("expensive", () => new PsmSurvey(null, [1.0, 1.0, 1.0], Lazy(-1.0, -2.0, 2.0), [3.0, 3.0, 3.0]));
        Assert.Equal((0, "The expensive price must be a finite number >= 0, but is -1."), (lazy.Index, lazy.Detail));
        var later = Assert.Throws<InvalidInputException>("expensive", () => new PsmSurvey(null, [1.0, 1.0, 1.0], Lazy(2.0, double.NaN, -3.0), [3.0, 3.0, 3.0]));
        Assert.Equal(1, later.Index);
        Assert.Equal(
            "Every column needs one value per respondent: 3 in the cheap column, but 2 in purchaseIntentExpensive.",
            Assert.Throws<InvalidInputException>("purchaseIntentExpensive", () => new PsmSurvey(null, [1.0, 1.0, 1.0], [2.0, 2.0, 2.0], [3.0, 3.0, 3.0], purchaseIntentCheap: [5, 4, 3], purchaseIntentExpensive: [4, 3])).Detail);

        static IEnumerable<double?> Lazy(params double[] values)
        {
            foreach (var v in values)
            {
                yield return v;
            }
        }
    }

    [Fact]
    public void Constructor_AnswersInThePriceThresholdsOrder_AreTheSurveysColumns()
    {
        // Too cheap, cheap, expensive, too expensive: the order of PriceThresholds.
        var survey = new PsmSurvey([1.0], [2.0], [3.0], [4.0]);
        var fromThresholds = PsmSurvey.FromThresholds([new PriceThresholds(1, 2, 3, 4)]);

        Assert.Equal([1.0], survey.TooCheap!);
        Assert.Equal([2.0], survey.Cheap);
        Assert.Equal([3.0], survey.Expensive);
        Assert.Equal([4.0], survey.TooExpensive);
        Assert.Equal(PriceSensitivityMeter.Analyze(fromThresholds).ToString(), PriceSensitivityMeter.Analyze(survey).ToString());
        Assert.False(survey.IsThreeQuestion);
        Assert.True(new PsmSurvey(null, [2.0], [3.0], [4.0]).IsThreeQuestion);
    }
}
