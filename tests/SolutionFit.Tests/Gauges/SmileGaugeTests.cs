using SolutionFit.Gauges;
using static SolutionFit.Tests.Gauges.ObservedDeals;

namespace SolutionFit.Tests.Gauges;

/// <summary><see cref="SmileGauge"/>: the smile index's Newcombe interval, the MOVER comparison of two groups, the text, and the guards.</summary>
public sealed class SmileGaugeTests
{
    [Fact]
    public void SmileIndexInterval_NewcombesExample_IsMethod10()
    {
        // Newcombe (1998), "Improved confidence intervals for the difference between binomial proportions based on paired
        // data", example (a): a = 36, b = 12, c = 2, d = 0, difference 0.2000, method 10 interval 0.0569 to 0.3404. The
        // smile index is the same paired difference with the roles of a and d exchanged (the interval is symmetric in them):
        // 12 smiling, 2 grumbling, 36 neutral (too cheap).
        var gauge = PriceHappinessGauge.Measure(Deals((PriceReaction.Bargain, 12), (PriceReaction.Grumble, 2), (PriceReaction.TooCheap, 36)));

        Assert.Equal(20.0, gauge.SmileIndex, 1e-12);
        Assert.Equal(5.69, gauge.SmileIndexInterval.Lower, 0.01);
        Assert.Equal(34.04, gauge.SmileIndexInterval.Upper, 0.01);
    }

    [Fact]
    public void SmileIndexInterval_AllSmiling_KeepsAnHonestWidth()
    {
        var gauge = PriceHappinessGauge.Measure(Deals((PriceReaction.Fair, 5)));

        Assert.Equal(100.0, gauge.SmileIndex);
        Assert.Equal(100.0, gauge.SmileIndexInterval.Upper);
        Assert.Equal(38.55, gauge.SmileIndexInterval.Lower, 0.01); // Wilson lower bound of 5/5 is 0.5655; the difference's is 0.3855
    }

    [Fact]
    public void ToString_Gauge_ShowsIndexIntervalAndCount()
    {
        var gauge = PriceHappinessGauge.Measure(Deals((PriceReaction.Bargain, 12), (PriceReaction.Grumble, 2), (PriceReaction.TooCheap, 36)));

        Assert.Equal("smile index 20.0 [5.7, 34.0] over 50 deal(s)", gauge.ToString());
    }

    [Fact]
    public void Compare_SameOrApartGroups_SignificantOnlyWhenApart()
    {
        var happy = PriceHappinessGauge.Measure(Deals((PriceReaction.Bargain, 40), (PriceReaction.Fair, 40), (PriceReaction.Grumble, 20)));
        var grumpy = PriceHappinessGauge.Measure(Deals((PriceReaction.Fair, 20), (PriceReaction.Grumble, 50), (PriceReaction.TooExpensive, 30)));

        var same = SmileGauge.Compare(happy, happy);
        var apart = SmileGauge.Compare(happy, grumpy);

        Assert.Equal(0.0, same.Difference);
        Assert.False(same.IsSignificant);
        Assert.InRange(0.0, same.DifferenceInterval.Lower, same.DifferenceInterval.Upper);
        Assert.Equal(120.0, apart.Difference, 1e-9);
        Assert.True(apart.IsSignificant);
        Assert.InRange(apart.Difference, apart.DifferenceInterval.Lower, apart.DifferenceInterval.Upper);
        Assert.Equal(-apart.Difference, SmileGauge.Compare(grumpy, happy).Difference);
    }

    [Fact]
    public void Compare_AsymmetricIntervals_IsTheMoverCombination()
    {
        // Asymmetric intervals (few deals, far from 0), so that every term of the combination counts.
        var first = PriceHappinessGauge.Measure([new("a", PriceReaction.Bargain), new("b", PriceReaction.Bargain), new("c", PriceReaction.Fair)]);
        var second = PriceHappinessGauge.Measure([new("d", PriceReaction.TooExpensive), new("e", PriceReaction.Grumble), new("f", PriceReaction.Fair), new("g", PriceReaction.Bargain)]);

        var comparison = SmileGauge.Compare(first, second);

        var difference = first.SmileIndex - second.SmileIndex;
        Assert.Equal(difference, comparison.Difference);
        Assert.Equal(difference - Math.Sqrt(Math.Pow(first.SmileIndex - first.SmileIndexInterval.Lower, 2) + Math.Pow(second.SmileIndexInterval.Upper - second.SmileIndex, 2)), comparison.DifferenceInterval.Lower, 9);
        Assert.Equal(difference + Math.Sqrt(Math.Pow(first.SmileIndexInterval.Upper - first.SmileIndex, 2) + Math.Pow(second.SmileIndex - second.SmileIndexInterval.Lower, 2)), comparison.DifferenceInterval.Upper, 9);
        Assert.NotEqual(first.SmileIndexInterval.Upper - first.SmileIndex, first.SmileIndex - first.SmileIndexInterval.Lower, 6);
    }

    [Fact]
    public void Compare_BothFarFromZero_IsTheClampedMoverCombination()
    {
        // Both smile indexes far from 0 and both intervals lopsided, so that no term of the lower end vanishes.
        var first = PriceHappinessGauge.Measure([new("a", PriceReaction.Bargain), new("b", PriceReaction.Bargain), new("c", PriceReaction.Fair)]);
        var second = PriceHappinessGauge.Measure([new("d", PriceReaction.TooExpensive), new("e", PriceReaction.TooExpensive), new("f", PriceReaction.Grumble)]);

        var comparison = SmileGauge.Compare(first, second);

        var (f, fl, fu, s, sl, su) = (first.SmileIndex, first.SmileIndexInterval.Lower, first.SmileIndexInterval.Upper, second.SmileIndex, second.SmileIndexInterval.Lower, second.SmileIndexInterval.Upper);
        Assert.Equal(Math.Max(f - s - Math.Sqrt(((f - fl) * (f - fl)) + ((su - s) * (su - s))), -200), comparison.DifferenceInterval.Lower, 9);
        Assert.Equal(Math.Min(f - s + Math.Sqrt(((fu - f) * (fu - f)) + ((s - sl) * (s - sl))), 200), comparison.DifferenceInterval.Upper, 9);
    }

    [Fact]
    public void CountOfAndShareOf_UndefinedReaction_ThrowNamingReaction()
    {
        var gauge = PriceHappinessGauge.Measure([new("d", PriceReaction.Fair)]);

        Assert.Throws<ArgumentOutOfRangeException>("reaction", () => gauge.CountOf((PriceReaction)7));
        Assert.Throws<ArgumentOutOfRangeException>("reaction", () => gauge.ShareOf((PriceReaction)7));
        Assert.StartsWith("Not a price reaction.", Assert.Throws<ArgumentOutOfRangeException>("reaction", () => gauge.ShareOf((PriceReaction)9)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NullGauge_ThrowsNamingIt()
    {
        var gauge = PriceHappinessGauge.Measure([new("d", PriceReaction.Fair)]);

        Assert.Throws<ArgumentNullException>("first", () => SmileGauge.Compare(null!, gauge));
        Assert.Throws<ArgumentNullException>("second", () => SmileGauge.Compare(gauge, null!));
    }
}
