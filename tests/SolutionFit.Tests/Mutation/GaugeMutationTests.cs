using SolutionFit.Gauges;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.Mutation;

/// <summary>
/// The gauge's and the price-sensitivity options' exact messages, and the comparison interval, pinned where mutation
/// testing found only the exception's type checked.
/// </summary>
public sealed class GaugeMutationTests
{
    [Fact]
    public void ObservedReaction_BadInput_NamesTheDeal()
    {
        Assert.Equal("A deal needs an id (or name) that is not empty or white space, but is ' '.", Assert.Throws<InvalidInputException>("dealId", () => new ObservedReaction(" ", PriceReaction.Fair)).Detail);
        Assert.Equal("Deal 'd' reaction 9 is not a price reaction.", Assert.Throws<InvalidInputException>("reaction", () => new ObservedReaction("d", (PriceReaction)9)).Detail);
        Assert.Equal("Deal 'd' weight must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("weight", () => new ObservedReaction("d", PriceReaction.Fair, -1)).Detail);
        Assert.Equal("d: Grumble (weight 2.5)", new ObservedReaction("d", PriceReaction.Grumble, 2.5).ToString());
    }

    [Fact]
    public void Measure_BadInput_SaysWhatIsWrong()
    {
        var noId = Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([default]));
        Assert.Equal("A reaction has no deal id (a default ObservedReaction); record each deal with its id.", noId.Detail);
        Assert.Equal(0, noId.Index);
        Assert.Equal("There is no reaction to measure.", Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([])).Detail);
        Assert.Equal(
            "The 2 reaction(s) all have weight 0; at least one must count.",
            Assert.Throws<InvalidInputException>("reactions", () => PriceHappinessGauge.Measure([new("a", PriceReaction.Fair, 0), new("b", PriceReaction.Bargain, 0)])).Detail);
        Assert.Equal(
            "A deal has no group: its key is null.",
            Assert.Throws<InvalidInputException>("key", () => PriceHappinessGauge.MeasureBy([new ObservedReaction("a", PriceReaction.Fair)], _ => (string)null!, r => r)).Detail);
        Assert.Throws<ArgumentNullException>("source", () => PriceHappinessGauge.MeasureBy<ObservedReaction, string>(null!, r => r.DealId, r => r));
    }

    [Fact]
    public void Compare_IsTheMoverCombinationOfBothIntervals()
    {
        // Asymmetric intervals (few deals, far from 0), so that every term of the combination counts.
        var first = PriceHappinessGauge.Measure([new("a", PriceReaction.Bargain), new("b", PriceReaction.Bargain), new("c", PriceReaction.Fair)]);
        var second = PriceHappinessGauge.Measure([new("d", PriceReaction.TooExpensive), new("e", PriceReaction.Grumble), new("f", PriceReaction.Fair), new("g", PriceReaction.Bargain)]);

        var comparison = SmileGauge.Compare(first, second);

        var difference = first.SmileIndex - second.SmileIndex;
        Assert.Equal(difference, comparison.Difference);
        Assert.Equal(difference - Math.Sqrt(Math.Pow(first.SmileIndex - first.SmileIndexLower, 2) + Math.Pow(second.SmileIndexUpper - second.SmileIndex, 2)), comparison.Lower, 9);
        Assert.Equal(difference + Math.Sqrt(Math.Pow(first.SmileIndexUpper - first.SmileIndex, 2) + Math.Pow(second.SmileIndex - second.SmileIndexLower, 2)), comparison.Upper, 9);
        Assert.NotEqual(first.SmileIndexUpper - first.SmileIndex, first.SmileIndex - first.SmileIndexLower, 6);
    }

    [Fact]
    public void Compare_Significance_AndItsText()
    {
        var happy = PriceHappinessGauge.Measure(Enumerable.Range(0, 40).Select(i => new ObservedReaction($"h{i}", PriceReaction.Bargain)));
        var unhappy = PriceHappinessGauge.Measure(Enumerable.Range(0, 40).Select(i => new ObservedReaction($"u{i}", PriceReaction.TooExpensive)));
        var mixed = PriceHappinessGauge.Measure(Enumerable.Range(0, 40).Select(i => new ObservedReaction($"m{i}", (PriceReaction)(i % 5))));

        var apart = SmileGauge.Compare(happy, unhappy);
        var close = SmileGauge.Compare(mixed, mixed);

        Assert.True(apart.IsSignificant);
        Assert.True(SmileGauge.Compare(unhappy, happy).IsSignificant);
        Assert.False(close.IsSignificant);
        Assert.EndsWith(", significant", apart.ToString(), StringComparison.Ordinal);
        Assert.Equal("difference 0.0 [" + close.Lower.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + ", " + close.Upper.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "]", close.ToString());
    }

    [Fact]
    public void PsmOptions_UndefinedChoices_SayWhatIsAllowed()
    {
        Assert.StartsWith("The method must be Interpolated or Classic.", Assert.Throws<ArgumentOutOfRangeException>("Method", () => new PsmOptions { Method = (PsmMethod)9 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The acceptable range must be Original or Narrower.", Assert.Throws<ArgumentOutOfRangeException>("AcceptableRange", () => new PsmOptions { AcceptableRange = (PsmAcceptableRange)9 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The intersection method must be Min, Max, Mean or Med", Assert.Throws<ArgumentOutOfRangeException>("Intersection", () => new PsmOptions { Intersection = (PsmIntersection)9 }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PurchaseIntentCalibration_BadInput_SaysWhatIsWrong()
    {
        Assert.Equal("The intention scale needs at least one point.", Assert.Throws<InvalidInputException>("scale", () => new PurchaseIntentCalibration([], [])).Detail);
        var repeated = Assert.Throws<InvalidInputException>("scale", () => new PurchaseIntentCalibration([5, 4, 5], [0.7, 0.5, 0.3]));
        Assert.Equal("The intention scale repeats the point 5: 5, 4, 5.", repeated.Detail);
        Assert.Equal(2, repeated.Index);
        Assert.StartsWith("The scale has 2 points, but 3 probabilities are", Assert.Throws<InvalidInputException>("probabilities", () => new PurchaseIntentCalibration([5, 4], [0.7, 0.5, 0.3])).Detail, StringComparison.Ordinal);
        Assert.Equal("The probability at the too-cheap price must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("tooCheap", () => new PurchaseIntentCalibration([5], [0.5], tooCheap: 2)).Detail);
        Assert.Equal("The probability at the too-expensive price must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("tooExpensive", () => new PurchaseIntentCalibration([5], [0.5], tooExpensive: 2)).Detail);
    }

    [Fact]
    public void ReactionSharesAt_BadPrice_NamesIt()
    {
        var result = PriceSensitivityMeter.Analyze(new PsmSurvey([1.0, 1.5], [2.0, 3.0], [4.0, 5.0], [6.0, 7.0]));

        Assert.Equal("The price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("price", () => result.ReactionSharesAt(-1)).Detail);
    }

    [Fact]
    public void UndefinedReactions_AndSharesOfKeptInconsistentRespondents_SayWhy()
    {
        var gauge = PriceHappinessGauge.Measure([new ObservedReaction("a", PriceReaction.Fair)]);
        Assert.StartsWith("Not a price reaction.", Assert.Throws<ArgumentOutOfRangeException>("reaction", () => gauge.ShareOf((PriceReaction)9)).Message, StringComparison.Ordinal);

        var survey = new PsmSurvey([1.0, 1.5, 1.0], [2.0, 3.0, 5.0], [4.0, 5.0, 4.0], [6.0, 7.0, 6.0]);
        var shares = PriceSensitivityMeter.Analyze(survey).ReactionSharesAt(4.5);
        Assert.StartsWith("The reaction must be TooCheap, Bargain, Fair, Grumble or TooExpensive.", Assert.Throws<ArgumentOutOfRangeException>("reaction", () => shares[(PriceReaction)9]).Message, StringComparison.Ordinal);

        var kept = PriceSensitivityMeter.Analyze(survey, new PsmOptions { ExcludeInconsistent = false });
        Assert.Equal(
            "Reaction shares need consistent respondents, but 1 inconsistent respondent(s) were kept; analyse with ExcludeInconsistent on.",
            Assert.Throws<InvalidOperationException>(() => kept.ReactionSharesAt(4.5)).Message);
    }

    [Fact]
    public void Measure_IncreasingWeights_ShareAsTheirProportions()
    {
        // Each heavier deal rescales the weights seen so far; the shares and the effective sample size are the weights'
        // proportions whatever the order (here, lightest first, and from a weight of 0).
        var gauge = PriceHappinessGauge.Measure([new("z", PriceReaction.Grumble, 0), new("a", PriceReaction.Fair, 1), new("b", PriceReaction.Bargain, 2), new("c", PriceReaction.TooExpensive, 4)]);

        Assert.Equal(1.0 / 7.0, gauge.ShareOf(PriceReaction.Fair), 15);
        Assert.Equal(2.0 / 7.0, gauge.ShareOf(PriceReaction.Bargain), 15);
        Assert.Equal(4.0 / 7.0, gauge.ShareOf(PriceReaction.TooExpensive), 15);
        Assert.Equal(0.0, gauge.ShareOf(PriceReaction.Grumble));
        Assert.Equal(49.0 / 21.0, gauge.EffectiveSampleSize, 12);
    }

    [Fact]
    public void Compare_TwoGaugesFarFromZero_IsTheMoverCombination()
    {
        // Both smile indexes far from 0 and both intervals lopsided, so that no term of the lower end vanishes.
        var first = PriceHappinessGauge.Measure([new("a", PriceReaction.Bargain), new("b", PriceReaction.Bargain), new("c", PriceReaction.Fair)]);
        var second = PriceHappinessGauge.Measure([new("d", PriceReaction.TooExpensive), new("e", PriceReaction.TooExpensive), new("f", PriceReaction.Grumble)]);

        var comparison = SmileGauge.Compare(first, second);

        var (f, fl, fu, s, sl, su) = (first.SmileIndex, first.SmileIndexLower, first.SmileIndexUpper, second.SmileIndex, second.SmileIndexLower, second.SmileIndexUpper);
        Assert.Equal(Math.Max(f - s - Math.Sqrt(((f - fl) * (f - fl)) + ((su - s) * (su - s))), -200), comparison.Lower, 9);
        Assert.Equal(Math.Min(f - s + Math.Sqrt(((fu - f) * (fu - f)) + ((s - sl) * (s - sl))), 200), comparison.Upper, 9);
    }
}
