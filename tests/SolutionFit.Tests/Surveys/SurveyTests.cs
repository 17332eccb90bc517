using SolutionFit.Surveys;

namespace SolutionFit.Tests.Surveys;

public sealed class SurveyTests
{
    private static readonly double[][] Consistent = [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]];

    [Theory]
    [InlineData(AhpPriorityMethod.Eigenvector)]
    [InlineData(AhpPriorityMethod.GeometricMean)]
    [InlineData(AhpPriorityMethod.NormalizedColumnMean)]
    public void Ahp_ConsistentMatrix_HasCrZero(AhpPriorityMethod method)
    {
        var result = Ahp.Analyze(["a", "b", "c"], Consistent, method);

        Assert.Equal(4.0 / 7, result.Priorities[0], 12);
        Assert.Equal(0.0, result.ConsistencyRatio, 12);
        Assert.True(result.ConsistencyRatio >= 0);
        Assert.Equal(1.0, result.ToGoalImportance()["a"]);
        Assert.Equal(0.25, result.ToGoalImportance()["c"], 12);
    }

    [Fact]
    public void Ahp_TwoByTwo_IsAlwaysConsistent()
    {
        var result = Ahp.Analyze(["a", "b"], [[1, 9], [1.0 / 9, 1]]);

        Assert.Equal(0.9, result.Priorities[0], 12);
        Assert.Equal((0.0, 0.0, 0.0), (result.ConsistencyIndex, result.ConsistencyRatio, result.RandomIndex));
    }

    [Fact]
    public void Ahp_InconsistentMatrix_IsFlagged()
    {
        var result = Ahp.Analyze(["a", "b", "c"], [[1, 9, 1.0 / 9], [1.0 / 9, 1, 9], [9, 1.0 / 9, 1]]);

        Assert.True(result.ConsistencyRatio > 0.1);
        Assert.False(result.IsConsistent);
    }

    [Fact]
    public void Ahp_Hierarchy_CombinesPriorities()
    {
        var criteria = Ahp.Analyze(["price", "fit"], [[1, 3], [1.0 / 3, 1]]); // 0.75, 0.25
        var underPrice = Ahp.Analyze(["x", "y"], [[1, 1], [1, 1]]); // 0.5, 0.5
        var underFit = Ahp.Analyze(["x", "y"], [[1, 4], [0.25, 1]]); // 0.8, 0.2

        var global = Ahp.Combine(criteria, [underPrice, underFit]);

        Assert.Equal(["x", "y"], global.Select(g => g.Key));
        Assert.Equal((0.75 * 0.5) + (0.25 * 0.8), global[0].Value, 12);
        Assert.Throws<InvalidInputException>("alternatives", () => Ahp.Combine(criteria, [underPrice]));
        Assert.Throws<InvalidInputException>("alternatives", () => Ahp.Combine(criteria, [underPrice, Ahp.Analyze(["y", "x"], [[1, 1], [1, 1]])]));
    }

    [Fact]
    public void Ahp_Guards()
    {
        Assert.Throws<ArgumentNullException>("labels", () => Ahp.Analyze(null!, Consistent));
        Assert.Throws<ArgumentNullException>("matrix", () => Ahp.Analyze(["a"], null!));
        Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze([], []));
        Assert.Throws<InvalidInputException>("labels", () => Ahp.Analyze(["a", "b"], Consistent));
        Assert.Throws<InvalidInputException>("labels", () => Ahp.Analyze(["a", "a", "c"], Consistent));
        Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze(["a", "b"], [[1, 2], [0.5]]));
        var negative = Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze(["a", "b"], [[1, -2], [0.5, 1]]));
        Assert.Contains("('a', 'b')", negative.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze(["a", "b"], [[2, 2], [0.5, 1]]));
        var reciprocal = Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze(["a", "b"], [[1, 2], [2, 1]]));
        Assert.Contains("reciprocal", reciprocal.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("method", () => Ahp.Analyze(["a"], [[1.0]], (AhpPriorityMethod)7));
        Assert.Throws<ArgumentOutOfRangeException>("table", () => Ahp.Analyze(["a"], [[1.0]], table: (RandomIndexTable)7));
        var big = Enumerable.Range(0, 16).Select(i => Enumerable.Repeat(1.0, 16)).ToArray();
        Assert.Throws<InvalidInputException>("table", () => Ahp.Analyze(Enumerable.Range(0, 16).Select(i => $"x{i}"), big));
    }

    [Fact]
    public void Kano_EvaluationTable_AndUndefinedBetterWorse()
    {
        Assert.Equal(KanoCategory.OneDimensional, Kano.Evaluate(1, 5));
        Assert.Equal(KanoCategory.MustBe, Kano.Evaluate(3, 5));
        Assert.Equal(KanoCategory.Attractive, Kano.Evaluate(1, 3));
        Assert.Equal(KanoCategory.Questionable, Kano.Evaluate(5, 5));
        Assert.Throws<InvalidInputException>("functional", () => Kano.Evaluate(0, 3));
        Assert.Equal("A Kano answer must be 1..5, but the dysfunctional answer is 6.", Assert.Throws<InvalidInputException>("dysfunctional", () => Kano.Evaluate(3, 6)).Detail);

        var onlyReverse = Kano.Analyze([new("r1", "f", 5, 1), new("r2", "f", 5, 5)]).Single();
        Assert.Null(onlyReverse.Better);
        Assert.Null(onlyReverse.Worse);
        Assert.Contains("reverse or questionable", onlyReverse.UndefinedReason, StringComparison.Ordinal);
        Assert.Null(onlyReverse.GoalKind);

        var none = Kano.Analyze([new("r1", "g", null, 3)]).Single();
        Assert.Null(none.Category);
        Assert.Equal(["r1"], none.ExcludedRespondents);
        Assert.Equal("no valid answer pair", none.UndefinedReason);
    }

    [Fact]
    public void Kano_TiesAndBridge()
    {
        // One O and one M: the mode tie goes to M, which becomes a must-have goal.
        var feature = Kano.Analyze([new("r1", "f", 1, 5), new("r2", "f", 3, 5)]).Single();

        Assert.Equal(KanoCategory.MustBe, feature.Category);
        Assert.Equal(GoalKind.MustHave, feature.GoalKind);
        Assert.Equal(0.5, feature.Better);
        Assert.Equal(-1.0, feature.Worse);
    }

    [Fact]
    public void Kano_Guards()
    {
        Assert.Throws<ArgumentNullException>("answers", () => Kano.Analyze(null!));
        Assert.Throws<InvalidInputException>("answers", () => Kano.Analyze([new("r1", "", 1, 5)]));
        Assert.Throws<InvalidInputException>("answers", () => Kano.Analyze([new("r1", "f", 1, 5), new("r1", "f", 2, 5)]));
        Assert.Throws<ArgumentOutOfRangeException>("rule", () => Kano.Analyze([], (KanoCategoryRule)4));
        Assert.Throws<ArgumentOutOfRangeException>("category", () => Kano.Analyze([new("r1", "f", 1, 5)])[0].CountOf((KanoCategory)9));
    }

    [Fact]
    public void Odi_BandEdgesAreExact_AndInvalidAnswersExcluded()
    {
        // 12 respondents: importance 10 top-two of 12, satisfaction 2 of 12: opportunity exactly 15 -> very good, not excellent.
        var answers = Enumerable.Range(0, 12).Select(i => new OdiAnswer($"r{i}", "o", i < 10 ? 5 : 3, i < 2 ? 4 : 2))
            .Append(new OdiAnswer("r12", "o", 7, null));

        var outcome = Odi.Analyze(answers).Single();

        Assert.Equal(15.0, outcome.Opportunity);
        Assert.Equal(OdiBand.VeryGood, outcome.Band);
        Assert.Equal((12, 1, 12, 1), (outcome.ImportanceValid, outcome.ImportanceExcluded, outcome.SatisfactionValid, outcome.SatisfactionExcluded));
        var goal = outcome.ToGoal(GoalKind.MustHave);
        Assert.Equal(("o", 10.0 / 12, 2.0 / 12), (goal.Id, goal.Importance, goal.CurrentSatisfaction));
    }

    [Fact]
    public void Odi_NoValidRating_IsAbsentNotNaN()
    {
        var outcome = Odi.Analyze([new OdiAnswer("r1", "o", null, 4)]).Single();

        Assert.Null(outcome.Importance);
        Assert.Null(outcome.Opportunity);
        Assert.Null(outcome.Band);
        Assert.Equal(10.0, outcome.Satisfaction);
        Assert.Throws<InvalidOperationException>(() => outcome.ToGoal());
    }

    [Fact]
    public void Odi_Guards()
    {
        Assert.Throws<ArgumentNullException>("answers", () => Odi.Analyze(null!));
        Assert.Throws<InvalidInputException>("answers", () => Odi.Analyze([new OdiAnswer("", "o", 1, 1)]));
        Assert.Throws<InvalidInputException>("answers", () => Odi.Analyze([new OdiAnswer("r", "o", 1, 1), new OdiAnswer("r", "o", 2, 2)]));
    }
}
