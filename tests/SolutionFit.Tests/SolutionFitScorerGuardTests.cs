namespace SolutionFit.Tests.Scoring;

public sealed class SolutionFitScorerGuardTests
{
    private static readonly CustomerProfile Customer = new("c", [new CustomerGoal("g", 1)]);
    private static readonly ProposedSolution Solution = new("s", 1, [KeyValuePair.Create("g", 1.0)], 0, 0);
    private static readonly SolutionFitScorer Scorer = new();

    [Fact]
    public void Constructor_NullPolicy_Throws() => Assert.Throws<ArgumentNullException>("policy", () => new SolutionFitScorer(null!));

    [Fact]
    public void Score_NullCustomer_Throws() => Assert.Throws<ArgumentNullException>("customer", () => Scorer.Score(null!, Solution));

    [Fact]
    public void Score_NullSolution_Throws() => Assert.Throws<ArgumentNullException>("solution", () => Scorer.Score(Customer, null!));

    [Fact]
    public void Rank_NullCustomer_Throws() => Assert.Throws<ArgumentNullException>("customer", () => Scorer.Rank(null!, [Solution]));

    [Fact]
    public void Rank_NullSolutions_Throws() => Assert.Throws<ArgumentNullException>("solutions", () => Scorer.Rank(Customer, null!));

    [Fact]
    public void Rank_NullItem_ThrowsNamingTheIndex()
    {
        var ex = Assert.Throws<InvalidInputException>("solutions", () => Scorer.Rank(Customer, [Solution, null!]));
        Assert.Contains("solutions[1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_DuplicateIds_ThrowsNamingTheId()
    {
        var ex = Assert.Throws<InvalidInputException>("solutions", () => Scorer.Rank(Customer, [Solution, new ProposedSolution("s", 2, [], 0, 0)]));
        Assert.Contains("'s'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_NullCompiledCustomer_Throws() => Assert.Throws<ArgumentNullException>("customer", () => Scorer.Rank(null!));

    [Fact]
    public void Rank_CatalogCompiledWithAnotherPolicy_ThrowsNamingBothPolicies()
    {
        var catalog = new SolutionCatalog([Solution], new ScoringPolicy { ExperienceWeight = 0.5 });

        var ex = Assert.Throws<ArgumentException>("customer", () => Scorer.Rank(catalog.Compile(Customer)));

        Assert.Contains("experience weight 0.5", ex.Message, StringComparison.Ordinal);
        Assert.Contains("experience weight 0.25", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_DestinationShorterThanTheCatalog_Throws()
    {
        var catalog = new SolutionCatalog([Solution, new ProposedSolution("t", 2, [], 0, 0)]);

        Assert.Throws<ArgumentException>("destination", () => Scorer.Rank(catalog.Compile(Customer), new RankedSolution[1]));
    }
}
