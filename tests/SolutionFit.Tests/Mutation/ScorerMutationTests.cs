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
}
