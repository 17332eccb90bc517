using SolutionFit.Gauges;

namespace SolutionFit.Tests.Gauges;

public sealed class PriceHappinessGaugeTests
{
    private static IEnumerable<ObservedReaction> Deals(params (PriceReaction Reaction, int Count)[] groups)
    {
        var id = 0;
        foreach (var (reaction, count) in groups)
        {
            for (var i = 0; i < count; i++)
            {
                yield return new ObservedReaction($"D{id++}", reaction);
            }
        }
    }

    [Fact]
    public void Measure_CountsSharesAndSmileIndex()
    {
        var gauge = PriceHappinessGauge.Measure(Deals((PriceReaction.Bargain, 3), (PriceReaction.Fair, 4), (PriceReaction.Grumble, 2), (PriceReaction.TooExpensive, 1)));

        Assert.Equal(10, gauge.Count);
        Assert.Equal(4, gauge.CountOf(PriceReaction.Fair));
        Assert.Equal(0.3, gauge.ShareOf(PriceReaction.Bargain));
        Assert.Equal(0.0, gauge.ShareOf(PriceReaction.TooCheap));
        Assert.Equal(40.0, gauge.SmileIndex, 1e-12);
        Assert.Equal(10.0, gauge.EffectiveSampleSize, 1e-12);
        Assert.InRange(40.0, gauge.SmileIndexLower, gauge.SmileIndexUpper);
    }

    [Fact]
    public void Measure_Interval_IsNewcombesMethod10()
    {
        // Newcombe (1998), "Improved confidence intervals for the difference between binomial proportions based on paired
        // data", example (a): a = 36, b = 12, c = 2, d = 0, difference 0.2000, method 10 interval 0.0569 to 0.3404. The
        // smile index is the same paired difference with the roles of a and d exchanged (the interval is symmetric in them):
        // 12 smiling, 2 grumbling, 36 neutral (too cheap).
        var gauge = PriceHappinessGauge.Measure(Deals((PriceReaction.Bargain, 12), (PriceReaction.Grumble, 2), (PriceReaction.TooCheap, 36)));

        Assert.Equal(20.0, gauge.SmileIndex, 1e-12);
        Assert.Equal(5.69, gauge.SmileIndexLower, 0.01);
        Assert.Equal(34.04, gauge.SmileIndexUpper, 0.01);
    }

    [Fact]
    public void Measure_AllSmiling_KeepsAnHonestWidth()
    {
        var gauge = PriceHappinessGauge.Measure(Deals((PriceReaction.Fair, 5)));

        Assert.Equal(100.0, gauge.SmileIndex);
        Assert.Equal(100.0, gauge.SmileIndexUpper);
        Assert.Equal(38.55, gauge.SmileIndexLower, 0.01); // Wilson lower bound of 5/5 is 0.5655; the difference's is 0.3855
    }

    [Fact]
    public void Measure_Weights_UseKishsEffectiveSize()
    {
        ObservedReaction[] deals = [new("a", PriceReaction.Bargain, 3), new("b", PriceReaction.Grumble, 1)];

        var gauge = PriceHappinessGauge.Measure(deals);

        Assert.Equal(0.75, gauge.ShareOf(PriceReaction.Bargain));
        Assert.Equal(50.0, gauge.SmileIndex, 1e-12);
        Assert.Equal(16.0 / 10.0, gauge.EffectiveSampleSize, 1e-12);
        Assert.Equal(1, gauge.CountOf(PriceReaction.Bargain));
    }

    [Fact]
    public void MeasureBy_GroupsInFirstAppearanceOrder()
    {
        var deals = new[] { ("ben", PriceReaction.Fair), ("ana", PriceReaction.Bargain), ("ben", PriceReaction.Grumble) };

        var groups = PriceHappinessGauge.MeasureBy(deals.Select((d, i) => (d.Item1, d.Item2, Id: $"D{i}")), d => d.Item1, d => new ObservedReaction(d.Id, d.Item2));

        Assert.Equal(["ben", "ana"], groups.Select(g => g.Key));
        Assert.Equal(0.0, groups[0].Value.SmileIndex);
        Assert.Equal(100.0, groups[1].Value.SmileIndex);
    }

    [Fact]
    public void Compare_SameGroups_DifferenceZeroNotSignificant_ClearDifferenceIs()
    {
        var happy = PriceHappinessGauge.Measure(Deals((PriceReaction.Bargain, 40), (PriceReaction.Fair, 40), (PriceReaction.Grumble, 20)));
        var grumpy = PriceHappinessGauge.Measure(Deals((PriceReaction.Fair, 20), (PriceReaction.Grumble, 50), (PriceReaction.TooExpensive, 30)));

        var same = SmileGauge.Compare(happy, happy);
        var apart = SmileGauge.Compare(happy, grumpy);

        Assert.Equal(0.0, same.Difference);
        Assert.False(same.IsSignificant);
        Assert.InRange(0.0, same.Lower, same.Upper);
        Assert.Equal(120.0, apart.Difference, 1e-9);
        Assert.True(apart.IsSignificant);
        Assert.InRange(apart.Difference, apart.Lower, apart.Upper);
        Assert.Equal(-apart.Difference, SmileGauge.Compare(grumpy, happy).Difference);
    }

    [Fact]
    public void ObservedReaction_Guards()
    {
        Assert.Throws<ArgumentNullException>("dealId", () => new ObservedReaction(null!, PriceReaction.Fair));
        Assert.Throws<InvalidInputException>("dealId", () => new ObservedReaction(" ", PriceReaction.Fair));
        Assert.Throws<InvalidInputException>("reaction", () => new ObservedReaction("d", (PriceReaction)9));
        var ex = Assert.Throws<InvalidInputException>("weight", () => new ObservedReaction("deal-7", PriceReaction.Fair, double.NaN));
        Assert.Contains("'deal-7'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidInputException>("weight", () => new ObservedReaction("d", PriceReaction.Fair, -1));
        Assert.Throws<InvalidInputException>("weight", () => new ObservedReaction("d", PriceReaction.Fair, double.PositiveInfinity));
        Assert.Equal(string.Empty, default(ObservedReaction).DealId);
    }

    [Fact]
    public void Measure_Guards()
    {
        Assert.Throws<ArgumentNullException>("reactions", () => PriceHappinessGauge.Measure(null!));
        Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([]));
        Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([default]));
        var duplicate = Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([new("d", PriceReaction.Fair), new("d", PriceReaction.Bargain)]));
        Assert.Contains("'d'", duplicate.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([new("d", PriceReaction.Fair, 0)]));
    }

    [Fact]
    public void MeasureBy_Guards()
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
    public void Gauge_Guards()
    {
        var gauge = PriceHappinessGauge.Measure([new("d", PriceReaction.Fair)]);

        Assert.Throws<ArgumentOutOfRangeException>("reaction", () => gauge.CountOf((PriceReaction)7));
        Assert.Throws<ArgumentOutOfRangeException>("reaction", () => gauge.ShareOf((PriceReaction)7));
        Assert.Throws<ArgumentNullException>("first", () => SmileGauge.Compare(null!, gauge));
        Assert.Throws<ArgumentNullException>("second", () => SmileGauge.Compare(gauge, null!));
    }
}
