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

    [Fact]
    public void Quote_NullOrEmpty_IsEmpty()
    {
        Assert.Equal(string.Empty, Guard.Quote(null));
        Assert.Equal(string.Empty, Guard.Quote(string.Empty));
    }

    [Fact]
    public void Quote_ExactlyTheQuotedLength_IsNotCut()
    {
        var text = new string('x', Guard.QuotedLength);

        Assert.Equal(text, Guard.Quote(text));
        Assert.Equal(new string('x', Guard.QuotedLength) + "…", Guard.Quote(text + "y"));
    }

    [Fact]
    public void Quote_SurrogatePairAtTheCut_IsKeptWhole()
    {
        // The pair's high surrogate is the last character that fits: it goes, with its low half, rather than be split.
        var text = new string('x', Guard.QuotedLength - 1) + "😀" + "tail";

        Assert.Equal(new string('x', Guard.QuotedLength - 1) + "…", Guard.Quote(text));
    }

    [Fact]
    public void OneLine_NullMessage_Throws() => Assert.Throws<ArgumentNullException>("message", () => Guard.OneLine(null!));

    [Fact]
    public void OneLine_IdOfExactlyTheQuotedLength_IsKeptWhole()
    {
        var id = new string('i', Guard.QuotedLength);

        Assert.Equal($"Goal '{id}' is bad.", Guard.OneLine($"Goal '{id}' is bad.", itemId: id));
    }

    [Fact]
    public void OneLine_ControlCharacterFirst_IsEscaped() =>
        Assert.Equal("\\nabc\\t", Guard.OneLine("\nabc\t"));
}
