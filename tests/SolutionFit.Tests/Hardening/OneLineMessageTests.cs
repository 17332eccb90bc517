using SolutionFit.Gauges;
using SolutionFit.MultiCriteria;
using SolutionFit.Surveys;

namespace SolutionFit.Tests.Hardening;

/// <summary>Messages quoting user text stay one line, bounded, and keep everything after the quoted value.</summary>
public sealed class OneLineMessageTests
{
    public static TheoryData<string> HostileIds => new()
    {
        "g\nh",
        "g\r\nh",
        "tab\there",
        "nul\0after",
        "arabic\u061Cmark",
        "bidi\u202Eoverride",
        "line\u2028sep",
        new string('x', 10_000),
        "g\n" + new string('y', 10_000),
    };

    private static void AssertOneLineBounded(string message, string id)
    {
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
        Assert.DoesNotContain('\0', message);
        Assert.DoesNotContain('\u202E', message);
        Assert.DoesNotContain('\u061C', message);
        Assert.DoesNotContain('\u2028', message);
        Assert.True(message.Length < 1_000, $"message of {message.Length} characters");
        if (id.Length > 64)
        {
            Assert.Contains("…", message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(HostileIds))]
    public void DuplicateDeal_MessageIsOneLineAndKeepsItsEnd(string id)
    {
        var error = Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([new ObservedReaction(id, PriceReaction.Fair), new ObservedReaction(id, PriceReaction.Fair)]));

        AssertOneLineBounded(error.Message, id);
        AssertOneLineBounded(error.Detail, id);
        Assert.EndsWith("has more than one reaction; each deal is counted once.", error.Detail, StringComparison.Ordinal); // nothing lost after the id
        Assert.Equal(id, error.ItemId); // the data keeps the caller's text
    }

    [Theory]
    [MemberData(nameof(HostileIds))]
    public void GoalImportanceOutOfRange_MessageIsOneLine(string id)
    {
        var error = Assert.Throws<InvalidInputException>(() => new CustomerGoal(id, 2.0));

        AssertOneLineBounded(error.Message, id);
        Assert.Contains("must be a finite number in [0, 1], but is 2.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileIds))]
    public void MatrixAndSurveyErrors_MessagesAreOneLine(string id)
    {
        var duplicate = Assert.Throws<InvalidInputException>(() => new DecisionMatrix([id, id], [Criterion.Benefit("x")], [[1], [2]], [1]));
        AssertOneLineBounded(duplicate.Message, id);

        var cell = Assert.Throws<InvalidInputException>(() => new DecisionMatrix([id], [Criterion.Benefit(id)], [[double.NaN]], [1]));
        AssertOneLineBounded(cell.Message, id);

        var twice = Assert.Throws<InvalidInputException>(() => Odi.Analyze([new OdiAnswer(id, id, 1, 1), new OdiAnswer(id, id, 2, 2)]));
        AssertOneLineBounded(twice.Message, id);

        var label = Assert.Throws<InvalidInputException>(() => Ahp.Analyze([id, id], [[1.0, 1.0], [1.0, 1.0]]));
        AssertOneLineBounded(label.Message, id);
    }

    [Fact]
    public void BlankId_EscapedInTheMessage()
    {
        var error = Assert.Throws<InvalidInputException>(() => new CustomerGoal(" \n\t", 1.0));

        Assert.Contains("' \\n\\t'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharacters_AreEscapedReadably()
    {
        var error = new InvalidInputException("p", "Goal 'a\nb\r\tc\0d\u202Ee' is wrong.", itemId: "a\nb");

        Assert.Equal("Goal 'a\\nb\\r\\tc\\0d\\u202Ee' is wrong. (Parameter 'p', item 'a\\nb')", error.Message);
    }

    [Fact]
    public void LongId_CutTo64CharactersAndAnEllipsis_SurrogatePairKept()
    {
        var id = new string('a', 63) + "😀" + new string('b', 100);

        var error = new InvalidInputException("p", $"Deal '{id}' is wrong.", itemId: id);

        Assert.Equal($"Deal '{new string('a', 63)}…' is wrong.", error.Detail);
        Assert.EndsWith($"item '{new string('a', 63)}…')", error.Message, StringComparison.Ordinal);
    }
}
