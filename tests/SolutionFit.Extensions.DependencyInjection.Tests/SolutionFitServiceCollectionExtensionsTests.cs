using Microsoft.Extensions.DependencyInjection;

namespace SolutionFit.Extensions.DependencyInjection.Tests;

public sealed class SolutionFitServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSolutionFit_RegistersScorerCoachAndDefaultPolicyAsSingletons()
    {
        using var provider = new ServiceCollection().AddSolutionFit().BuildServiceProvider(validateScopes: true);

        var scorer = provider.GetRequiredService<ISolutionFitScorer>();
        Assert.IsType<SolutionFitScorer>(scorer);
        Assert.Same(ScoringPolicy.Default, scorer.Policy);
        Assert.Same(scorer, provider.GetRequiredService<ISolutionFitScorer>());
        Assert.Same(provider.GetRequiredService<SolutionCoach>(), provider.GetRequiredService<SolutionCoach>());
    }

    [Fact]
    public void AddSolutionFit_WithPolicy_ScoresWithIt()
    {
        var policy = new ScoringPolicy { OpportunityWeighting = false };
        using var provider = new ServiceCollection().AddSolutionFit(policy).BuildServiceProvider();
        var customer = new CustomerProfile("c", [new CustomerGoal("a", 0.8, currentSatisfaction: 0.2), new CustomerGoal("b", 0.5, currentSatisfaction: 0.9)]);
        var solution = new ProposedSolution("s", 10, new Dictionary<string, double> { ["a"] = 0.5, ["b"] = 1.0 }, 0, 1);

        var score = provider.GetRequiredService<ISolutionFitScorer>().Score(customer, solution);

        Assert.Same(policy, provider.GetRequiredService<ScoringPolicy>());
        Assert.Equal(new SolutionFitScorer(policy).Score(customer, solution).Overall, score.Overall);
        Assert.NotEqual(new SolutionFitScorer().Score(customer, solution).Overall, score.Overall);
    }

    [Fact]
    public void AddSolutionFit_KeepsRegistrationsAlreadyPresent()
    {
        var policy = new ScoringPolicy { ExperienceWeight = 0 };
        using var provider = new ServiceCollection().AddSingleton(policy).AddSolutionFit().BuildServiceProvider();

        Assert.Same(policy, provider.GetRequiredService<ISolutionFitScorer>().Policy);
    }

    [Fact]
    public void AddSolutionFit_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>("services", () => SolutionFitServiceCollectionExtensions.AddSolutionFit(null!));

    [Fact]
    public void AddSolutionFit_NullPolicy_Throws() =>
        Assert.Throws<ArgumentNullException>("policy", () => new ServiceCollection().AddSolutionFit(null!));
}
