using System.Collections.ObjectModel;
using SolutionFit.Gauges;
using static SolutionFit.Tests.Gauges.ObservedDeals;

namespace SolutionFit.Tests.Gauges;

/// <summary><see cref="PriceHappinessGauge"/>: counts, shares and effective size of one group, grouping by a key in first-appearance order, and the guards with their messages.</summary>
public sealed class PriceHappinessGaugeTests
{
    [Fact]
    public void Measure_MixedReactions_CountsSharesAndSmileIndex()
    {
        var gauge = PriceHappinessGauge.Measure(Deals((PriceReaction.Bargain, 3), (PriceReaction.Fair, 4), (PriceReaction.Grumble, 2), (PriceReaction.TooExpensive, 1)));

        Assert.Equal(10, gauge.Count);
        Assert.Equal(4, gauge.CountOf(PriceReaction.Fair));
        Assert.Equal(0.3, gauge.ShareOf(PriceReaction.Bargain));
        Assert.Equal(0.0, gauge.ShareOf(PriceReaction.TooCheap));
        Assert.Equal(40.0, gauge.SmileIndex, 1e-12);
        Assert.Equal(10.0, gauge.EffectiveSampleSize, 1e-12);
        Assert.InRange(40.0, gauge.SmileIndexInterval.Lower, gauge.SmileIndexInterval.Upper);
    }

    [Fact]
    public void Measure_WeightedDeals_UseKishsEffectiveSize()
    {
        ObservedReaction[] deals = [new("a", PriceReaction.Bargain, 3), new("b", PriceReaction.Grumble, 1)];

        var gauge = PriceHappinessGauge.Measure(deals);

        Assert.Equal(0.75, gauge.ShareOf(PriceReaction.Bargain));
        Assert.Equal(50.0, gauge.SmileIndex, 1e-12);
        Assert.Equal(16.0 / 10.0, gauge.EffectiveSampleSize, 1e-12);
        Assert.Equal(1, gauge.CountOf(PriceReaction.Bargain));
    }

    [Fact]
    public void Measure_IncreasingWeights_SharesAreTheirProportions()
    {
        // Each heavier deal rescales the weights seen so far; the shares and the effective sample size are the weights'
        // proportions whatever the order (here, lightest first, and from a weight of 0).
        var gauge = PriceHappinessGauge.Measure([new("z", PriceReaction.Grumble, 0), new("a", PriceReaction.Fair, 1), new("b", PriceReaction.Bargain, 2), new("c", PriceReaction.TooExpensive, 4)]);

        Assert.Equal(1.0 / 7.0, gauge.ShareOf(PriceReaction.Fair), 15);
        Assert.Equal(2.0 / 7.0, gauge.ShareOf(PriceReaction.Bargain), 15);
        Assert.Equal(4.0 / 7.0, gauge.ShareOf(PriceReaction.TooExpensive), 15);
        Assert.Equal(0.0, gauge.ShareOf(PriceReaction.Grumble));
        Assert.Equal(49.0 / 21.0, gauge.EffectiveSampleSize, 12);
    }

    [Theory]
    [InlineData(1e155)]
    [InlineData(1e-170)]
    [InlineData(5e-324)]
    [InlineData(double.MaxValue)]
    public void Measure_OneDealWithExtremeWeight_IntervalAsWithWeightOne(double weight)
    {
        var gauge = PriceHappinessGauge.Measure([new ObservedReaction("d", PriceReaction.Fair, weight)]);
        var reference = PriceHappinessGauge.Measure([new ObservedReaction("d", PriceReaction.Fair)]);

        Assert.Equal(1.0, gauge.EffectiveSampleSize);
        Assert.Equal(reference.SmileIndexInterval.Lower, gauge.SmileIndexInterval.Lower);
        Assert.Equal(reference.SmileIndexInterval.Upper, gauge.SmileIndexInterval.Upper);
    }

