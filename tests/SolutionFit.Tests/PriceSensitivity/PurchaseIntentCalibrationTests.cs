using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary><see cref="PurchaseIntentCalibration"/>: invalid scales and probabilities are refused with the parameter, the position and a message saying what is wrong.</summary>
public sealed class PurchaseIntentCalibrationTests
{
    [Fact]
    public void Constructor_InvalidScaleOrProbabilities_MessagesSayWhatIsWrong()
    {
        Assert.Equal("The intention scale needs at least one point.", Assert.Throws<InvalidInputException>("scale", () => new PurchaseIntentCalibration([], [])).Detail);
        var repeated = Assert.Throws<InvalidInputException>("scale", () => new PurchaseIntentCalibration([5, 4, 5], [0.7, 0.5, 0.3]));
        Assert.Equal("The intention scale repeats the point 5: 5, 4, 5.", repeated.Detail);
        Assert.Equal(2, repeated.Index);
        Assert.StartsWith("The scale has 2 points, but 3 probabilities are", Assert.Throws<InvalidInputException>("probabilities", () => new PurchaseIntentCalibration([5, 4], [0.7, 0.5, 0.3])).Detail, StringComparison.Ordinal);
        Assert.Equal("The probability at the too-cheap price must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("tooCheap", () => new PurchaseIntentCalibration([5], [0.5], tooCheap: 2)).Detail);
        Assert.Equal("The probability at the too-expensive price must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("tooExpensive", () => new PurchaseIntentCalibration([5], [0.5], tooExpensive: 2)).Detail);
    }

    [Fact]
    public void Constructor_BadArguments_ThrowNamingThem()
    {
        Assert.Throws<ArgumentNullException>("scale", () => new PurchaseIntentCalibration(null!, [0.5]));
        Assert.Throws<ArgumentNullException>("probabilities", () => new PurchaseIntentCalibration([1], null!));
        PsmSurveyTests.AssertInvalid("scale", null, null, () => new PurchaseIntentCalibration([], []));
        PsmSurveyTests.AssertInvalid("scale", 2, null, () => new PurchaseIntentCalibration([1, 2, 1], [0.5, 0.5, 0.5]));
        PsmSurveyTests.AssertInvalid("probabilities", null, null, () => new PurchaseIntentCalibration([1, 2], [0.5]));
        var probability = PsmSurveyTests.AssertInvalid("probabilities", 1, null, () => new PurchaseIntentCalibration([2, 1], [0.5, 1.5]));
        Assert.Equal("The probability of intention 1 must be a finite number in [0, 1], but is 1.5.", probability.Detail);
        PsmSurveyTests.AssertInvalid("tooCheap", null, null, () => new PurchaseIntentCalibration([1], [0.5], tooCheap: -1));
        PsmSurveyTests.AssertInvalid("tooExpensive", null, null, () => new PurchaseIntentCalibration([1], [0.5], tooExpensive: double.NaN));
        Assert.Equal([5, 4, 3, 2, 1], PurchaseIntentCalibration.Default.Scale);
        Assert.Equal([0.7, 0.5, 0.3, 0.1, 0.0], PurchaseIntentCalibration.Default.Probabilities);
    }
}
