using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SolutionFit.Tests;

/// <summary>The compiled catalog gives the numbers of the one-pair path: every overall and reaction, and the top k.</summary>
[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
public sealed class SolutionCatalogPropertyTests
{
    [Property]
    public Property Score_EveryOverallAndReaction_IsBitIdenticalToEvaluate(Market market, ScoringPolicy policy)
    {
        var catalog = new SolutionCatalog(market.Solutions, policy);
        var scorer = new SolutionFitScorer(policy);
        var mismatches = new List<string>();
        foreach (var customer in market.Customers)
        {
            var overall = new double[catalog.Count];
            var reactions = new PriceReaction[catalog.Count];
            var compiled = catalog.Compile(customer);
            if (customer.PriceThresholds is null)
            {
                compiled.Score(overall);
            }
            else
            {
                compiled.Score(overall, reactions);
            }

            for (var j = 0; j < catalog.Count; j++)
            {
                var expected = scorer.Evaluate(customer, market.Solutions[j]);
                var reaction = customer.PriceThresholds is null ? (PriceReaction?)null : reactions[j];
                if (!overall[j].Equals(expected.Overall) || reaction != expected.Reaction)
                {
                    mismatches.Add($"{customer.Id} × {market.Solutions[j].Id}: kernel {overall[j]} {reaction}, one pair {expected.Overall} {expected.Reaction}");
                }
            }
        }

        return (mismatches.Count == 0).Label(string.Join("; ", mismatches));
    }

    [Property]
    public Property Top_IsRankTruncatedToK(Market market, ScoringPolicy policy, byte top)
    {
        var catalog = new SolutionCatalog(market.Solutions, policy);
        var scorer = new SolutionFitScorer(policy);
        var k = (top % 12) + 1;
        var differences = new List<string>();
        foreach (var customer in market.Customers)
        {
            var best = new RankedSolution[k];
            var written = catalog.Compile(customer).Top(best);
            var expected = scorer.Rank(customer, market.Solutions).Take(k).ToArray();

            var actual = best[..written];
            if (written != expected.Length
                || !actual.Select(r => (r.Solution.Id, r.Overall, r.Reaction)).SequenceEqual(expected.Select(s => (s.SolutionId, s.Overall, s.Reaction)))
                || actual.Any(r => !ReferenceEquals(catalog.Solutions[r.Index], r.Solution)))
            {
                differences.Add($"{customer.Id}: top [{string.Join(", ", actual)}], rank [{string.Join(", ", expected.Select(s => $"{s.SolutionId}={s.Overall}"))}]");
            }
        }

        return (differences.Count == 0).Label(string.Join("; ", differences));
    }

    /// <summary>Catalogs of several kernel blocks, so that the heap fills and later blocks are pruned by their bound.</summary>
    [Property(MaxTest = 100)]
    public Property Top_SeveralBlocks_IsRankTruncatedToK(Market market, ScoringPolicy policy, int seed, byte top)
    {
        var random = new Random(seed);
        var solutions = Enumerable.Range(0, 150 + random.Next(300)).Select(j => new ProposedSolution(
            $"b{random.Next(1000)}-{j}",
            random.Next(8) == 0 ? 0 : Math.Round(300 * random.NextDouble(), random.Next(3)),
            Enumerable.Range(0, 12).Where(_ => random.Next(5) > 0).Select(g => KeyValuePair.Create($"g{g}", random.Next(6) == 0 ? random.Next(2) : random.NextDouble())),
            random.NextDouble(),
            random.NextDouble())).ToArray();
        var catalog = new SolutionCatalog(solutions, policy);
        var k = (top % 5) + 1;
        var differences = new List<string>();
        foreach (var customer in market.Customers)
        {
            var best = new RankedSolution[k];
            catalog.Compile(customer).Top(best);
            var expected = catalog.Scorer.Rank(customer, solutions).Take(k).Select(s => (s.SolutionId, s.Overall));
            if (!best.Select(r => (r.Solution.Id, r.Overall)).SequenceEqual(expected))
            {
                differences.Add($"{customer.Id}: top [{string.Join(", ", best)}], rank [{string.Join(", ", expected)}]");
            }
        }

        return (differences.Count == 0).Label(string.Join("; ", differences));
    }

    [Property]
    public Property Top_ManyCustomers_EqualsTopOfEachCustomer(Market market, ScoringPolicy policy, byte top)
    {
        var catalog = new SolutionCatalog(market.Solutions, policy);
        var requested = (top % 6) + 1;
        var destination = new RankedSolution[market.Customers.Length * requested];

        var k = catalog.Top(market.Customers, requested, destination);

        var alone = market.Customers.SelectMany(c =>
        {
            var best = new RankedSolution[k];
            catalog.Compile(c).Top(best);
            return best;
        });
        return (k == Math.Min(requested, catalog.Count)
                && destination.Take(market.Customers.Length * k).Select(r => (r.Index, r.Overall)).SequenceEqual(alone.Select(r => (r.Index, r.Overall))))
            .Label($"k {k}: many [{string.Join(", ", destination)}]");
    }

    [Property]
    public Property TopScores_IsRankTruncatedToTop(Market market, ScoringPolicy policy, byte top, byte held)
    {
        var catalog = new SolutionCatalog(market.Solutions, policy);
        var scorer = new SolutionFitScorer(policy);
        var requested = (top % 6) + 1;

        var rankings = catalog.TopScores(market.Customers, requested, held + 1, CancellationToken.None).ToList();

        var expected = market.Customers.Select(c => scorer.Rank(c, market.Solutions).Take(requested).ToList()).ToList();
        return (rankings.Count == expected.Count
                && rankings.Zip(expected).All(p => p.First.Select(s => (s.CustomerId, s.SolutionId, s.Overall, s.Reaction)).SequenceEqual(p.Second.Select(s => (s.CustomerId, s.SolutionId, s.Overall, s.Reaction)))))
            .Label($"top {requested}, held {held + 1}: [{string.Join("; ", rankings.Select(r => string.Join(", ", r.Select(s => s.SolutionId))))}]");
    }

    [Property]
    public Property Top_OrderOfTheCatalog_DoesNotMatter(Market market, int seed)
    {
        var shuffled = market.Solutions.ToArray();
        new Random(seed).Shuffle(shuffled);
        var original = new SolutionCatalog(market.Solutions);
        var reordered = new SolutionCatalog(shuffled);

        return market.Customers.All(c =>
        {
            var (a, b) = (new RankedSolution[market.Solutions.Length], new RankedSolution[market.Solutions.Length]);
            original.Compile(c).Top(a);
            reordered.Compile(c).Top(b);
            return a.Select(r => (r.Solution?.Id, r.Overall)).SequenceEqual(b.Select(r => (r.Solution?.Id, r.Overall)));
        }).ToProperty();
    }
}
