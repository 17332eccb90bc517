using SolutionFit.Gauges;

namespace SolutionFit.Tests.Hardening;

/// <summary>One test per overflow defect found at the edges of double: each failed before its fix.</summary>
public sealed class OverflowRegressionTests
{
    [Theory]
    [InlineData(1e155)]
    [InlineData(1e-170)]
    [InlineData(5e-324)]
    [InlineData(double.MaxValue)]
    public void Gauge_OneDealWithExtremeWeight_IntervalIsFinite(double weight)
    {
        var gauge = PriceHappinessGauge.Measure([new ObservedReaction("d", PriceReaction.Fair, weight)]);
        var reference = PriceHappinessGauge.Measure([new ObservedReaction("d", PriceReaction.Fair)]);

        Assert.Equal(1.0, gauge.EffectiveSampleSize);
        Assert.Equal(reference.SmileIndexLower, gauge.SmileIndexLower);
        Assert.Equal(reference.SmileIndexUpper, gauge.SmileIndexUpper);
    }

    [Fact]
    public void Gauge_WeightsSummingPast1e308_SharesAsWithEqualWeights()
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
}
