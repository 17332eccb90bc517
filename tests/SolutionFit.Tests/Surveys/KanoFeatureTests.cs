using SolutionFit.Surveys;
using static SolutionFit.Tests.Surveys.KanoTests;

namespace SolutionFit.Tests.Surveys;

/// <summary>A Kano feature's coefficients, strengths, shares, goal kind and text, on hand-counted answers.</summary>
public sealed class KanoFeatureTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Properties_HandCountedAnswers_FollowTheirFormulas()
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
    public void GoalKind_MustBeOneDimensionalOrAttractive_IsItsGoalKind(string category, GoalKind expected)
    {
        Assert.Equal(expected, Kano.Analyze(Answers((category, 2), ("I", 1))).Single().GoalKind);
    }

    [Fact]
    public void Properties_NoValidAnswer_NullStrengthsZeroSharesAndUndefined()
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
    public void FongSignificant_EveryAnswerQuestionable_IsFalse()
    {
        // The top two of M, O, A, I, R are both 0: the bound is 0 and |0 − 0| >= 0, but nothing differs.
        var feature = Kano.Analyze(Answers(("Q", 4))).Single();

        Assert.Equal(4, feature.ValidAnswers);
        Assert.Equal(KanoCategory.Questionable, feature.Category);
        Assert.False(feature.FongSignificant);
    }
}
