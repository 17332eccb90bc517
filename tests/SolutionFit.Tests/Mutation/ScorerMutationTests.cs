namespace SolutionFit.Tests.Mutation;

/// <summary>Scorer cases that pin lines mutation testing found unchecked: each null argument is named, in order.</summary>
public sealed class ScorerMutationTests
{
    private static readonly SolutionFitScorer Scorer = new();
    private static readonly CustomerProfile Customer = new("c", [new CustomerGoal("g", 1.0)]);
    private static readonly ProposedSolution Solution = new("s", 10, [KeyValuePair.Create("g", 0.5)], 0, 1);

    [Fact]
    public void Evaluate_NullCustomer_IsNamedFirst_NullSolution_Second()
    {
        Assert.Throws<ArgumentNullException>("customer", () => Scorer.Evaluate(null!, null!));
        Assert.Throws<ArgumentNullException>("solution", () => Scorer.Evaluate(Customer, null!));
    }

    [Fact]
    public void Rank_NullCustomer_IsRejectedEvenWithNoSolutions() =>
        Assert.Throws<ArgumentNullException>("customer", () => Scorer.Rank(null!, []));

    [Fact]
    public void AMustHaveOfNoImportance_NeitherGatesNorCounts_InEveryPath()
    {
        // The must-have m weighs 0 and is not achieved at all (the catalog's solution does not even mention it): it must not
        // close the gate, in the scorer, in its "if fully achieved" figures, in the coach, or in the compiled catalog.
        var customer = new CustomerProfile("c", [new("a", 1), new("m", 0, GoalKind.MustHave)]);
        var solution = new ProposedSolution("s", 1, [new("a", 0.5), new("m", 0)], 0, 0);
        var scorer = new SolutionFitScorer();

        var score = scorer.Score(customer, solution);
        Assert.Equal(1.0, score.MustHaveGate);
        Assert.True(score.Overall > 0);
        Assert.Equal(score.Overall, score.Goals.Single(g => g.GoalId == "m").OverallIfFullyAchieved);
        Assert.True(score.Goals.Single(g => g.GoalId == "a").OverallIfFullyAchieved > score.Overall);

        // With another must-have unmet, raising the weightless one fully still leaves the gate shut.
        var shut = scorer.Score(new CustomerProfile("c", [new("a", 1), new("m", 0, GoalKind.MustHave), new("n", 1, GoalKind.MustHave)]), solution);
        Assert.Equal((0.0, 0.0), (shut.Overall, shut.Goals.Single(g => g.GoalId == "m").OverallIfFullyAchieved));

        var catalog = new SolutionCatalog([new ProposedSolution("s", 1, [new("a", 0.5)], 0, 0)], scorer.Policy);
        var overall = new double[1];
        catalog.Compile(customer).Score(overall);
        Assert.Equal(score.Overall, overall[0], 12);
    }
}
