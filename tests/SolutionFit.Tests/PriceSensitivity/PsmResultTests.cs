using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary><see cref="PsmResult.ReactionSharesAt"/>: a bad price is named, and shares need consistent respondents.</summary>
public sealed class PsmResultTests
{
    [Fact]
    public void ReactionSharesAt_NegativePrice_ThrowsNamingPrice()
    {
        var result = PriceSensitivityMeter.Analyze(new PsmSurvey([2.0, 3.0], [4.0, 5.0], [6.0, 7.0], [1.0, 1.5]));

        Assert.Equal("The price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("price", () => result.ReactionSharesAt(-1)).Detail);
    }

    [Fact]
    public void ReactionSharesAt_InconsistentRespondentsKept_ThrowsSayingWhy()
    {
        var survey = new PsmSurvey([2.0, 3.0, 5.0], [4.0, 5.0, 4.0], [6.0, 7.0, 6.0], [1.0, 1.5, 1.0]);

        var kept = PriceSensitivityMeter.Analyze(survey, new PsmOptions { Validate = false });

        Assert.Equal(
            "Reaction shares need consistent respondents, but 1 inconsistent respondent(s) were kept with validation off; analyse with validation on.",
            Assert.Throws<InvalidOperationException>(() => kept.ReactionSharesAt(4.5)).Message);
    }
}
