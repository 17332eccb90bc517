using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PsmTallyTests
{
    private static PsmTally Consistent(int firstRow, int count, bool nms = false)
    {
        var tally = new PsmTally(firstRow, nms);
        for (var i = 0; i < count; i++)
        {
            tally.Add(10 + i, 20 + i, 30 + i, 5 + i, 1.0, nms ? 5 : null, nms ? 2 : null);
        }

        return tally;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void FromSurvey_TensOfThousandsOfRowsWithIntentions_EqualsAddingThemOneByOne(int weighting)
    {
        // Enough rows for the survey's combinations to be grouped in several partitions at once: answers from a few
        // prices (so combinations repeat) and from many, some inconsistent or missing, intentions missing now and then;
        // no weights, whole weights, or weights that are not all whole.
        const int Rows = 20_000;
        var random = new Random(20261206);
        var (tooCheap, cheap, expensive, tooExpensive) = (new double?[Rows], new double?[Rows], new double?[Rows], new double?[Rows]);
        var (intentCheap, intentExpensive, weights) = (new int?[Rows], new int?[Rows], new double[Rows]);
        for (var i = 0; i < Rows; i++)
        {
            var few = random.Next(2) == 0;
            double Price(double around) => few ? around + random.Next(3) : Math.Round(around * (0.8 + (0.4 * random.NextDouble())), 2);
            (tooCheap[i], cheap[i], expensive[i], tooExpensive[i]) = (Price(5), Price(10), Price(20), Price(30));
            if (random.Next(20) == 0)
            {
                (cheap[i], expensive[i]) = (expensive[i], random.Next(2) == 0 ? null : cheap[i]);
            }

            (intentCheap[i], intentExpensive[i]) = (random.Next(30) == 0 ? null : random.Next(3, 6), random.Next(1, 4));
            weights[i] = weighting == 2 && random.Next(2) == 0 ? 0.25 * random.Next(1, 9) : random.Next(0, 5);
        }

        var survey = new PsmSurvey(cheap, expensive, tooExpensive, tooCheap, weighting == 0 ? null : weights, intentCheap, intentExpensive);
        var bulk = PsmTally.FromSurvey(survey, firstRow: 7);
        var rows = new PsmTally(7, hasPurchaseIntentions: true);
        for (var i = 0; i < Rows; i++)
        {
            rows.Add(cheap[i], expensive[i], tooExpensive[i], tooCheap[i], weighting == 0 ? 1.0 : weights[i], intentCheap[i], intentExpensive[i]);
        }

        Assert.Equal(PsmTallyPropertyTests.Exactly(rows.ToState()), PsmTallyPropertyTests.Exactly(bulk.ToState()));
        var options = new PsmOptions { Validate = false };
        Assert.True(PsmTallyPropertyTests.Identical(
            PsmTallyPropertyTests.Outcome(() => PriceSensitivityMeter.Analyze(rows, options)),
            PsmTallyPropertyTests.Outcome(() => PriceSensitivityMeter.Analyze(bulk, options))));

        // The bulk tally looks single combinations up afterwards as any other: its rows merged with more rows.
        var more = new PsmTally(Rows + 7, hasPurchaseIntentions: true);
        more.Add(cheap[0], expensive[0], tooExpensive[0], tooCheap[0], 1.0, intentCheap[0], intentExpensive[0]);
        bulk.Merge(more);
        rows.Merge(more);
        Assert.Equal(PsmTallyPropertyTests.Exactly(rows.ToState()), PsmTallyPropertyTests.Exactly(bulk.ToState()));
    }

    [Fact]
    public void Analyze_ReportsInvalidRespondentsWithTheirGlobalRows()
    {
        var first = Consistent(0, 3);
        var second = new PsmTally(100);
        second.Add(10, 20, 30, 5);
        second.Add(10, null, 30, 5);
        second.Add(20, 10, 30, 5);
        first.Merge(second);

        var result = PriceSensitivityMeter.Analyze(first, null);

        Assert.Equal(6, result.TotalRespondents);
        Assert.Equal(["row 101: the expensive answer is missing", "row 102: expensive 10 is not above cheap 20"], result.Invalid.Select(r => r.ToString()));
        Assert.Equal(103, first.NextRow);
    }

    [Fact]
    public void Merge_ThreeQuestionShardIntoFourQuestionOne_ReportsItsRowsAsMissingTooCheap()
    {
        var four = Consistent(0, 2);
        var three = new PsmTally(2);
        three.Add(10, 20, 30);
        three.Add(10, 5, 30);
        Assert.True(three.IsThreeQuestion);
        four.Merge(three);

        var result = PriceSensitivityMeter.Analyze(four, null);
        var whole = PriceSensitivityMeter.Analyze(new PsmSurvey([10, 11, 10, 10], [20, 21, 20, 5], [30, 31, 30, 30], [5, 6, null, null]));

        Assert.False(four.IsThreeQuestion);
        Assert.Equal(["row 2: the too cheap answer is missing", "row 3: the too cheap answer is missing"], result.Invalid.Select(r => r.ToString()));
        Assert.Equal(whole.Invalid, result.Invalid);
        Assert.Equal(whole.IndifferencePricePoint, result.IndifferencePricePoint);
    }

    [Fact]
    public void Weights_Near1e308_AnalyseAsWeightsOf1()
    {
        var cheap = Enumerable.Range(0, 50).Select(i => (double?)(10 + (i % 7))).ToArray();
        var expensive = cheap.Select(c => c + 5 + (c % 3)).ToArray();
        var tooExpensive = expensive.Select(e => e + 4).ToArray();
        var tooCheap = cheap.Select(c => c - 3 - (c % 2)).ToArray();
        var intents = cheap.Select(c => (int?)(1 + ((int)c! % 5))).ToArray();
        var ones = PriceSensitivityMeter.Analyze(new PsmSurvey(cheap, expensive, tooExpensive, tooCheap, Enumerable.Repeat(1.0, 50), intents, intents));
        var huge = PriceSensitivityMeter.Analyze(new PsmSurvey(cheap, expensive, tooExpensive, tooCheap, Enumerable.Repeat(1e308, 50), intents, intents));

        AssertClose(ones.PointOfMarginalCheapness, huge.PointOfMarginalCheapness);
        AssertClose(ones.OptimalPricePoint, huge.OptimalPricePoint);
        AssertClose(ones.IndifferencePricePoint, huge.IndifferencePricePoint);
        AssertClose(ones.PointOfMarginalExpensiveness, huge.PointOfMarginalExpensiveness);
        Assert.Equal(ones.Curves.Cheap.Count, huge.Curves.Cheap.Count);
        for (var k = 0; k < ones.Curves.Cheap.Count; k++)
        {
            AssertClose(ones.Curves.Cheap[k], huge.Curves.Cheap[k]);
            AssertClose(ones.Curves.TooExpensive[k], huge.Curves.TooExpensive[k]);
            AssertClose(ones.Nms!.Reach[k], huge.Nms!.Reach[k]);
        }

        Assert.Equal(ones.Nms!.RevenueOptimalPrice, huge.Nms!.RevenueOptimalPrice);
        Assert.True(huge.Curves.Cheap.All(double.IsFinite));
    }

    [Fact]
    public void Weights_OfEveryMagnitudeInOneTally_StayFiniteAndMergeExactly()
    {
        var (a, b, whole) = (new PsmTally(0), new PsmTally(2), new PsmTally(0));
        foreach (var (tally, weights) in new[] { (a, new[] { 1e-300, 1e308 }), (b, new[] { 3.0, 1e308 }), (whole, new[] { 1e-300, 1e308, 3.0, 1e308 }) })
        {
            for (var i = 0; i < weights.Length; i++)
            {
                tally.Add(10 + tally.NextRow, 20 + tally.NextRow, 30 + tally.NextRow, 5, weights[i]);
            }
        }

        b.Merge(a);
        var (merged, expected) = (PriceSensitivityMeter.Analyze(b, null), PriceSensitivityMeter.Analyze(whole, null));
        Assert.Equal(expected.Curves.Cheap, merged.Curves.Cheap);
        Assert.Equal(expected.IndifferencePricePoint, merged.IndifferencePricePoint);
        Assert.True(merged.Curves.Expensive.All(double.IsFinite));
        Assert.Equal(0.5, merged.Curves.Expensive[merged.Curves.Prices.ToList().IndexOf(21)], 12);
    }

    [Fact]
    public void InterpolationStep_OverPricesNear1e20_IsAClearError()
    {
        var survey = new PsmSurvey([1e19], [2e19], [1e20], [0.0]);
        var ex = Assert.Throws<InvalidInputException>(() => PriceSensitivityMeter.Analyze(survey, new PsmOptions { InterpolationStep = 1.0 }));
        Assert.Equal(("options", "InterpolationStep"), (ex.ParamName, ex.Field));
        Assert.Contains("at most 10,000,000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PriceSpan_FourQuestions_SpansThePricesTheAnalysisUses()
    {
        var tally = new PsmTally();
        tally.Add(2, 3, 4, 1);
        tally.Add(2.5, 3.5, 4.5, 1.5);
        tally.Add(5, 4, 9, 0.5); // not increasing
        tally.Add(0.25, 6, 7); // no too-cheap answer in a four-question survey
        tally.Add(null, 3, 12, 2); // a missing answer
        Assert.Equal((1.0, 4.5), Ends(tally.PriceSpan()));
        Assert.Equal((1.0, 4.5), Ends(tally.PriceSpan(new PsmOptions())));
        Assert.Equal((0.25, 12.0), Ends(tally.PriceSpan(new PsmOptions { Validate = false })));
    }

    [Fact]
    public void PriceSpan_ThreeQuestions_SpansTheRespondentsWithoutTooCheap()
    {
        var tally = new PsmTally();
        tally.Add(2, 3, 4);
        tally.Add(7, 8, 20);
        tally.Add(9, 8, 30); // not increasing
        Assert.True(tally.IsThreeQuestion);
        Assert.Equal((2.0, 20.0), Ends(tally.PriceSpan()));
        Assert.Equal((2.0, 30.0), Ends(tally.PriceSpan(new PsmOptions { Validate = false })));
    }

    [Fact]
    public void PriceSpan_NoAnswerUsed_IsNull()
    {
        Assert.Null(new PsmTally().PriceSpan());
        var tally = new PsmTally();
        tally.Add(3, 2, 1);
        Assert.Null(tally.PriceSpan());
        Assert.Equal((1.0, 3.0), Ends(tally.PriceSpan(new PsmOptions { Validate = false })));
        tally.Add(null, null, null);
        Assert.Equal((1.0, 3.0), Ends(tally.PriceSpan(new PsmOptions { Validate = false })));
    }

    [Fact]
    public void PriceSpan_MergedAndRebuiltFromState_IsTheWholeSurveys()
    {
        var (a, b) = (new PsmTally(0), new PsmTally(2));
        a.Add(2, 3, 4, 1);
        a.Add(-0.0, 3, 40);
        b.Add(20, 30, 40, 10);
        b.Add(-0.0, 50, 45, 1);
        a.Merge(b);
        var rebuilt = PsmTally.FromState(a.ToState());
        foreach (var tally in new[] { a, rebuilt })
        {
            Assert.Equal((1.0, 40.0), Ends(tally.PriceSpan()));
            var all = tally.PriceSpan(new PsmOptions { Validate = false })!.Value;
            Assert.Equal((0.0, 50.0), (all.Lowest, all.Highest));
            Assert.False(double.IsNegative(all.Lowest));
        }
    }

    private static (double Lowest, double Highest)? Ends(PsmPriceSpan? span) => span is { } s ? (s.Lowest, s.Highest) : null;

    [Theory]
    [InlineData(0, 1_000_000_000)]
    [InlineData(int.MinValue, int.MaxValue)]
    public void IntentionScale_OfAHugeSpan_IsLookedUp(int low, int high)
    {
        var calibration = new PurchaseIntentCalibration([high, low], [0.8, 0.1]);
        var survey = new PsmSurvey([10, 11], [20, 21], [30, 31], [5, 6], purchaseIntentCheap: [high, low], purchaseIntentExpensive: [low, low]);

        var result = PriceSensitivityMeter.Analyze(survey, new PsmOptions { Calibration = calibration });

        Assert.True(result.Nms!.Reach.All(r => r is >= 0.0 and <= 1.0));
        Assert.True(result.Nms.ReachMax > 0.0);
        var offScale = new PsmSurvey([10], [20], [30], [5], purchaseIntentCheap: [high - 1], purchaseIntentExpensive: [low]);
        var ex = Assert.Throws<InvalidInputException>(() => PriceSensitivityMeter.Analyze(offScale, new PsmOptions { Calibration = calibration }));
        Assert.Equal(("purchaseIntentCheap", 0), (ex.Field, ex.Index));
    }

    [Fact]
    public void State_RoundTrips()
    {
        var tally = Consistent(3, 4, nms: true);
        tally.Add(null, 20, 30, 5, 2.5, 1, null);
        var state = tally.ToState();
        var rebuilt = PsmTally.FromState(state);

        Assert.Equal((tally.Count, tally.NextRow, tally.IsThreeQuestion, tally.HasPurchaseIntentions), (rebuilt.Count, rebuilt.NextRow, rebuilt.IsThreeQuestion, rebuilt.HasPurchaseIntentions));
        Assert.Equal(state.Weights, rebuilt.ToState().Weights);
        Assert.Equal(state.Inconsistent, rebuilt.ToState().Inconsistent);
        Assert.Equal(state.Rows, rebuilt.ToState().Rows);
        Assert.Equal(state.Combinations.OrderBy(m => m.FirstRow), rebuilt.ToState().Combinations.OrderBy(m => m.FirstRow));
        Assert.Equal(PriceSensitivityMeter.Analyze(tally, null).Invalid, PriceSensitivityMeter.Analyze(rebuilt, null).Invalid);
    }

    [Fact]
    public void Constructor_FromSurvey_Guards()
    {
        Assert.Equal("firstRow", Assert.Throws<ArgumentOutOfRangeException>(() => new PsmTally(-1)).ParamName);
        Assert.Equal("survey", Assert.Throws<ArgumentNullException>(() => PsmTally.FromSurvey(null!)).ParamName);
        var survey = new PsmSurvey([10, 11], [20, 21], [30, 31]);
        Assert.Equal("firstRow", Assert.Throws<ArgumentOutOfRangeException>(() => PsmTally.FromSurvey(survey, -1)).ParamName);
        Assert.Equal("firstRow", Assert.Throws<ArgumentOutOfRangeException>(() => PsmTally.FromSurvey(survey, int.MaxValue - 1)).ParamName);
    }

    [Fact]
    public void Add_Guards()
    {
        var tally = new PsmTally(7);
        var nan = Assert.Throws<InvalidInputException>(() => tally.Add(double.NaN, 20, 30));
        Assert.Equal(("cheap", 7, "cheap"), (nan.ParamName, nan.Index, nan.Field));
        var negative = Assert.Throws<InvalidInputException>(() => tally.Add(10, 20, 30, -1));
        Assert.Equal(("tooCheap", "tooCheap"), (negative.ParamName, negative.Field));
        Assert.Equal("tooExpensive", Assert.Throws<InvalidInputException>(() => tally.Add(10, 20, double.PositiveInfinity)).ParamName);
        Assert.Equal("expensive", Assert.Throws<InvalidInputException>(() => tally.Add(10, -2, 30)).ParamName);
        var weight = Assert.Throws<InvalidInputException>(() => tally.Add(10, 20, 30, weight: -1));
        Assert.Equal(("weight", "weights", 7), (weight.ParamName, weight.Field, weight.Index));
        Assert.Equal("purchaseIntentCheap", Assert.Throws<InvalidInputException>(() => tally.Add(10, 20, 30, purchaseIntentCheap: 5)).ParamName);
        Assert.Equal("purchaseIntentExpensive", Assert.Throws<InvalidInputException>(() => tally.Add(10, 20, 30, purchaseIntentExpensive: 5)).ParamName);
        Assert.Equal(0, tally.Count);

        var last = new PsmTally(int.MaxValue);
        Assert.Throws<InvalidOperationException>(() => last.Add(10, 20, 30));
    }

    [Fact]
    public void Merge_Guards()
    {
        var tally = Consistent(0, 2);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => tally.Merge(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<InvalidInputException>(() => tally.Merge(Consistent(1, 2))).ParamName);
        Assert.Equal("other", Assert.Throws<InvalidInputException>(() => tally.Merge(tally)).ParamName);
        Assert.Equal("other", Assert.Throws<InvalidInputException>(() => tally.Merge(Consistent(5, 1, nms: true))).ParamName);
        Assert.Equal(2, tally.Count);
    }

    [Fact]
    public void Analyze_Guards()
    {
        Assert.Equal("tally", Assert.Throws<ArgumentNullException>(() => PriceSensitivityMeter.Analyze((PsmTally)null!, null)).ParamName);
        Assert.Equal("tally", Assert.Throws<InvalidInputException>(() => PriceSensitivityMeter.Analyze(new PsmTally(), null)).ParamName);
        var invalid = new PsmTally(40);
        invalid.Add(10, 10, 30, 5);
        var ex = Assert.Throws<InvalidInputException>(() => PriceSensitivityMeter.Analyze(invalid, null));
        Assert.Equal(("tally", 40, "expensive"), (ex.ParamName, ex.Index, ex.Field));
    }

    [Fact]
    public void FromState_Guards()
    {
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => PsmTally.FromState(null!)).ParamName);
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => PsmTally.FromState(new PsmTallyState { Rows = null! })).ParamName);
        var good = Consistent(0, 2, nms: true).ToState();
        PsmTally.FromState(good);

        AssertBad(new PsmTallyState { NextRow = -1 }, nameof(PsmTallyState.NextRow));
        AssertBad(new PsmTallyState { WeightExponent = 1101 }, nameof(PsmTallyState.WeightExponent));
        AssertBad(new PsmTallyState { NextRow = 5, Rows = [new(0, 0)] }, nameof(PsmTallyState.Rows));
        AssertBad(new PsmTallyState { NextRow = 5, Rows = [new(0, 6)] }, nameof(PsmTallyState.Rows));
        AssertBad(new PsmTallyState { NextRow = 5, Rows = [new(0, 3), new(2, 2)] }, nameof(PsmTallyState.Rows));
        AssertBad(new PsmTallyState { NextRow = 5, Rows = [new(0, 3)], WithoutTooCheapRows = [new(2, 2)] }, nameof(PsmTallyState.WithoutTooCheapRows));
        AssertBad(new PsmTallyState { Weights = [new(double.NaN, PsmQuestion.Cheap, false, 1, 0)] }, nameof(PsmTallyState.Weights));
        AssertBad(new PsmTallyState { Weights = [new(1, (PsmQuestion)9, false, 1, 0)] }, nameof(PsmTallyState.Weights));
        AssertBad(new PsmTallyState { Weights = [new(1, PsmQuestion.TooCheap, true, 1, 0)] }, nameof(PsmTallyState.Weights));
        AssertBad(new PsmTallyState { Weights = [new(1, PsmQuestion.Cheap, false, -1, 0)] }, nameof(PsmTallyState.Weights));
        AssertBad(new PsmTallyState { Weights = [new(1, PsmQuestion.Cheap, false, 1, double.NaN)] }, nameof(PsmTallyState.Weights));
        AssertBad(new PsmTallyState { Weights = [new(1, PsmQuestion.Cheap, false, 1, 0), new(1, PsmQuestion.Cheap, false, 1, 0)] }, nameof(PsmTallyState.Weights), 1);
        AssertBad(new PsmTallyState { NextRow = 1, Rows = [new(0, 1)], Inconsistent = [new(3, null, 1, 2, 3, 1)] }, nameof(PsmTallyState.Inconsistent));
        AssertBad(new PsmTallyState { NextRow = 1, Rows = [new(0, 1)], Inconsistent = [new(0, 0.5, 1, 2, 3, 1)] }, nameof(PsmTallyState.Inconsistent));
        AssertBad(new PsmTallyState { NextRow = 1, Rows = [new(0, 1)], Inconsistent = [new(0, null, -1, 2, 3, 1)] }, nameof(PsmTallyState.Inconsistent));
        AssertBad(new PsmTallyState { NextRow = 1, Rows = [new(0, 1)], Inconsistent = [new(0, null, 3, 2, 3, double.PositiveInfinity)] }, nameof(PsmTallyState.Inconsistent));
        AssertBad(new PsmTallyState { NextRow = 1, Rows = [new(0, 1)], Combinations = [new(0, 1, 2, 3, 4, 5, 5, 1, 0)] }, nameof(PsmTallyState.Combinations));
        AssertBad(new PsmTallyState { HasPurchaseIntentions = true, NextRow = 1, Rows = [new(0, 1)], Combinations = [new(1, 1, 2, 3, 4, 5, 5, 1, 0)] }, nameof(PsmTallyState.Combinations));
        AssertBad(new PsmTallyState { HasPurchaseIntentions = true, NextRow = 1, Rows = [new(0, 1)], Combinations = [new(0, 1, 2, 3, 4, 5, 5, -1, 0)] }, nameof(PsmTallyState.Combinations));
        AssertBad(new PsmTallyState { HasPurchaseIntentions = true, NextRow = 1, Rows = [new(0, 1)], Combinations = [new(0, 1, 2, 3, 4, 5, 5, 1, 0), new(0, 1, 2, 3, 4, 5, 5, 1, 0)] }, nameof(PsmTallyState.Combinations), 1);
    }

    private static void AssertBad(PsmTallyState state, string field, int? index = null)
    {
        var ex = Assert.Throws<InvalidInputException>(() => PsmTally.FromState(state));
        Assert.Equal(("state", field), (ex.ParamName, ex.Field));
        if (index is not null)
        {
            Assert.Equal(index, ex.Index);
        }
    }

    private static void AssertClose(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } e && actual is { } a)
        {
            Assert.True(Math.Abs(e - a) <= 1e-12 * Math.Max(1.0, Math.Abs(e)), $"{e:R} vs {a:R}");
        }
    }
}
