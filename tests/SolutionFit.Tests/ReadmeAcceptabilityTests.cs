namespace SolutionFit.Tests;

/// <summary>The README's "Rank acceptability" example compiles and runs here, and the README shows exactly this code.</summary>
public sealed class ReadmeAcceptabilityTests
{
    private const string Begin = "// begin README acceptability";
    private const string End = "// end README acceptability";
    private const string Heading = "## Rank acceptability";

    [Fact]
    public void Example_WritesEachCustomersSharesInWords()
    {
        var reference = RankAcceptabilityReference.Load("rank_demo");
        using var output = new StringWriter();

        Example(reference.Solutions, [.. reference.Customers], output);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Team is the best fit in 100 % of plausible priorities", lines[0]);
        Assert.Equal("team: first 100 %, within the top 3 100 %", lines[1]);
        Assert.Equal(reference.Customers.Count * 4, lines.Length);
        Assert.Equal(["Enterprise is the best fit in 100 % of plausible priorities", "enterprise: first 100 %, within the top 3 100 %", "business: first 0 %, within the top 3 100 %", "spreadsheet-kit: first 0 %, within the top 3 100 %"], lines[^4..]);
    }

    [Fact]
    public void Readme_ShowsTheExampleVerbatim()
    {
        var block = ReadmeCode.Block(Heading);

        Assert.Equal(ReadmeCode.Compiled("ReadmeAcceptabilityTests.cs.txt", Begin, End), ReadmeCode.Lines(block));
        Assert.True(block.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 15, "the example is at most 15 lines");
    }

    private static void Example(IEnumerable<ProposedSolution> solutions, CustomerProfile[] customers, TextWriter output)
    {
        // begin README acceptability
        var catalog = new SolutionCatalog(solutions);
        for (var c = 0; c < customers.Length; c++)
        {
            // Each importance anywhere in [I - 0.2, I + 0.2]: 1,000 draws, from the seed and (c, sample, goal) alone.
            var shares = catalog.Acceptability(customers[c], customerIndex: c, uncertainty: 0.2, samples: 1_000, seed: 1, top: 3);
            output.WriteLine(shares.Describe()); // "Team is the best fit in 87 % of plausible priorities; Business in 13 %"
            foreach (var (id, place) in shares.Solutions) // the top 3 for the priorities as given, best first
            {
                output.WriteLine(FormattableString.Invariant($"{id}: first {place.First:P0}, within the top 3 {place.Top:P0}"));
            }
        }

        // end README acceptability
    }
}
