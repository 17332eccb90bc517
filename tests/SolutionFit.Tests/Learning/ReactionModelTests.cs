using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary><see cref="ReactionModel"/>: the categories and thresholds it learns, the observations it leaves out, predictions in the tails, and each refusal with its message.</summary>
public sealed class ReactionModelTests
{
    // Fair below about 10, Grumble above, overlapping.
    private static readonly ReactionObservation[] FairThenGrumble =
    [
        new(4, PriceReaction.Fair), new(6, PriceReaction.Fair), new(8, PriceReaction.Fair), new(12, PriceReaction.Fair),
        new(9, PriceReaction.Grumble), new(14, PriceReaction.Grumble), new(16, PriceReaction.Grumble), new(20, PriceReaction.Grumble),
    ];

    [Fact]
    public void Predict_AtEachLearnedThreshold_GivesEvenOdds()
    {
        var model = ReactionModel.Fit(LearnReference.Load("learn_basic").Reactions);
        double?[] boundaries = [model.TooCheap, model.Cheap, model.Expensive, model.TooExpensive];

        for (var j = 0; j < boundaries.Length; j++)
        {
            var probabilities = model.Predict(boundaries[j]!.Value);
            Assert.Equal(1.0, probabilities.Sum(), 12);
            Assert.Equal(0.5, probabilities.Take(j + 1).Sum(), 12);
        }
    }

    [Fact]
    public void Fit_MiddleReactionsOnly_LeavesTheOtherThresholdsOut()
    {
        var observations = LearningSimulation.Reactions(seed: 7, count: 400, slope: 3.0, [40, 80])
            .Select(o => new ReactionObservation(o.EffectivePrice, o.Reaction + 1, o.Weight)) // Bargain, Fair, Grumble
            .Append(new ReactionObservation(0.0, PriceReaction.TooCheap))
            .Append(new ReactionObservation(double.PositiveInfinity, PriceReaction.TooExpensive))
            .ToList();

        var model = ReactionModel.Fit(observations);

        Assert.Equal([PriceReaction.Bargain, PriceReaction.Fair, PriceReaction.Grumble], model.Categories);
        Assert.Equal(400, model.Observations);
        Assert.Equal(2, model.ExcludedCount);
        Assert.Null(model.TooCheap);
        Assert.Null(model.TooExpensive);
        Assert.Null(model.Thresholds);
        Assert.InRange(model.Cheap!.Value, 30, 55);
        Assert.InRange(model.Expensive!.Value, 60, 105);
        Assert.Equal(3, model.Predict(50).Count);
    }

