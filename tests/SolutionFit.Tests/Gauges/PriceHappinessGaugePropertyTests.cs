using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.Gauges;

namespace SolutionFit.Tests.Gauges;

/// <summary>
/// <see cref="PriceHappinessGauge"/> on any reactions: the interval holds the index inside [−100, 100], more of the same
/// deals narrow it, equal weights change nothing, and grouping keeps the groups in first-appearance order with each group
/// measured as its own deals.
/// </summary>
public sealed class PriceHappinessGaugePropertyTests
{
    private static ObservedReaction[] Deals(byte[] reactions, int copies = 1) =>
        Enumerable.Range(0, copies).SelectMany(c => reactions.Select((r, i) => new ObservedReaction($"D{c}-{i}", (PriceReaction)(r % 5)))).ToArray();

    [Property(MaxTest = 300)]
    public Property Measure_AnyReactions_IntervalHoldsTheIndexInsideItsBounds(NonEmptyArray<byte> reactions)
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

    [Property(MaxTest = 300)]
    public Property MeasureBy_AnyGrouping_KeysInFirstAppearanceOrderAndEachGroupItsOwnDeals(NonEmptyArray<byte> reactions, byte groups)
    {
        var keyed = Deals(reactions.Get).Select((d, i) => (Key: ((reactions.Get[i] * 7) + i) % (1 + (groups % 4)), Deal: d)).ToArray();

        var measured = PriceHappinessGauge.MeasureBy(keyed, x => x.Key, x => x.Deal);

        var keys = keyed.Select(x => x.Key).Distinct().ToArray();
        var eachOwn = keys.All(k =>
        {
            var alone = PriceHappinessGauge.Measure(keyed.Where(x => x.Key == k).Select(x => x.Deal));
            return measured[k].SmileIndex.Equals(alone.SmileIndex) && measured[k].SmileIndexInterval == alone.SmileIndexInterval && measured[k].Count == alone.Count;
        });
        return (measured.Keys.SequenceEqual(keys) && measured.Select(g => g.Key).SequenceEqual(keys) && eachOwn
                && measured.Values.Sum(g => g.Count) == keyed.Length)
            .Label(string.Join("; ", measured.Select(g => $"{g.Key}: {g.Value}")));
    }
}
