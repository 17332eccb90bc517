using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SolutionFit.Tests;

/// <summary>The top k of catalog shards merge into the top k of the whole catalog.</summary>
[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
public sealed class RankedSolutionPropertyTests
{
    [Property]
    public Property MergeTop_ShardTops_AreTheWholeCatalogsTopK(Market market, ScoringPolicy policy, byte top, int seed)
    {
        var random = new Random(seed);
        var k = (top % 12) + 1;
        var whole = new SolutionCatalog(market.Solutions, policy);

        // Shards of solutions dealt at random (not in id or index order), some of them empty.
        var shardCount = random.Next(1, 6);
        var shards = Enumerable.Range(0, shardCount).Select(_ => new List<ProposedSolution>()).ToArray();
        foreach (var solution in market.Solutions)
        {
            shards[random.Next(shardCount)].Add(solution);
        }

        var catalogs = shards.Where(s => s.Count > 0).Select(s => new SolutionCatalog(s, policy)).ToArray();
        var differences = new List<string>();
        foreach (var customer in market.Customers)
        {
            var expected = Top(whole, customer, k);
            var tops = catalogs.Select(c => Top(c, customer, k)).ToList();

            // Merge in a random grouping: pairs of lists merged, then merged again.
            while (tops.Count > 1)
            {
                var i = random.Next(tops.Count - 1);
                tops[i] = RankedSolution.MergeTop([tops[i], tops[i + 1]], k);
                tops.RemoveAt(i + 1);
            }

            var actual = tops.Count == 0 ? [] : RankedSolution.MergeTop(tops, k);
            var e = string.Join(" | ", expected.Select(r => $"{r.Solution.Id} {r.Overall:R} {r.Reaction}"));
            var a = string.Join(" | ", actual.Select(r => $"{r.Solution.Id} {r.Overall:R} {r.Reaction}"));
            if (e != a)
            {
                differences.Add($"{customer.Id}: whole [{e}], merged [{a}]");
            }
        }

        return (differences.Count == 0).Label(string.Join("; ", differences));
    }

    private static RankedSolution[] Top(SolutionCatalog catalog, CustomerProfile customer, int k)
    {
        var best = new RankedSolution[Math.Min(k, catalog.Count)];
        var written = catalog.Compile(customer).Top(best);
        return best[..written];
    }
}
