using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.Gauges;

namespace SolutionFit.Tests.Gauges;

public sealed class PriceHappinessGaugePropertyTests
{
    private static ObservedReaction[] Deals(byte[] reactions, int copies = 1) =>
        Enumerable.Range(0, copies).SelectMany(c => reactions.Select((r, i) => new ObservedReaction($"D{c}-{i}", (PriceReaction)(r % 5)))).ToArray();

    [Property(MaxTest = 300)]
    public Property Measure_IntervalHoldsTheIndexInsideItsBounds(NonEmptyArray<byte> reactions)
    {
        var gauge = PriceHappinessGauge.Measure(Deals(reactions.Get));
        var shares = Enum.GetValues<PriceReaction>().Sum(gauge.ShareOf);

        return (gauge.SmileIndexInterval.Lower >= -100 && gauge.SmileIndexInterval.Upper <= 100
                && gauge.SmileIndexInterval.Lower <= gauge.SmileIndex + 1e-9 && gauge.SmileIndex <= gauge.SmileIndexInterval.Upper + 1e-9
                && Math.Abs(shares - 1.0) < 1e-12 && gauge.Count == reactions.Get.Length)
            .Label(gauge.ToString());
    }

    [Property(MaxTest = 300)]
    public Property Measure_MoreOfTheSameDeals_NarrowsTheInterval(NonEmptyArray<byte> reactions)
    {
        var once = PriceHappinessGauge.Measure(Deals(reactions.Get));
        var four = PriceHappinessGauge.Measure(Deals(reactions.Get, copies: 4));

        return (Math.Abs(once.SmileIndex - four.SmileIndex) < 1e-9
                && four.SmileIndexInterval.Upper - four.SmileIndexInterval.Lower <= once.SmileIndexInterval.Upper - once.SmileIndexInterval.Lower + 1e-9)
            .Label($"{once} vs {four}");
    }

    [Property(MaxTest = 300)]
    public Property Measure_EqualWeights_AreUnweighted(NonEmptyArray<byte> reactions, PositiveInt weight)
    {
        var plain = PriceHappinessGauge.Measure(Deals(reactions.Get));
        var weighted = PriceHappinessGauge.Measure(Deals(reactions.Get).Select(d => new ObservedReaction(d.DealId, d.Reaction, weight.Get)));

        return (Math.Abs(plain.SmileIndex - weighted.SmileIndex) < 1e-9
                && Math.Abs(plain.SmileIndexInterval.Lower - weighted.SmileIndexInterval.Lower) < 1e-9
                && Math.Abs(plain.SmileIndexInterval.Upper - weighted.SmileIndexInterval.Upper) < 1e-9)
            .Label($"{plain} vs {weighted}");
    }
}
