using SolutionFit.PriceSensitivity;
using SolutionFit.Tests.PriceSensitivity;

namespace SolutionFit.Tests.Mutation;

/// <summary>Price sensitivity cases that pin lines mutation testing found unchecked.</summary>
public sealed class PsmMutationTests
{
    [Fact]
    public void Analyze_EmptyTally_SaysSo()
    {
        var error = Assert.Throws<InvalidInputException>("tally", () => PriceSensitivityMeter.Analyze(new PsmTally(), null));

        Assert.Equal("A survey needs at least one respondent, but the tally is empty.", error.Detail);
    }

    [Fact]
    public void Analyze_TooCheapAnsweredOnlyWithWeightZero_IsRejected()
    {
        // Validation off keeps both rows; the only too-cheap answer weighs 0, so the too-cheap curve would be 0/0.
        var survey = new PsmSurvey([2.0, 2.0], [3.0, 3.0], [4.0, 4.0], [1.0, null], [0.0, 1.0]);

        var error = Assert.Throws<InvalidInputException>("survey", () => PriceSensitivityMeter.Analyze(survey, new PsmOptions { Validate = false }));

        Assert.Equal("tooCheap", error.Field);
        Assert.Equal("No respondent used answered the too cheap question (or their weights are 0).", error.Detail);
    }

    [Fact]
    public void Analyze_GridOfExactlyOnePastTheLimit_IsRejected()
    {
        // 0 to 10,000,000 in steps of 1 is 10,000,001 prices.
        var survey = new PsmSurvey([1.0], [2.0], [10_000_000.0], [0.0]);

        var error = Assert.Throws<InvalidInputException>("options", () => PriceSensitivityMeter.Analyze(survey, new PsmOptions { InterpolationStep = 1 }));

        Assert.Equal("The interpolation step 1 makes a grid of 1E+07 prices from 0 to 10000000, but at most 10,000,000 are allowed.", error.Detail);
    }

    [Fact]
    public void Analyze_GridTooLarge_CountsItsPrices()
    {
        // 0 to 123,456,500: 123,456,501 prices, shown to six digits (one fewer would show as 1.23456E+08).
        var survey = new PsmSurvey([1.0], [2.0], [123_456_500.0], [0.0]);

        var error = Assert.Throws<InvalidInputException>(() => PriceSensitivityMeter.Analyze(survey, new PsmOptions { InterpolationStep = 1 }));

        Assert.Equal("The interpolation step 1 makes a grid of 1.23457E+08 prices from 0 to 123456500, but at most 10,000,000 are allowed.", error.Detail);
    }

    [Fact]
    public void Interpolated_EachCurveIsZeroUpToItsLowestAnswer()
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
    public void Interpolated_OnePriceOnAGrid_IsThatPricesValues()
    {
        // Validation off keeps a respondent who answered 5 everywhere: one distinct price, and a grid of that one price.
        var survey = new PsmSurvey([5.0], [5.0], [5.0], [5.0]);
        var options = new PsmOptions { Validate = false };

        var plain = PriceSensitivityMeter.Analyze(survey, options).Curves;
        var gridded = PriceSensitivityMeter.Analyze(survey, new PsmOptions { Validate = false, InterpolationStep = 1 }).Curves;

        Assert.Equal([5.0], gridded.Prices);
        Assert.Equal(plain.Cheap, gridded.Cheap);
        Assert.Equal(plain.Expensive, gridded.Expensive);
        Assert.Equal(plain.TooExpensive, gridded.TooExpensive);
    }

