using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary><see cref="ChoiceModel"/>: the predicted shares with doing nothing last, a large scale without overflow, and each refusal with its message.</summary>
public sealed class ChoiceModelTests
{
    [Fact]
    public void Predict_Overalls_SharesWithDoingNothingLast()
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
    public void Predict_LargeScale_DoesNotOverflow()
    {
        // Near 0 the better offer is 0.0005 better and chosen three times as often: a scale of about ln 3 / 0.0005 ≈ 2,200,
        // and doing nothing as likely as an offer there. An offer of overall 1 (always taken) then has a utility of about
        // 2,200 against doing nothing's few: e^2200 unless utilities are taken relative to the largest, in the fit as in
        // the prediction.
        var sets = new List<ChoiceSet>();
        for (var k = 0; k < 10; k++)
        {
            sets.AddRange([new([0.0005, 0.0], 0), new([0.0005, 0.0], 0), new([0.0005, 0.0], 0), new([0.0005, 0.0], 1), new([0.0005, 0.0], null), new([1.0], 0)]);
        }

        var model = ChoiceModel.Fit(sets);
        Assert.True(model.Scale > 1000, $"scale {model.Scale}");

        var shares = model.Predict([1.0, 0.0]);
        Assert.All(shares, s => Assert.True(double.IsFinite(s)));
        Assert.Equal(1.0, shares[0], 12);
        Assert.Equal(1.0, shares.Sum(), 12);
    }

    [Fact]
    public void Fit_DecisionsThatDoNotIdentifyIt_Throw()
    {
        ChoiceSet[] neverNothing = [new([0.2, 0.6], 1), new([0.4, 0.3], 0)];
        Assert.Contains("0 of 2 chose nothing", Assert.Throws<InvalidInputException>(() => ChoiceModel.Fit(neverNothing)).Message, StringComparison.Ordinal);

        // The best offer is always the one chosen: the scale runs off to infinity.
        ChoiceSet[] alwaysBest = [new([0.2, 0.6], 1), new([0.4, 0.8], 1), new([0.1], null), new([0.2], null), new([0.9, 0.3], 0)];
        Assert.Contains("scale", Assert.Throws<InvalidInputException>(() => ChoiceModel.Fit(alwaysBest)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_SmallSample_MessagesAndSharesAreExact()
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

    [Fact]
    public void Fit_NullSetsOrItem_ThrowsNamingSets()
    {
        Assert.Equal("sets", Assert.Throws<ArgumentNullException>(() => ChoiceModel.Fit(null!)).ParamName);
        Assert.Equal("sets", Assert.Throws<InvalidInputException>(() => ChoiceModel.Fit([null!])).ParamName);
    }

    [Fact]
    public void Predict_InvalidOveralls_ThrowNamingOverallsAndTheOffer()
    {
        var choices = ChoiceModel.Fit(LearnReference.Load("learn_basic").Choices);

        Assert.Equal("overalls", Assert.Throws<ArgumentNullException>(() => choices.Predict(null!)).ParamName);
        Assert.Equal(1, Assert.Throws<InvalidInputException>(() => choices.Predict([0.5, -0.5])).Index);
    }

    [Fact]
    public void ToString_AnyCulture_IsInvariant()
    {
        var reference = LearnReference.Load("learn_basic");
        CommaCulture.Run(() =>
        {
            Assert.Equal("ChoiceModel { Sets = 150, Scale = 6.23248, NoChoice = 1.70914 }", ChoiceModel.Fit(reference.Choices).ToString());
        });
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
