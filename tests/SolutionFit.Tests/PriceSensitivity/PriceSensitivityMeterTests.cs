using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PriceSensitivityMeterTests
{
    private static PsmSurvey Survey(params (double? TooCheap, double? Cheap, double? Expensive, double? TooExpensive)[] rows) =>
        new(rows.Select(r => r.Cheap), rows.Select(r => r.Expensive), rows.Select(r => r.TooExpensive), rows.Select(r => r.TooCheap));

    [Fact]
    public void Analyze_SingleRespondent_FollowsEachVersionsBoundaryRule()
    {
        var survey = Survey((1, 2, 3, 4));

        var interpolated = PriceSensitivityMeter.Analyze(survey);
        var classic = PriceSensitivityMeter.Analyze(survey, new PsmOptions { Method = PsmMethod.Classic });

        Assert.Equal((2.0, 2.0, 3.0, 4.0), (interpolated.PointOfMarginalCheapness!.Value, interpolated.OptimalPricePoint!.Value, interpolated.IndifferencePricePoint!.Value, interpolated.PointOfMarginalExpensiveness!.Value));
        Assert.Equal((1.0, 1.0, 2.0, 3.0), (classic.PointOfMarginalCheapness!.Value, classic.OptimalPricePoint!.Value, classic.IndifferencePricePoint!.Value, classic.PointOfMarginalExpensiveness!.Value));
        Assert.Equal(new PriceRange(2, 4), interpolated.AcceptableRange);
        Assert.Equal(new PriceRange(2, 3), interpolated.OptimalRange);
    }

    [Fact]
    public void Analyze_ThreeQuestions_HasNoTooCheapCurvePmcOrOpp()
    {
        var survey = new PsmSurvey([5.0, 6, 6], [10.0, 12, 14], [15.0, 16, 20]);

        var result = PriceSensitivityMeter.Analyze(survey);

        Assert.True(survey.IsThreeQuestion);
        Assert.Null(result.Curves.TooCheap);
        Assert.Null(result.PointOfMarginalCheapness);
        Assert.Null(result.OptimalPricePoint);
        Assert.Null(result.AcceptableRange);
        Assert.NotNull(result.IndifferencePricePoint);
        Assert.NotNull(result.PointOfMarginalExpensiveness);
        Assert.Equal(0.0, result.ReactionSharesAt(0).TooCheap);
        Assert.Equal(1.0, result.ReactionSharesAt(0).Bargain);
    }

    [Fact]
    public void Analyze_AllTooCheapMissing_IsThreeQuestions()
    {
        var survey = new PsmSurvey([5.0, 6], [10.0, 12], [15.0, 16], [null, null]);

        Assert.True(survey.IsThreeQuestion);
        Assert.Null(PriceSensitivityMeter.Analyze(survey).OptimalPricePoint);
    }

    [Fact]
    public void Analyze_ThreeQuestionNms_ReachPeaksAtTheLowestPriceInterpolatedOnly()
    {
        // 1.3.3 extends each respondent's cheap-price probability to every lower price; 1.3.0 uses 0 outside the anchors.
        var survey = new PsmSurvey([5.0, 6, 8], [10.0, 12, 14], [15.0, 16, 20], purchaseIntentCheap: [5, 4, 5], purchaseIntentExpensive: [3, 2, 3]);

        var interpolated = PriceSensitivityMeter.Analyze(survey).Nms!;
        var classic = PriceSensitivityMeter.Analyze(survey, new PsmOptions { Method = PsmMethod.Classic }).Nms!;

        Assert.Equal(5.0, interpolated.ReachOptimalPrice);
        Assert.Equal((0.7 + 0.5 + 0.7) / 3, interpolated.ReachMax, 1e-12);
        Assert.Equal((0.7 + 0.0 + 0.0) / 3, classic.Reach[0], 1e-12);
    }

    [Fact]
    public void Analyze_InvalidRespondents_AreDroppedAndReported()
    {
        var survey = Survey((1, 2, 3, 4), (2, 2, 3, 4), (1, null, 3, 4), (1, 2, 5, 4), (2, 3, 4, 5));

        var result = PriceSensitivityMeter.Analyze(survey);

        Assert.Equal((5, 3, 2), (result.TotalRespondents, result.InvalidRespondents, result.RespondentsUsed));
        Assert.Equal([1, 2, 3], result.Invalid.Select(r => r.Row));
        Assert.Equal([PsmProblem.NotIncreasing, PsmProblem.MissingAnswer, PsmProblem.NotIncreasing], result.Invalid.Select(r => r.Problem));
        Assert.Equal("row 1: cheap 2 is not above too cheap 2", result.Invalid[0].ToString());
        Assert.Equal("the cheap answer is missing", result.Invalid[1].Detail);
        Assert.Equal("too expensive 4 is not above expensive 5", result.Invalid[2].Detail);
        Assert.Equal([1.0, 2, 3, 4, 5], result.Curves.Prices);
    }

    [Fact]
    public void Analyze_ValidationOff_KeepsAndReportsInvalidRespondents_SharesRefused()
    {
        var survey = Survey((1, 2, 3, 4), (3, 2.5, 3, 4), (1, null, 3, 4));

        var result = PriceSensitivityMeter.Analyze(survey, new PsmOptions { Validate = false, Method = PsmMethod.Classic });

        Assert.Equal((3, 2, 3), (result.TotalRespondents, result.InvalidRespondents, result.RespondentsUsed));
        Assert.DoesNotContain(result.Invalid, r => r.Row == 0);
        // The cheap column has two answers (one is missing), its own denominator: at 2, one of two is at or below.
        Assert.Equal([1.0, 2, 2.5, 3, 4], result.Curves.Prices);
        Assert.Equal(0.5, result.Curves.Cheap[1]);
        Assert.Throws<InvalidOperationException>(() => result.ReactionSharesAt(2));
        Assert.Throws<InvalidOperationException>(() => result.SmileOptimum);
    }

    [Fact]
    public void ReactionSharesAt_CountsEachRespondentsInterval()
    {
        // Respondents (TC, CH, EX, TE): (10, 20, 30, 40), (15, 25, 35, 45), weight 3 and 1.
        var survey = new PsmSurvey([20.0, 25], [30.0, 35], [40.0, 45], [10.0, 15], weights: [3, 1]);
        var result = PriceSensitivityMeter.Analyze(survey);

        var at = result.ReactionSharesAt(22);

        // At 22 the first respondent (weight 3 of 4) is past cheap 20: fair; the second (15 <= 22 < 25): a bargain.
        Assert.Equal(0.0, at.TooCheap);
        Assert.Equal(0.25, at.Bargain);
        Assert.Equal(0.75, at.Fair);
        Assert.Equal(0.0, at.Grumble);
        Assert.Equal(0.0, at.TooExpensive);
        Assert.Equal(0.75, result.ReactionSharesAt(40)[PriceReaction.TooExpensive]);
        Assert.Equal(1.0, result.ReactionSharesAt(9.99).TooCheap);
    }

    [Fact]
    public void SmileOptimum_IsTheLowestPriceWithTheMostBargainAndFair()
    {
        var survey = new PsmSurvey([20.0, 25], [30.0, 35], [40.0, 45], [10.0, 15]);

        var best = PriceSensitivityMeter.Analyze(survey).SmileOptimum;

        // Both respondents smile or pay gladly from 15 (second's too cheap) up to below 30 (first's expensive).
        Assert.Equal(15, best.Price);
        Assert.Equal(1.0, best.Bargain + best.Fair);
    }

    [Fact]
    public void FromThresholds_BuildsAConsistentSurvey()
    {
        var survey = PsmSurvey.FromThresholds([new PriceThresholds(1, 2, 3, 4)]);

        Assert.Equal(1, survey.Count);
        Assert.False(survey.IsThreeQuestion || survey.IsWeighted || survey.HasPurchaseIntentions);
        Assert.Equal(2.0, PriceSensitivityMeter.Analyze(survey).PointOfMarginalCheapness);
    }

    [Fact]
    public void Analyze_NullSurvey_Throws() => Assert.Throws<ArgumentNullException>("survey", () => PriceSensitivityMeter.Analyze(null!));

    [Fact]
    public void Analyze_AllInvalid_ThrowsPointingAtTheFirst()
    {
        var ex = PsmSurveyTests.AssertInvalid("survey", 0, "cheap", () => PriceSensitivityMeter.Analyze(Survey((2, 1, 3, 4), (null, 1, 3, 4), (1, 2, 2, 4))));
        Assert.Equal("All 3 respondents have missing or not strictly increasing answers (first: cheap 1 is not above too cheap 2), so nothing is left to analyse.", ex.Detail);
        PsmSurveyTests.AssertInvalid("survey", 0, "tooExpensive", () => PriceSensitivityMeter.Analyze(Survey((1, 2, 3, null))));
    }

    [Fact]
    public void Analyze_AllInvalidThreeQuestions_PointsAtTheColumnOfTheFirstProblem() =>
        PsmSurveyTests.AssertInvalid("survey", 0, "tooExpensive", () => PriceSensitivityMeter.Analyze(new PsmSurvey([2.0], [3.0], [3.0])));

    [Fact]
    public void Analyze_ZeroTotalWeight_Throws() =>
        PsmSurveyTests.AssertInvalid("survey", null, "weights", () => PriceSensitivityMeter.Analyze(new PsmSurvey([2.0], [3.0], [4.0], [1.0], weights: [0])));

    [Fact]
    public void Analyze_ValidationOffWithAnUnansweredQuestion_Throws()
    {
        var ex = PsmSurveyTests.AssertInvalid("survey", null, "cheap", () => PriceSensitivityMeter.Analyze(new PsmSurvey([null, null], [3.0, 4], [4.0, 5], [1.0, 2]), new PsmOptions { Validate = false }));
        Assert.Equal("No respondent used answered the cheap question (or their weights are 0).", ex.Detail);
    }

    [Theory]
    [InlineData(7, 3, "purchaseIntentCheap", "The purchase intention at the cheap price is 7, not on the scale 5, 4, 3, 2, 1.")]
    [InlineData(null, 3, "purchaseIntentCheap", "The purchase intention at the cheap price is missing.")]
    [InlineData(5, 0, "purchaseIntentExpensive", "The purchase intention at the expensive price is 0, not on the scale 5, 4, 3, 2, 1.")]
    [InlineData(5, -2, "purchaseIntentExpensive", "The purchase intention at the expensive price is -2, not on the scale 5, 4, 3, 2, 1.")]
    [InlineData(5, null, "purchaseIntentExpensive", "The purchase intention at the expensive price is missing.")]
    public void Analyze_BadIntention_ThrowsWithTheRowAndColumn(int? cheap, int? expensive, string field, string detail)
    {
        var survey = new PsmSurvey([2.0, 2], [3.0, 3], [4.0, 4], [1.0, 1], purchaseIntentCheap: [5, cheap], purchaseIntentExpensive: [3, expensive]);

        var ex = PsmSurveyTests.AssertInvalid("survey", 1, field, () => PriceSensitivityMeter.Analyze(survey));
        Assert.Equal(detail, ex.Detail);
    }

    [Fact]
    public void Analyze_IntentionOfADroppedRespondent_IsNotChecked()
    {
        var survey = new PsmSurvey([2.0, 2], [3.0, 3], [4.0, 4], [1.0, 5], purchaseIntentCheap: [5, 9], purchaseIntentExpensive: [3, null]);

        Assert.Equal(1, PriceSensitivityMeter.Analyze(survey).RespondentsUsed);
    }

    [Fact]
    public void Analyze_StepMakingAHugeGrid_Throws() =>
        PsmSurveyTests.AssertInvalid("options", null, nameof(PsmOptions.InterpolationStep), () => PriceSensitivityMeter.Analyze(Survey((0, 1, 2, 1e6)), new PsmOptions { InterpolationStep = 0.01 }));

    [Fact]
    public void ReactionSharesAt_BadPrice_Throws()
    {
        var result = PriceSensitivityMeter.Analyze(Survey((1, 2, 3, 4)));

        PsmSurveyTests.AssertInvalid("price", null, null, () => result.ReactionSharesAt(double.NaN));
        PsmSurveyTests.AssertInvalid("price", null, null, () => result.ReactionSharesAt(-1));
    }

    [Fact]
    public void ReactionShares_IndexerRejectsAnUndefinedReaction() =>
        Assert.Throws<ArgumentOutOfRangeException>("reaction", () => default(PriceReactionShares)[(PriceReaction)9]);

    [Fact]
    public void ReactionShares_HaveValueEquality()
    {
        var result = PriceSensitivityMeter.Analyze(new PsmSurvey([20.0, 25], [30.0, 35], [40.0, 45], [10.0, 15]));

        Assert.True(result.ReactionSharesAt(15) == result.SmileOptimum with { });
        Assert.NotEqual(result.ReactionSharesAt(22), result.ReactionSharesAt(23));
        // Equals and GetHashCode agree: a set keeps one of two shares computed apart at the same price.
        Assert.Single(new HashSet<PriceReactionShares> { result.ReactionSharesAt(22), result.ReactionSharesAt(44 / 2.0), result.ReactionSharesAt(22) });
        Assert.Equal(2, new HashSet<PriceReactionShares> { result.ReactionSharesAt(22), result.ReactionSharesAt(23) }.Count);
        Assert.StartsWith("at 22: too cheap 0", result.ReactionSharesAt(22).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidRespondents_HaveValueEquality()
    {
        var survey = Survey((2, 2, 3, 4), (1, 2, 3, 4), (2, 2, 3, 4));
        var first = PriceSensitivityMeter.Analyze(survey).Invalid;
        var again = PriceSensitivityMeter.Analyze(survey).Invalid;

        Assert.Equal(first, again);
        Assert.True(first[0] == again[0]);
        Assert.True(first[0] != first[1]);
        Assert.Equal("row 2: cheap 2 is not above too cheap 2", first[1].ToString());
        Assert.Equal(string.Empty, default(PsmInvalidRespondent).Detail);
    }

    [Fact]
    public void Analyze_GridOfMaxGridPoints_IsAnalysed()
    {
        // 0 to 100 in steps of 1: 101 prices, the span's count.
        var survey = Survey((0, 10, 50, 100));
        var tally = PsmTally.FromSurvey(survey);
        Assert.Equal(101.0, tally.PriceSpan()!.Value.GridPoints(1.0));
        var result = PriceSensitivityMeter.Analyze(survey, new PsmOptions { InterpolationStep = 1.0, MaxGridPoints = 101 });
        Assert.Equal(101, result.Curves.Prices.Count);
        Assert.Equal(101, PriceSensitivityMeter.Analyze(tally, new PsmOptions { InterpolationStep = 1.0, MaxGridPoints = 101 }).Curves.Prices.Count);
    }

    [Fact]
    public void Analyze_GridPastMaxGridPoints_Throws()
    {
        var survey = Survey((0, 10, 50, 100));
        var ex = Assert.Throws<InvalidInputException>("options", () => PriceSensitivityMeter.Analyze(survey, new PsmOptions { InterpolationStep = 1.0, MaxGridPoints = 100 }));
        Assert.Equal("InterpolationStep", ex.Field);
        Assert.Equal("The interpolation step 1 makes a grid of 101 prices from 0 to 100, but at most 100 are allowed.", ex.Detail);
        var tally = PsmTally.FromSurvey(survey);
        Assert.Throws<InvalidInputException>("options", () => PriceSensitivityMeter.Analyze(tally, new PsmOptions { InterpolationStep = 1.0, MaxGridPoints = 100 }));
    }

    [Fact]
    public void Analyze_MaxGridPoints_LimitsOnlyARegularGrid()
    {
        // Without a step the grid is the distinct answers, however many.
        var survey = Survey((0, 10, 50, 100), (1, 11, 51, 101));
        Assert.Equal(8, PriceSensitivityMeter.Analyze(survey, new PsmOptions { MaxGridPoints = 1 }).Curves.Prices.Count);
    }
}