    [Theory]
    [InlineData("tiny10")]
    [InlineData("plateau12")]
    public void Interpolated_GridPricesThatAreAnswers_TakeTheCurvesValuesBitForBit(string name)
    {
        // A grid of step 1 over integer prices passes through every answer price: there the gridded curves are the
        // curves themselves, bit for bit. Weights of 1 + i/7 make the shares arbitrary doubles.
        var (_, answers) = PsmReference.Survey(name);
        var survey = new PsmSurvey(
            answers.Cheap.Select(p => (double?)p),
            answers.Expensive.Select(p => (double?)p),
            answers.TooExpensive.Select(p => (double?)p),
            answers.TooCheap!.Select(p => (double?)p),
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
    public void Nms_AnswersTooCloseForASlope_NameTheRowAndItsPrices()
    {
        // Row 0 lies within a few orders of magnitude of the highest price; row 1 reaches down to 5e-324.
        var survey = new PsmSurvey([2e299, 5e-324], [5e299, 1e-300], [1e300, 1e300], [1e299, 0.0], purchaseIntentCheap: [5, 5], purchaseIntentExpensive: [1, 1]);

        var error = Assert.Throws<InvalidInputException>("survey", () => PriceSensitivityMeter.Analyze(survey));

        Assert.Equal(1, error.Index);
        Assert.Equal(
            "Two of the respondent's answer prices (0, 5E-324, 1E-300, 1E+300) are too close together, relative to the highest answer price 1E+300, for the purchase probability between them to be computed in double precision.",
            error.Detail);
    }

    [Fact]
    public void Nms_EveryProbabilityZero_ReachIsZeroAndItsOptimumTheLowestPrice()
    {
        // A calibration that gives every intention probability 0: reach 0 everywhere, so its first maximum is the first price.
        var survey = new PsmSurvey([2.0, 3.0], [4.0, 5.0], [6.0, 7.0], [1.0, 1.5], purchaseIntentCheap: [5, 4], purchaseIntentExpensive: [2, 1]);
        var options = new PsmOptions { Calibration = new PurchaseIntentCalibration([5, 4, 3, 2, 1], [0, 0, 0, 0, 0]) };

        var nms = PriceSensitivityMeter.Analyze(survey, options).Nms!;

        Assert.All(nms.Reach, r => Assert.Equal(0.0, r));
        Assert.Equal(0.0, nms.ReachMax);
        Assert.Equal(1.0, nms.ReachOptimalPrice);
    }

    [Theory]
    [InlineData(PsmMethod.Classic)]
    [InlineData(PsmMethod.Interpolated)]
    public void Nms_ARespondentWithNoAnswer_IsLeftOutOfTheReach(PsmMethod method)
    {
        // Validation off keeps the row with no answer at all; it has no purchase probability, and its weight must not
        // dilute the others' reach.
        var answered = new PsmSurvey([2.0, 3.0], [4.0, 5.0], [6.0, 7.0], [1.0, 1.5], purchaseIntentCheap: [5, 4], purchaseIntentExpensive: [2, 1]);
        var withEmpty = new PsmSurvey([2.0, 3.0, null], [4.0, 5.0, null], [6.0, 7.0, null], [1.0, 1.5, null], weights: [1, 1, 5], purchaseIntentCheap: [5, 4, 3], purchaseIntentExpensive: [2, 1, 3]);
        var options = new PsmOptions { Validate = false, Method = method };

        var expected = PriceSensitivityMeter.Analyze(answered, options).Nms!;
        var actual = PriceSensitivityMeter.Analyze(withEmpty, options).Nms!;

        Assert.Equal(expected.Reach, actual.Reach);
        Assert.Equal(expected.ReachMax, actual.ReachMax);
    }

    [Fact]
    public void Nms_ASlopeOfExactlyTheLimit_IsAccepted()
    {
        // Probability 0 at the too-cheap price 0 and 1 at the cheap price 2^-960: a slope of exactly 2^960, the largest the
        // sweep accepts (the highest price is 1, so prices are not rescaled).
        var survey = new PsmSurvey([Math.ScaleB(1.0, -960)], [0.5], [1.0], [0.0], purchaseIntentCheap: [5], purchaseIntentExpensive: [1]);
        var options = new PsmOptions { Calibration = new PurchaseIntentCalibration([5, 4, 3, 2, 1], [1, 0, 0, 0, 0]) };

        var nms = PriceSensitivityMeter.Analyze(survey, options).Nms!;

        Assert.Equal(0.0, nms.Reach[0]);
        Assert.Equal(1.0, nms.Reach[1]);
    }

    [Fact]
    public void Ranges_WhoseEndsMeet_AreEmptyRangesNotMissing()
    {
        // Too cheap and cheap at 1, expensive and too expensive at 2 (kept with validation off): the optimal and the
        // indifference price point are both 2, so the optimal range is the empty range [2, 2), which is not "no range".
        var result = PriceSensitivityMeter.Analyze(new PsmSurvey([1.0], [2.0], [2.0], [1.0]), new PsmOptions { Validate = false });

        Assert.Equal((2.0, 2.0), (result.OptimalPricePoint, result.IndifferencePricePoint));
        Assert.Equal(new PriceRange(2, 2), result.OptimalRange);
    }

    [Fact]
    public void ValuesAt_OutsideTheGrid_AreTheNearestEndsValues()
    {
        var curves = PriceSensitivityMeter.Analyze(new PsmSurvey([2.0, 3.0], [4.0, 5.0], [6.0, 7.0], [1.0, 1.5])).Curves;
        var (first, last) = (curves.Prices[0], curves.Prices[^1]);

        var above = curves.ValuesAt(last + 10);
        var atLast = curves.ValuesAt(last);
        Assert.Equal((last + 10, atLast.Cheap, atLast.Expensive, atLast.TooExpensive, atLast.TooCheap), (above.Price, above.Cheap, above.Expensive, above.TooExpensive, above.TooCheap));
        var below = curves.ValuesAt(first / 2);
        var atFirst = curves.ValuesAt(first);
        Assert.Equal((atFirst.Cheap, atFirst.Expensive, atFirst.TooExpensive, atFirst.TooCheap), (below.Cheap, below.Expensive, below.TooExpensive, below.TooCheap));
    }

    [Fact]
    public void AQuestionAnsweredOnlyWithWeightZero_IsNamedByItsParameter()
    {
        // The only answers are row 0's, of weight 0; row 1 weighs 1 but answered nothing (kept with validation off).
        var survey = new PsmSurvey([2.0, null], [4.0, null], [6.0, null], [1.0, null], weights: [0, 1]);

        var error = Assert.Throws<InvalidInputException>("survey", () => PriceSensitivityMeter.Analyze(survey, new PsmOptions { Validate = false }));

        Assert.Equal(("No respondent used answered the too cheap question (or their weights are 0).", "tooCheap"), (error.Detail, error.Field));
    }

    [Fact]
    public void ReactionShares_WithValidationOff_AndNobodyInconsistent_AreGiven()
    {
        var result = PriceSensitivityMeter.Analyze(new PsmSurvey([2.0, 3.0], [4.0, 5.0], [6.0, 7.0], [1.0, 1.5]), new PsmOptions { Validate = false });

        var shares = result.ReactionSharesAt(5);
        Assert.Equal(1.0, shares.TooCheap + shares.Bargain + shares.Fair + shares.Grumble + shares.TooExpensive, 12);
    }
}
