using System.Globalization;
using SolutionFit.Gauges;

namespace SolutionFit.Tests.Gauges;

/// <summary><see cref="SmileComparison"/>: significance when the interval excludes 0, the interval holding the difference, <c>default</c>, equality and the text.</summary>
public sealed class SmileComparisonTests
{
    [Fact]
    public void IsSignificant_ApartOrMixedGroups_TellsThemApart()
    {
        var happy = PriceHappinessGauge.Measure(Enumerable.Range(0, 40).Select(i => new ObservedReaction($"h{i}", PriceReaction.Bargain)));
        var unhappy = PriceHappinessGauge.Measure(Enumerable.Range(0, 40).Select(i => new ObservedReaction($"u{i}", PriceReaction.TooExpensive)));
        var mixed = PriceHappinessGauge.Measure(Enumerable.Range(0, 40).Select(i => new ObservedReaction($"m{i}", (PriceReaction)(i % 5))));

        var apart = SmileGauge.Compare(happy, unhappy);
        var close = SmileGauge.Compare(mixed, mixed);

        Assert.True(apart.IsSignificant);
        Assert.True(SmileGauge.Compare(unhappy, happy).IsSignificant);
        Assert.False(close.IsSignificant);
        Assert.EndsWith(", significant", apart.ToString(), StringComparison.Ordinal);
        Assert.Equal("difference 0.0 [" + close.DifferenceInterval.Lower.ToString("0.0", CultureInfo.InvariantCulture) + ", " + close.DifferenceInterval.Upper.ToString("0.0", CultureInfo.InvariantCulture) + "]", close.ToString());
    }

    [Fact]
    public void DifferenceInterval_Comparison_HoldsTheDifferenceWithinBounds()
    {
        var first = PriceHappinessGauge.Measure([new("a", PriceReaction.Bargain), new("b", PriceReaction.Fair), new("c", PriceReaction.Grumble)]);
        var second = PriceHappinessGauge.Measure([new("d", PriceReaction.TooExpensive), new("e", PriceReaction.Fair)]);

        var comparison = SmileGauge.Compare(first, second);

        Assert.True(comparison.DifferenceInterval.Contains(comparison.Difference));
        Assert.InRange(comparison.DifferenceInterval.Lower, -200.0, comparison.Difference);
        Assert.InRange(comparison.DifferenceInterval.Upper, comparison.Difference, 200.0);
        Assert.Equal(comparison.IsSignificant, !comparison.DifferenceInterval.Contains(0.0));
    }

    [Fact]
    public void Default_NoComparison_IsAZeroDifferenceWithAZeroWidthInterval()
    {
        var none = default(SmileComparison);

        Assert.Equal(0.0, none.Difference);
        Assert.Equal(default, none.DifferenceInterval);
        Assert.False(none.IsSignificant);
        Assert.Equal("difference 0.0 [0.0, 0.0]", none.ToString());
    }

    [Fact]
    public void Equals_SameGroupsCompared_AreEqual()
    {
        var first = PriceHappinessGauge.Measure([new("a", PriceReaction.Bargain), new("b", PriceReaction.Grumble)]);
        var second = PriceHappinessGauge.Measure([new("c", PriceReaction.Fair)]);

        Assert.Equal(SmileGauge.Compare(first, second), SmileGauge.Compare(first, second));
        Assert.NotEqual(SmileGauge.Compare(first, second), SmileGauge.Compare(second, first));
    }
}
