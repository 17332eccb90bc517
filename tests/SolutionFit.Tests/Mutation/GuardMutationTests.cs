using SolutionFit.MultiCriteria;
using SolutionFit.Surveys;

namespace SolutionFit.Tests.Mutation;

/// <summary>
/// The exact messages of the guards that other checks would also catch (a later check with another message), so that a
/// guard that stopped rejecting would be noticed: each names the item, the rule and the offending value.
/// </summary>
public sealed class GuardMutationTests
{
    [Fact]
    public void PositiveFinite_InterpolatedItem_AhpEntryOfZero_IsRejectedByTheEntryCheck_NotByReciprocity()
    {
        var error = Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze(["a", "b"], [[1.0, 0.0], [2.0, 1.0]]));

        Assert.Equal("Entry ('a', 'b') must be a finite number > 0, but is 0.", error.Detail);
        Assert.Equal(0, error.Index);
        Assert.Equal("a", error.ItemId);
        Assert.Equal("b", error.Field);
    }

    [Fact]
    public void Finite_InterpolatedItem_NaNInADecisionMatrix_NamesTheCell()
    {
        var error = Assert.Throws<InvalidInputException>(
            "values",
            () => new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Cost("y")], [[1.0, 2.0], [3.0, double.NaN]], [1.0, 1.0]));

        Assert.Equal("Alternative 'b' on criterion 'y' must be a finite number, but is NaN.", error.Detail);
        Assert.Equal(1, error.Index);
        Assert.Equal("b", error.ItemId);
        Assert.Equal("y", error.Field);
    }

    [Fact]
    public void Finite_InterpolatedItem_InfiniteScore_NamesItsPosition()
    {
        var error = Assert.Throws<InvalidInputException>("scores", () => RankSet.FromScores([1.0, double.PositiveInfinity], higherIsBetter: true));

        Assert.Equal("Score 1 must be a finite number, but is Infinity.", error.Detail);
        Assert.Equal(1, error.Index);
    }

    [Fact]
    public void Id_WhiteSpace_MessageNamesWhatNeedsTheId()
    {
        var error = Assert.Throws<InvalidInputException>("name", () => Criterion.Benefit("  "));

        Assert.Equal("A criterion needs an id (or name) that is not empty or white space, but is '  '.", error.Detail);
    }
}
