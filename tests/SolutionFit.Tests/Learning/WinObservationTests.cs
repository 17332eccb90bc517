using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary><see cref="WinObservation"/>: the guards with their parameter names and messages, the values kept, and <see cref="WinObservation.From"/>.</summary>
public sealed class WinObservationTests
{
    [Fact]
    public void Constructor_InvalidArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("goalFit", Assert.Throws<InvalidInputException>(() => new WinObservation(1.5, 0, 0, true)).ParamName);
        Assert.Equal("experience", Assert.Throws<InvalidInputException>(() => new WinObservation(0, double.NaN, 0, true)).ParamName);
        Assert.Equal("priceHappiness", Assert.Throws<InvalidInputException>(() => new WinObservation(0, 0, -0.1, true)).ParamName);
        Assert.Equal("weight", Assert.Throws<InvalidInputException>(() => new WinObservation(0, 0, 0, true, -1)).ParamName);
    }

    [Fact]
    public void Constructor_InvalidArguments_MessagesSayWhatIsWrong()
    {
        Assert.Equal("The goal fit must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("goalFit", () => new WinObservation(2, 0, 0, true)).Detail);
        Assert.Equal("The experience must be a finite number in [0, 1], but is -1.", Assert.Throws<InvalidInputException>("experience", () => new WinObservation(0, -1, 0, true)).Detail);
        Assert.Equal("The price happiness must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("priceHappiness", () => new WinObservation(0, 0, 2, true)).Detail);
        Assert.Equal("The observation's weight must be a finite number > 0, but is -1.", Assert.Throws<InvalidInputException>("weight", () => new WinObservation(0, 0, 0, true, -1)).Detail);
    }

    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var win = new WinObservation(0.25, 0.5, 0.75, false, 3);
        Assert.Equal((0.25, 0.5, 0.75, false, 3.0), (win.GoalFit, win.Experience, win.PriceHappiness, win.Won, win.Weight));
    }

    [Fact]
    public void From_Score_TakesItsParts()
    {
        var customer = new CustomerProfile("c", [new("a", 1)], new PriceThresholds(1, 2, 3, 4));
        var score = new SolutionFitScorer().Score(customer, new ProposedSolution("s", 2.5, [new("a", 0.5)], 0.5, 0.5));
        var observation = WinObservation.From(score, true, 2);
        Assert.Equal((score.GoalFit, score.Experience, score.PriceHappiness!.Value, true, 2.0), (observation.GoalFit, observation.Experience, observation.PriceHappiness, observation.Won, observation.Weight));
        var unpriced = new SolutionFitScorer().Score(new CustomerProfile("c", [new("a", 1)]), new ProposedSolution("s", 2.5, [new("a", 0.5)], 0, 0));
        Assert.Equal(1.0, WinObservation.From(unpriced, false).PriceHappiness);
        Assert.Throws<ArgumentNullException>("score", () => WinObservation.From(null!, true));
    }

    [Fact]
    public void From_NullScore_ThrowsNamingScore() =>
        Assert.Equal("score", Assert.Throws<ArgumentNullException>(() => WinObservation.From(null!, true)).ParamName);
}
