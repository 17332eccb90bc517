namespace SolutionFit.Tests;

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
    public void Initializer_BadWeight_MessageNamesTheWeightAndToStringSaysEveryOption()
    {
        Assert.Equal("The effort weight must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("EffortWeight", () => new ScoringPolicy { EffortWeight = 2 }).Detail);
        Assert.Equal("The experience weight must be a finite number in [0, 1], but is -1.", Assert.Throws<InvalidInputException>("ExperienceWeight", () => new ScoringPolicy { ExperienceWeight = -1 }).Detail);
        Assert.Equal("The happiness at a price of 0 must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("HappinessAtZeroPrice", () => new ScoringPolicy { HappinessAtZeroPrice = 2 }).Detail);
        Assert.Equal("The happiness at the expensive threshold must be a finite number in [0, 1], but is NaN.", Assert.Throws<InvalidInputException>("HappinessAtExpensive", () => new ScoringPolicy { HappinessAtExpensive = double.NaN }).Detail);
        Assert.Equal(
            "opportunity weighting on, effort weight 0.5, experience weight 0.25, happiness 0.5 at price 0 and 0.75 at the expensive threshold",
            ScoringPolicy.Default.ToString());
        Assert.StartsWith("opportunity weighting off, effort weight 0.125,", new ScoringPolicy { OpportunityWeighting = false, EffortWeight = 0.125 }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NewPolicy_WeighsByOpportunity() => Assert.True(new ScoringPolicy().OpportunityWeighting);
}
