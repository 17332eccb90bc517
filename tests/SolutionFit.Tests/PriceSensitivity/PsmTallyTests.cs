using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PsmTallyTests
{
    private static PsmTally Consistent(int firstRow, int count, bool nms = false)
    {
        var tally = new PsmTally(firstRow, nms);
        for (var i = 0; i < count; i++)
        {
            tally.Add(5 + i, 10 + i, 20 + i, 30 + i, 1.0, nms ? 5 : null, nms ? 2 : null);
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

        var survey = new PsmSurvey(tooCheap, cheap, expensive, tooExpensive, weighting == 0 ? null : weights, intentCheap, intentExpensive);
        var bulk = PsmTally.FromSurvey(survey, firstRow: 7);
        var rows = new PsmTally(7, hasPurchaseIntentions: true);
        for (var i = 0; i < Rows; i++)
        {
            rows.Add(tooCheap[i], cheap[i], expensive[i], tooExpensive[i], weighting == 0 ? 1.0 : weights[i], intentCheap[i], intentExpensive[i]);
        }

        Assert.Equal(PsmTallyPropertyTests.Exactly(PsmTallyBytes.Read(rows.ToBytes())), PsmTallyPropertyTests.Exactly(PsmTallyBytes.Read(bulk.ToBytes())));
        var options = new PsmOptions { ExcludeInconsistent = false };
        Assert.True(PsmTallyPropertyTests.Identical(
            PsmTallyPropertyTests.Outcome(() => PriceSensitivityMeter.Analyze(rows, options)),
            PsmTallyPropertyTests.Outcome(() => PriceSensitivityMeter.Analyze(bulk, options))));

        // The bulk tally looks single combinations up afterwards as any other: its rows merged with more rows.
        var more = new PsmTally(Rows + 7, hasPurchaseIntentions: true);
        more.Add(tooCheap[0], cheap[0], expensive[0], tooExpensive[0], 1.0, intentCheap[0], intentExpensive[0]);
        bulk.Merge(more);
        rows.Merge(more);
        Assert.Equal(PsmTallyPropertyTests.Exactly(PsmTallyBytes.Read(rows.ToBytes())), PsmTallyPropertyTests.Exactly(PsmTallyBytes.Read(bulk.ToBytes())));
    }

    [Fact]
    public void Analyze_MergedShards_ReportExcludedRespondentsWithTheirGlobalRows()
    {
        var first = Consistent(0, 3);
        var second = new PsmTally(100);
        second.Add(5, 10, 20, 30);
        second.Add(5, 10, null, 30);
        second.Add(5, 20, 10, 30);
        first.Merge(second);

        var result = PriceSensitivityMeter.Analyze(first, null);

        Assert.Equal(6, result.TotalRespondents);
        Assert.Equal(["row 101: the expensive answer is missing", "row 102: expensive 10 is not above cheap 20"], result.Excluded.Select(r => r.ToString()));
        Assert.Equal(103, first.NextRow);
    }

    [Fact]
    public void Merge_ThreeQuestionShardIntoFourQuestionOne_ReportsItsRowsAsMissingTooCheap()
    {
        var four = Consistent(0, 2);
        var three = new PsmTally(2);
        three.Add(null, 10, 20, 30);
        three.Add(null, 10, 5, 30);
        Assert.True(three.IsThreeQuestion);
        four.Merge(three);

        var result = PriceSensitivityMeter.Analyze(four, null);
        var whole = PriceSensitivityMeter.Analyze(new PsmSurvey([5, 6, null, null], [10, 11, 10, 10], [20, 21, 20, 5], [30, 31, 30, 30]));

        Assert.False(four.IsThreeQuestion);
        Assert.Equal(["row 2: the too cheap answer is missing", "row 3: the too cheap answer is missing"], result.Excluded.Select(r => r.ToString()));
        Assert.Equal(whole.Excluded, result.Excluded);
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
        var ones = PriceSensitivityMeter.Analyze(new PsmSurvey(tooCheap, cheap, expensive, tooExpensive, Enumerable.Repeat(1.0, 50), intents, intents));
        var huge = PriceSensitivityMeter.Analyze(new PsmSurvey(tooCheap, cheap, expensive, tooExpensive, Enumerable.Repeat(1e308, 50), intents, intents));

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
                tally.Add(5, 10 + tally.NextRow, 20 + tally.NextRow, 30 + tally.NextRow, weights[i]);
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
        var survey = new PsmSurvey([0.0], [1e19], [2e19], [1e20]);
        var ex = Assert.Throws<InvalidInputException>(() => PriceSensitivityMeter.Analyze(survey, new PsmOptions { InterpolationStep = 1.0 }));
        Assert.Equal(("options", "InterpolationStep"), (ex.ParamName, ex.Field));
        Assert.Contains("at most 10,000,000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PriceSpan_FourQuestions_SpansThePricesTheAnalysisUses()
    {
        var tally = new PsmTally();
        tally.Add(1, 2, 3, 4);
        tally.Add(1.5, 2.5, 3.5, 4.5);
        tally.Add(0.5, 5, 4, 9); // not increasing
        tally.Add(null, 0.25, 6, 7); // no too-cheap answer in a four-question survey
        tally.Add(2, null, 3, 12); // a missing answer
        Assert.Equal((1.0, 4.5), Ends(tally.PriceSpan()));
        Assert.Equal((1.0, 4.5), Ends(tally.PriceSpan(new PsmOptions())));
        Assert.Equal((0.25, 12.0), Ends(tally.PriceSpan(new PsmOptions { ExcludeInconsistent = false })));
    }

    [Fact]
    public void PriceSpan_ThreeQuestions_SpansTheRespondentsWithoutTooCheap()
    {
        var tally = new PsmTally();
        tally.Add(null, 2, 3, 4);
        tally.Add(null, 7, 8, 20);
        tally.Add(null, 9, 8, 30); // not increasing
        Assert.True(tally.IsThreeQuestion);
        Assert.Equal((2.0, 20.0), Ends(tally.PriceSpan()));
        Assert.Equal((2.0, 30.0), Ends(tally.PriceSpan(new PsmOptions { ExcludeInconsistent = false })));
    }

    [Fact]
    public void PriceSpan_NoAnswerUsed_IsNull()
    {
        Assert.Null(new PsmTally().PriceSpan());
        var tally = new PsmTally();
        tally.Add(null, 3, 2, 1);
        Assert.Null(tally.PriceSpan());
        Assert.Equal((1.0, 3.0), Ends(tally.PriceSpan(new PsmOptions { ExcludeInconsistent = false })));
        tally.Add(null, null, null, null);
        Assert.Equal((1.0, 3.0), Ends(tally.PriceSpan(new PsmOptions { ExcludeInconsistent = false })));
    }

    [Fact]
    public void PriceSpan_MergedAndRebuiltFromBytes_IsTheWholeSurveys()
    {
        var (a, b) = (new PsmTally(0), new PsmTally(2));
        a.Add(1, 2, 3, 4);
        a.Add(null, -0.0, 3, 40);
        b.Add(10, 20, 30, 40);
        b.Add(1, -0.0, 50, 45);
        a.Merge(b);
        var rebuilt = PsmTally.FromBytes(a.ToBytes());
        foreach (var tally in new[] { a, rebuilt })
        {
            Assert.Equal((1.0, 40.0), Ends(tally.PriceSpan()));
            var all = tally.PriceSpan(new PsmOptions { ExcludeInconsistent = false })!.Value;
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
        var survey = new PsmSurvey([5, 6], [10, 11], [20, 21], [30, 31], purchaseIntentCheap: [high, low], purchaseIntentExpensive: [low, low]);

        var result = PriceSensitivityMeter.Analyze(survey, new PsmOptions { Calibration = calibration });

        Assert.True(result.Nms!.Reach.All(r => r is >= 0.0 and <= 1.0));
        Assert.True(result.Nms.ReachMax > 0.0);
        var offScale = new PsmSurvey([5], [10], [20], [30], purchaseIntentCheap: [high - 1], purchaseIntentExpensive: [low]);
        var ex = Assert.Throws<InvalidInputException>(() => PriceSensitivityMeter.Analyze(offScale, new PsmOptions { Calibration = calibration }));
        Assert.Equal(("purchaseIntentCheap", 0), (ex.Field, ex.Index));
    }

    [Fact]
    public void FromBytes_ToBytes_RoundTripsBitForBit()
    {
        var tally = Consistent(3, 4, nms: true);
        tally.Add(30, 5, null, 20, 2.5, 1, null);
        var bytes = tally.ToBytes();
        var rebuilt = PsmTally.FromBytes(bytes);

        Assert.Equal((tally.Count, tally.NextRow, tally.IsThreeQuestion, tally.HasPurchaseIntentions), (rebuilt.Count, rebuilt.NextRow, rebuilt.IsThreeQuestion, rebuilt.HasPurchaseIntentions));
        Assert.Equal(bytes, rebuilt.ToBytes());
        Assert.Equal(1, bytes[0]);
        Assert.Equal(PriceSensitivityMeter.Analyze(tally).Excluded, PriceSensitivityMeter.Analyze(rebuilt).Excluded);
        Assert.True(PsmTallyPropertyTests.Identical(PriceSensitivityMeter.Analyze(tally), PriceSensitivityMeter.Analyze(rebuilt)));
    }

    [Fact]
    public void FromBytes_WholeWeightCounts_StayCounts()
    {
        var counted = Consistent(0, 3);
        var summed = Consistent(0, 3);
        summed.CountNoLonger();

        Assert.True(PsmTally.FromBytes(counted.ToBytes()).CountsWholeWeights);
        Assert.False(PsmTally.FromBytes(summed.ToBytes()).CountsWholeWeights);
        Assert.Equal(PsmTallyPropertyTests.Exactly(PsmTallyBytes.Read(counted.ToBytes())), PsmTallyPropertyTests.Exactly(PsmTallyBytes.Read(summed.ToBytes())));
    }

    [Fact]
    public void FromSurvey_BadArguments_ThrowNamingThem()
    {
        Assert.Equal("firstRow", Assert.Throws<ArgumentOutOfRangeException>(() => new PsmTally(-1)).ParamName);
        Assert.Equal("survey", Assert.Throws<ArgumentNullException>(() => PsmTally.FromSurvey(null!)).ParamName);
        var survey = new PsmSurvey(null, [10, 11], [20, 21], [30, 31]);
        Assert.Equal("firstRow", Assert.Throws<ArgumentOutOfRangeException>(() => PsmTally.FromSurvey(survey, -1)).ParamName);
        Assert.Equal("firstRow", Assert.Throws<ArgumentOutOfRangeException>(() => PsmTally.FromSurvey(survey, int.MaxValue - 1)).ParamName);
    }

    [Fact]
    public void Add_BadArguments_ThrowNamingThem()
    {
        var tally = new PsmTally(7);
        var nan = Assert.Throws<InvalidInputException>(() => tally.Add(null, double.NaN, 20, 30));
        Assert.Equal(("cheap", 7, "cheap"), (nan.ParamName, nan.Index, nan.Field));
        var negative = Assert.Throws<InvalidInputException>(() => tally.Add(-1, 10, 20, 30));
        Assert.Equal(("tooCheap", "tooCheap"), (negative.ParamName, negative.Field));
        Assert.Equal("tooExpensive", Assert.Throws<InvalidInputException>(() => tally.Add(null, 10, 20, double.PositiveInfinity)).ParamName);
        Assert.Equal("expensive", Assert.Throws<InvalidInputException>(() => tally.Add(null, 10, -2, 30)).ParamName);
        var weight = Assert.Throws<InvalidInputException>(() => tally.Add(null, 10, 20, 30, weight: -1));
        Assert.Equal(("weight", "weights", 7), (weight.ParamName, weight.Field, weight.Index));
        Assert.Equal("purchaseIntentCheap", Assert.Throws<InvalidInputException>(() => tally.Add(null, 10, 20, 30, purchaseIntentCheap: 5)).ParamName);
        Assert.Equal("purchaseIntentExpensive", Assert.Throws<InvalidInputException>(() => tally.Add(null, 10, 20, 30, purchaseIntentExpensive: 5)).ParamName);
        Assert.Equal(0, tally.Count);

        var last = new PsmTally(int.MaxValue);
        Assert.Throws<InvalidOperationException>(() => last.Add(null, 10, 20, 30));
    }

    [Fact]
    public void Merge_BadArguments_ThrowNamingThem()
    {
        var tally = Consistent(0, 2);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => tally.Merge(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<InvalidInputException>(() => tally.Merge(Consistent(1, 2))).ParamName);
        Assert.Equal("other", Assert.Throws<InvalidInputException>(() => tally.Merge(tally)).ParamName);
        Assert.Equal("other", Assert.Throws<InvalidInputException>(() => tally.Merge(Consistent(5, 1, nms: true))).ParamName);
        Assert.Equal(2, tally.Count);
    }

    [Fact]
    public void Analyze_NullEmptyOrAllExcludedTally_Throws()
    {
        Assert.Equal("tally", Assert.Throws<ArgumentNullException>(() => PriceSensitivityMeter.Analyze((PsmTally)null!, null)).ParamName);
        Assert.Equal("tally", Assert.Throws<InvalidInputException>(() => PriceSensitivityMeter.Analyze(new PsmTally(), null)).ParamName);
        var invalid = new PsmTally(40);
        invalid.Add(5, 10, 10, 30);
        var ex = Assert.Throws<InvalidInputException>(() => PriceSensitivityMeter.Analyze(invalid, null));
        Assert.Equal(("tally", 40, "expensive"), (ex.ParamName, ex.Index, ex.Field));
    }

    private static void AssertClose(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } e && actual is { } a)
        {
            Assert.True(Math.Abs(e - a) <= 1e-12 * Math.Max(1.0, Math.Abs(e)), $"{e:R} vs {a:R}");
        }
    }

    [Fact]
    public void FromBytes_GoodBytes_AndTheirLimits_AreAccepted()
    {
        var good = Good();

        Assert.Equal(3, PsmTally.FromBytes(good).Count);
        Assert.Equal(3, PsmTally.FromBytes(PsmTallyBytes.With(good, Read(good).Offsets["WeightExponent"], 1100)).Count);
    }

    [Fact]
    public void FromBytes_BadHeader_Throws()
    {
        var good = Good();
        var at = Read(good).Offsets;

        Rejected(PsmTallyBytes.With(good, 0, (byte)2), "Version", null, "The format version is 2, but only version 1 is known.");
        Rejected(PsmTallyBytes.With(good, at["Flags"], (byte)5), "Flags", null, "The flags are 5, but only 1 (purchase intentions) and 2 (whole-weight counts) are known.");
        Rejected(PsmTallyBytes.With(good, at["NextRow"], -1), "NextRow", null, "The next row is -1, but rows start at 0.");
        Rejected(PsmTallyBytes.With(good, at["WeightExponent"], 1101), "WeightExponent", null, "The weight exponent is 1101, but it must be from 0 to 1100.");
        Rejected(PsmTallyBytes.With(good, at["WeightExponent"], -1), "WeightExponent", null, "The weight exponent is -1, but it must be from 0 to 1100.");
        Rejected([], "Version", null, "The bytes end at byte 0, inside Version.");
        Rejected(good[..3], "NextRow", null, "The bytes end at byte 3, inside NextRow.");
        Rejected(good[..^1], "Combinations", null, $"The count 3 is negative or more than the {good.Length - 1 - at["Combinations[0]"]} bytes left hold.");
        Rejected(good[..(at["Prices[1].Price"] + 4)], "Prices", null, $"The bytes end at byte {at["Prices[1].Price"] + 4}, inside Prices.");
        Rejected([.. good, 0], "End", null, $"The tally ends at byte {good.Length}, but 1 more bytes follow.");
    }

    [Fact]
    public void FromBytes_BadRanges_Throw()
    {
        // Rows [0, 1) and [2, 4), row 3 without a too-cheap answer.
        var tally = new PsmTally();
        tally.Add(1, 2, 3, 4);
        tally.Merge(Shard(2, (1, 2, 3, 4), (null, 2, 3, 4)));
        var good = tally.ToBytes();
        var at = Read(good).Offsets;
        const string After = "are not a range of at least one row after the range before, below the next row 4";

        Assert.Equal([(0, 1), (2, 4)], Read(good).Rows);
        Rejected(PsmTallyBytes.With(good, at["Rows[1].End"], 5), "Rows", 1, $"The rows from 2 to 5 {After}.");
        Rejected(PsmTallyBytes.With(good, at["Rows[1].End"], 2), "Rows", 1, $"The rows from 2 to 2 {After}.");
        Rejected(PsmTallyBytes.With(good, at["Rows[1].First"], 1), "Rows", 1, $"The rows from 1 to 4 {After}."); // adjacent: not joined
        Rejected(PsmTallyBytes.With(good, at["Rows[1].First"], 0), "Rows", 1, $"The rows from 0 to 4 {After}.");
        Rejected(PsmTallyBytes.With(good, at["Rows[0].First"], -1), "Rows", 0, $"The rows from -1 to 1 {After}.");
        Rejected(PsmTallyBytes.With(good, at["WithoutTooCheapRows[0].First"], 1), "WithoutTooCheapRows", 0, $"The rows from 1 to 4 {After} and among the rows tallied.");
        Rejected(PsmTallyBytes.With(good, at["Rows.Count"], 1000), "Rows", null, $"The count 1000 is negative or more than the {good.Length - at["Rows[0].First"]} bytes left hold.");
    }

    [Fact]
    public void FromBytes_BadPrices_Throw()
    {
        var good = Good();
        var at = Read(good).Offsets;

        Rejected(PsmTallyBytes.With(good, at["Prices[0].Price"], -1.0), "Prices", 0, "The price -1 (kinds 1) is not a finite number at least 0 given once, with kinds 0 to 3.");
        Rejected(PsmTallyBytes.With(good, at["Prices[0].Price"], double.NaN), "Prices", 0, "The price NaN (kinds 1) is not a finite number at least 0 given once, with kinds 0 to 3.");
        Rejected(PsmTallyBytes.With(good, at["Prices[1].Price"], 1.0), "Prices", 1, "The price 1 (kinds 3) is not a finite number at least 0 given once, with kinds 0 to 3.");
        Rejected(PsmTallyBytes.With(good, at["Prices[0].Kinds"], (byte)4), "Prices", 0, "The price 1 (kinds 4) is not a finite number at least 0 given once, with kinds 0 to 3.");
        Rejected(PsmTallyBytes.With(good, at["Prices[0].Weight[0][0]"], -1L), "Prices", 0, "The weight -1 is negative or larger than the rows tallied allow (6442450944).");
        Rejected(PsmTallyBytes.With(good, at["Prices[0].Weight[0][0]"], 6442450945L), "Prices", 0, "The weight 6442450945 is negative or larger than the rows tallied allow (6442450944).");
        Assert.Equal(3, PsmTally.FromBytes(PsmTallyBytes.With(good, at["Prices[0].Weight[0][0]"], 6442450944L)).Count);

        var summed = Good(weight: 0.5);
        var sums = Read(summed).Offsets;
        Rejected(PsmTallyBytes.With(summed, sums["Prices[0].Weight[0][0]"], double.NaN), "Prices", 0, "The weight NaN (residual 0) is not a finite number at least 0.");
        Rejected(PsmTallyBytes.With(summed, sums["Prices[0].Weight[0][0]"], -0.5), "Prices", 0, "The weight -0.5 (residual 0) is not a finite number at least 0.");
        Rejected(PsmTallyBytes.With(summed, sums["Prices[0].Weight[0][0].Residual"], double.PositiveInfinity), "Prices", 0, "The weight 0.5 (residual Infinity) is not a finite number at least 0.");
    }

    [Fact]
    public void FromBytes_BadInconsistentRespondents_Throw()
    {
        var good = Good();
        var at = Read(good).Offsets;
        const string Bad = "is not tallied, is repeated, has consistent answers or a weight that is not a finite number at least 0.";

        Assert.Equal(1, Read(good).Inconsistent.Single().Row);
        Rejected(PsmTallyBytes.With(good, at["Inconsistent[0].Row"], 7), "Inconsistent", 0, $"The respondent at row 7 (weight 1) {Bad}");
        Rejected(PsmTallyBytes.With(good, at["Inconsistent[0].Row"], -1), "Inconsistent", 0, $"The respondent at row -1 (weight 1) {Bad}");
        Rejected(PsmTallyBytes.With(good, at["Inconsistent[0].Row"], 2), "Inconsistent", 0, $"The respondent at row 2 (weight 1) {Bad}");
        Rejected(PsmTallyBytes.With(good, at["Inconsistent[0].Weight"], -1.0), "Inconsistent", 0, $"The respondent at row 1 (weight -1) {Bad}");
        var consistent = PsmTallyBytes.With(good, at["Inconsistent[0].TooCheap"], 1.0);
        consistent = PsmTallyBytes.With(consistent, at["Inconsistent[0].Cheap"], 2.0);
        consistent = PsmTallyBytes.With(consistent, at["Inconsistent[0].Expensive"], 3.0);
        Rejected(PsmTallyBytes.With(consistent, at["Inconsistent[0].TooExpensive"], 4.0), "Inconsistent", 0, $"The respondent at row 1 (weight 1) {Bad}");
        Rejected(PsmTallyBytes.With(good, at["Inconsistent[0].Cheap"], -1.0), "Inconsistent", 0, "The answer -1 is not a finite number at least 0.");

        var twice = new PsmTally();
        twice.Add(4, 3, 2, 1);
        twice.Add(4, 3, 2, 1);
        var bytes = twice.ToBytes();
        Rejected(PsmTallyBytes.With(bytes, Read(bytes).Offsets["Inconsistent[1].Row"], 0), "Inconsistent", 1, $"The respondent at row 0 (weight 1) {Bad}");
    }

    [Fact]
    public void FromBytes_BadCombinations_Throw()
    {
        var good = Good();
        var read = Read(good);
        var at = read.Offsets;
        const string Bad = "is not tallied, or has a price position or intention flags out of range.";

        Assert.Equal(3, read.Combinations.Count);
        Rejected(PsmTallyBytes.With(good, at["Flags"], (byte)2), "Combinations", 0, "A tally without purchase intentions has no combinations.");
        Rejected(PsmTallyBytes.With(good, at["Combinations[0].FirstRow"], 9), "Combinations", 0, $"The combination at row 9 {Bad}");
        Rejected(PsmTallyBytes.With(good, at["Combinations[0].Cheap"], 99), "Combinations", 0, $"The combination at row 0 {Bad}");
        Rejected(PsmTallyBytes.With(good, at["Combinations[0].Cheap"], -2), "Combinations", 0, $"The combination at row 0 {Bad}");
        Rejected(PsmTallyBytes.With(good, at["Combinations[0].Given"], (byte)4), "Combinations", 0, $"The combination at row 0 {Bad}");
        Rejected(PsmTallyBytes.With(good, at["Combinations[0].Weight"], -1L), "Combinations", 0, "The weight -1 is negative or larger than the rows tallied allow (6442450944).");
        var copy = good.ToArray();
        good.AsSpan(at["Combinations[0]"], at["Combinations[1]"] - at["Combinations[0]"]).CopyTo(copy.AsSpan(at["Combinations[1]"]));
        Rejected(copy, "Combinations", 1, "The combination is given twice.");
    }

    [Fact]
    public void Merge_Rejections_SayWhy()
    {
        var withIntentions = new PsmTally(0, hasPurchaseIntentions: true);
        var without = new PsmTally(5);
        without.Add(1, 2, 3, 4);

        Assert.Equal(
            "Only tallies that both have purchase intentions, or both have none, merge; this one has.",
            Assert.Throws<InvalidInputException>("other", () => withIntentions.Merge(without)).Detail);
        Assert.Equal(
            "Only tallies that both have purchase intentions, or both have none, merge; this one has none.",
            Assert.Throws<InvalidInputException>("other", () => without.Merge(withIntentions)).Detail);
        Assert.Equal("The tallies share rows from 5: a row can be tallied only once.", Assert.Throws<InvalidInputException>("other", () => without.Merge(without)).Detail);
        var same = new PsmTally(5);
        same.Add(1, 2, 3, 4);
        Assert.Equal("The tallies share rows from 5: a row can be tallied only once.", Assert.Throws<InvalidInputException>("other", () => without.Merge(same)).Detail);
        Assert.Equal(1, without.Count);
    }

    [Fact]
    public void Add_Rejections_SayWhy()
    {
        var without = new PsmTally(5);

        Assert.Equal("The cheap price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("cheap", () => without.Add(null, -1, 3, 4)).Detail);
        Assert.Equal("The too cheap price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("tooCheap", () => without.Add(-1, 2, 3, 4)).Detail);
        Assert.Equal("The expensive price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("expensive", () => without.Add(null, 2, -1, 4)).Detail);
        Assert.Equal("The too expensive price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("tooExpensive", () => without.Add(null, 2, 3, -1)).Detail);
        Assert.Equal("The weight must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("weight", () => without.Add(1, 2, 3, 4, -1)).Detail);
        Assert.Equal("The tally has no purchase intentions, but an intention is given.", Assert.Throws<InvalidInputException>("purchaseIntentCheap", () => without.Add(1, 2, 3, 4, 1, 5)).Detail);
        Assert.Equal((0, 5), (without.Count, without.NextRow));
    }

    [Fact]
    public void Add_PastTheLastRow_Throws()
    {
        var tally = new PsmTally(int.MaxValue);
        Assert.Equal(
            $"The tally has reached row {int.MaxValue}, the last row a survey can have.",
            Assert.Throws<InvalidOperationException>(() => tally.Add(null, 2, 3, 4)).Message);
    }

    [Fact]
    public void Merge_Sums_KeepTheirRoundingResidual()
    {
        // 1 + 3 · 2^-60 is not a double: the sum keeps 1 and the residual 3 · 2^-60, exactly.
        var tally = Shard(0, 1.0, Tiny, Tiny, Tiny);
        var cheap = Read(tally.ToBytes()).Weights.Single(w => w.Question == PsmQuestion.Cheap && w.Price == 2);
        Assert.Equal((1.0, 3 * Tiny), (cheap.Weight, cheap.Residual));

        // Merged, the other tally's residual is added too.
        var merged = Shard(10, 1.0);
        merged.Merge(tally);
        var both = Read(merged.ToBytes());
        Assert.Equal((2.0, 3 * Tiny), both.Weights.Where(w => w.Question == PsmQuestion.Cheap && w.Price == 2).Select(w => (w.Weight, w.Residual)).Single());

        // The same for the combinations of answers and intentions, which also keep their first row.
        var combination = both.Combinations.Single();
        Assert.Equal((0, 2.0, 3 * Tiny), (combination.FirstRow, combination.Weight, combination.Residual));
    }

    [Fact]
    public void Add_Sums_CarryTheResidualIntoTheSumOnceItIsLargeEnough()
    {
        // 1 + 2^-53 rounds to 1 (residual 2^-53); adding 2^-53 again makes the residual 2^-52, which the sum then takes:
        // 1 + 2^-52 exactly, residual 0.
        var half = Math.ScaleB(1.0, -53);
        var cheap = Read(Shard(0, 1.0, half, half).ToBytes()).Weights.Single(w => w.Question == PsmQuestion.Cheap && w.Price == 2);
        Assert.Equal((1.0 + Math.ScaleB(1.0, -52), 0.0), (cheap.Weight, cheap.Residual));
    }

    [Fact]
    public void Add_NegativeZero_IsThePriceZero()
    {
        var tally = new PsmTally(0, hasPurchaseIntentions: true);
        tally.Add(-0.0, -0.0, 1, 2, 1, 5, 4);       // too cheap and cheap at -0: inconsistent, kept as given
        tally.Add(-0.0, -0.0, -0.0, -0.0, 1, 5, 4); // every answer -0
        tally.Add(0.0, 0.5, 1, 2, 1, 5, 4);
        var read = Read(tally.ToBytes());

        var prices = read.Weights.Select(w => w.Price)
            .Concat(read.Inconsistent.SelectMany(r => new[] { r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive }).OfType<double>())
            .Concat(read.Combinations.SelectMany(c => new[] { c.TooCheap, c.Cheap, c.Expensive, c.TooExpensive }).OfType<double>());
        Assert.All(prices, p => Assert.False(double.IsNegative(p), "a price of -0"));
    }

    [Fact]
    public void FromBytes_NegativeZero_IsThePriceZero()
    {
        // Prices 0 and 1 (consistent), and a respondent at -0 everywhere: bytes with the price 0 written as -0 read it as 0,
        // and bytes giving 0 twice (once as -0) give a price twice.
        var tally = new PsmTally();
        tally.Add(0.0, 1, 2, 3);
        tally.Add(-0.0, -0.0, -0.0, -0.0);
        var bytes = tally.ToBytes();
        var at = Read(bytes).Offsets;

        var negative = PsmTally.FromBytes(PsmTallyBytes.With(PsmTallyBytes.With(bytes, at["Prices[0].Price"], -0.0), at["Inconsistent[0].Cheap"], -0.0));
        Assert.Equal(bytes, negative.ToBytes());
        Rejected(PsmTallyBytes.With(bytes, at["Prices[1].Price"], -0.0), "Prices", 1, "The price 0 (kinds 1) is not a finite number at least 0 given once, with kinds 0 to 3.");
    }

    [Fact]
    public void Add_ExactlyTheFirstCapacity_RescalesMergesAndAnalyses()
    {
        // 64 distinct prices fill the tally's first arrays exactly; every loop over the prices must stop at the count.
        var full = new PsmTally();
        for (var i = 0; i < 16; i++)
        {
            full.Add(10 + (4 * i), 10 + (4 * i) + 1, 10 + (4 * i) + 2, 10 + (4 * i) + 3);
        }

        Assert.Equal(64, Read(full.ToBytes()).Weights.Select(w => w.Price).Distinct().Count());

        var other = new PsmTally(16);
        other.Merge(full);
        Assert.Equal(16, other.Count);
        Assert.Equal(64, Read(other.ToBytes()).Weights.Select(w => w.Price).Distinct().Count());

        var analysed = PriceSensitivityMeter.Analyze(full, new PsmOptions { ExcludeInconsistent = false });
        Assert.Equal(64, analysed.Curves.Prices.Count);

        // A heavier respondent raises the unit of every stored weight.
        full.Add(10, 11, 12, 13, weight: 4);
        var read = Read(full.ToBytes());
        Assert.Equal(2, read.WeightExponent);
        Assert.Equal(5.0 / 4.0, read.Weights.Single(w => w.Price == 11 && w.Question == PsmQuestion.Cheap).Weight);
    }

    [Fact]
    public void Merge_InconsistentRespondentsInAnyOrder_AreSummedInRowOrder()
    {
        // At the price 1: weights 2^-53 (row 0), 2^-53 (row 10) and 1 (row 20). In row order they sum to 1 + 2^-52; in the
        // order 0, 20, 10 to 1 (each 2^-53 is lost). Kept in the curves, they must not depend on the order in which the
        // shards were merged.
        var half = Math.ScaleB(1.0, -53);
        var ordered = Inconsistent(0, half);
        ordered.Merge(Inconsistent(10, half));
        ordered.Merge(Inconsistent(20, 1.0));
        var shuffled = Inconsistent(0, half);
        shuffled.Merge(Inconsistent(20, 1.0));
        shuffled.Merge(Inconsistent(10, half));

        var options = new PsmOptions { ExcludeInconsistent = false };
        var expected = PriceSensitivityMeter.Analyze(ordered, options).Curves;
        var actual = PriceSensitivityMeter.Analyze(shuffled, options).Curves;

        Assert.Equal(expected.Cheap, actual.Cheap);
        Assert.Equal(expected.Expensive, actual.Expensive);
        Assert.NotEqual(1.0 / 2.0, expected.Cheap[0]); // the sum in row order is not the one that loses both halves
    }

    [Fact]
    public void Merge_AdjacentRowRanges_AreJoined()
    {
        var first = Shard(0, 1.0, 1.0);
        first.Merge(Shard(2, 1.0, 1.0));
        Assert.Equal([(0, 4)], Read(first.ToBytes()).Rows);
        var gap = Shard(0, 1.0);
        gap.Merge(Shard(2, 1.0));
        gap.Merge(Shard(1, 1.0));
        Assert.Equal([(0, 3)], Read(gap.ToBytes()).Rows);
    }

    [Fact]
    public void FromBytes_RespondentInconsistentOnlyByTooCheap_RoundTrips()
    {
        // Too cheap 2.5 above cheap 2: inconsistent, although cheap < expensive < too expensive.
        var tally = new PsmTally();
        tally.Add(2.5, 2, 3, 4);
        tally.Add(1, 2, 3, 4);

        Assert.Single(Read(tally.ToBytes()).Inconsistent);
        Assert.Equal(2, PsmTally.FromBytes(tally.ToBytes()).Count);
    }

    private static readonly double Tiny = Math.ScaleB(1.0, -60);

    private static PsmTallyBytes Read(byte[] bytes) => PsmTallyBytes.Read(bytes);

    // Row 0 consistent, row 1 inconsistent (decreasing), row 2 without a too-cheap answer; with intentions.
    private static byte[] Good(double weight = 1.0)
    {
        var tally = new PsmTally(0, hasPurchaseIntentions: true);
        tally.Add(1, 2, 3, 4, weight, 5, 4);
        tally.Add(4, 3, 2, 1, weight, 5, 4);
        tally.Add(null, 2, 3, 4, weight, 4, 3);
        return tally.ToBytes();
    }

    private static void Rejected(byte[] bytes, string field, int? index, string detail)
    {
        var error = Assert.Throws<InvalidInputException>("bytes", () => PsmTally.FromBytes(bytes));
        Assert.Equal(detail, error.Detail);
        Assert.Equal(field, error.Field);
        Assert.Equal(index, error.Index);
    }

    private static PsmTally Shard(int firstRow, params (double? TooCheap, double Cheap, double Expensive, double TooExpensive)[] rows)
    {
        var tally = new PsmTally(firstRow);
        foreach (var (tooCheap, cheap, expensive, tooExpensive) in rows)
        {
            tally.Add(tooCheap, cheap, expensive, tooExpensive);
        }

        return tally;
    }

    private static PsmTally Shard(int firstRow, params double[] weights)
    {
        var tally = new PsmTally(firstRow, hasPurchaseIntentions: true);
        foreach (var weight in weights)
        {
            tally.Add(1, 2, 3, 4, weight, 5, 4);
        }

        return tally;
    }

    private static PsmTally Inconsistent(int firstRow, double weight)
    {
        var tally = new PsmTally(firstRow);
        tally.Add(1, 1, 1, 1, weight);
        tally.Add(1.5, 2, 3, 4, 1);
        return tally;
    }
}
