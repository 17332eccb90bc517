using SolutionFit.Gauges;

namespace SolutionFit.Tests.Gauges;

/// <summary>Deals of the gauge tests: so many of each reaction, in the order given, with ids D0, D1, ….</summary>
internal static class ObservedDeals
{
    public static IEnumerable<ObservedReaction> Deals(params (PriceReaction Reaction, int Count)[] groups)
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
}
