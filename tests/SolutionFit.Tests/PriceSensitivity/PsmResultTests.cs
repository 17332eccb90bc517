using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary><see cref="PsmResult.ReactionSharesAt"/>: a bad price is named, and shares need consistent respondents; the smile optimum is null when inconsistent respondents were kept.</summary>
public sealed class PsmResultTests
{
    [Fact]
    public void ReactionSharesAt_NegativePrice_ThrowsNamingPrice()
    {
        var result = PriceSensitivityMeter.Analyze(new PsmSurvey([1.0, 1.5], [2.0, 3.0], [4.0, 5.0], [6.0, 7.0]));

        Assert.Equal("The price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("price", () => result.ReactionSharesAt(-1)).Detail);
    }

    [Fact]
    public void ReactionSharesAt_InconsistentRespondentsKept_ThrowsSayingWhy()
    {
        var survey = new PsmSurvey([1.0, 1.5, 1.0], [2.0, 3.0, 5.0], [4.0, 5.0, 4.0], [6.0, 7.0, 6.0]);

        var kept = PriceSensitivityMeter.Analyze(survey, new PsmOptions { ExcludeInconsistent = false });

        Assert.Equal(
            "Reaction shares need consistent respondents, but 1 inconsistent respondent(s) were kept; analyse with ExcludeInconsistent on.",
            Assert.Throws<InvalidOperationException>(() => kept.ReactionSharesAt(4.5)).Message);
    }

    [Fact]
    public void OptimalRange_EndsMeet_IsAnEmptyRangeNotNull()
    {
        // Too cheap and cheap at 1, expensive and too expensive at 2 (kept with validation off): the optimal and the
        // indifference price point are both 2, so the optimal range is the empty range [2, 2), which is not "no range".
        var result = PriceSensitivityMeter.Analyze(new PsmSurvey([1.0], [1.0], [2.0], [2.0]), new PsmOptions { ExcludeInconsistent = false });

        Assert.Equal((2.0, 2.0), (result.OptimalPricePoint, result.IndifferencePricePoint));
        Assert.Equal(new PriceRange(2, 2), result.OptimalRange);
    }

    [Fact]
    public void ReactionSharesAt_InconsistentKeptButNone_AreGiven()
    {
        var result = PriceSensitivityMeter.Analyze(new PsmSurvey([1.0, 1.5], [2.0, 3.0], [4.0, 5.0], [6.0, 7.0]), new PsmOptions { ExcludeInconsistent = false });

        var shares = result.ReactionSharesAt(5);
        Assert.Equal(1.0, shares.TooCheap + shares.Bargain + shares.Fair + shares.Grumble + shares.TooExpensive, 12);
    }

    [Fact]
    public void SmileOptimum_InconsistentKept_IsNull()
    {
        var survey = new PsmSurvey([1.0, 1.5, 1.0], [2.0, 3.0, 5.0], [4.0, 5.0, 4.0], [6.0, 7.0, 6.0]);

        var kept = PriceSensitivityMeter.Analyze(survey, new PsmOptions { ExcludeInconsistent = false });
        var excluded = PriceSensitivityMeter.Analyze(survey);

        Assert.Null(kept.SmileOptimum);
        Assert.Throws<InvalidOperationException>(() => kept.ReactionSharesAt(3));
        Assert.Equal(excluded.ReactionSharesAt(excluded.SmileOptimum!.Value.Price), excluded.SmileOptimum.Value);
    }

    [Fact]
    public void SmileOptimum_InconsistentKeptButNone_IsGiven()
    {
        var result = PriceSensitivityMeter.Analyze(new PsmSurvey([1.0, 1.5], [2.0, 3.0], [4.0, 5.0], [6.0, 7.0]), new PsmOptions { ExcludeInconsistent = false });

        Assert.NotNull(result.SmileOptimum);
        Assert.Equal(result.ReactionSharesAt(result.SmileOptimum.Value.Price), result.SmileOptimum.Value);
    }
}
