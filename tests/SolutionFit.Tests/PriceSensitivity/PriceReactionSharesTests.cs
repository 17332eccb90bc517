using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary><see cref="PriceReactionShares"/>: an undefined reaction is refused with a message listing the reactions; equality follows the price and the shares.</summary>
public sealed class PriceReactionSharesTests
{
    [Fact]
    public void Indexer_UndefinedReaction_MessageListsTheReactions()
    {
        var survey = new PsmSurvey([1.0, 1.5, 1.0], [2.0, 3.0, 5.0], [4.0, 5.0, 4.0], [6.0, 7.0, 6.0]);

        var shares = PriceSensitivityMeter.Analyze(survey).ReactionSharesAt(4.5);

        Assert.StartsWith("The reaction must be TooCheap, Bargain, Fair, Grumble or TooExpensive.", Assert.Throws<ArgumentOutOfRangeException>("reaction", () => shares[(PriceReaction)9]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_UndefinedReactionOnDefault_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("reaction", () => default(PriceReactionShares)[(PriceReaction)9]);

    [Fact]
    public void Equality_SharesAtTheSamePrice_AreEqual()
    {
        var result = PriceSensitivityMeter.Analyze(new PsmSurvey([10.0, 15], [20.0, 25], [30.0, 35], [40.0, 45]));

        Assert.True(result.ReactionSharesAt(15) == result.SmileOptimum!.Value with { });
        Assert.NotEqual(result.ReactionSharesAt(22), result.ReactionSharesAt(23));
        // Equals and GetHashCode agree: a set keeps one of two shares computed apart at the same price.
        Assert.Single(new HashSet<PriceReactionShares> { result.ReactionSharesAt(22), result.ReactionSharesAt(44 / 2.0), result.ReactionSharesAt(22) });
        Assert.Equal(2, new HashSet<PriceReactionShares> { result.ReactionSharesAt(22), result.ReactionSharesAt(23) }.Count);
        Assert.StartsWith("at 22: too cheap 0", result.ReactionSharesAt(22).ToString(), StringComparison.Ordinal);
    }
}
