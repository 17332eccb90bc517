using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PriceReactionSharesTests
{
    [Fact]
    public void Indexer_UndefinedReaction_Throws() =>
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
