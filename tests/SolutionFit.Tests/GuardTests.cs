using SolutionFit.MultiCriteria;
using SolutionFit.Surveys;

namespace SolutionFit.Tests;

/// <summary>Checks cost nothing when they pass: no message is built on the success path.</summary>
public sealed class GuardTests
{
    [Fact]
    public void Checks_Passing_AllocateNothing()
    {
        var id = "onboard-fast";
        Passing(id); // JIT and statics first
        var before = GC.GetAllocatedBytesForCurrentThread();
        Passing(id);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Checks_Failing_FormatTheItemInvariantly()
    {
        CommaCulture.Run(() =>
        {
            var ex = Assert.Throws<InvalidInputException>("x", () => Guard.UnitInterval(1.5, "x", $"Item {0.25} of '{"g"}'", 4, "g", "f"));

            Assert.Equal("Item 0.25 of 'g' must be a finite number in [0, 1], but is 1.5.", ex.Detail);
            Assert.Equal((4, "g", "f"), (ex.Index, ex.ItemId, ex.Field));
        });
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1e-300)]
    public void NonNegativeFinite_NegativeOrNotFinite_Throws(double value) =>
        Assert.Throws<InvalidInputException>("x", () => Guard.NonNegativeFinite(value, "x", $"Value {value}"));

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void PositiveFinite_ZeroOrNotFinite_Throws(double value) =>
        Assert.Throws<InvalidInputException>("x", () => Guard.PositiveFinite(value, "x", "The value"));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Finite_NaNOrInfinite_Throws(double value) =>
        Assert.Throws<InvalidInputException>("x", () => Guard.Finite(value, "x", "The value"));

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

    [Theory]
    [InlineData("a\0b", "a\\0b")]
    [InlineData("pair 😀 kept", "pair 😀 kept")]
    [InlineData("back\\slash", "back\\slash")]
    public void Escape_NulBackslashAndPairs_AreWrittenAsTheyShouldRead(string value, string escaped) =>
        Assert.Equal(escaped, Guard.Escape(value));

    [Fact]
    public void Escape_UnpairedSurrogates_AreWrittenAsEscapes()
    {
        // Built in code: an attribute's string cannot hold an unpaired surrogate.
        Assert.Equal("a\\uD800b", Guard.Escape("a\uD800b"));
        Assert.Equal("a\\uDC00", Guard.Escape("a\uDC00"));
        Assert.Equal("\\uDC00\\uD800", Guard.Escape("\uDC00\uD800"));
    }

    [Fact]
    public void Escape_Max_CutsTheEscapedTextWithoutSplittingAnEscapeOrAPair()
    {
        Assert.Equal("ab…", Guard.Escape("abcdef", 2));
        Assert.Equal("abcdef", Guard.Escape("abcdef", 6));
        Assert.Equal("a…", Guard.Escape("a\nb", 2));
        Assert.Equal("a\\n…", Guard.Escape("a\nbc", 3));
        Assert.Equal("😀…", Guard.Escape("😀😀", 3));
        Assert.Equal(string.Empty, Guard.Escape(null, 5));
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

    private static void Passing(string id)
    {
        Guard.UnitInterval(0.5, "importance", $"Goal '{id}' importance", itemId: id);
        Guard.NonNegativeFinite(12.5, "price", $"Solution '{id}' price", itemId: id);
        Guard.PositiveFinite(3.0, "matrix", $"Entry ('{id}', '{id}')", 1, id, id);
        Guard.Finite(-7.0, "values", $"Alternative '{id}' on criterion '{id}'", 2, id, id);
        Guard.UnitInterval(0.5, "effortWeight", "The effort weight");
    }
}
