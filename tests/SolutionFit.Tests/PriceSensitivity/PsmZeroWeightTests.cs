using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>The zero-total-weight rule counts only the respondents used.</summary>
public sealed class PsmZeroWeightTests
{
    [Fact]
    public void Analyze_UsedRespondentsWeighZero_ThrowsOnWeights_ThoughADroppedOneWeighsMore()
    {
        // Respondent 0 is valid (1 < 2 < 3 < 4) with weight 0; respondent 1 has cheap 5 above expensive 3, so validation
        // drops it, and its weight 5 does not count: the respondents used weigh 0.
        var survey = new PsmSurvey([2.0, 5], [3.0, 3], [4.0, 4], [1.0, 1], weights: [0, 5]);

        var ex = PsmSurveyTests.AssertInvalid("survey", null, "weights", () => PriceSensitivityMeter.Analyze(survey));

        Assert.Equal("The respondents used have a total weight of 0, but at least one needs a positive weight.", ex.Detail);
    }

    [Fact]
    public void Analyze_ValidationOffAndEveryWeightZero_ThrowsOnWeights()
    {
        // Without validation both respondents are used; their weights are 0 and 0.
        var survey = new PsmSurvey([2.0, 5], [3.0, 3], [4.0, 4], [1.0, 1], weights: [0, 0]);

        var ex = PsmSurveyTests.AssertInvalid("survey", null, "weights", () => PriceSensitivityMeter.Analyze(survey, new PsmOptions { Validate = false }));

        Assert.Equal("The respondents used have a total weight of 0, but at least one needs a positive weight.", ex.Detail);
    }
}
