namespace SolutionFit.Tests;

/// <summary>A compiled customer checks the spans it writes and says what it is.</summary>
public sealed class CompiledCustomerTests
{
    [Fact]
    public void Score_ShortSpans_MessageSaysTheirLengths()
    {
        var catalog = new SolutionCatalog([OneGoalSolution("a"), OneGoalSolution("b")]);
        var compiled = catalog.Compile(OneGoalCustomer());
        var shortOverall = Assert.Throws<ArgumentException>("overall", () => compiled.Score(new double[1]));
        Assert.StartsWith("overall holds 1 items, but the catalog has 2 solutions.", shortOverall.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("overall", () => compiled.Score(new double[1], new PriceReaction[2]));
        Assert.StartsWith(
            "reactions holds 1 items, but the catalog has 2 solutions.",
            Assert.Throws<ArgumentException>("reactions", () => compiled.Score(new double[2], new PriceReaction[1])).Message,
            StringComparison.Ordinal);
        Assert.Equal(
            "Customer 'c' gave no price thresholds, so there are no reactions to predict.",
            Assert.Throws<InvalidOperationException>(() => compiled.Score(new double[2], new PriceReaction[2])).Message);
        Assert.Equal($"c against {catalog}", compiled.ToString());

        // Longer spans are fine: only the first Count items are written.
        var overall = new double[3];
        overall[2] = -1;
        compiled.Score(overall);
        Assert.Equal(-1, overall[2]);
    }

    private static CustomerProfile OneGoalCustomer() => new("c", [new("a", 1)]);

    private static ProposedSolution OneGoalSolution(string id) => new(id, 1, [new("a", 0.5)], 0, 0);
}
