using System.Globalization;
using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

public sealed class LearningModelTests
{
    // mtcars (R datasets): transmission am (1 = manual), horsepower hp and weight wt (1000 lb) of 32 cars.
    private static readonly (bool Am, double Hp, double Wt)[] Mtcars =
    [
        (true, 110, 2.620), (true, 110, 2.875), (true, 93, 2.320), (false, 110, 3.215), (false, 175, 3.440), (false, 105, 3.460),
        (false, 245, 3.570), (false, 62, 3.190), (false, 95, 3.150), (false, 123, 3.440), (false, 123, 3.440), (false, 180, 4.070),
        (false, 180, 3.730), (false, 180, 3.780), (false, 205, 5.250), (false, 215, 5.424), (false, 230, 5.345), (true, 66, 2.200),
        (true, 52, 1.615), (true, 65, 1.835), (false, 97, 2.465), (false, 150, 3.520), (false, 150, 3.435), (false, 245, 3.840),
        (false, 175, 3.845), (true, 66, 1.935), (true, 91, 2.140), (true, 113, 1.513), (true, 264, 3.170), (true, 175, 2.770),
        (true, 335, 3.570), (true, 109, 2.780),
    ];

    [Fact]
    public void LogisticRegression_AgreesWithGlmOnMtcars()
    {
        // glm(am ~ hp + wt, binomial, mtcars): intercept 18.86630, hp 0.03626, wt -8.08348, residual deviance 10.059.
        var x = Mtcars.Select(c => new[] { c.Hp, c.Wt }).ToArray();
        var y = Mtcars.Select(c => c.Am).ToArray();
        var w = Enumerable.Repeat(1.0, Mtcars.Length).ToArray();

        var estimate = LogisticRegression.Fit(x, y, w, ridge: 0.0)!.Value;

        Assert.Equal(18.86630, estimate.Parameters[0], 5);
        Assert.Equal(0.03626, estimate.Parameters[1], 5);
        Assert.Equal(-8.08348, estimate.Parameters[2], 5);
        Assert.Equal(10.059, -2.0 * LogisticRegression.LogLikelihood(estimate.Parameters, x, y, w), 3);
    }

    [Fact]
    public void ReactionModel_PredictsEvenOddsAtEachLearnedThreshold()
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
    public void ReactionModel_UsesOnlyTheCategoriesObserved_AndLeavesTheOtherThresholdsOut()
    {
        var observations = Simulated(seed: 7, count: 400, slope: 3.0, [40, 80])
            .Select(o => new ReactionObservation(o.EffectivePrice, o.Reaction + 1, o.Weight)) // Bargain, Fair, Grumble
            .Append(new ReactionObservation(0.0, PriceReaction.TooCheap))
            .Append(new ReactionObservation(double.PositiveInfinity, PriceReaction.TooExpensive))
            .ToList();

        var model = ReactionModel.Fit(observations);

        Assert.Equal([PriceReaction.Bargain, PriceReaction.Fair, PriceReaction.Grumble], model.Categories);
        Assert.Equal(400, model.Observations);
        Assert.Equal(2, model.Excluded);
        Assert.Null(model.TooCheap);
        Assert.Null(model.TooExpensive);
        Assert.Null(model.Thresholds);
        Assert.InRange(model.Cheap!.Value, 30, 55);
        Assert.InRange(model.Expensive!.Value, 60, 105);
        Assert.Equal(3, model.Predict(50).Count);
    }

