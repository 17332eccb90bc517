using SolutionFit.Surveys;

namespace SolutionFit.Tests.Surveys;

/// <summary>An ODI outcome's counts, scores, bands at their exact boundaries, goal and text.</summary>
public sealed class OdiOutcomeTests
{
    private static OdiOutcome Outcome(params (int? Importance, int? Satisfaction)[] ratings) =>
        Odi.Analyze(ratings.Select((r, i) => new OdiAnswer($"r{i}", "o", r.Importance, r.Satisfaction)))[0];

    [Fact]
    public void Properties_OneSidedOutcome_HaveThatSideOnly()
    {
        // Two of three importance ratings are top-two; no satisfaction rating is valid (0 and 6 are off the scale, null is missing).
        var noSatisfaction = Outcome((5, 0), (4, 6), (2, null));
        Assert.Equal(10.0 * 2 / 3, noSatisfaction.Importance);
        Assert.Null(noSatisfaction.Satisfaction);
        Assert.Null(noSatisfaction.Opportunity);
        Assert.Null(noSatisfaction.Band);
        Assert.Equal((2, 3, 0), (noSatisfaction.ImportanceTopTwo, noSatisfaction.ImportanceValid, noSatisfaction.ImportanceExcludedCount));
        Assert.Equal((0, 0, 3), (noSatisfaction.SatisfactionTopTwo, noSatisfaction.SatisfactionValid, noSatisfaction.SatisfactionExcludedCount));
        Assert.Equal("o: importance 6.7, satisfaction , opportunity ", noSatisfaction.ToString());
        Assert.Equal(
            "Outcome 'o' has no valid satisfaction rating, so it cannot become a goal.",
            Assert.Throws<InvalidOperationException>(() => noSatisfaction.ToGoal()).Message);

        // And the other way round: two of four satisfaction ratings are top-two.
        var noImportance = Outcome((null, 5), (0, 4), (7, 2), (null, 3));
        Assert.Null(noImportance.Importance);
        Assert.Equal(10.0 * 2 / 4, noImportance.Satisfaction);
        Assert.Null(noImportance.Band);
        Assert.Equal(
            "Outcome 'o' has no valid importance rating, so it cannot become a goal.",
            Assert.Throws<InvalidOperationException>(() => noImportance.ToGoal()).Message);
    }

    [Fact]
    public void Band_ExactBoundaries_BelongToTheLowerBand()
    {
        // importance = satisfaction (gap 0): not overserved; opportunity 5 is Limited.
        var even = Outcome((5, 5), (1, 1));
        Assert.Equal((5.0, 5.0, 5.0, (OdiBand?)OdiBand.Limited), (even.Importance!.Value, even.Satisfaction!.Value, even.Opportunity!.Value, even.Band));

        // Opportunity exactly 10 (importance 10, satisfaction 10): still Limited.
        var ten = Outcome((5, 5), (4, 4));
        Assert.Equal((10.0, (OdiBand?)OdiBand.Limited), (ten.Opportunity!.Value, ten.Band));

        // Opportunity exactly 12 (importance 6 + gap 6): still Good.
        var twelve = Outcome((5, 1), (5, 1), (4, 1), (1, 1), (2, 1));
        Assert.Equal((12.0, (OdiBand?)OdiBand.Good), (twelve.Opportunity!.Value, twelve.Band));

        // Opportunity exactly 15 (importance 7.5 + gap 7.5): still VeryGood.
        var fifteen = Outcome((5, 1), (5, 1), (4, 1), (1, 1));
        Assert.Equal((15.0, (OdiBand?)OdiBand.VeryGood), (fifteen.Opportunity!.Value, fifteen.Band));

        var goal = ten.ToGoal(GoalKind.Delighter);
        Assert.Equal(("o", 1.0, GoalKind.Delighter, 1.0), (goal.Id, goal.Importance, goal.Kind, goal.CurrentSatisfaction));
    }
}
