using SolutionFit.Surveys;

namespace SolutionFit.Tests.Surveys;

/// <summary>The Kano evaluation table and the classification of features: counting, exclusions, the category rules, Fong's test and guards.</summary>
public sealed class KanoTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Evaluate_EvaluationTable_GivesTheCategoryAndRejectsAnswersOutsideOneToFive()
    {
        Assert.Equal(KanoCategory.OneDimensional, Kano.Evaluate(1, 5));
        Assert.Equal(KanoCategory.MustBe, Kano.Evaluate(3, 5));
        Assert.Equal(KanoCategory.Attractive, Kano.Evaluate(1, 3));
        Assert.Equal(KanoCategory.Questionable, Kano.Evaluate(5, 5));
        Assert.Throws<InvalidInputException>("functional", () => Kano.Evaluate(0, 3));
        Assert.Equal("A Kano answer must be 1..5, but the dysfunctional answer is 6.", Assert.Throws<InvalidInputException>("dysfunctional", () => Kano.Evaluate(3, 6)).Detail);
    }

    [Fact]
    public void Analyze_OnlyReverseOrNoValidAnswer_BetterAndWorseUndefinedWithTheReason()
    {
        var onlyReverse = Kano.Analyze([new("r1", "f", 5, 1), new("r2", "f", 5, 5)]).Single();
        Assert.Null(onlyReverse.Better);
        Assert.Null(onlyReverse.Worse);
        Assert.Contains("reverse or questionable", onlyReverse.UndefinedReason, StringComparison.Ordinal);
        Assert.Null(onlyReverse.GoalKind);

        var none = Kano.Analyze([new("r1", "g", null, 3)]).Single();
        Assert.Null(none.Category);
        Assert.Equal(["r1"], none.Excluded);
        Assert.Equal("no valid answer pair", none.UndefinedReason);
    }

    [Fact]
    public void Analyze_ModeTieBetweenOneDimensionalAndMustBe_TakesMustBe()
    {
        // One O and one M: the mode tie goes to M, which becomes a must-have goal.
        var feature = Kano.Analyze([new("r1", "f", 1, 5), new("r2", "f", 3, 5)]).Single();

        Assert.Equal(KanoCategory.MustBe, feature.Category);
        Assert.Equal(GoalKind.MustHave, feature.GoalKind);
        Assert.Equal(0.5, feature.Better);
        Assert.Equal(-1.0, feature.Worse);
    }

    [Fact]
    public void Analyze_AnswersAtAndJustOutsideOneToFive_CountedOrExcludedInOrder()
    {
        KanoAnswer[] answers =
        [
            new("in-1-1", "f", 1, 1), // Q
            new("in-5-5", "f", 5, 5), // Q
            new("in-1-5", "f", 1, 5), // O
            new("in-5-1", "f", 5, 1), // R
            new("out-0", "f", 0, 3),
            new("out-6", "f", 6, 3),
            new("out-d0", "f", 3, 0),
            new("out-d6", "f", 3, 6),
            new("out-null", "f", 3, null),
        ];

        var feature = Kano.Analyze(answers).Single();

        Assert.Equal(4, feature.ValidAnswers);
        Assert.Equal(2, feature.CountOf(KanoCategory.Questionable));
        Assert.Equal(1, feature.CountOf(KanoCategory.OneDimensional));
        Assert.Equal(1, feature.CountOf(KanoCategory.Reverse));
        Assert.Equal(["out-0", "out-6", "out-d0", "out-d6", "out-null"], feature.Excluded);
        Assert.Equal(0.5, feature.ShareOf(KanoCategory.Questionable), Tolerance);
        Assert.Equal(0.25, feature.ShareOf(KanoCategory.Reverse), Tolerance);
    }

    [Fact]
    public void Analyze_SeveralFeatures_KeepTheOrderTheyFirstAppear()
    {
        var features = Kano.Analyze([new("r1", "z", 1, 5), new("r1", "a", 3, 5), new("r2", "z", 1, 3)]);

        Assert.Equal(["z", "a"], features.Select(f => f.Feature));
        Assert.Equal(2, features[0].ValidAnswers);
    }

    [Fact]
    public void Analyze_CategoryStrengthUnderSixPoints_TakesTheFirstOfMOAI()
    {
        // A 8, M 7, O 1, I 4 of n = 20. Top two (among M, O, A, I, R): A 8, M 7; strength (8 - 7)/20 = 0.05 <= 0.06, so the
        // rule takes M (first of M, O, A, I among the two); the mode is A. Total strength (A + O + M)/n = 16/20 = 0.8.
        // Fong: |8 - 7| = 1 < 1.65 sqrt(15 (40 - 15)/40) = 1.65 sqrt(9.375) = 5.05, not significant.
        var answers = Answers(("A", 8), ("M", 7), ("O", 1), ("I", 4));

        var byStrength = Kano.Analyze(answers, KanoCategoryRule.CategoryStrength).Single();
        var byMode = Kano.Analyze(answers).Single();

        Assert.Equal(KanoCategory.MustBe, byStrength.Category);
        Assert.Equal(KanoCategory.Attractive, byMode.Category);
        Assert.Equal(0.05, byStrength.CategoryStrength!.Value, Tolerance);
        Assert.Equal(0.8, byStrength.TotalStrength!.Value, Tolerance);
        Assert.False(byStrength.FongSignificant);
    }

    [Fact]
    public void Analyze_CategoryStrengthExactlySixPoints_StillTakesTheFirstOfMOAI()
    {
        // A 20, M 17, I 13 of n = 50: strength 3/50 = 0.06 exactly (the same double as 0.06), which is <= 0.06: M, not A.
        var feature = Kano.Analyze(Answers(("A", 20), ("M", 17), ("I", 13)), KanoCategoryRule.CategoryStrength).Single();

        Assert.Equal(0.06, feature.CategoryStrength);
        Assert.Equal(KanoCategory.MustBe, feature.Category);
    }

    [Fact]
    public void Analyze_CategoryStrengthOverSixPoints_KeepsTheMode()
    {
        // A 9, M 7, I 4 of n = 20: strength 2/20 = 0.1 > 0.06, so the mode A stands. Total strength 16/20 = 0.8.
        var feature = Kano.Analyze(Answers(("A", 9), ("M", 7), ("I", 4)), KanoCategoryRule.CategoryStrength).Single();

        Assert.Equal(0.1, feature.CategoryStrength!.Value, Tolerance);
        Assert.Equal(KanoCategory.Attractive, feature.Category);
    }

    [Fact]
    public void Analyze_CategoryStrengthWithReverseAndIndifferentOnTop_TakesIndifferent()
    {
        // R 5, I 5 of n = 10: strength 0 <= 0.06; of M, O, A, I only I is among the top two, so I (the mode is I by tie order).
        // R 6, I 5 of n = 11: strength 1/11 > 0.06: the mode R stands.
        Assert.Equal(KanoCategory.Indifferent, Kano.Analyze(Answers(("R", 5), ("I", 5)), KanoCategoryRule.CategoryStrength).Single().Category);
        Assert.Equal(KanoCategory.Reverse, Kano.Analyze(Answers(("R", 6), ("I", 5)), KanoCategoryRule.CategoryStrength).Single().Category);
        // R 6, I 6... and A 5 of 17: strength 0 among R and I; I is the first of M, O, A, I among them.
        Assert.Equal(KanoCategory.Indifferent, Kano.Analyze(Answers(("R", 6), ("I", 6), ("A", 5)), KanoCategoryRule.CategoryStrength).Single().Category);
    }

    [Fact]
    public void Analyze_QuestionableMode_IsLeftOutOfTheStrength()
    {
        // Q 6, A 5, I 1 of n = 12. The mode is Q, but the strength compares M, O, A, I, R only: A 5, I 1, (5 - 1)/12 = 1/3.
        // Total strength A/n = 5/12. Fong: |5 - 1| = 4 >= 1.65 sqrt(6 (24 - 6)/24) = 1.65 sqrt(4.5) = 3.50, significant.
        var feature = Kano.Analyze(Answers(("Q", 6), ("A", 5), ("I", 1)), KanoCategoryRule.CategoryStrength).Single();

        Assert.Equal(KanoCategory.Questionable, feature.Category);
        Assert.Equal(1.0 / 3, feature.CategoryStrength!.Value, Tolerance);
        Assert.Equal(5.0 / 12, feature.TotalStrength!.Value, Tolerance);
        Assert.True(feature.FongSignificant);
    }

    [Fact]
    public void Analyze_FongTest_SignificantJustAboveTheBound_NotJustBelow()
    {
        // n = 10, the other answers I. a = 7 (A), b = 2 (M): 1.65 sqrt(9 (20 - 9)/20) = 1.65 sqrt(4.95) = 3.671 <= 5: significant.
        // a = 6, b = 3: 1.65 sqrt(9 · 11/20) = 3.671 > 3: not.
        Assert.True(Kano.Analyze(Answers(("A", 7), ("M", 2), ("I", 1))).Single().FongSignificant);
        Assert.False(Kano.Analyze(Answers(("A", 6), ("M", 3), ("I", 1))).Single().FongSignificant);
    }

    [Fact]
    public void Analyze_FongTestExactlyAtTheBound_IsSignificant()
    {
        // A 171, M 149, I 40 of n = 360: 1.65 sqrt(320 (720 - 320)/720) = 1.65 · 40/3 = 22 = |171 - 149|, and the doubles
        // agree exactly, so the test's "at least" (>=) decides: significant. One answer fewer apart is not.
        Assert.True(Kano.Analyze(Answers(("A", 171), ("M", 149), ("I", 40))).Single().FongSignificant);
        Assert.False(Kano.Analyze(Answers(("A", 170), ("M", 150), ("I", 40))).Single().FongSignificant);
    }

    [Fact]
    public void Analyze_BadArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("answers", () => Kano.Analyze(null!));
        Assert.Throws<InvalidInputException>("answers", () => Kano.Analyze([new("r1", "", 1, 5)]));
        Assert.Throws<InvalidInputException>("answers", () => Kano.Analyze([new("r1", "f", 1, 5), new("r1", "f", 2, 5)]));
        Assert.Throws<ArgumentOutOfRangeException>("rule", () => Kano.Analyze([], (KanoCategoryRule)4));
        Assert.Throws<ArgumentOutOfRangeException>("category", () => Kano.Analyze([new("r1", "f", 1, 5)])[0].CountOf((KanoCategory)9));
    }

    [Fact]
    public void Analyze_UndefinedRuleOrCategory_MessageSaysWhatIsAllowed()
    {
        var feature = Kano.Analyze(Answers(("A", 1))).Single();

        Assert.StartsWith("Not a Kano category.", Assert.Throws<ArgumentOutOfRangeException>("category", () => feature.ShareOf((KanoCategory)99)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The rule must be Mode or CategoryStrength.", Assert.Throws<ArgumentOutOfRangeException>("rule", () => Kano.Analyze(Answers(("A", 1)), (KanoCategoryRule)9)).Message, StringComparison.Ordinal);
    }

    /// <summary>Answer pairs giving each category its count: A (1, 3), O (1, 5), M (3, 5), I (3, 3), R (5, 1), Q (1, 1).</summary>
    internal static KanoAnswer[] Answers(params (string Category, int Count)[] counts)
    {
        var answers = new List<KanoAnswer>();
        foreach (var (category, count) in counts)
        {
            var (functional, dysfunctional) = category switch
            {
                "A" => (1, 3),
                "O" => (1, 5),
                "M" => (3, 5),
                "I" => (3, 3),
                "R" => (5, 1),
                _ => (1, 1),
            };
            for (var k = 0; k < count; k++)
            {
                answers.Add(new KanoAnswer($"{category}{k}", "f", functional, dysfunctional));
            }
        }

        return [.. answers];
    }
}
