using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary><see cref="PriceReactionShares"/>: an undefined reaction is refused with a message listing the reactions.</summary>
public sealed class PriceReactionSharesTests
{
    [Fact]
    public void Indexer_UndefinedReaction_MessageListsTheReactions()
    {
        var survey = new PsmSurvey([2.0, 3.0, 5.0], [4.0, 5.0, 4.0], [6.0, 7.0, 6.0], [1.0, 1.5, 1.0]);

        var shares = PriceSensitivityMeter.Analyze(survey).ReactionSharesAt(4.5);

        Assert.StartsWith("The reaction must be TooCheap, Bargain, Fair, Grumble or TooExpensive.", Assert.Throws<ArgumentOutOfRangeException>("reaction", () => shares[(PriceReaction)9]).Message, StringComparison.Ordinal);
    }
}
