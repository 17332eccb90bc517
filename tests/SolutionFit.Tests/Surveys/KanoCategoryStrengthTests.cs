using SolutionFit.Surveys;

namespace SolutionFit.Tests.Surveys;

/// <summary>Hand-counted Kano features for the category-strength rule, the total strength and Fong's test.</summary>
public sealed class KanoCategoryStrengthTests
{
    private const double Tolerance = 1e-12;

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
