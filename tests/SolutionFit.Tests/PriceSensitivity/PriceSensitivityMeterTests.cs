using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PriceSensitivityMeterTests
{
    private static PsmSurvey Survey(params (double? TooCheap, double? Cheap, double? Expensive, double? TooExpensive)[] rows) =>
        new(rows.Select(r => r.TooCheap), rows.Select(r => r.Cheap), rows.Select(r => r.Expensive), rows.Select(r => r.TooExpensive));

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
        var survey = new PsmSurvey(null, [5.0, 6, 6], [10.0, 12, 14], [15.0, 16, 20]);

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
        var survey = new PsmSurvey([null, null], [5.0, 6], [10.0, 12], [15.0, 16]);

        Assert.True(survey.IsThreeQuestion);
        Assert.Null(PriceSensitivityMeter.Analyze(survey).OptimalPricePoint);
    }

    [Fact]
    public void Analyze_ThreeQuestionNms_ReachPeaksAtTheLowestPriceInterpolatedOnly()
    {
        // 1.3.3 extends each respondent's cheap-price probability to every lower price; 1.3.0 uses 0 outside the anchors.
        var survey = new PsmSurvey(null, [5.0, 6, 8], [10.0, 12, 14], [15.0, 16, 20], purchaseIntentCheap: [5, 4, 5], purchaseIntentExpensive: [3, 2, 3]);

        var interpolated = PriceSensitivityMeter.Analyze(survey).Nms!;
        var classic = PriceSensitivityMeter.Analyze(survey, new PsmOptions { Method = PsmMethod.Classic }).Nms!;

        Assert.Equal(5.0, interpolated.ReachOptimalPrice);
        Assert.Equal((0.7 + 0.5 + 0.7) / 3, interpolated.ReachMax, 1e-12);
        Assert.Equal((0.7 + 0.0 + 0.0) / 3, classic.Reach[0], 1e-12);
    }

    [Fact]
    public void Analyze_InconsistentRespondents_AreExcludedAndReported()
    {
        var survey = Survey((1, 2, 3, 4), (2, 2, 3, 4), (1, null, 3, 4), (1, 2, 5, 4), (2, 3, 4, 5));

        var result = PriceSensitivityMeter.Analyze(survey);

        Assert.Equal((5, 3, 2), (result.TotalRespondents, result.ExcludedCount, result.RespondentsUsed));
        Assert.Equal([1, 2, 3], result.Excluded.Select(r => r.Row));
        Assert.Equal([PsmProblem.NotIncreasing, PsmProblem.MissingAnswer, PsmProblem.NotIncreasing], result.Excluded.Select(r => r.Problem));
        Assert.Equal("row 1: cheap 2 is not above too cheap 2", result.Excluded[0].ToString());
        Assert.Equal("the cheap answer is missing", result.Excluded[1].Detail);
        Assert.Equal("too expensive 4 is not above expensive 5", result.Excluded[2].Detail);
        Assert.Equal([1.0, 2, 3, 4, 5], result.Curves.Prices);
    }

    [Fact]
    public void Analyze_ExcludeInconsistentOff_KeepsAndReportsThem_SharesRefused()
    {
        var survey = Survey((1, 2, 3, 4), (3, 2.5, 3, 4), (1, null, 3, 4));

        var result = PriceSensitivityMeter.Analyze(survey, new PsmOptions { ExcludeInconsistent = false, Method = PsmMethod.Classic });

        Assert.Equal((3, 2, 3), (result.TotalRespondents, result.ExcludedCount, result.RespondentsUsed));
        Assert.DoesNotContain(result.Excluded, r => r.Row == 0);
        // The cheap column has two answers (one is missing), its own denominator: at 2, one of two is at or below.
        Assert.Equal([1.0, 2, 2.5, 3, 4], result.Curves.Prices);
        Assert.Equal(0.5, result.Curves.Cheap[1]);
        Assert.Throws<InvalidOperationException>(() => result.ReactionSharesAt(2));
        Assert.Null(result.SmileOptimum);
    }

    [Fact]
    public void ReactionSharesAt_CountsEachRespondentsInterval()
    {
        // Respondents (TC, CH, EX, TE): (10, 20, 30, 40), (15, 25, 35, 45), weight 3 and 1.
        var survey = new PsmSurvey([10.0, 15], [20.0, 25], [30.0, 35], [40.0, 45], weights: [3, 1]);
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
        var survey = new PsmSurvey([10.0, 15], [20.0, 25], [30.0, 35], [40.0, 45]);

        var best = PriceSensitivityMeter.Analyze(survey).SmileOptimum!.Value;

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
    public void Analyze_NullSurvey_Throws() => Assert.Throws<ArgumentNullException>("survey", () => PriceSensitivityMeter.Analyze((PsmSurvey)null!));

    [Fact]
    public void Analyze_AllInvalid_ThrowsPointingAtTheFirst()
    {
        var ex = PsmSurveyTests.AssertInvalid("survey", 0, "cheap", () => PriceSensitivityMeter.Analyze(Survey((2, 1, 3, 4), (null, 1, 3, 4), (1, 2, 2, 4))));
        Assert.Equal("All 3 respondents have missing or not strictly increasing answers (first: cheap 1 is not above too cheap 2), so nothing is left to analyse.", ex.Detail);
        PsmSurveyTests.AssertInvalid("survey", 0, "tooExpensive", () => PriceSensitivityMeter.Analyze(Survey((1, 2, 3, null))));
    }

    [Fact]
    public void Analyze_AllInvalidThreeQuestions_PointsAtTheColumnOfTheFirstProblem() =>
        PsmSurveyTests.AssertInvalid("survey", 0, "tooExpensive", () => PriceSensitivityMeter.Analyze(new PsmSurvey(null, [2.0], [3.0], [3.0])));

    [Fact]
    public void Analyze_ZeroTotalWeight_Throws() =>
        PsmSurveyTests.AssertInvalid("survey", null, "weights", () => PriceSensitivityMeter.Analyze(new PsmSurvey([1.0], [2.0], [3.0], [4.0], weights: [0])));

    [Fact]
    public void Analyze_ValidationOffWithAnUnansweredQuestion_Throws()
    {
        var ex = PsmSurveyTests.AssertInvalid("survey", null, "cheap", () => PriceSensitivityMeter.Analyze(new PsmSurvey([1.0, 2], [null, null], [3.0, 4], [4.0, 5]), new PsmOptions { ExcludeInconsistent = false }));
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
        var survey = new PsmSurvey([1.0, 1], [2.0, 2], [3.0, 3], [4.0, 4], purchaseIntentCheap: [5, cheap], purchaseIntentExpensive: [3, expensive]);

        var ex = PsmSurveyTests.AssertInvalid("survey", 1, field, () => PriceSensitivityMeter.Analyze(survey));
        Assert.Equal(detail, ex.Detail);
    }

    [Fact]
    public void Analyze_IntentionOfADroppedRespondent_IsNotChecked()
    {
        var survey = new PsmSurvey([1.0, 5], [2.0, 2], [3.0, 3], [4.0, 4], purchaseIntentCheap: [5, 9], purchaseIntentExpensive: [3, null]);

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

    [Fact]
    public void Analyze_EmptyTally_Throws()
    {
        var error = Assert.Throws<InvalidInputException>("tally", () => PriceSensitivityMeter.Analyze(new PsmTally(), null));

        Assert.Equal("A survey needs at least one respondent, but the tally is empty.", error.Detail);
    }

    [Fact]
    public void Analyze_TooCheapAnsweredOnlyWithWeightZero_Throws()
    {
        // Validation off keeps both rows; the only too-cheap answer weighs 0, so the too-cheap curve would be 0/0.
        var survey = new PsmSurvey([1.0, null], [2.0, 2.0], [3.0, 3.0], [4.0, 4.0], [0.0, 1.0]);

        var error = Assert.Throws<InvalidInputException>("survey", () => PriceSensitivityMeter.Analyze(survey, new PsmOptions { ExcludeInconsistent = false }));

        Assert.Equal("tooCheap", error.Field);
        Assert.Equal("No respondent used answered the too cheap question (or their weights are 0).", error.Detail);
    }

    [Fact]
    public void Analyze_GridOfOnePastMaxGridPoints_Throws()
    {
        // 0 to 10,000,000 in steps of 1 is 10,000,001 prices.
        var survey = new PsmSurvey([0.0], [1.0], [2.0], [10_000_000.0]);

        var error = Assert.Throws<InvalidInputException>("options", () => PriceSensitivityMeter.Analyze(survey, new PsmOptions { InterpolationStep = 1 }));

        Assert.Equal("The interpolation step 1 makes a grid of 1E+07 prices from 0 to 10000000, but at most 10,000,000 are allowed.", error.Detail);
    }

    [Fact]
    public void Analyze_GridTooLarge_ThrowsCountingItsPrices()
    {
        // 0 to 123,456,500: 123,456,501 prices, shown to six digits (one fewer would show as 1.23456E+08).
        var survey = new PsmSurvey([0.0], [1.0], [2.0], [123_456_500.0]);

        var error = Assert.Throws<InvalidInputException>(() => PriceSensitivityMeter.Analyze(survey, new PsmOptions { InterpolationStep = 1 }));

        Assert.Equal("The interpolation step 1 makes a grid of 1.23457E+08 prices from 0 to 123456500, but at most 10,000,000 are allowed.", error.Detail);
    }

    [Fact]
    public void Analyze_Interpolated_EachCurveIsZeroUpToItsLowestAnswer()
    {
        // pricesensitivitymeter 1.3.3's boundary rule: F = 0 up to and including the column's lowest answer. In tiny10 the
        // lowest expensive answer is 7 (one respondent of ten) and the lowest too-expensive answer 10: F there is 0, not 0.1.
        var (_, survey) = PsmReference.Survey("tiny10");

        var curves = PriceSensitivityMeter.Analyze(survey).Curves;

        var prices = curves.Prices.ToList();
        Assert.Equal(0.0, curves.Expensive[prices.IndexOf(7)]);
        Assert.Equal(0.0, curves.TooExpensive[prices.IndexOf(10)]);
        Assert.True(curves.Expensive[prices.IndexOf(8)] > 0.0);
    }

    [Fact]
    public void Analyze_InterpolatedOnePriceOnAGrid_IsThatPricesValues()
    {
        // Validation off keeps a respondent who answered 5 everywhere: one distinct price, and a grid of that one price.
        var survey = new PsmSurvey([5.0], [5.0], [5.0], [5.0]);
        var options = new PsmOptions { ExcludeInconsistent = false };

        var plain = PriceSensitivityMeter.Analyze(survey, options).Curves;
        var gridded = PriceSensitivityMeter.Analyze(survey, new PsmOptions { ExcludeInconsistent = false, InterpolationStep = 1 }).Curves;

        Assert.Equal([5.0], gridded.Prices);
        Assert.Equal(plain.Cheap, gridded.Cheap);
        Assert.Equal(plain.Expensive, gridded.Expensive);
        Assert.Equal(plain.TooExpensive, gridded.TooExpensive);
    }

    [Theory]
    [InlineData("tiny10")]
    [InlineData("plateau12")]
    public void Analyze_GridPricesThatAreAnswers_TakeTheCurvesValuesBitForBit(string name)
    {
        // A grid of step 1 over integer prices passes through every answer price: there the gridded curves are the
        // curves themselves, bit for bit. Weights of 1 + i/7 make the shares arbitrary doubles.
        var (_, answers) = PsmReference.Survey(name);
        var survey = new PsmSurvey(
            answers.TooCheap!.Select(p => (double?)p),
            answers.Cheap.Select(p => (double?)p),
            answers.Expensive.Select(p => (double?)p),
            answers.TooExpensive.Select(p => (double?)p),
            Enumerable.Range(0, answers.Count).Select(i => 1 + (i / 7.0)));

        var plain = PriceSensitivityMeter.Analyze(survey).Curves;
        var gridded = PriceSensitivityMeter.Analyze(survey, new PsmOptions { InterpolationStep = 1 }).Curves;

        var at = gridded.Prices.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        for (var k = 0; k < plain.Prices.Count; k++)
        {
            var g = at[plain.Prices[k]];
            Assert.Equal(plain.Cheap[k], gridded.Cheap[g]);
            Assert.Equal(plain.Expensive[k], gridded.Expensive[g]);
            Assert.Equal(plain.TooExpensive[k], gridded.TooExpensive[g]);
            Assert.Equal(plain.TooCheap![k], gridded.TooCheap![g]);
        }
    }

    [Fact]
    public void Analyze_NmsAnswersTooCloseForASlope_ThrowsNamingTheRowAndItsPrices()
    {
        // Row 0 lies within a few orders of magnitude of the highest price; row 1 reaches down to 5e-324.
        var survey = new PsmSurvey([1e299, 0.0], [2e299, 5e-324], [5e299, 1e-300], [1e300, 1e300], purchaseIntentCheap: [5, 5], purchaseIntentExpensive: [1, 1]);

        var error = Assert.Throws<InvalidInputException>("survey", () => PriceSensitivityMeter.Analyze(survey));

        Assert.Equal(1, error.Index);
        Assert.Equal(
            "Two of the respondent's answer prices (0, 5E-324, 1E-300, 1E+300) are too close together, relative to the highest answer price 1E+300, for the purchase probability between them to be computed in double precision.",
            error.Detail);
    }

    [Fact]
    public void Analyze_NmsEveryProbabilityZero_ReachIsZeroAndItsOptimumTheLowestPrice()
    {
        // A calibration that gives every intention probability 0: reach 0 everywhere, so its first maximum is the first price.
        var survey = new PsmSurvey([1.0, 1.5], [2.0, 3.0], [4.0, 5.0], [6.0, 7.0], purchaseIntentCheap: [5, 4], purchaseIntentExpensive: [2, 1]);
        var options = new PsmOptions { Calibration = new PurchaseIntentCalibration([5, 4, 3, 2, 1], [0, 0, 0, 0, 0]) };

        var nms = PriceSensitivityMeter.Analyze(survey, options).Nms!;

        Assert.All(nms.Reach, r => Assert.Equal(0.0, r));
        Assert.Equal(0.0, nms.ReachMax);
        Assert.Equal(1.0, nms.ReachOptimalPrice);
    }

    [Theory]
    [InlineData(PsmMethod.Classic)]
    [InlineData(PsmMethod.Interpolated)]
    public void Analyze_NmsRespondentWithNoAnswer_IsLeftOutOfTheReach(PsmMethod method)
    {
        // Validation off keeps the row with no answer at all; it has no purchase probability, and its weight must not
        // dilute the others' reach.
        var answered = new PsmSurvey([1.0, 1.5], [2.0, 3.0], [4.0, 5.0], [6.0, 7.0], purchaseIntentCheap: [5, 4], purchaseIntentExpensive: [2, 1]);
        var withEmpty = new PsmSurvey([1.0, 1.5, null], [2.0, 3.0, null], [4.0, 5.0, null], [6.0, 7.0, null], weights: [1, 1, 5], purchaseIntentCheap: [5, 4, 3], purchaseIntentExpensive: [2, 1, 3]);
        var options = new PsmOptions { ExcludeInconsistent = false, Method = method };

        var expected = PriceSensitivityMeter.Analyze(answered, options).Nms!;
        var actual = PriceSensitivityMeter.Analyze(withEmpty, options).Nms!;

        Assert.Equal(expected.Reach, actual.Reach);
        Assert.Equal(expected.ReachMax, actual.ReachMax);
    }

    [Fact]
    public void Analyze_NmsSlopeOfExactlyTheLimit_IsAccepted()
    {
        // Probability 0 at the too-cheap price 0 and 1 at the cheap price 2^-960: a slope of exactly 2^960, the largest the
        // sweep accepts (the highest price is 1, so prices are not rescaled).
        var survey = new PsmSurvey([0.0], [Math.ScaleB(1.0, -960)], [0.5], [1.0], purchaseIntentCheap: [5], purchaseIntentExpensive: [1]);
        var options = new PsmOptions { Calibration = new PurchaseIntentCalibration([5, 4, 3, 2, 1], [1, 0, 0, 0, 0]) };

        var nms = PriceSensitivityMeter.Analyze(survey, options).Nms!;

        Assert.Equal(0.0, nms.Reach[0]);
        Assert.Equal(1.0, nms.Reach[1]);
    }

    [Fact]
    public void Analyze_QuestionAnsweredOnlyWithWeightZero_ThrowsNamingItsParameter()
    {
        // The only answers are row 0's, of weight 0; row 1 weighs 1 but answered nothing (kept with validation off).
        var survey = new PsmSurvey([1.0, null], [2.0, null], [4.0, null], [6.0, null], weights: [0, 1]);

        var error = Assert.Throws<InvalidInputException>("survey", () => PriceSensitivityMeter.Analyze(survey, new PsmOptions { ExcludeInconsistent = false }));

        Assert.Equal(("No respondent used answered the too cheap question (or their weights are 0).", "tooCheap"), (error.Detail, error.Field));
    }

    [Fact]
    public void Analyze_UsedRespondentsWeighZero_ThrowsThoughAnExcludedOneWeighsMore()
    {
        // Respondent 0 is valid (1 < 2 < 3 < 4) with weight 0; respondent 1 has cheap 5 above expensive 3, so validation
        // drops it, and its weight 5 does not count: the respondents used weigh 0.
        var survey = new PsmSurvey([1.0, 1], [2.0, 5], [3.0, 3], [4.0, 4], weights: [0, 5]);

        var ex = PsmSurveyTests.AssertInvalid("survey", null, "weights", () => PriceSensitivityMeter.Analyze(survey));

        Assert.Equal("The respondents used have a total weight of 0, but at least one needs a positive weight.", ex.Detail);
    }

    [Fact]
    public void Analyze_InconsistentKeptAndEveryWeightZero_Throws()
    {
        // Without validation both respondents are used; their weights are 0 and 0.
        var survey = new PsmSurvey([1.0, 1], [2.0, 5], [3.0, 3], [4.0, 4], weights: [0, 0]);

        var ex = PsmSurveyTests.AssertInvalid("survey", null, "weights", () => PriceSensitivityMeter.Analyze(survey, new PsmOptions { ExcludeInconsistent = false }));

        Assert.Equal("The respondents used have a total weight of 0, but at least one needs a positive weight.", ex.Detail);
    }

    [Theory]
    [InlineData(PsmIntersection.Mean)]
    [InlineData(PsmIntersection.Median)]
    public void Analyze_CrossingsWhoseSumOverflows_MeanAndMedianAreTheirMidpoint(PsmIntersection intersection)
    {
        // The plateau survey (prices up to 22) times 8e306: the OPP plateau's crossings are 7 × 8e306 and 17 × 8e306,
        // whose sum passes double.MaxValue: the mean and the median are still their midpoint, finite.
        const double Scale = 8e306;
        var (_, survey) = PsmReference.Survey("plateau12");
        var scaled = new PsmSurvey(
            survey.TooCheap!.Select(p => (double?)(p * Scale)),
            survey.Cheap.Select(p => (double?)(p * Scale)),
            survey.Expensive.Select(p => (double?)(p * Scale)),
            survey.TooExpensive.Select(p => (double?)(p * Scale)));

        var result = PriceSensitivityMeter.Analyze(scaled, new PsmOptions { Intersection = intersection });

        Assert.Equal(12 * Scale, result.OptimalPricePoint!.Value, 12 * Scale * 1e-15);
        Assert.Equal(PriceSensitivityMeter.Analyze(survey, new PsmOptions { Intersection = intersection }).OptimalPricePoint!.Value * Scale, result.OptimalPricePoint!.Value, 12 * Scale * 1e-15);
    }

    [Fact]
    public void Analyze_NmsWithSubnormalAnswerPrices_ReachIsFinite()
    {
        // Every answer below 1e-300, so that the NMS slopes over gaps of 1e-323 would overflow unscaled. Scaled by 2^1000 the
        // survey is an ordinary one, with the same reach.
        double?[][] rows = [[5e-324, 1e-320, 1e-310, 1e-300], [1e-323, 1e-322, 1e-321, 1e-320], [1e-322, 1e-320, 1e-318, 1e-316]];
        PsmSurvey Survey(double scale) => new(
            rows.Select(r => r[0] * scale),
            rows.Select(r => r[1] * scale),
            rows.Select(r => r[2] * scale),
            rows.Select(r => r[3] * scale),
            purchaseIntentCheap: [5, 4, 3],
            purchaseIntentExpensive: [2, 2, 1]);

        var tiny = PriceSensitivityMeter.Analyze(Survey(1.0)).Nms!;
        var ordinary = PriceSensitivityMeter.Analyze(Survey(Math.ScaleB(1.0, 1000))).Nms!;

        Assert.All(tiny.Reach, r => Assert.InRange(r, 0.0, 1.0));
        Assert.Equal(ordinary.Reach.Count, tiny.Reach.Count);
        for (var i = 0; i < tiny.Reach.Count; i++)
        {
            Assert.Equal(ordinary.Reach[i], tiny.Reach[i], 1e-12);
        }
    }
}
