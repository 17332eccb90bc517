using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PurchaseIntentCalibrationTests
{
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
