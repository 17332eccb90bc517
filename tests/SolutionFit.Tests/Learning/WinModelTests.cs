using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary><see cref="WinModel"/>: predictions and their contributions, separation with and without a ridge, and each refusal with its message.</summary>
public sealed class WinModelTests
{
    [Fact]
    public void Predict_Contributions_AddUpToTheLogOdds()
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
    public void Predict_WeightedDeals_ExplainsByContributionsAroundTheMeans()
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
    public void Predict_ScoreWithoutThresholds_TakesHappinessOne()
    {
        var model = WinModel.Fit(LearnReference.Load("learn_basic").Wins);
        var customer = new CustomerProfile("c", [new CustomerGoal("g", 1.0)]);
        var score = new SolutionFitScorer().Score(customer, new ProposedSolution("s", 10, [KeyValuePair.Create("g", 0.7)], effort: 0.2, enjoyment: 0.6));

        Assert.Equal(model.Predict(score.GoalFit, score.Experience, 1.0).Probability, model.Predict(score).Probability);
    }

    [Fact]
    public void Predict_ScoreWithThresholds_IsThePredictionOfItsParts()
    {
        var random = new Random(11);
        var observations = Enumerable.Range(0, 120).Select(i =>
        {
            var (fit, experience, happiness) = (random.NextDouble(), random.NextDouble(), random.NextDouble());
            return new WinObservation(fit, experience, happiness, random.NextDouble() < 1 / (1 + Math.Exp(-(-2 + (3 * fit) + happiness))));
        }).ToArray();
        var model = WinModel.Fit(observations);
        var customer = new CustomerProfile("c", [new("a", 1)], new PriceThresholds(1, 2, 3, 4));
        var score = new SolutionFitScorer().Score(customer, new ProposedSolution("s", 3.5, [new("a", 0.5)], 0.5, 0.5));

        Assert.True(score.PriceHappiness < 1);
        Assert.Equal(model.Predict(score.GoalFit, score.Experience, score.PriceHappiness!.Value).Probability, model.Predict(score).Probability);
        Assert.Throws<ArgumentNullException>("observations", () => WinModel.Fit(null!, -1));
    }

    [Fact]
    public void Fit_PerfectSeparation_ThrowsSuggestingARidgeWhichThenFits()
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
    public void Fit_QuasiCompleteSeparation_Throws()
    {
        // Deals with goal fit 1 were all won; below it, wins and losses mix.
        var observations = Enumerable.Range(0, 30).Select(i => new WinObservation(0.5, (i % 10) / 10.0, (i % 7) / 7.0, won: i % 3 == 0))
            .Concat(Enumerable.Range(0, 10).Select(i => new WinObservation(1.0, (i % 10) / 10.0, (i % 7) / 7.0, won: true)))
            .ToList();

        Assert.Contains("separation", Assert.Throws<InvalidInputException>(() => WinModel.Fit(observations)).Message, StringComparison.Ordinal);
        Assert.True(double.IsFinite(WinModel.Fit(observations, ridge: 0.5).Coefficients.GoalFit));
    }

    [Fact]
    public void Fit_QuasiSeparatedDeals_FitWithAnyRidgeAndRefuseWithout()
    {
        // Won exactly when the goal fit is above 0.5, and one tie at 0.5 won and lost (quasi-complete separation).
        WinObservation[] deals =
        [
            new(0.1, 0.3, 0.6, false), new(0.2, 0.8, 0.1, false), new(0.4, 0.5, 0.9, false), new(0.5, 0.2, 0.4, false),
            new(0.5, 0.6, 0.3, true), new(0.7, 0.1, 0.8, true), new(0.8, 0.9, 0.2, true), new(0.9, 0.4, 0.7, true),
        ];

        Assert.Contains("separation", Assert.Throws<InvalidInputException>("observations", () => WinModel.Fit(deals)).Detail, StringComparison.Ordinal);
        var ridged = WinModel.Fit(deals, 1e-6);
        Assert.True(ridged.Coefficients.GoalFit > 10, $"{ridged.Coefficients}");
    }

    [Fact]
    public void Fit_OnlyWonOrAFactorThatDoesNotVary_Throws()
    {
        var won = Enumerable.Range(0, 5).Select(i => new WinObservation(i / 5.0, 0.5, 0.5, won: true)).ToList();
        Assert.Contains("all 5 were won", Assert.Throws<InvalidInputException>(() => WinModel.Fit(won)).Message, StringComparison.Ordinal);

        var constant = Enumerable.Range(0, 40).Select(i => new WinObservation((i * 7 % 40) / 40.0, (i * 11 % 40) / 40.0, 1.0, won: i % 3 == 0)).ToList();
        Assert.Throws<InvalidInputException>(() => WinModel.Fit(constant));
        Assert.True(double.IsFinite(WinModel.Fit(constant, ridge: 1.0).Coefficients.PriceHappiness));
    }

    [Fact]
    public void Fit_InvalidObservations_MessagesSayWhatIsWrong()
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
    public void Fit_InvalidArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() => WinModel.Fit(null!)).ParamName);
        Assert.Equal("observations", Assert.Throws<InvalidInputException>(() => WinModel.Fit([null!])).ParamName);
        Assert.Equal("ridge", Assert.Throws<InvalidInputException>(() => WinModel.Fit([], -1)).ParamName);
        Assert.Equal("ridge", Assert.Throws<InvalidInputException>(() => WinModel.Fit([], double.PositiveInfinity)).ParamName);
        Assert.Throws<ArgumentNullException>("observations", () => WinModel.Fit(null!, -1));
    }

    [Fact]
    public void Predict_InvalidArguments_ThrowNamingTheParameter()
    {
        var wins = WinModel.Fit(LearnReference.Load("learn_basic").Wins);

        Assert.Equal("goalFit", Assert.Throws<InvalidInputException>(() => wins.Predict(2, 0, 0)).ParamName);
        Assert.Equal("experience", Assert.Throws<InvalidInputException>(() => wins.Predict(0, -1, 0)).ParamName);
        Assert.Equal("priceHappiness", Assert.Throws<InvalidInputException>(() => wins.Predict(0, 0, double.NaN)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentNullException>(() => wins.Predict(null!)).ParamName);
    }

    [Fact]
    public void ToString_AnyCulture_IsInvariant()
    {
        var reference = LearnReference.Load("learn_basic");
        CommaCulture.Run(() =>
        {
            Assert.StartsWith("WinModel { Observations = 400, Ridge = 0, Coefficients = { Intercept = -2.60624, GoalFit = 4.05043,", WinModel.Fit(reference.Wins).ToString(), StringComparison.Ordinal);
        });
    }
}
