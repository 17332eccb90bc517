using SolutionFit.Learning;

namespace SolutionFit.Tests.Mutation;

/// <summary>
/// The learning models' observations, messages and predictions, pinned exactly where the other tests check only part of
/// a message or a fitted value against R.
/// </summary>
public sealed class LearningMutationTests
{
    // Fair below about 10, Grumble above, overlapping.
    private static readonly ReactionObservation[] FairThenGrumble =
    [
        new(4, PriceReaction.Fair), new(6, PriceReaction.Fair), new(8, PriceReaction.Fair), new(12, PriceReaction.Fair),
        new(9, PriceReaction.Grumble), new(14, PriceReaction.Grumble), new(16, PriceReaction.Grumble), new(20, PriceReaction.Grumble),
    ];

    [Fact]
    public void Observations_BadInput_SayWhatIsWrong()
    {
        Assert.Equal(
            "The effective price must be 0 or more (or +∞ when the value is 0); got -1.",
            Assert.Throws<InvalidInputException>("effectivePrice", () => new ReactionObservation(-1, PriceReaction.Fair)).Detail);
        Assert.Equal(
            "The effective price must be 0 or more (or +∞ when the value is 0); got NaN.",
            Assert.Throws<InvalidInputException>("effectivePrice", () => new ReactionObservation(double.NaN, PriceReaction.Fair)).Detail);
        var reaction = Assert.Throws<ArgumentOutOfRangeException>("reaction", () => new ReactionObservation(1, (PriceReaction)5));
        Assert.StartsWith("The reaction is not defined.", reaction.Message, StringComparison.Ordinal);
        Assert.Equal("The observation's weight must be a finite number > 0, but is 0.", Assert.Throws<InvalidInputException>("weight", () => new ReactionObservation(1, PriceReaction.Fair, 0)).Detail);

        Assert.Equal("The goal fit must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("goalFit", () => new WinObservation(2, 0, 0, true)).Detail);
        Assert.Equal("The experience must be a finite number in [0, 1], but is -1.", Assert.Throws<InvalidInputException>("experience", () => new WinObservation(0, -1, 0, true)).Detail);
        Assert.Equal("The price happiness must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("priceHappiness", () => new WinObservation(0, 0, 2, true)).Detail);
        Assert.Equal("The observation's weight must be a finite number > 0, but is -1.", Assert.Throws<InvalidInputException>("weight", () => new WinObservation(0, 0, 0, true, -1)).Detail);

        Assert.Equal("A decision needs at least one offered solution.", Assert.Throws<InvalidInputException>("overalls", () => new ChoiceSet([], null)).Detail);
        var overall = Assert.Throws<InvalidInputException>("overalls", () => new ChoiceSet([0.5, 1.5], null));
        Assert.Equal(("The overall of offer 1 must be a finite number in [0, 1], but is 1.5.", 1), (overall.Detail, overall.Index));
        Assert.Equal(
            "The chosen offer must be one of the 2 offered (0 to 1) or none; got 2.",
            Assert.Throws<InvalidInputException>("chosen", () => new ChoiceSet([0.5, 1], 2)).Detail);
        Assert.Equal(
            "The chosen offer must be one of the 2 offered (0 to 1) or none; got -1.",
            Assert.Throws<InvalidInputException>("chosen", () => new ChoiceSet([0.5, 1], -1)).Detail);
        Assert.Equal("The decision's weight must be a finite number > 0, but is 0.", Assert.Throws<InvalidInputException>("weight", () => new ChoiceSet([0.5], 0, 0)).Detail);
    }

    [Fact]
    public void Observations_KeepWhatTheyAreGiven()
    {
        var reaction = new ReactionObservation(0, PriceReaction.Grumble, 2);
        Assert.Equal((0.0, PriceReaction.Grumble, 2.0), (reaction.EffectivePrice, reaction.Reaction, reaction.Weight));
        Assert.Equal(double.PositiveInfinity, new ReactionObservation(double.PositiveInfinity, PriceReaction.TooExpensive).EffectivePrice);

        var win = new WinObservation(0.25, 0.5, 0.75, false, 3);
        Assert.Equal((0.25, 0.5, 0.75, false, 3.0), (win.GoalFit, win.Experience, win.PriceHappiness, win.Won, win.Weight));

        var set = new ChoiceSet([0.25, 0.5], 1, 2);
        Assert.Equal([0.25, 0.5], set.Overalls);
        Assert.Equal((1, 2.0), (set.Chosen, set.Weight));
        Assert.Null(new ChoiceSet([0.5], null).Chosen);
        Assert.Equal(0, new ChoiceSet([0.5], 0).Chosen);
    }

    [Fact]
    public void WinObservation_FromScore_TakesItsParts()
    {
        var customer = new CustomerProfile("c", [new("a", 1)], new PriceThresholds(1, 2, 3, 4));
        var score = new SolutionFitScorer().Score(customer, new ProposedSolution("s", 2.5, [new("a", 0.5)], 0.5, 0.5));
        var observation = WinObservation.From(score, true, 2);
        Assert.Equal((score.GoalFit, score.Experience, score.PriceHappiness!.Value, true, 2.0), (observation.GoalFit, observation.Experience, observation.PriceHappiness, observation.Won, observation.Weight));
        var unpriced = new SolutionFitScorer().Score(new CustomerProfile("c", [new("a", 1)]), new ProposedSolution("s", 2.5, [new("a", 0.5)], 0, 0));
        Assert.Equal(1.0, WinObservation.From(unpriced, false).PriceHappiness);
        Assert.Throws<ArgumentNullException>("score", () => WinObservation.From(null!, true));
    }

    [Fact]
    public void ReactionModel_TooFewReactions_SayWhatQualifies()
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
    public void ReactionModel_TwoCategories_HasTheirBoundaryOnly()
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
    public void ReactionModel_Predict_IsExactInTheTails()
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
    public void WinModel_BadInput_SaysWhatIsWrong()
    {
        WinObservation[] lost = [new(0.5, 0.5, 0.5, false), new(0.25, 0.5, 0.5, false)];
        Assert.Equal("The win model needs both won and lost deals; all 2 were lost.", Assert.Throws<InvalidInputException>("observations", () => WinModel.Fit(lost)).Detail);
        Assert.Equal("The win model needs both won and lost deals; all 0 were lost.", Assert.Throws<InvalidInputException>("observations", () => WinModel.Fit([])).Detail);
        Assert.Equal("The ridge penalty must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("ridge", () => WinModel.Fit(lost, -1)).Detail);

        WinObservation[] separated = [new(0.1, 0.5, 0.5, false), new(0.2, 0.4, 0.5, false), new(0.8, 0.5, 0.4, true), new(0.9, 0.6, 0.6, true)];
        Assert.Equal(
            "The goal fit, experience and price happiness separate won from lost deals (perfect or quasi-complete separation), or one of them does not vary, so the coefficients have no finite estimate; fit with a ridge penalty (for example 1).",
            Assert.Throws<InvalidInputException>("observations", () => WinModel.Fit(separated)).Detail);
        // No factor varies: even a vanishing ridge penalty leaves the slopes unidentified up to rounding.
        WinObservation[] constant = [new(0.5, 0.5, 0.5, false), new(0.5, 0.5, 0.5, true)];
        Assert.Equal(
            "The data do not identify the win model's coefficients even with the ridge penalty.",
            Assert.Throws<InvalidInputException>("observations", () => WinModel.Fit(constant, 1e-300)).Detail);
    }

    [Fact]
    public void WinModel_Predict_ExplainsByContributionsAroundTheMeans()
    {
        var random = new Random(5);
        var observations = new List<WinObservation>();
        for (var i = 0; i < 200; i++)
        {
            var (fit, experience, happiness) = (random.NextDouble(), random.NextDouble(), random.NextDouble());
            var eta = -3 + (4 * fit) + experience + (2 * happiness);
            observations.Add(new(fit, experience, happiness, random.NextDouble() < 1 / (1 + Math.Exp(-eta)), 1 + (i % 3)));
        }

        var model = WinModel.Fit(observations);
        Assert.Equal(200, model.Observations);
        Assert.Equal(-2 * model.LogLikelihood, model.Deviance);
        var total = observations.Sum(o => o.Weight);
        var means = new[]
        {
            observations.Sum(o => o.Weight * o.GoalFit) / total,
            observations.Sum(o => o.Weight * o.Experience) / total,
            observations.Sum(o => o.Weight * o.PriceHappiness) / total,
        };
        var c = model.Coefficients;
        var prediction = model.Predict(0.9, 0.1, 0.5);
        var expectedEta = c.Intercept + (c.GoalFit * 0.9) + (c.Experience * 0.1) + (c.PriceHappiness * 0.5);
        Assert.Equal(1 / (1 + Math.Exp(-expectedEta)), prediction.Probability, 12);
        var byFactor = prediction.Contributions.ToDictionary(x => x.Factor);
        Assert.Equal(c.GoalFit * (0.9 - means[0]), byFactor[WinFactor.GoalFit].Contribution, 12);
        Assert.Equal(c.Experience * (0.1 - means[1]), byFactor[WinFactor.Experience].Contribution, 12);
        Assert.Equal(c.PriceHappiness * (0.5 - means[2]), byFactor[WinFactor.PriceHappiness].Contribution, 12);
        Assert.Equal([0.9, 0.1, 0.5], [byFactor[WinFactor.GoalFit].Value, byFactor[WinFactor.Experience].Value, byFactor[WinFactor.PriceHappiness].Value]);
        Assert.True(prediction.Contributions.Zip(prediction.Contributions.Skip(1)).All(p => Math.Abs(p.First.Contribution) >= Math.Abs(p.Second.Contribution)));

        Assert.Equal("The goal fit must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("goalFit", () => model.Predict(2, 0, 0)).Detail);
        Assert.Equal("The experience must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("experience", () => model.Predict(0, 2, 0)).Detail);
        Assert.Equal("The price happiness must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("priceHappiness", () => model.Predict(0, 0, 2)).Detail);
        Assert.Throws<ArgumentNullException>("score", () => model.Predict(null!));
        Assert.StartsWith("WinModel { Observations = 200, Ridge = 0, Coefficients = { Intercept = ", model.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ChoiceModel_BadInput_AndItsShares()
    {
        Assert.Equal(
            "The choice model needs decisions where the customer chose a solution and decisions where they did nothing; 2 of 2 chose nothing.",
            Assert.Throws<InvalidInputException>("sets", () => ChoiceModel.Fit([new([0.5], null), new([0.5], null)])).Detail);
        Assert.Equal(
            "The decisions do not identify the scale: the overall scores do not differ within a decision, or the chosen solution is always the best (or always the worst) offered, so the scale has no finite estimate.",
            Assert.Throws<InvalidInputException>("sets", () => ChoiceModel.Fit([new([0.5, 0.5], 0), new([0.5, 0.5], null)])).Detail);
        Assert.Throws<ArgumentNullException>("sets", () => ChoiceModel.Fit(null!));

        ChoiceSet[] sets =
        [
            new([0.2, 0.8], 1), new([0.2, 0.8], 0), new([0.3, 0.9], 1), new([0.3, 0.9], null), new([0.1, 0.6], 1, 2),
            new([0.1, 0.6], null), new([0.4, 0.5], 0), new([0.7, 0.2], 0), new([0.7, 0.2], 1), new([0.5, 0.6], null),
        ];
        var model = ChoiceModel.Fit(sets);
        Assert.Equal(10, model.Sets);
        var shares = model.Predict([0.25, 0.75]);
        var e = new[] { Math.Exp(model.Scale * 0.25), Math.Exp(model.Scale * 0.75), Math.Exp(model.NoChoice) };
        Assert.Equal(e.Select(x => x / e.Sum()), shares.Select(s => s), new ToleranceComparer(1e-12));
        Assert.Equal([1.0], model.Predict([]));
        var bad = Assert.Throws<InvalidInputException>("overalls", () => model.Predict([0.5, -0.5]));
        Assert.Equal(("The overall of offer 1 must be a finite number in [0, 1], but is -0.5.", 1), (bad.Detail, bad.Index));
        Assert.Throws<ArgumentNullException>("overalls", () => model.Predict(null!));
        Assert.True(model.ScaleStandardError > 0 && model.NoChoiceStandardError > 0);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