    [Fact]
    public void Measure_WeightsSummingPast1e308_SharesAsWithEqualWeights()
    {
        var reactions = Enumerable.Range(0, 50).Select(i => (Id: $"d{i}", Reaction: (PriceReaction)(i % 5))).ToArray();

        var huge = PriceHappinessGauge.Measure(reactions.Select(r => new ObservedReaction(r.Id, r.Reaction, 1e308)));
        var equal = PriceHappinessGauge.Measure(reactions.Select(r => new ObservedReaction(r.Id, r.Reaction)));

        foreach (var reaction in Enum.GetValues<PriceReaction>())
        {
            Assert.Equal(equal.ShareOf(reaction), huge.ShareOf(reaction));
        }

        Assert.Equal(equal.SmileIndex, huge.SmileIndex);
        Assert.Equal(50.0, huge.EffectiveSampleSize, 9);
    }

    [Fact]
    public void Measure_InvalidReactions_ThrowNamingReactions()
    {
        Assert.Throws<ArgumentNullException>("reactions", () => PriceHappinessGauge.Measure(null!));
        Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([]));
        Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([default]));
        var duplicate = Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([new("d", PriceReaction.Fair), new("d", PriceReaction.Bargain)]));
        Assert.Contains("'d'", duplicate.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([new("d", PriceReaction.Fair, 0)]));
    }

    [Fact]
    public void Measure_InvalidReactions_MessagesSayWhatIsWrong()
    {
        var noId = Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([default]));
        Assert.Equal("A reaction has no deal id (a default ObservedReaction); record each deal with its id.", noId.Detail);
        Assert.Equal(0, noId.Index);
        Assert.Equal("There is no reaction to measure.", Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([])).Detail);
        Assert.Equal(
            "The 2 reaction(s) all have weight 0; at least one must count.",
            Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([new("a", PriceReaction.Fair, 0), new("b", PriceReaction.Bargain, 0)])).Detail);
        var duplicate = Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([new("a", PriceReaction.Fair), new("b", PriceReaction.Fair), new("a", PriceReaction.Bargain)]));
        Assert.Equal("Deal 'a' has more than one reaction; each deal is counted once.", duplicate.Detail);
        Assert.Equal((2, "a"), (duplicate.Index, duplicate.ItemId));
    }

    [Fact]
    public void MeasureBy_Groups_KeyedInFirstAppearanceOrder()
    {
        var deals = new[] { ("ben", PriceReaction.Fair), ("ana", PriceReaction.Bargain), ("ben", PriceReaction.Grumble), ("cy", PriceReaction.TooExpensive) };

        var groups = PriceHappinessGauge.MeasureBy(deals.Select((d, i) => (d.Item1, d.Item2, Id: $"D{i}")), d => d.Item1, d => new ObservedReaction(d.Id, d.Item2));

        Assert.Equal(["ben", "ana", "cy"], groups.Select(g => g.Key));
        Assert.Equal(["ben", "ana", "cy"], groups.Keys);
        Assert.Equal(3, groups.Count);
        Assert.Equal(0.0, groups["ben"].SmileIndex);
        Assert.Equal(2, groups["ben"].Count);
        Assert.Equal(100.0, groups["ana"].SmileIndex);
        Assert.Equal(-100.0, groups["cy"].SmileIndex);
        Assert.Equal(groups.Values, groups.Select(g => g.Value));
        Assert.False(groups.ContainsKey("dee"));
    }

    [Fact]
    public void MeasureBy_EachGroup_IsTheGaugeOfItsDeals()
    {
        ObservedReaction[] deals = [new("a", PriceReaction.Fair, 2), new("b", PriceReaction.Grumble), new("c", PriceReaction.Bargain, 3), new("d", PriceReaction.TooCheap)];

        var groups = PriceHappinessGauge.MeasureBy(deals, d => d.DealId is "a" or "c", d => d);

        Assert.Equal([true, false], groups.Keys);
        var alone = PriceHappinessGauge.Measure([deals[0], deals[2]]);
        Assert.Equal(alone.SmileIndex, groups[true].SmileIndex);
        Assert.Equal(alone.SmileIndexInterval, groups[true].SmileIndexInterval);
        Assert.Equal(alone.EffectiveSampleSize, groups[true].EffectiveSampleSize);
        Assert.Equal(PriceHappinessGauge.Measure([deals[1], deals[3]]).SmileIndexInterval, groups[false].SmileIndexInterval);
    }

    [Fact]
    public void MeasureBy_Result_CannotBeCastBackAndChanged()
    {
        var groups = PriceHappinessGauge.MeasureBy([new ObservedReaction("a", PriceReaction.Fair)], d => "all", d => d);

        Assert.IsType<ReadOnlyDictionary<string, SmileGauge>>(groups);
        var asDictionary = Assert.IsAssignableFrom<IDictionary<string, SmileGauge>>(groups);
        Assert.True(asDictionary.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => asDictionary.Add("b", groups["all"]));
        Assert.Throws<NotSupportedException>(() => asDictionary.Remove("all"));
    }

    [Fact]
    public void MeasureBy_KeysEqualByDefaultEquality_FormOneGroup()
    {
        var groups = PriceHappinessGauge.MeasureBy([new ObservedReaction("a", PriceReaction.Fair), new ObservedReaction("b", PriceReaction.Grumble)], d => new string('k', 1), d => d);

        Assert.Equal(2, Assert.Single(groups).Value.Count);
    }

    [Fact]
    public void MeasureBy_InvalidArguments_ThrowNamingTheParameter()
    {
        ObservedReaction[] deals = [new("d", PriceReaction.Fair)];
        Assert.Throws<ArgumentNullException>("source", () => PriceHappinessGauge.MeasureBy<ObservedReaction, string>(null!, d => d.DealId, d => d));
        Assert.Throws<ArgumentNullException>("key", () => PriceHappinessGauge.MeasureBy<ObservedReaction, string>(deals, null!, d => d));
        Assert.Throws<ArgumentNullException>("reaction", () => PriceHappinessGauge.MeasureBy<ObservedReaction, string>(deals, d => d.DealId, null!));
        Assert.Throws<InvalidInputException>("key", () => PriceHappinessGauge.MeasureBy(deals, d => (string)null!, d => d));
        var ex = Assert.Throws<InvalidInputException>("source", () => PriceHappinessGauge.MeasureBy([new ObservedReaction("d", PriceReaction.Fair, 0)], d => "ana", d => d));
        Assert.StartsWith("Group 'ana': ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasureBy_NullKey_MessageAndIndexPointAtTheDeal()
    {
        Assert.Equal(
            "A deal has no group: its key is null.",
            Assert.Throws<InvalidInputException>("key", () => PriceHappinessGauge.MeasureBy([new ObservedReaction("a", PriceReaction.Fair)], _ => (string)null!, r => r)).Detail);
        Assert.Throws<ArgumentNullException>("source", () => PriceHappinessGauge.MeasureBy<ObservedReaction, string>(null!, r => r.DealId, r => r));

        ObservedReaction[] deals = [new("a", PriceReaction.Fair), new("b", PriceReaction.Fair), new("c", PriceReaction.Bargain)];
        var ex = Assert.Throws<InvalidInputException>("key", () => PriceHappinessGauge.MeasureBy(deals, d => d.DealId == "c" ? null! : "g", d => d));
        Assert.Equal(2, ex.Index);
    }

    [Fact]
    public void MeasureBy_NullKey_IsFoundBeforeAnyReactionIsMade()
    {
        var made = 0;
        ObservedReaction[] deals = [new("a", PriceReaction.Fair), new("b", PriceReaction.Fair)];

        Assert.Throws<InvalidInputException>("key", () => PriceHappinessGauge.MeasureBy(deals, d => d.DealId == "b" ? null! : "g", d => { made++; return d; }));
        Assert.Equal(0, made);
    }
}
