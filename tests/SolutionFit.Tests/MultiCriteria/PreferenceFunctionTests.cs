using SolutionFit.MultiCriteria;
using static SolutionFit.Tests.MultiCriteria.McdaAssert;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>The PROMETHEE preference functions: each shape's values, texts, guards and value equality.</summary>
public sealed class PreferenceFunctionTests
{
    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(3.0, 0.5)]
    [InlineData(5.0, 1.0)]
    [InlineData(-1.0, 0.0)]
    public void Evaluate_EachShape_FollowsItsDefinition(double d, double linear)
    {
        Assert.Equal(d > 0 ? 1.0 : 0.0, PreferenceFunction.Usual.Evaluate(d));
        Assert.Equal(d > 2 ? 1.0 : 0.0, PreferenceFunction.UShape(2).Evaluate(d));
        Assert.Equal(d <= 0 ? 0.0 : Math.Min(d / 4, 1.0), PreferenceFunction.VShape(4).Evaluate(d));
        Assert.Equal(d <= 2 ? 0.0 : d <= 4 ? 0.5 : 1.0, PreferenceFunction.Level(2, 4).Evaluate(d));
        Assert.Equal(linear, PreferenceFunction.Linear(2, 4).Evaluate(d));
    }

    [Fact]
    public void ToStringAndEvaluate_EachShape_TextsAndTheLevelStepAtP()
    {
        Assert.Equal("UShape(q = 1.5)", PreferenceFunction.UShape(1.5).ToString());
        Assert.Equal("VShape(p = 2)", PreferenceFunction.VShape(2).ToString());
        Assert.Equal("Level(q = 1, p = 3)", PreferenceFunction.Level(1, 3).ToString());
        Assert.Equal("Linear(q = 1, p = 3)", PreferenceFunction.Linear(1, 3).ToString());

        // At d = p exactly the level function is still on its middle step.
        var level = PreferenceFunction.Level(1, 3);
        Assert.Equal([0.0, 0.0, 0.5, 0.5, 1.0], [level.Evaluate(0.5), level.Evaluate(1), level.Evaluate(2), level.Evaluate(3), level.Evaluate(3.5)]);
    }

    [Fact]
    public void Factories_BadThresholds_ThrowNamingTheParameter()
    {
        Invalid("q", () => PreferenceFunction.UShape(-1));
        Invalid("q", () => PreferenceFunction.Level(double.NaN, 1));
        Invalid("p", () => PreferenceFunction.VShape(0));
        Invalid("p", () => PreferenceFunction.VShape(double.PositiveInfinity));
        var below = Invalid("p", () => PreferenceFunction.Linear(2, 1));
        Assert.Equal("The preference threshold p must be above q = 2, but is 1.", below.Detail);
        Invalid("p", () => PreferenceFunction.Level(1, double.PositiveInfinity));
        Invalid("p", () => PreferenceFunction.Linear(1, double.NaN));
    }

    [Fact]
    public void Factories_BadThresholds_MessageSaysWhich()
    {
        Assert.Equal("The indifference threshold must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("q", () => PreferenceFunction.UShape(-1)).Detail);
        Assert.Equal("The preference threshold must be a finite number > 0, but is 0.", Assert.Throws<InvalidInputException>("p", () => PreferenceFunction.VShape(0)).Detail);
        Assert.Equal("The indifference threshold must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("q", () => PreferenceFunction.Level(-1, 2)).Detail);
        Assert.Equal("The indifference threshold must be a finite number >= 0, but is NaN.", Assert.Throws<InvalidInputException>("q", () => PreferenceFunction.Linear(double.NaN, 2)).Detail);
        Assert.Equal("The preference threshold p must be a finite number, but is Infinity.", Assert.Throws<InvalidInputException>("p", () => PreferenceFunction.Linear(1, double.PositiveInfinity)).Detail);
        Assert.Equal("The preference threshold p must be above q = 1, but is 1.", Assert.Throws<InvalidInputException>("p", () => PreferenceFunction.Level(1, 1)).Detail);
        Assert.Equal("The preference threshold p must be above q = 2, but is 1.", Assert.Throws<InvalidInputException>("p", () => PreferenceFunction.Linear(2, 1)).Detail);
    }

    [Fact]
    public void Equality_SameShapeAndThresholds_IsOneValue()
    {
        Assert.Equal(PreferenceFunction.Linear(1, 4), PreferenceFunction.Linear(1, 4));
        Assert.True(PreferenceFunction.Level(1, 4) != PreferenceFunction.Linear(1, 4));
        Assert.Equal(PreferenceFunction.Usual, default);
        Assert.Single(new HashSet<PreferenceFunction> { PreferenceFunction.VShape(4), PreferenceFunction.VShape(2 * 2.0) });
        Assert.Equal("Linear(q = 1, p = 4.5)", PreferenceFunction.Linear(1, 4.5).ToString());
        Assert.Equal("Usual", PreferenceFunction.Usual.ToString());
    }
}
