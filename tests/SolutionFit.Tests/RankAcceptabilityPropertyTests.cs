using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SolutionFit.Tests;

/// <summary>
/// Rank acceptability agrees with scoring every perturbed customer in full and sorting, its first shares add up to 1 over
/// the whole catalog, it is the same for the same seed, and without uncertainty the ranking as given wins every sample.
/// </summary>
[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 200)]
public sealed class RankAcceptabilityPropertyTests
{
    /// <summary>An uncertainty from a byte: 0, 1 and steps of 0.05 often, odd values too.</summary>
    private static double Uncertainty(byte u) => u % 4 == 0 ? (u / 4 % 21) / 20.0 : u / 255.0;

    [Property]
    public Property Acceptability_IsTheNaivePath(Market market, ScoringPolicy policy, byte uncertainty, byte samples, ulong seed, byte top) =>
        IsTheNaivePath(market, policy, uncertainty, samples, seed, top, RankAcceptability.HeapLimit);

    /// <summary>The path for a large k, every overall and a selection of the k-th, taken here for every k below the catalog's size.</summary>
    [Property]
    public Property Acceptability_FromEveryOverall_IsTheNaivePath(Market market, ScoringPolicy policy, byte uncertainty, byte samples, ulong seed, byte top) =>
        IsTheNaivePath(market, policy, uncertainty, samples, seed, top, heapLimit: 0);

    [Property]
    public Property NthLargest_IsThePlaceInTheSortedValues(NonEmptyArray<byte> values, byte n)
    {
        var doubles = values.Get.Select(v => (double)(v % 7)).ToArray();
        var place = n % doubles.Length;
        var expected = doubles.OrderDescending().ElementAt(place);

        return (RankAcceptability.NthLargest(doubles, place) == expected).Label($"{place}-th largest of [{string.Join(", ", values.Get.Select(v => v % 7))}]");
    }

    private static Property IsTheNaivePath(Market market, ScoringPolicy policy, byte uncertainty, byte samples, ulong seed, byte top, int heapLimit)
    {
        var catalog = new SolutionCatalog(market.Solutions, policy);
        var (u, n, k) = (Uncertainty(uncertainty), (samples % 40) + 1, (top % 12) + 1);
        var mismatches = new List<string>();
        for (var c = 0; c < market.Customers.Length; c++)
        {
            var fast = RankAcceptability.Compute(catalog, market.Customers[c], c, u, n, seed, k, heapLimit);
            var naive = NaiveAcceptability.Run(policy, market.Customers[c], c, market.Solutions, u, n, seed, k);
            var same = fast.SkippedSamples == naive.Skipped
                && fast.Solutions.Keys.SequenceEqual(naive.Printed)
                && fast.Solutions.Values.Select(s => s.FirstCount).SequenceEqual(naive.First)
                && fast.Solutions.Values.Select(s => s.TopCount).SequenceEqual(naive.Top);
            if (!same)
            {
                mismatches.Add($"{market.Customers[c].Id}: fast {fast.SkippedSamples} skipped, [{string.Join(", ", fast.Solutions.Values.Select(s => $"{s.Place.Solution.Id} {s.FirstCount}/{s.TopCount}"))}]; "
                    + $"naive {naive.Skipped} skipped, [{string.Join(", ", naive.Printed.Select((id, i) => $"{id} {naive.First[i]}/{naive.Top[i]}"))}]");
            }
        }

        return (mismatches.Count == 0).Label($"U {u}, {n} samples, k {k}: " + string.Join("; ", mismatches));
    }

    [Property]
    public Property FirstShares_OverTheWholeCatalog_SumToOne(Market market, byte uncertainty, byte samples, ulong seed)
    {
        var catalog = new SolutionCatalog(market.Solutions);
        var results = market.Customers.Select((customer, c) => catalog.Acceptability(customer, c, Uncertainty(uncertainty), (samples % 40) + 1, seed, Math.Max(catalog.Count, 1))).ToList();
        var wrong = results.Where(r => catalog.Count > 0 && r.CountedSamples > 0
            && (Math.Abs(r.Solutions.Values.Sum(s => s.First!.Value) - 1.0) > 1e-12
                || r.Solutions.Values.Sum(s => s.FirstCount) != r.CountedSamples
                || r.Solutions.Values.Any(s => s.TopCount != r.CountedSamples)));

        return (!wrong.Any()).Label(string.Join("; ", wrong));
    }

    [Property]
    public Property Shares_AreInTheUnitIntervalAndTopIsAtLeastFirst(Market market, byte uncertainty, ulong seed, byte top)
    {
        var catalog = new SolutionCatalog(market.Solutions);
        var wrong = market.Customers
            .Select((customer, c) => catalog.Acceptability(customer, c, Uncertainty(uncertainty), 25, seed, (top % 12) + 1))
            .SelectMany(r => r.Solutions.Values.Select(s => (r, s)))
            .Where(x => x.r.CountedSamples > 0 && !(x.s.First >= 0.0 && x.s.First <= x.s.Top && x.s.Top <= 1.0));

        return (!wrong.Any()).Label(string.Join("; ", wrong.Select(x => x.s.ToString())));
    }

    [Property]
    public Property SameSeed_GivesTheSameResult(Market market, byte uncertainty, ulong seed, byte top)
    {
        var catalog = new SolutionCatalog(market.Solutions);
        var again = new SolutionCatalog(market.Solutions);
        var customer = market.Customers[^1];
        var (u, k) = (Uncertainty(uncertainty), (top % 12) + 1);

        static string Text(RankAcceptability r) => $"{r.SkippedSamples}: " + string.Join(", ", r.Solutions.Values.Select(s => $"{s.Place.Solution.Id} {s.FirstCount}/{s.TopCount}"));
        var first = Text(catalog.Acceptability(customer, 2, u, 30, seed, k));
        var second = Text(catalog.Acceptability(customer, 2, u, 30, seed, k));
        var fresh = Text(again.Acceptability(customer, 2, u, 30, seed, k));

        return (first == second && first == fresh).Label($"{first} | {second} | {fresh}");
    }

    [Property]
    public Property ZeroUncertainty_TheRankingAsGivenWinsEverySample(Market market, ulong seed, byte top)
    {
        var catalog = new SolutionCatalog(market.Solutions);
        var wrong = market.Customers
            .Select((customer, c) => catalog.Acceptability(customer, c, 0.0, 20, seed, (top % 12) + 1))
            .Where(r => r.SkippedSamples != 0
                || r.Solutions.Values.Select((s, place) => (s, place)).Any(x => x.s.First != (x.place == 0 ? 1.0 : 0.0) || x.s.Top != 1.0));

        return (!wrong.Any()).Label(string.Join("; ", wrong));
    }
}
