using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SolutionFit.Tests.Scoring;

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

    [Property]
    public Property TopOfMany_EqualsTopOfEachCustomer(Market market, ScoringPolicy policy, byte top)
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
