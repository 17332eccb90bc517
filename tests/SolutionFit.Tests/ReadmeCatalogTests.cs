namespace SolutionFit.Tests;

/// <summary>The README's "Ranking a catalog at scale" example compiles and runs here, and the README shows exactly this code.</summary>
public sealed class ReadmeCatalogTests
{
    private const string Begin = "// begin README catalog";
    private const string End = "// end README catalog";
    private const string Heading = "## Ranking a catalog at scale";

    private static readonly ProposedSolution[] Solutions =
    [
        .. Enumerable.Range(0, 40).Select(j => new ProposedSolution(
            $"s{j}",
            price: 20 + (j % 7 * 15),
            new Dictionary<string, double> { ["onboard-fast"] = (j % 10) / 9.0, ["self-serve-reports"] = (j % 3) / 2.0 },
            effort: (j % 4) / 4.0,
            enjoyment: (j % 5) / 4.0)),
    ];

    private static readonly CustomerProfile[] Customers =
    [
        new("acme", [new CustomerGoal("onboard-fast", 0.9, GoalKind.MustHave, 0.2), new CustomerGoal("self-serve-reports", 0.6)], new PriceThresholds(30, 50, 90, 130)),
        new("globex", [new CustomerGoal("self-serve-reports", 1.0), new CustomerGoal("onboard-fast", 0.3, GoalKind.Delighter)]),
    ];

    [Fact]
    public void Example_RanksLikeTheScorer()
    {
        var (best, all, k, why) = Example(Solutions, Customers, TextWriter.Null);

        var scorer = new SolutionFitScorer();
        Assert.Equal(10, k);
        Assert.Equal(scorer.Rank(Customers[1], Solutions).Take(10).Select(s => s.SolutionId), best.Select(r => r.Solution.Id));
        Assert.Equal(Customers.SelectMany(c => scorer.Rank(c, Solutions).Take(10).Select(s => s.SolutionId)), all.Select(r => r.Solution.Id));
        Assert.Equal(scorer.Score(Customers[0], all[0].Solution).Overall, why.Overall);
        Assert.Equal(all[0].Overall, why.Overall);
    }

    [Fact]
    public void Readme_ShowsTheExampleVerbatim()
    {
        var block = ReadmeCode.Block(Heading);

        Assert.Equal(ReadmeCode.Compiled("ReadmeCatalogTests.cs.txt", Begin, End), ReadmeCode.Lines(block));
        Assert.True(block.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 15, "the example is at most 15 lines");
    }

    private static (RankedSolution[] Best, RankedSolution[] All, int K, FitScore Why) Example(
        IEnumerable<ProposedSolution> solutions, CustomerProfile[] customers, TextWriter output)
    {
        // begin README catalog
        var catalog = new SolutionCatalog(solutions);                  // once: columns, prices, the id order
        var best = new RankedSolution[10];                             // reused: nothing is allocated per customer
        foreach (var customer in customers)
        {
            var count = catalog.Compile(customer).Top(best);           // best first; ties by solution id
            output.WriteLine($"{customer.Id}: {string.Join(", ", best[..count])}");
        }

        var all = new RankedSolution[customers.Length * 10];          // many customers, on all cores
        var k = catalog.Top(customers, top: 10, all);                 // customer i's best: all[i*k .. (i+1)*k)
        var why = catalog.Scorer.Score(customers[0], all[0].Solution); // the full FitScore of a winner
        // end README catalog
        return (best, all, k, why);
    }
}
