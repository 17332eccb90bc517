using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary><see cref="ChoiceSet"/>: the guards with their parameter names, positions and messages, and the values kept.</summary>
public sealed class ChoiceSetTests
{
    [Fact]
    public void Constructor_InvalidArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("overalls", Assert.Throws<ArgumentNullException>(() => new ChoiceSet(null!, null)).ParamName);
        Assert.Equal("overalls", Assert.Throws<InvalidInputException>(() => new ChoiceSet([], null)).ParamName);
        var outOfRange = Assert.Throws<InvalidInputException>(() => new ChoiceSet([0.5, 1.5], null));
        Assert.Equal(("overalls", 1), (outOfRange.ParamName, outOfRange.Index));
        Assert.Equal("chosen", Assert.Throws<InvalidInputException>(() => new ChoiceSet([0.5], 1)).ParamName);
        Assert.Equal("chosen", Assert.Throws<InvalidInputException>(() => new ChoiceSet([0.5], -1)).ParamName);
        Assert.Equal("weight", Assert.Throws<InvalidInputException>(() => new ChoiceSet([0.5], 0, double.NaN)).ParamName);
    }

    [Fact]
    public void Constructor_InvalidArguments_MessagesSayWhatIsWrong()
    {
        Assert.Equal("A decision needs at least one offered solution.", Assert.Throws<InvalidInputException>("overalls", () => new ChoiceSet([], null)).Detail);
        var overall = Assert.Throws<InvalidInputException>("overalls", () => new ChoiceSet([0.5, 1.5], null));
        Assert.Equal(("The overall of offer 1 must be a finite number in [0, 1], but is 1.5.", 1), (overall.Detail, overall.Index));
        Assert.Equal(
            "The chosen offer must be one of the 2 offered (0 to 1) or none; got 2.",
            Assert.Throws<InvalidInputException>("chosen", () => new ChoiceSet([0.5, 1], 2)).Detail);
        Assert.Equal(
            "The chosen offer must be one of the 2 offered (0 to 1) or none; got -1.",
            Assert.Throws<InvalidInputException>("chosen", () => new ChoiceSet([0.5, 1], -1)).Detail);
        Assert.Equal("The decision's weight must be a finite number > 0, but is 0.", Assert.Throws<InvalidInputException>("weight", () => new ChoiceSet([0.5], 0, 0)).Detail);
    }

    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var set = new ChoiceSet([0.25, 0.5], 1, 2);
        Assert.Equal([0.25, 0.5], set.Overalls);
        Assert.Equal((1, 2.0), (set.Chosen, set.Weight));
        Assert.Null(new ChoiceSet([0.5], null).Chosen);
        Assert.Equal(0, new ChoiceSet([0.5], 0).Chosen);
    }
}