    [Fact]
    public void ReactionModel_NamesAMissingCategoryBetweenTheObservedOnes()
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
    public void ReactionModel_RejectsASingleCategory_CountingTheExcluded()
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
    public void ReactionModel_RejectsReactionsAllAtOneEffectivePrice()
    {
        var observations = new[] { PriceReaction.Fair, PriceReaction.Grumble, PriceReaction.Fair }.Select(r => new ReactionObservation(25, r));

        var error = Assert.Throws<InvalidInputException>("observations", () => ReactionModel.Fit(observations));

        Assert.Contains("same effective price (25)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("separated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReactionModel_RejectsReactionsSeparatedByPrice()
    {
        var observations = new[] { 10.0, 11, 12, 13 }.Select(q => new ReactionObservation(q, PriceReaction.Fair))
            .Concat(new[] { 20.0, 21, 22 }.Select(q => new ReactionObservation(q, PriceReaction.Grumble)));

        var error = Assert.Throws<InvalidInputException>(() => ReactionModel.Fit(observations));

        Assert.Contains("separated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WinModel_ExplainsAPrediction_ContributionsAddUpToTheLogOdds()
    {
        var observations = LearnReference.Load("learn_basic").Wins;
        var model = WinModel.Fit(observations);
        var means = new[] { observations.Average(o => o.GoalFit), observations.Average(o => o.Experience), observations.Average(o => o.PriceHappiness) };

        var prediction = model.Predict(0.9, 0.2, 0.4);

        var c = model.Coefficients;
        var logOdds = c.Intercept + (c.GoalFit * means[0]) + (c.Experience * means[1]) + (c.PriceHappiness * means[2]) + prediction.Contributions.Sum(f => f.Contribution);
        Assert.Equal(1.0 / (1.0 + Math.Exp(-logOdds)), prediction.Probability, 12);
        Assert.Equal([WinFactor.GoalFit, WinFactor.Experience, WinFactor.PriceHappiness], prediction.Contributions.Select(f => f.Factor).Order());
        Assert.True(prediction.Contributions.Select(f => Math.Abs(f.Contribution)).SequenceEqual(prediction.Contributions.Select(f => Math.Abs(f.Contribution)).OrderDescending()));
        Assert.Equal(0.9, prediction.Contributions.Single(f => f.Factor == WinFactor.GoalFit).Value);
    }

    [Fact]
    public void WinModel_PredictsAScoredPair_WithHappinessOneWithoutThresholds()
    {
        var model = WinModel.Fit(LearnReference.Load("learn_basic").Wins);
        var customer = new CustomerProfile("c", [new CustomerGoal("g", 1.0)]);
        var score = new SolutionFitScorer().Score(customer, new ProposedSolution("s", 10, [KeyValuePair.Create("g", 0.7)], effort: 0.2, enjoyment: 0.6));

        Assert.Equal(model.Predict(score.GoalFit, score.Experience, 1.0).Probability, model.Predict(score).Probability);
    }

    [Fact]
    public void WinModel_RejectsSeparation_AndSuggestsARidge_WhichThenFits()
    {
        // Every deal with goal fit above 0.5 was won: perfect separation.
        var observations = Enumerable.Range(0, 40).Select(i => new WinObservation(i / 40.0, (i * 7 % 40) / 40.0, (i * 13 % 40) / 40.0, won: i >= 20)).ToList();

        var error = Assert.Throws<InvalidInputException>(() => WinModel.Fit(observations));

        Assert.Contains("separation", error.Message, StringComparison.Ordinal);
        Assert.Contains("ridge", error.Message, StringComparison.Ordinal);
        var ridged = WinModel.Fit(observations, ridge: 1.0);
        Assert.True(ridged.Coefficients.GoalFit > 0);
        Assert.Equal(1.0, ridged.Ridge);
        Assert.True(double.IsFinite(ridged.StandardErrors.GoalFit));
    }

    [Fact]
    public void WinModel_RejectsQuasiCompleteSeparation()
    {
        // Deals with goal fit 1 were all won; below it, wins and losses mix.
        var observations = Enumerable.Range(0, 30).Select(i => new WinObservation(0.5, (i % 10) / 10.0, (i % 7) / 7.0, won: i % 3 == 0))
            .Concat(Enumerable.Range(0, 10).Select(i => new WinObservation(1.0, (i % 10) / 10.0, (i % 7) / 7.0, won: true)))
            .ToList();

        Assert.Contains("separation", Assert.Throws<InvalidInputException>(() => WinModel.Fit(observations)).Message, StringComparison.Ordinal);
        Assert.True(double.IsFinite(WinModel.Fit(observations, ridge: 0.5).Coefficients.GoalFit));
    }

    [Fact]
    public void WinModel_RejectsOnlyWonOrOnlyLost_AndAFactorThatDoesNotVary()
    {
        var won = Enumerable.Range(0, 5).Select(i => new WinObservation(i / 5.0, 0.5, 0.5, won: true)).ToList();
        Assert.Contains("all 5 were won", Assert.Throws<InvalidInputException>(() => WinModel.Fit(won)).Message, StringComparison.Ordinal);

        var constant = Enumerable.Range(0, 40).Select(i => new WinObservation((i * 7 % 40) / 40.0, (i * 11 % 40) / 40.0, 1.0, won: i % 3 == 0)).ToList();
        Assert.Throws<InvalidInputException>(() => WinModel.Fit(constant));
        Assert.True(double.IsFinite(WinModel.Fit(constant, ridge: 1.0).Coefficients.PriceHappiness));
    }

    [Fact]
    public void ChoiceModel_PredictsShares_DoingNothingLast()
    {
        var model = ChoiceModel.Fit(LearnReference.Load("learn_basic").Choices);

        var shares = model.Predict([0.2, 0.8]);

        var e = new[] { Math.Exp(model.Scale * 0.2), Math.Exp(model.Scale * 0.8), Math.Exp(model.NoChoice) };
        Assert.Equal(3, shares.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(e[i] / e.Sum(), shares[i], 14);
        }

        Assert.Equal([1.0], model.Predict([]));
    }

    [Fact]
    public void ChoiceModel_RejectsDecisionsThatDoNotIdentifyIt()
    {
        ChoiceSet[] neverNothing = [new([0.2, 0.6], 1), new([0.4, 0.3], 0)];
        Assert.Contains("0 of 2 chose nothing", Assert.Throws<InvalidInputException>(() => ChoiceModel.Fit(neverNothing)).Message, StringComparison.Ordinal);

        // The best offer is always the one chosen: the scale runs off to infinity.
        ChoiceSet[] alwaysBest = [new([0.2, 0.6], 1), new([0.4, 0.8], 1), new([0.1], null), new([0.2], null), new([0.9, 0.3], 0)];
        Assert.Contains("scale", Assert.Throws<InvalidInputException>(() => ChoiceModel.Fit(alwaysBest)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Observations_GuardTheirInput()
    {
        Assert.Equal("effectivePrice", Assert.Throws<InvalidInputException>(() => new ReactionObservation(-1, PriceReaction.Fair)).ParamName);
        Assert.Equal("effectivePrice", Assert.Throws<InvalidInputException>(() => new ReactionObservation(double.NaN, PriceReaction.Fair)).ParamName);
        Assert.Equal("reaction", Assert.Throws<ArgumentOutOfRangeException>(() => new ReactionObservation(1, (PriceReaction)5)).ParamName);
        Assert.Equal("weight", Assert.Throws<InvalidInputException>(() => new ReactionObservation(1, PriceReaction.Fair, 0)).ParamName);
        Assert.Equal("weight", Assert.Throws<InvalidInputException>(() => new ReactionObservation(1, PriceReaction.Fair, double.PositiveInfinity)).ParamName);

        Assert.Equal("goalFit", Assert.Throws<InvalidInputException>(() => new WinObservation(1.5, 0, 0, true)).ParamName);
        Assert.Equal("experience", Assert.Throws<InvalidInputException>(() => new WinObservation(0, double.NaN, 0, true)).ParamName);
        Assert.Equal("priceHappiness", Assert.Throws<InvalidInputException>(() => new WinObservation(0, 0, -0.1, true)).ParamName);
        Assert.Equal("weight", Assert.Throws<InvalidInputException>(() => new WinObservation(0, 0, 0, true, -1)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentNullException>(() => WinObservation.From(null!, true)).ParamName);

        Assert.Equal("overalls", Assert.Throws<ArgumentNullException>(() => new ChoiceSet(null!, null)).ParamName);
        Assert.Equal("overalls", Assert.Throws<InvalidInputException>(() => new ChoiceSet([], null)).ParamName);
        var outOfRange = Assert.Throws<InvalidInputException>(() => new ChoiceSet([0.5, 1.5], null));
        Assert.Equal(("overalls", 1), (outOfRange.ParamName, outOfRange.Index));
        Assert.Equal("chosen", Assert.Throws<InvalidInputException>(() => new ChoiceSet([0.5], 1)).ParamName);
        Assert.Equal("chosen", Assert.Throws<InvalidInputException>(() => new ChoiceSet([0.5], -1)).ParamName);
        Assert.Equal("weight", Assert.Throws<InvalidInputException>(() => new ChoiceSet([0.5], 0, double.NaN)).ParamName);
    }

    [Fact]
    public void Fits_AndPredictions_GuardTheirInput()
    {
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() => ReactionModel.Fit(null!)).ParamName);
        Assert.Equal("observations", Assert.Throws<InvalidInputException>(() => ReactionModel.Fit([null!])).ParamName);
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() => WinModel.Fit(null!)).ParamName);
        Assert.Equal("observations", Assert.Throws<InvalidInputException>(() => WinModel.Fit([null!])).ParamName);
        Assert.Equal("ridge", Assert.Throws<InvalidInputException>(() => WinModel.Fit([], -1)).ParamName);
        Assert.Equal("ridge", Assert.Throws<InvalidInputException>(() => WinModel.Fit([], double.PositiveInfinity)).ParamName);
        Assert.Equal("sets", Assert.Throws<ArgumentNullException>(() => ChoiceModel.Fit(null!)).ParamName);
        Assert.Equal("sets", Assert.Throws<InvalidInputException>(() => ChoiceModel.Fit([null!])).ParamName);

        var reference = LearnReference.Load("learn_basic");
        var reactions = ReactionModel.Fit(reference.Reactions);
        Assert.Equal("effectivePrice", Assert.Throws<InvalidInputException>(() => reactions.Predict(0)).ParamName);
        Assert.Equal("effectivePrice", Assert.Throws<InvalidInputException>(() => reactions.Predict(double.PositiveInfinity)).ParamName);
        var wins = WinModel.Fit(reference.Wins);
        Assert.Equal("goalFit", Assert.Throws<InvalidInputException>(() => wins.Predict(2, 0, 0)).ParamName);
        Assert.Equal("experience", Assert.Throws<InvalidInputException>(() => wins.Predict(0, -1, 0)).ParamName);
        Assert.Equal("priceHappiness", Assert.Throws<InvalidInputException>(() => wins.Predict(0, 0, double.NaN)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentNullException>(() => wins.Predict(null!)).ParamName);
        var choices = ChoiceModel.Fit(reference.Choices);
        Assert.Equal("overalls", Assert.Throws<ArgumentNullException>(() => choices.Predict(null!)).ParamName);
        Assert.Equal(1, Assert.Throws<InvalidInputException>(() => choices.Predict([0.5, -0.5])).Index);
    }

    [Fact]
    public void ToStrings_AreCultureInvariant()
    {
        var reference = LearnReference.Load("learn_basic");
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = comma;
        try
        {
            Assert.Equal("ReactionModel { Observations = 288, Excluded = 112, Slope = 3.04085, Thresholds = 20.677/38.4217/78.0546/115.933 }", ReactionModel.Fit(reference.Reactions).ToString());
            Assert.StartsWith("WinModel { Observations = 400, Ridge = 0, Coefficients = { Intercept = -2.60624, GoalFit = 4.05043,", WinModel.Fit(reference.Wins).ToString(), StringComparison.Ordinal);
            Assert.Equal("ChoiceModel { Sets = 150, Scale = 6.23248, NoChoice = 1.70914 }", ChoiceModel.Fit(reference.Choices).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    /// <summary>Reactions simulated from a proportional-odds model with the given slope and thresholds (effective prices).</summary>
    internal static List<ReactionObservation> Simulated(int seed, int count, double slope, double[] thresholds)
    {
        var random = new Random(seed);
        var cutpoints = thresholds.Select(t => slope * Math.Log(t)).ToArray();
        var result = new List<ReactionObservation>(count);
        for (var i = 0; i < count; i++)
        {
            var q = Math.Exp(Math.Log(thresholds[0] / 2) + (random.NextDouble() * Math.Log(4 * thresholds[^1] / thresholds[0])));
            var u = random.NextDouble();
            var latent = (slope * Math.Log(q)) + Math.Log(u / (1 - u));
            var category = cutpoints.Count(c => latent > c);
            result.Add(new ReactionObservation(q, (PriceReaction)category));
        }

        return result;
    }
}
