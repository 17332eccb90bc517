using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>The tally's guards, how it classifies respondents, and what a merge accepts.</summary>
public sealed class GaborGrangerTallyTests
{
    [Fact]
    public void Constructor_NullPrices_Throws() =>
        Assert.Throws<ArgumentNullException>("prices", () => new GaborGrangerTally(null!));

    [Fact]
    public void Constructor_NoPrice_Throws() =>
        Assert.Throws<InvalidInputException>("prices", () => new GaborGrangerTally([]));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-20.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_PriceNotPositiveFinite_ThrowsNamingIt(double price)
    {
        var e = Assert.Throws<InvalidInputException>("prices", () => new GaborGrangerTally([10.0, price]));
        Assert.Equal(1, e.Index);
    }

    [Fact]
    public void Constructor_PriceTwice_ThrowsNamingTheSecond()
    {
        var e = Assert.Throws<InvalidInputException>("prices", () => new GaborGrangerTally([20.0, 10.0, 20.0]));
        Assert.Equal(2, e.Index);
        Assert.Contains("20", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prices_ColumnsInAnyOrder_KeepTheGivenOrder() =>
        Assert.Equal([30.0, 10.0, 20.0], new GaborGrangerTally([30.0, 10.0, 20.0]).Prices);

    [Fact]
    public void Add_NullAnswers_Throws() =>
        Assert.Throws<ArgumentNullException>("answers", () => new GaborGrangerTally([10.0]).Add(null!));

    [Fact]
    public void Add_WrongNumberOfAnswers_Throws() =>
        Assert.Throws<InvalidInputException>("answers", () => new GaborGrangerTally([10.0, 20.0]).Add([true]));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Add_WeightNegativeOrNotFinite_Throws(double weight) =>
        Assert.Throws<InvalidInputException>("weight", () => new GaborGrangerTally([10.0]).Add([true], weight));

    [Fact]
    public void Add_YesAboveANo_IsInconsistentEvenAcrossUnaskedPrices()
    {
        var tally = new GaborGrangerTally([10.0, 20.0, 30.0]);
        Assert.Equal(GaborGrangerAnswer.Inconsistent, tally.Add([false, null, true]));
        Assert.Equal(GaborGrangerAnswer.Inconsistent, tally.Add([true, false, true]));
        Assert.Equal((2L, 0L, 2L, 0L), (tally.Respondents, tally.Used, tally.Inconsistent, tally.NoAnswer));
    }

    [Fact]
    public void Add_ColumnsOutOfOrder_ClassifiesByPrice()
    {
        var tally = new GaborGrangerTally([30.0, 10.0]);
        Assert.Equal(GaborGrangerAnswer.Used, tally.Add([false, true])); // buys at 10, not at 30
        Assert.Equal(GaborGrangerAnswer.Inconsistent, tally.Add([true, false])); // buys at 30, not at 10
    }

    [Fact]
    public void Add_NoAnswer_IsDroppedAndCounted()
    {
        var tally = new GaborGrangerTally([10.0, 20.0]);
        Assert.Equal(GaborGrangerAnswer.NoAnswer, tally.Add([null, null], 2.0, "a"));
        Assert.Equal(GaborGrangerAnswer.Used, tally.Add([true, null]));
        Assert.Equal((2L, 1L, 0L, 1L), (tally.Respondents, tally.Used, tally.Inconsistent, tally.NoAnswer));
        Assert.Equal(["all"], GaborGranger.Analyze(tally).Segments.Select(s => s.Segment));
    }

    [Fact]
    public void Merge_Null_Throws() =>
        Assert.Throws<ArgumentNullException>("other", () => new GaborGrangerTally([10.0]).Merge(null!));

    [Fact]
    public void Merge_Itself_Throws()
    {
        var tally = new GaborGrangerTally([10.0]);
        Assert.Throws<InvalidInputException>("other", () => tally.Merge(tally));
    }

    [Fact]
    public void Merge_OtherPrices_Throws() =>
        Assert.Throws<InvalidInputException>("other", () => new GaborGrangerTally([10.0, 20.0]).Merge(new GaborGrangerTally([10.0, 25.0])));

    [Fact]
    public void Merge_SamePricesInOtherColumnOrder_AddsCountsAndWeights()
    {
        var (a, b) = (new GaborGrangerTally([10.0, 20.0]), new GaborGrangerTally([20.0, 10.0]));
        a.Add([true, false], 1.0, "x");
        b.Add([false, true], 2.0, "x"); // the same interval [10, 20)
        b.Add([null, null]);
        a.Merge(b);
        Assert.Equal((3L, 2L, 1L), (a.Respondents, a.Used, a.NoAnswer));
        var x = GaborGranger.Analyze(a).Segments[1];
        Assert.Equal(3.0, x.Weight);
        Assert.Equal([1.0, 0.0], x.Prices.Select(p => p.Demand!.Value));
    }

    [Fact]
    public void Add_WeightsSummingPastTheBound_ThrowsAndLeavesTheTallyAsItWas()
    {
        var tally = new GaborGrangerTally([10.0, 20.0]);
        tally.Add([true, false], 6e299);

        var e = Assert.Throws<InvalidInputException>("weight", () => tally.Add([true, false], 6e299));

        Assert.Contains("1e300", e.Detail, StringComparison.Ordinal);
        Assert.Equal(1, tally.Used);
        Assert.Equal(GaborGrangerAnswer.Inconsistent, tally.Add([false, true], 6e299));
        var all = GaborGranger.Analyze(tally).Segments[0];
        Assert.Equal(1.0, all.Prices[0].Demand);
        Assert.Equal(0.0, all.Prices[1].Demand);
    }

    [Fact]
    public void Merge_WeightsSummingPastTheBound_ThrowsAndLeavesTheTallyAsItWas()
    {
        var first = new GaborGrangerTally([10.0, 20.0]);
        var second = new GaborGrangerTally([10.0, 20.0]);
        first.Add([true, false], 6e299);
        second.Add([true, true], 6e299);

        Assert.Throws<InvalidInputException>("other", () => first.Merge(second));

        Assert.Equal(1, first.Used);
        Assert.Equal(0.0, GaborGranger.Analyze(first).Segments[0].Prices[1].Demand);
    }
}
