using SolutionFit.Learning;
using SolutionFit.Tests.Learning;
using Outcome = SolutionFit.Tests.Learning.LearnReference.Outcome;

namespace SolutionFit.Tests;

/// <summary>The README's "Learning from outcomes" example compiles and runs here, and the README shows exactly this code.</summary>
public sealed class ReadmeLearningTests
{
    private const string Begin = "// begin README learning";
    private const string End = "// end README learning";
    private const string Heading = "## Learning from outcomes";

    [Fact]
    public void Example_FillsInANewCustomer_AndExplainsTheWin()
    {
        var reference = LearnReference.Load("learn_basic");
        var newcomer = new CustomerGoal[] { new("g3", 1.0), new("g9", 0.5, GoalKind.MustHave) };
        var offer = reference.Outcomes[0].Quoted;

        var (thresholds, customer, why, shares) = Example(reference.Outcomes, reference.Choices, newcomer, offer, TextWriter.Null);

        Assert.Equal(ReactionModel.Fit(reference.Reactions).Thresholds, thresholds);
        Assert.Equal(thresholds, customer.PriceThresholds);
        var score = new SolutionFitScorer().Score(customer, offer);
        Assert.NotNull(score.Reaction);
        Assert.Equal(WinModel.Fit(reference.Wins).Predict(score).Probability, why.Probability);
        Assert.Equal(3, shares.Count);
        Assert.Equal(1.0, shares.Sum(), 12);
    }

    [Fact]
    public void Readme_ShowsTheExampleVerbatim() =>
        Assert.Equal(ReadmeCode.Compiled("ReadmeLearningTests.cs.txt", Begin, End), ReadmeCode.Lines(ReadmeCode.Block(Heading)));

    private static (PriceThresholds? Thresholds, CustomerProfile Customer, WinPrediction Why, IReadOnlyList<double> Shares) Example(
        IReadOnlyList<Outcome> outcomes, IReadOnlyList<ChoiceSet> decisions, CustomerGoal[] goals, ProposedSolution offer, TextWriter output)
    {
        // begin README learning
        var scorer = new SolutionFitScorer();
        var scored = outcomes.Select(o => (o, Score: scorer.Score(o.Customer, o.Quoted))).ToList();
        var reactions = ReactionModel.Fit(scored.Select(x => ReactionObservation.From(x.Score, x.o.Reaction)));
        var customer = new CustomerProfile("initech", goals, reactions.Thresholds); // never surveyed: learned thresholds

        var wins = WinModel.Fit(scored.Select(x => WinObservation.From(x.Score, x.o.Won)));
        var why = wins.Predict(scorer.Score(customer, offer));       // P(win), and the reasons, largest first
        output.WriteLine($"{why.Probability:P0}: {string.Join(", ", why.Contributions)}");

        var choices = ChoiceModel.Fit(decisions);                    // each: the offers' overalls, the one chosen or none
        var shares = choices.Predict([0.62, 0.55]);                  // ours, a competitor's, then doing nothing
        // end README learning
        return (reactions.Thresholds, customer, why, shares);
    }
}