    [Fact]
    public void Fit_MissingMiddleReaction_ThrowsNamingIt()
    {
        var observations = new[]
        {
            new ReactionObservation(10, PriceReaction.Bargain), new ReactionObservation(20, PriceReaction.Grumble),
            new ReactionObservation(15, PriceReaction.Bargain), new ReactionObservation(25, PriceReaction.Grumble),
        };

        var error = Assert.Throws<InvalidInputException>(() => ReactionModel.Fit(observations));

        Assert.Equal("observations", error.ParamName);
        Assert.Equal("Fair", error.ItemId);
        Assert.Contains("'Fair'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_SingleReaction_ThrowsCountingTheExcluded()
    {
        var observations = new[]
        {
            new ReactionObservation(10, PriceReaction.Fair), new ReactionObservation(20, PriceReaction.Fair),
            new ReactionObservation(double.PositiveInfinity, PriceReaction.Grumble), new ReactionObservation(0, PriceReaction.TooCheap),
        };

        var error = Assert.Throws<InvalidInputException>(() => ReactionModel.Fit(observations));

        Assert.Contains("2 observations of 4 qualify, all 'Fair'", error.Message, StringComparison.Ordinal);
        Assert.Contains("0 observations of 0", Assert.Throws<InvalidInputException>(() => ReactionModel.Fit([])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_AllAtOneEffectivePrice_Throws()
    {
        var observations = new[] { PriceReaction.Fair, PriceReaction.Grumble, PriceReaction.Fair }.Select(r => new ReactionObservation(25, r));

        var error = Assert.Throws<InvalidInputException>("observations", () => ReactionModel.Fit(observations));

        Assert.Contains("same effective price (25)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("separated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_ReactionsSeparatedByPrice_Throws()
    {
        var observations = new[] { 10.0, 11, 12, 13 }.Select(q => new ReactionObservation(q, PriceReaction.Fair))
            .Concat(new[] { 20.0, 21, 22 }.Select(q => new ReactionObservation(q, PriceReaction.Grumble)));

        var error = Assert.Throws<InvalidInputException>(() => ReactionModel.Fit(observations));

        Assert.Contains("separated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_InvalidObservations_MessagesSayWhatIsWrong()
    {
        Assert.Equal(
            "At least two different reactions are needed at an effective price above 0 and finite; 1 observations of 3 qualify, all 'Fair'.",
            Assert.Throws<InvalidInputException>("observations", () => ReactionModel.Fit([new(5, PriceReaction.Fair), new(0, PriceReaction.Bargain), new(double.PositiveInfinity, PriceReaction.Grumble)])).Detail);
        Assert.Equal(
            "At least two different reactions are needed at an effective price above 0 and finite; 0 observations of 1 qualify.",
            Assert.Throws<InvalidInputException>("observations", () => ReactionModel.Fit([new(0, PriceReaction.Fair)])).Detail);

        var gap = Assert.Throws<InvalidInputException>("observations", () => ReactionModel.Fit([new(1, PriceReaction.TooCheap), new(2, PriceReaction.Bargain), new(5, PriceReaction.Grumble)]));
        Assert.Equal(
            "No observation is 'Fair', but reactions from 'TooCheap' to 'Grumble' are; every reaction between the lowest and the highest observed must occur.",
            gap.Detail);
        Assert.Equal("Fair", gap.ItemId);
        Assert.Equal(
            "Every observation is at the same effective price (25), so the reactions say nothing about how price moves them; observations at different prices are needed.",
            Assert.Throws<InvalidInputException>("observations", () => ReactionModel.Fit([new(25, PriceReaction.Fair), new(25, PriceReaction.Grumble)])).Detail);
        Assert.Equal(
            "The reactions are separated by the effective price (each reaction keeps to its own price band), so the model has no finite estimate; more varied observations are needed.",
            Assert.Throws<InvalidInputException>("observations", () => ReactionModel.Fit([new(1, PriceReaction.Fair), new(2, PriceReaction.Fair), new(3, PriceReaction.Grumble), new(4, PriceReaction.Grumble)])).Detail);
        Assert.Throws<ArgumentNullException>("observations", () => ReactionModel.Fit(null!));
    }

    [Fact]
    public void Fit_OnlyTooCheap_MessageNamesIt()
    {
        Assert.Equal(
            "At least two different reactions are needed at an effective price above 0 and finite; 2 observations of 2 qualify, all 'TooCheap'.",
            Assert.Throws<InvalidInputException>("observations", () => ReactionModel.Fit([new(1, PriceReaction.TooCheap), new(2, PriceReaction.TooCheap)])).Detail);
    }

    [Fact]
    public void Fit_TinySlope_BoundariesBeyondTheDoublesAreMissing()
    {
        // Two prices (1 and e) with almost the same shares: a tiny slope, so exp(cut / slope) overflows (share of Fair about
        // σ(1)) or underflows to 0 (about σ(−1)); neither is a boundary.
        static ReactionModel Fit(double fairAtOne, double fairAtE) => ReactionModel.Fit(
        [
            new(1, PriceReaction.Fair, fairAtOne), new(1, PriceReaction.Grumble, 1 - fairAtOne),
            new(Math.E, PriceReaction.Fair, fairAtE), new(Math.E, PriceReaction.Grumble, 1 - fairAtE),
        ]);

        var high = Fit(0.7311, 0.7309);
        Assert.True(high.Slope > 0 && high.Slope < 0.01, $"slope {high.Slope}");
        Assert.Null(high.Expensive);
        var low = Fit(0.2691, 0.2689);
        Assert.True(low.Slope > 0 && low.Slope < 0.01, $"slope {low.Slope}");
        Assert.Null(low.Expensive);
    }

    [Fact]
    public void Fit_AnOutlierFarInTheTail_StillFits()
    {
        // One Grumble at a price of 1e-300 (ln price −691) sits where its probability underflows to 0 once the slope passes
        // about 1; its log-likelihood and derivatives must come from the closed forms, or the fit is refused as "separated".
        ReactionObservation[] observations =
        [
            new(2, PriceReaction.Fair), new(3, PriceReaction.Fair), new(4, PriceReaction.Grumble), new(5, PriceReaction.Fair),
            new(6, PriceReaction.Grumble), new(8, PriceReaction.Grumble), new(1e-300, PriceReaction.Grumble, 1e-6),
        ];

        var model = ReactionModel.Fit(observations);
        var without = ReactionModel.Fit(observations[..^1]);

        Assert.True(double.IsFinite(model.LogLikelihood));
        Assert.True(model.Slope > 0 && model.Slope < without.Slope, $"{model.Slope} vs {without.Slope}");
    }

    [Fact]
    public void Fit_TwoReactions_HasTheirBoundaryOnly()
    {
        // One cut point, one boundary, no full thresholds.
        var model = ReactionModel.Fit(FairThenGrumble);
        Assert.Equal([PriceReaction.Fair, PriceReaction.Grumble], model.Categories);
        Assert.Single(model.Cutpoints);
        Assert.Single(model.CutpointStandardErrors);
        Assert.True(model.Slope > 0);
        Assert.Equal(Math.Exp(model.Cutpoints[0] / model.Slope), model.Expensive!.Value, 12);
        Assert.Null(model.TooCheap);
        Assert.Null(model.Cheap);
        Assert.Null(model.TooExpensive);
        Assert.Null(model.Thresholds);
        Assert.EndsWith(", Thresholds = none }", model.ToString(), StringComparison.Ordinal);

        // The predicted shares are the differences of the logistic at the cut point; they add up to 1.
        var shares = model.Predict(model.Expensive.Value);
        Assert.Equal([0.5, 0.5], shares.Select(s => Math.Round(s, 12)));
        var cheap = model.Predict(1);
        Assert.Equal(1.0 / (1.0 + Math.Exp(-(model.Cutpoints[0] - model.Slope * Math.Log(1)))), cheap[0], 12);
        Assert.Equal(1.0, cheap.Sum(), 12);
        Assert.Equal("The effective price must be a finite number > 0, but is 0.", Assert.Throws<InvalidInputException>("effectivePrice", () => model.Predict(0)).Detail);
    }

    [Fact]
    public void Predict_FarAboveTheCut_IsExactInTheTail()
    {
        // Far above every cut point, the lower tail's share is computed from the complement, so it is not lost to rounding.
        var model = ReactionModel.Fit(FairThenGrumble);
        var far = model.Predict(1e6);
        var z = model.Cutpoints[0] - (model.Slope * Math.Log(1e6));
        Assert.Equal(Math.Exp(z) / (1.0 + Math.Exp(z)), far[0], 1e-300);
        Assert.True(far[0] > 0);
        Assert.Equal(1.0 - far[0], far[1], 15);
    }

    [Fact]
    public void Predict_MiddleShareFarFromItsCuts_IsNotLostToRounding()
    {
        // Far below every cut point both ends of the middle category are within rounding of 1: its share must come from the
        // complements.
        ReactionObservation[] observations =
        [
            new(2, PriceReaction.Bargain), new(3, PriceReaction.Bargain), new(5, PriceReaction.Fair), new(4, PriceReaction.Bargain),
            new(6, PriceReaction.Fair), new(9, PriceReaction.Fair), new(8, PriceReaction.Grumble), new(12, PriceReaction.Grumble),
            new(7, PriceReaction.Fair), new(15, PriceReaction.Grumble),
        ];
        var model = ReactionModel.Fit(observations);
        var (c0, c1, s) = (model.Cutpoints[0], model.Cutpoints[1], model.Slope);
        var x = (c0 - 40) / s; // the log-price where the middle category's lower end is at 40: σ(40) rounds to 1
        static double Complement(double z) => 1 / (1 + Math.Exp(z)); // σ(−z)

        var shares = model.Predict(Math.Exp(x));

        var expected = Complement(c0 - (s * x)) - Complement(c1 - (s * x));
        Assert.True(shares[1] > 0);
        Assert.Equal(1.0, shares[1] / expected, 9);
    }

    [Fact]
    public void Fit_NullObservationsOrItem_ThrowsNamingObservations()
    {
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() => ReactionModel.Fit(null!)).ParamName);
        Assert.Equal("observations", Assert.Throws<InvalidInputException>(() => ReactionModel.Fit([null!])).ParamName);
    }

    [Fact]
    public void Predict_PriceZeroOrInfinite_ThrowsNamingEffectivePrice()
    {
        var reactions = ReactionModel.Fit(LearnReference.Load("learn_basic").Reactions);

        Assert.Equal("effectivePrice", Assert.Throws<InvalidInputException>(() => reactions.Predict(0)).ParamName);
        Assert.Equal("effectivePrice", Assert.Throws<InvalidInputException>(() => reactions.Predict(double.PositiveInfinity)).ParamName);
    }

    [Fact]
    public void ExcludedCount_PricesZeroOrInfinite_CountsThemAndLeavesThemOut()
    {
        ReactionObservation[] used = [new(5, PriceReaction.Fair), new(7, PriceReaction.Grumble), new(6, PriceReaction.Grumble), new(8, PriceReaction.Fair)];
        ReactionObservation[] left = [new(0, PriceReaction.TooCheap), new(double.PositiveInfinity, PriceReaction.TooExpensive), new(0, PriceReaction.Fair, 5)];

        var model = ReactionModel.Fit(used.Concat(left));
        var without = ReactionModel.Fit(used);

        Assert.Equal((4, 3), (model.Observations, model.ExcludedCount));
        Assert.Equal(0, without.ExcludedCount);
        Assert.Equal(without.Slope, model.Slope);
        Assert.Equal(without.Cutpoints, model.Cutpoints);
    }

    [Fact]
    public void ToString_AnyCulture_IsInvariant()
    {
        var reference = LearnReference.Load("learn_basic");
        CommaCulture.Run(() =>
        {
            Assert.Equal("ReactionModel { Observations = 288, ExcludedCount = 112, Slope = 3.04085, Thresholds = 20.677/38.4217/78.0546/115.933 }", ReactionModel.Fit(reference.Reactions).ToString());
        });
    }
}
