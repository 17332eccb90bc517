using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary><see cref="ReactionObservation"/>: the guards with their parameter names and messages, the values kept, and <see cref="ReactionObservation.From"/>.</summary>
public sealed class ReactionObservationTests
{
    [Fact]
    public void Constructor_InvalidArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("effectivePrice", Assert.Throws<InvalidInputException>(() => new ReactionObservation(-1, PriceReaction.Fair)).ParamName);
        Assert.Equal("effectivePrice", Assert.Throws<InvalidInputException>(() => new ReactionObservation(double.NaN, PriceReaction.Fair)).ParamName);
        Assert.Equal("reaction", Assert.Throws<ArgumentOutOfRangeException>(() => new ReactionObservation(1, (PriceReaction)5)).ParamName);
        Assert.Equal("weight", Assert.Throws<InvalidInputException>(() => new ReactionObservation(1, PriceReaction.Fair, 0)).ParamName);
        Assert.Equal("weight", Assert.Throws<InvalidInputException>(() => new ReactionObservation(1, PriceReaction.Fair, double.PositiveInfinity)).ParamName);
    }

    [Fact]
    public void Constructor_InvalidArguments_MessagesSayWhatIsWrong()
    {
        Assert.Equal(
            "The effective price must be 0 or more (or +∞ when the value is 0); got -1.",
            Assert.Throws<InvalidInputException>("effectivePrice", () => new ReactionObservation(-1, PriceReaction.Fair)).Detail);
        Assert.Equal(
            "The effective price must be 0 or more (or +∞ when the value is 0); got NaN.",
            Assert.Throws<InvalidInputException>("effectivePrice", () => new ReactionObservation(double.NaN, PriceReaction.Fair)).Detail);
        var reaction = Assert.Throws<ArgumentOutOfRangeException>("reaction", () => new ReactionObservation(1, (PriceReaction)5));
        Assert.StartsWith("The reaction is not defined.", reaction.Message, StringComparison.Ordinal);
        Assert.Equal("The observation's weight must be a finite number > 0, but is 0.", Assert.Throws<InvalidInputException>("weight", () => new ReactionObservation(1, PriceReaction.Fair, 0)).Detail);
    }

    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var reaction = new ReactionObservation(0, PriceReaction.Grumble, 2);
        Assert.Equal((0.0, PriceReaction.Grumble, 2.0), (reaction.EffectivePrice, reaction.Reaction, reaction.Weight));
        Assert.Equal(double.PositiveInfinity, new ReactionObservation(double.PositiveInfinity, PriceReaction.TooExpensive).EffectivePrice);
        Assert.Equal(1.0, new ReactionObservation(3, PriceReaction.Fair).Weight);
    }

    [Fact]
    public void From_Score_TakesTheEffectivePriceAndTheShownReaction()
    {
        var customer = new CustomerProfile("c", [new("a", 1)], new PriceThresholds(1, 2, 3, 4));
        var score = new SolutionFitScorer().Score(customer, new ProposedSolution("s", 2.5, [new("a", 0.5)], 0.5, 0.5));

        var observation = ReactionObservation.From(score, PriceReaction.Bargain, 2);

        Assert.NotEqual(PriceReaction.Bargain, score.Reaction);
        Assert.Equal((score.EffectivePrice, PriceReaction.Bargain, 2.0), (observation.EffectivePrice, observation.Reaction, observation.Weight));
        Assert.Equal(1.0, ReactionObservation.From(score, PriceReaction.Fair).Weight);
    }

    [Fact]
    public void From_ScoreWithoutValueOrThresholds_TakesAnInfiniteEffectivePrice()
    {
        var customer = new CustomerProfile("c", [new("a", 1)]);
        var score = new SolutionFitScorer().Score(customer, new ProposedSolution("s", 10, [new("b", 1)], 0, 0));

        var observation = ReactionObservation.From(score, PriceReaction.TooExpensive);

        Assert.Equal(0.0, score.Value);
        Assert.Equal(double.PositiveInfinity, observation.EffectivePrice);
    }

    [Fact]
    public void From_InvalidArguments_ThrowNamingTheParameter()
    {
        var score = new SolutionFitScorer().Score(new CustomerProfile("c", [new("a", 1)]), new ProposedSolution("s", 10, [new("a", 1)], 0, 0));

        Assert.Throws<ArgumentNullException>("score", () => ReactionObservation.From(null!, PriceReaction.Fair));
        Assert.Throws<ArgumentOutOfRangeException>("reaction", () => ReactionObservation.From(score, (PriceReaction)5));
        Assert.Equal(
            "The observation's weight must be a finite number > 0, but is 0.",
            Assert.Throws<InvalidInputException>("weight", () => ReactionObservation.From(score, PriceReaction.Fair, 0)).Detail);
        Assert.Throws<InvalidInputException>("weight", () => ReactionObservation.From(score, PriceReaction.Fair, double.NaN));
    }
}
