using SolutionFit.Surveys;

namespace SolutionFit.Tests.Surveys;

/// <summary>ODI's scoring of outcomes from ratings: exact band edges, exclusions, absent scores and guards.</summary>
public sealed class OdiTests
{
    [Fact]
    public void Analyze_OpportunityExactlyFifteenAndAnOutOfRangeRating_VeryGoodAndExcludedCounted()
    {
        // 12 respondents: importance 10 top-two of 12, satisfaction 2 of 12: opportunity exactly 15 -> very good, not excellent.
        var answers = Enumerable.Range(0, 12).Select(i => new OdiAnswer($"r{i}", "o", i < 10 ? 5 : 3, i < 2 ? 4 : 2))
            .Append(new OdiAnswer("r12", "o", 7, null));

        var outcome = Odi.Analyze(answers).Single();

        Assert.Equal(15.0, outcome.Opportunity);
        Assert.Equal(OdiBand.VeryGood, outcome.Band);
        Assert.Equal((12, 1, 12, 1), (outcome.ImportanceValid, outcome.ImportanceExcludedCount, outcome.SatisfactionValid, outcome.SatisfactionExcludedCount));
        var goal = outcome.ToGoal(GoalKind.MustHave);
        Assert.Equal(("o", 10.0 / 12, 2.0 / 12), (goal.Id, goal.Importance, goal.CurrentSatisfaction));
    }

    [Fact]
    public void Analyze_NoValidImportanceRating_ScoresAbsentNotNaN()
    {
        var outcome = Odi.Analyze([new OdiAnswer("r1", "o", null, 4)]).Single();

        Assert.Null(outcome.Importance);
        Assert.Null(outcome.Opportunity);
        Assert.Null(outcome.Band);
        Assert.Equal(10.0, outcome.Satisfaction);
        Assert.Throws<InvalidOperationException>(() => outcome.ToGoal());
    }

    [Fact]
    public void Analyze_BadArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("answers", () => Odi.Analyze(null!));
        Assert.Throws<InvalidInputException>("answers", () => Odi.Analyze([new OdiAnswer("", "o", 1, 1)]));
        Assert.Throws<InvalidInputException>("answers", () => Odi.Analyze([new OdiAnswer("r", "o", 1, 1), new OdiAnswer("r", "o", 2, 2)]));
    }

    [Fact]
    public void Analyze_MissingOutcome_MessageSaysWhatIsMissing()
    {
        var ex = Assert.Throws<InvalidInputException>("answers", () => Odi.Analyze([new("r1", "o", 5, 1), new("r2", "", 5, 1)]));
        Assert.Equal("Every answer needs a respondent and the outcome it is about; one is missing.", ex.Detail);
        Assert.Equal((1, "r2", ""), (ex.Index, ex.ItemId, ex.Field));
    }
}
