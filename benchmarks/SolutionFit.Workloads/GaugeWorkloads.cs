using SolutionFit.Gauges;

namespace SolutionFit.Workloads;

/// <summary>
/// The smile gauge over 100,000 weighted deals with reactions from a fixed seed: all of them as one group, and grouped by
/// seller (10 sellers, or 1,000).
/// </summary>
internal static class GaugeWorkloads
{
    private const int Deals = 100_000;

    public static IEnumerable<Workload> All() =>
    [
        new("gauge/measure/100k", Measure()),
        new("gauge/measure-by/100k-10", MeasureBy(10)),
        new("gauge/measure-by/100k-1k", MeasureBy(1_000)),
    ];

    private static Func<Action>? Measure()
    {
#if HAS_GAUGE
        return () =>
        {
            var deals = Generate(1).ConvertAll(d => d.Reaction);
            return Sink.Of(() => PriceHappinessGauge.Measure(deals));
        };
#else
        return null;
#endif
    }

    private static Func<Action>? MeasureBy(int sellers)
    {
#if HAS_GAUGE
        return () =>
        {
            var deals = Generate(sellers);
            return Sink.Of(() => PriceHappinessGauge.MeasureBy(deals, d => d.Seller, d => d.Reaction));
        };
#else
        return null;
#endif
    }

#if HAS_GAUGE
    private static List<(string Seller, ObservedReaction Reaction)> Generate(int sellers)
    {
        var random = new Random(20261206);
        var names = Enumerable.Range(0, sellers).Select(s => $"seller-{s}").ToArray();
        var deals = new List<(string, ObservedReaction)>(Deals);
        for (var i = 0; i < Deals; i++)
        {
            deals.Add((names[random.Next(sellers)], new ObservedReaction($"deal-{i}", (PriceReaction)random.Next(5), 1 + random.Next(100))));
        }

        return deals;
    }
#endif
}
