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
        Assert.Throws<ArgumentNullException>("cheap", () => new PsmSurvey(null!, Two, Two));
        Assert.Throws<ArgumentNullException>("expensive", () => new PsmSurvey(Two, null!, Two));
        Assert.Throws<ArgumentNullException>("tooExpensive", () => new PsmSurvey(Two, Two, null!));
    }

    [Fact]
    public void Constructor_NoRespondent_Throws() => Assert.Throws<ArgumentException>("cheap", () => new PsmSurvey([], [], []));

    [Fact]
    public void Constructor_ColumnOfAnotherLength_ThrowsNamingIt()
    {
        Assert.Throws<ArgumentException>("expensive", () => new PsmSurvey(Two, [1.0], Two));
        Assert.Throws<ArgumentException>("tooCheap", () => new PsmSurvey(Two, Two, Two, [1.0, 2, 3]));
        Assert.Throws<ArgumentException>("weights", () => new PsmSurvey(Two, Two, Two, weights: [1.0]));
        Assert.Throws<ArgumentException>("purchaseIntentExpensive", () => new PsmSurvey(Two, Two, Two, purchaseIntentCheap: [1, 2], purchaseIntentExpensive: [1]));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1.0)]
    public void Constructor_BadPrice_ThrowsNamingTheRowAndColumn(double bad)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("tooExpensive", () => new PsmSurvey(Two, Two, [3.0, bad]));
        Assert.Contains("Row 1: the too expensive price", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ColumnShapes))]
    public void Constructor_ColumnsOfAnyShape_CheckedAlike(string shape)
    {
        double?[] many = [.. Enumerable.Range(1, 40).Select(i => (double?)i)];
        Assert.Equal(40, new PsmSurvey(Shaped(shape, many), Shaped(shape, many), Shaped(shape, many)).Count);
        Assert.Throws<ArgumentException>("cheap", () => new PsmSurvey(Shaped(shape, []), Two, Two));
        Assert.Throws<ArgumentException>("expensive", () => new PsmSurvey(Two, Shaped(shape, [1.0]), Two));
        Assert.Throws<ArgumentException>("tooExpensive", () => new PsmSurvey(Two, Two, Shaped(shape, [1.0, 2, 3])));
        var cheap = Assert.Throws<ArgumentOutOfRangeException>("cheap", () => new PsmSurvey(Shaped(shape, [1.0, double.NegativeInfinity]), Two, Two));
        Assert.Contains("Row 1: the cheap price must be a finite number >= 0 (or missing), but is -Infinity.", cheap.Message, StringComparison.Ordinal);
        Assert.Equal(double.NegativeInfinity, cheap.ActualValue);
        var tooCheap = Assert.Throws<ArgumentOutOfRangeException>("tooCheap", () => new PsmSurvey(Two, Two, Two, Shaped(shape, [null, -1.0])));
        Assert.Contains("Row 1: the too cheap price", tooCheap.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ColumnShapes))]
    public void Constructor_WrongLengthAndBadPrice_ReportsTheLength(string shape)
    {
        Assert.Throws<ArgumentException>("expensive", () => new PsmSurvey(Two, Shaped(shape, [-1.0]), Two));
        Assert.Throws<ArgumentException>("tooCheap", () => new PsmSurvey(Two, Two, Two, Shaped(shape, [1.0, 2, double.NaN])));
    }

    [Theory]
    [MemberData(nameof(ColumnShapes))]
    public void Constructor_EveryTooCheapAnswerMissing_IsThreeQuestion(string shape)
    {
        Assert.True(new PsmSurvey(Two, Two, Two, Shaped(shape, [null, null])).IsThreeQuestion);
        Assert.False(new PsmSurvey(Two, Two, Two, Shaped(shape, [null, 0.5])).IsThreeQuestion);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.5)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_BadWeight_ThrowsNamingTheRow(double bad)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("weights", () => new PsmSurvey(Two, Two, Two, weights: [1.0, bad]));
        Assert.Contains("Row 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OneIntentionColumn_Throws()
    {
        Assert.Throws<ArgumentException>("purchaseIntentExpensive", () => new PsmSurvey(Two, Two, Two, purchaseIntentCheap: [1, 2]));
        Assert.Throws<ArgumentException>("purchaseIntentCheap", () => new PsmSurvey(Two, Two, Two, purchaseIntentExpensive: [1, 2]));
    }

    [Fact]
    public void FromThresholds_Guards()
    {
        Assert.Throws<ArgumentNullException>("respondents", () => PsmSurvey.FromThresholds(null!));
        Assert.Throws<ArgumentException>("respondents", () => PsmSurvey.FromThresholds([]));
        Assert.Throws<ArgumentException>("respondents", () => PsmSurvey.FromThresholds([null!]));
    }

    [Fact]
    public void Options_Guards()
    {
        Assert.Throws<ArgumentOutOfRangeException>(nameof(PsmOptions.Method), () => new PsmOptions { Method = (PsmMethod)5 });
        Assert.Throws<ArgumentOutOfRangeException>(nameof(PsmOptions.AcceptableRange), () => new PsmOptions { AcceptableRange = (PsmAcceptableRange)5 });
        Assert.Throws<ArgumentOutOfRangeException>(nameof(PsmOptions.Intersection), () => new PsmOptions { Intersection = (PsmIntersection)5 });
        Assert.Throws<ArgumentOutOfRangeException>(nameof(PsmOptions.InterpolationStep), () => new PsmOptions { InterpolationStep = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(nameof(PsmOptions.InterpolationStep), () => new PsmOptions { InterpolationStep = double.NaN });
        Assert.Throws<ArgumentNullException>(nameof(PsmOptions.Calibration), () => new PsmOptions { Calibration = null! });
        Assert.Null(PsmOptions.Default.InterpolationStep);
        Assert.True(PsmOptions.Default.Validate);
    }

    [Fact]
    public void Calibration_Guards()
    {
        Assert.Throws<ArgumentNullException>("scale", () => new PurchaseIntentCalibration(null!, [0.5]));
        Assert.Throws<ArgumentNullException>("probabilities", () => new PurchaseIntentCalibration([1], null!));
        Assert.Throws<ArgumentException>("scale", () => new PurchaseIntentCalibration([], []));
        Assert.Throws<ArgumentException>("scale", () => new PurchaseIntentCalibration([1, 1], [0.5, 0.5]));
        Assert.Throws<ArgumentException>("probabilities", () => new PurchaseIntentCalibration([1, 2], [0.5]));
        Assert.Throws<ArgumentOutOfRangeException>("probabilities", () => new PurchaseIntentCalibration([1], [1.5]));
        Assert.Throws<ArgumentOutOfRangeException>("tooCheap", () => new PurchaseIntentCalibration([1], [0.5], tooCheap: -1));
        Assert.Throws<ArgumentOutOfRangeException>("tooExpensive", () => new PurchaseIntentCalibration([1], [0.5], tooExpensive: double.NaN));
        Assert.Equal([5, 4, 3, 2, 1], PurchaseIntentCalibration.Default.Scale);
        Assert.Equal([0.7, 0.5, 0.3, 0.1, 0.0], PurchaseIntentCalibration.Default.Probabilities);
    }
}
