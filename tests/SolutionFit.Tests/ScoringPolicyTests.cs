namespace SolutionFit.Tests.Scoring;

public sealed class ScoringPolicyTests
{
    [Fact]
    public void Default_HasTheDesignDefaults()
    {
        var policy = ScoringPolicy.Default;

        Assert.True(policy.OpportunityWeighting);
        Assert.Equal(0.5, policy.EffortWeight);
        Assert.Equal(0.25, policy.ExperienceWeight);
        Assert.Equal(0.5, policy.HappinessAtZeroPrice);
        Assert.Equal(0.75, policy.HappinessAtExpensive);
    }

    [Fact]
    public void Initializer_SetsEachOption()
    {
        var policy = new ScoringPolicy { OpportunityWeighting = false, EffortWeight = 0, ExperienceWeight = 1, HappinessAtZeroPrice = 0, HappinessAtExpensive = 1 };

        Assert.Equal((false, 0.0, 1.0, 0.0, 1.0), (policy.OpportunityWeighting, policy.EffortWeight, policy.ExperienceWeight, policy.HappinessAtZeroPrice, policy.HappinessAtExpensive));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void Initializer_OutOfRange_ThrowsNamingTheOption(double bad)
    {
        Assert.Throws<InvalidInputException>(nameof(ScoringPolicy.EffortWeight), () => new ScoringPolicy { EffortWeight = bad });
        Assert.Throws<InvalidInputException>(nameof(ScoringPolicy.ExperienceWeight), () => new ScoringPolicy { ExperienceWeight = bad });
        Assert.Throws<InvalidInputException>(nameof(ScoringPolicy.HappinessAtZeroPrice), () => new ScoringPolicy { HappinessAtZeroPrice = bad });
        Assert.Throws<InvalidInputException>(nameof(ScoringPolicy.HappinessAtExpensive), () => new ScoringPolicy { HappinessAtExpensive = bad });
    }

    [Fact]
    public void Constructor_NewPolicy_WeighsByOpportunity() => Assert.True(new ScoringPolicy().OpportunityWeighting);
}
