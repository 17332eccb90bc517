using SolutionFit.Gauges;

namespace SolutionFit.Tests.Gauges;

/// <summary><see cref="ObservedReaction"/>: the guards with their parameter names and messages, <c>default</c>, and the text.</summary>
public sealed class ObservedReactionTests
{
    [Fact]
    public void Constructor_InvalidArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("dealId", () => new ObservedReaction(null!, PriceReaction.Fair));
        Assert.Throws<InvalidInputException>("dealId", () => new ObservedReaction(" ", PriceReaction.Fair));
        Assert.Throws<InvalidInputException>("reaction", () => new ObservedReaction("d", (PriceReaction)9));
        var ex = Assert.Throws<InvalidInputException>("weight", () => new ObservedReaction("deal-7", PriceReaction.Fair, double.NaN));
        Assert.Contains("'deal-7'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidInputException>("weight", () => new ObservedReaction("d", PriceReaction.Fair, -1));
        Assert.Throws<InvalidInputException>("weight", () => new ObservedReaction("d", PriceReaction.Fair, double.PositiveInfinity));
        Assert.Equal(string.Empty, default(ObservedReaction).DealId);
    }

    [Fact]
    public void Constructor_InvalidArguments_MessagesNameTheDeal()
    {
        Assert.Equal("A deal needs an id (or name) that is not empty or white space, but is ' '.", Assert.Throws<InvalidInputException>("dealId", () => new ObservedReaction(" ", PriceReaction.Fair)).Detail);
        Assert.Equal("Deal 'd' reaction 9 is not a price reaction.", Assert.Throws<InvalidInputException>("reaction", () => new ObservedReaction("d", (PriceReaction)9)).Detail);
        Assert.Equal("Deal 'd' weight must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("weight", () => new ObservedReaction("d", PriceReaction.Fair, -1)).Detail);
    }

    [Fact]
    public void ToString_Reaction_ShowsDealReactionAndWeight() =>
        Assert.Equal("d: Grumble (weight 2.5)", new ObservedReaction("d", PriceReaction.Grumble, 2.5).ToString());
}
