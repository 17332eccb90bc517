using SolutionFit.Surveys;
using static SolutionFit.Tests.Surveys.KanoCategoryStrengthTests;

namespace SolutionFit.Tests.Mutation;

/// <summary>Hand-counted Kano cases pinning the answer range, Better and Worse, goal kinds, shares and the text form.</summary>
public sealed class KanoMutationTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Analyze_AnswersAtTheEdgesOfOneToFive_AreCounted_JustOutside_AreExcludedInOrder()
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
        Assert.Equal(["out-0", "out-6", "out-d0", "out-d6", "out-null"], feature.ExcludedRespondents);
        Assert.Equal(0.5, feature.ShareOf(KanoCategory.Questionable), Tolerance);
        Assert.Equal(0.25, feature.ShareOf(KanoCategory.Reverse), Tolerance);
    }

    [Fact]
    public void Feature_BetterWorse_AndStrengths_AreHandCounted()
    {
        // A 3, O 2, M 1, I 4, R 2: n = 12; A + O + M + I = 10. Better (3 + 2)/10 = 0.5, Worse -(2 + 1)/10 = -0.3.
        // Mode I (4); runner-up A (3): strength 1/12; total strength (3 + 2 + 1)/12 = 0.5.
        var feature = Kano.Analyze(Answers(("A", 3), ("O", 2), ("M", 1), ("I", 4), ("R", 2))).Single();

        Assert.Equal(KanoCategory.Indifferent, feature.Category);
        Assert.Null(feature.GoalKind);
        Assert.Equal(0.5, feature.Better!.Value, Tolerance);
        Assert.Equal(-0.3, feature.Worse!.Value, Tolerance);
        Assert.Equal(1.0 / 12, feature.CategoryStrength!.Value, Tolerance);
        Assert.Equal(0.5, feature.TotalStrength!.Value, Tolerance);
        Assert.Null(feature.UndefinedReason);
        Assert.Equal("f: Indifferent of 12 valid answer(s), better 0.5, worse -0.3", feature.ToString());
    }

    [Theory]
    [InlineData("O", GoalKind.Performance)]
    [InlineData("A", GoalKind.Delighter)]
    [InlineData("M", GoalKind.MustHave)]
    public void Feature_GoalKind_FollowsTheCategory(string category, GoalKind expected)
    {
        Assert.Equal(expected, Kano.Analyze(Answers((category, 2), ("I", 1))).Single().GoalKind);
    }

    [Fact]
    public void Feature_WithoutValidAnswers_HasNoStrengths_SharesZero_AndSaysUndefined()
    {
        var feature = Kano.Analyze([new KanoAnswer("r", "g", 0, 0)]).Single();

        Assert.Equal(0, feature.ValidAnswers);
        Assert.Null(feature.CategoryStrength);
        Assert.Null(feature.TotalStrength);
        Assert.Null(feature.FongSignificant);
        Assert.Equal(0.0, feature.ShareOf(KanoCategory.MustBe));
        Assert.Equal("g: undefined of 0 valid answer(s), better , worse ", feature.ToString());
    }

    [Fact]
    public void Feature_EveryAnswerQuestionable_IsNotFongSignificant()
    {
        // The top two of M, O, A, I, R are both 0: the bound is 0 and |0 − 0| >= 0, but nothing differs.
        var feature = Kano.Analyze(Answers(("Q", 4))).Single();

        Assert.Equal(4, feature.ValidAnswers);
        Assert.Equal(KanoCategory.Questionable, feature.Category);
        Assert.False(feature.FongSignificant);
    }

    [Fact]
    public void UndefinedOptions_SayWhatIsAllowed()
    {
        var feature = Kano.Analyze(Answers(("A", 1))).Single();

        Assert.StartsWith("Not a Kano category.", Assert.Throws<ArgumentOutOfRangeException>("category", () => feature.ShareOf((KanoCategory)99)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The rule must be Mode or CategoryStrength.", Assert.Throws<ArgumentOutOfRangeException>("rule", () => Kano.Analyze(Answers(("A", 1)), (KanoCategoryRule)9)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CategoryStrength_ReverseAndIndifferentOnTop_TakesIndifferent()
    {
        // R 5, I 5 of n = 10: strength 0 <= 0.06; of M, O, A, I only I is among the top two, so I (the mode is I by tie order).
        // R 6, I 5 of n = 11: strength 1/11 > 0.06: the mode R stands.
        Assert.Equal(KanoCategory.Indifferent, Kano.Analyze(Answers(("R", 5), ("I", 5)), KanoCategoryRule.CategoryStrength).Single().Category);
        Assert.Equal(KanoCategory.Reverse, Kano.Analyze(Answers(("R", 6), ("I", 5)), KanoCategoryRule.CategoryStrength).Single().Category);
        // R 6, I 6... and A 5 of 17: strength 0 among R and I; I is the first of M, O, A, I among them.
        Assert.Equal(KanoCategory.Indifferent, Kano.Analyze(Answers(("R", 6), ("I", 6), ("A", 5)), KanoCategoryRule.CategoryStrength).Single().Category);
    }

    [Fact]
    public void FongTest_ExactlyAtTheBound_IsSignificant()
    {
        // A 171, M 149, I 40 of n = 360: 1.65 sqrt(320 (720 - 320)/720) = 1.65 · 40/3 = 22 = |171 - 149|, and the doubles
        // agree exactly, so the test's "at least" (>=) decides: significant. One answer fewer apart is not.
        Assert.True(Kano.Analyze(Answers(("A", 171), ("M", 149), ("I", 40))).Single().FongSignificant);
        Assert.False(Kano.Analyze(Answers(("A", 170), ("M", 150), ("I", 40))).Single().FongSignificant);
    }

    [Fact]
    public void Analyze_FeaturesKeepTheOrderTheyFirstAppear()
    {
        var features = Kano.Analyze([new("r1", "z", 1, 5), new("r1", "a", 3, 5), new("r2", "z", 1, 3)]);

        Assert.Equal(["z", "a"], features.Select(f => f.Feature));
        Assert.Equal(2, features[0].ValidAnswers);
    }
}
