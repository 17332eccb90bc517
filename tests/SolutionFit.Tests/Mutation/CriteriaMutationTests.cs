using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.Mutation;

/// <summary>The criteria's and preference functions' exact messages, texts and boundaries.</summary>
public sealed class CriteriaMutationTests
{
    [Fact]
    public void Criteria_BadNames_SayWhatIsMissing()
    {
        const string Blank = "A criterion needs an id (or name) that is not empty or white space, but is ' '.";
        Assert.Equal(Blank, Assert.Throws<InvalidInputException>("name", () => Criterion.Benefit(" ")).Detail);
        Assert.Equal(Blank, Assert.Throws<InvalidInputException>("name", () => Criterion.Cost(" ")).Detail);
        Assert.Equal(Blank, Assert.Throws<InvalidInputException>("name", () => Criterion.TargetValue(" ", 1)).Detail);
        var target = Assert.Throws<InvalidInputException>("target", () => Criterion.TargetValue("t", double.NaN));
        Assert.Equal(("Criterion 't' target must be a finite number, but is NaN.", "t"), (target.Detail, target.ItemId));
        Assert.Equal("t (target 2.5)", Criterion.TargetValue("t", 2.5).ToString());
        Assert.Equal("c (Cost)", Criterion.Cost("c").ToString());
    }

    [Fact]
    public void PreferenceFunctions_BadThresholds_SayWhich()
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
    public void PreferenceFunctions_Texts_AndTheLevelStep()
    {
        Assert.Equal("UShape(q = 1.5)", PreferenceFunction.UShape(1.5).ToString());
        Assert.Equal("VShape(p = 2)", PreferenceFunction.VShape(2).ToString());
        Assert.Equal("Level(q = 1, p = 3)", PreferenceFunction.Level(1, 3).ToString());
        Assert.Equal("Linear(q = 1, p = 3)", PreferenceFunction.Linear(1, 3).ToString());

        // At d = p exactly the level function is still on its middle step.
        var level = PreferenceFunction.Level(1, 3);
        Assert.Equal([0.0, 0.0, 0.5, 0.5, 1.0], [level.Evaluate(0.5), level.Evaluate(1), level.Evaluate(2), level.Evaluate(3), level.Evaluate(3.5)]);
    }
}
