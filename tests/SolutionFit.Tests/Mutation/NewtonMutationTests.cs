using SolutionFit.Learning;

namespace SolutionFit.Tests.Mutation;

/// <summary>
/// The optimiser behind the learning models, on objectives made to reach each of its branches (step halving, a step
/// out of the domain, an infeasible start, a stop without a converged gradient, a stop at a kink), and the logistic
/// functions in their tails.
/// </summary>
public sealed class NewtonMutationTests
{
    // f(x) = −√(1 + x²), maximum −1 at 0; its Newton step −x(1 + x²) overshoots from |x| > 1. Outside the domain
    // x > −5 the objective refuses, and then claims a likelihood of +100 that must be ignored.
    private static bool Hump(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
    {
        HumpAt(p[0], out ll, g, h);
        if (p[0] <= -5)
        {
            ll = 100;
            return false;
        }

        return true;
    }

    private static void HumpAt(double x, out double ll, Span<double> g, Span<double> h)
    {
        var r = Math.Sqrt(1 + (x * x));
        (ll, g[0], h[0]) = (-r, -x / r, 1 / (r * r * r));
    }

    [Fact]
    public void Maximize_HalvesOvershootingSteps_AndRefusesStepsOutOfTheDomain()
    {
        // From 2 the full step lands at −8, out of the domain; its half at −3 is worse; its quarter at −0.5 is accepted.
        var estimate = Newton.Maximize([2.0], Hump);

        Assert.NotNull(estimate);
        Assert.Equal(0.0, estimate.Value.Parameters[0], 12);
        Assert.Equal(-1.0, estimate.Value.LogLikelihood, 12);
        Assert.Equal(1.0, estimate.Value.Covariance[0], 9);
    }

    [Fact]
    public void Maximize_FromOutsideTheDomain_HasNoEstimate()
    {
        // Outside x > −5 this objective refuses, although it reports the hump's finite likelihood and derivatives there.
        static bool Refuses(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
        {
            HumpAt(p[0], out ll, g, h);
            return p[0] > -5;
        }

        Assert.Null(Newton.Maximize([-6.0], Refuses));
        Assert.NotNull(Newton.Maximize([-0.5], Refuses));
    }

    [Fact]
    public void Maximize_StopsWhereNoStepImproves_AndKeepsTheEstimateOnlyIfTheGradientHasConverged()
    {
        // A kink at 0: f = −|x| − 1. The reported gradient 1e-9 over an information of 1e-9 asks for a step of 1, and every
        // fraction of it down to 1e-12 loses more than the tolerance, so no step is accepted. The Newton decrement
        // g²/I = 1e-9 is within 1e-8: converged, the estimate is 0.
        static bool Kink(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
        {
            (ll, g[0], h[0]) = (-Math.Abs(p[0]) - 1, 1e-9, 1e-9);
            return true;
        }

        var kink = Newton.Maximize([0.0], Kink);
        Assert.NotNull(kink);
        Assert.Equal(0.0, kink.Value.Parameters[0]);

        // The same stop with a gradient that has not converged (0, 1) over the information diag(1, 4): g·I⁻¹·g = 0.25.
        static bool Stuck(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
        {
            (ll, g[0], g[1]) = (-Math.Abs(p[1]) - 1, 0.0, 1.0);
            (h[0], h[1], h[2], h[3]) = (1.0, 0.0, 0.0, 4.0);
            return true;
        }

        Assert.Null(Newton.Maximize([0.0, 0.0], Stuck));
    }

    [Fact]
    public void Maximize_AMaximumAtInfinity_HasNoEstimate()
    {
        // f = −e^−x rises for ever: every Newton step is +1 and accepted, until the step limit.
        static bool Rising(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
        {
            var e = Math.Exp(-p[0]);
            (ll, g[0], h[0]) = (-e, e, e);
            return true;
        }

        Assert.Null(Newton.Maximize([0.0], Rising));
    }

    [Fact]
    public void Maximize_InformationSingularAtTheStop_HasNoEstimate()
    {
        // A step within rounding of 0 lands where the information is 0: there is no covariance, so no estimate.
        static bool Flat(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
        {
            (ll, g[0], h[0]) = (0.0, 1e-12, p[0] > 0 ? 0.0 : 1.0);
            return true;
        }

        Assert.Null(Newton.Maximize([0.0], Flat));
    }

    [Fact]
    public void Maximize_InformationSingularUpToRounding_RelativeToItsLargestDiagonal_HasNoEstimate()
    {
        // A quadratic with curvatures 1e-12 and 100: the first direction is 1e-14 of the second, below the 1e-13 that tells
        // a direction the data say nothing about.
        static bool Quadratic(ReadOnlySpan<double> p, out double ll, Span<double> g, Span<double> h)
        {
            (ll, g[0], g[1]) = (-((1e-12 * p[0] * p[0]) + (100 * p[1] * p[1])) / 2, -1e-12 * p[0], -100 * p[1]);
            (h[0], h[1], h[2], h[3]) = (1e-12, 0.0, 0.0, 100.0);
            return true;
        }

        Assert.Null(Newton.Maximize([1.0, 1.0], Quadratic));
    }

    [Fact]
    public void WinModel_SeparatedDeals_FitWithAnyRidge_AndRefuseWithout()
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

    [Theory]
    [InlineData(-800.0)]
    [InlineData(-710.0)] // e^710 overflows: σ must come from e^z / (1 + e^z), which is still a positive subnormal here
    [InlineData(-40.0)]
    [InlineData(-1.0)]
    [InlineData(1.0)]
    [InlineData(40.0)]
    [InlineData(800.0)]
    public void LogSigmoid_IsExactInBothTails(double z)
    {
        // ln σ(z) = −ln(1 + e^−z): about z far below 0, about −e^−z far above; never −∞ or NaN.
        var expected = z < 0 ? z - Math.Log(1 + Math.Exp(z)) : -Math.Log(1 + Math.Exp(-z));
        Assert.Equal(expected, Logistic.LogSigmoid(z));
        Assert.True(double.IsFinite(Logistic.LogSigmoid(z)));
        Assert.Equal(z < 0 ? Math.Exp(z) / (1 + Math.Exp(z)) : 1 / (1 + Math.Exp(-z)), Logistic.Sigmoid(z));
    }

    [Fact]
    public void ReactionModel_BoundariesBeyondTheDoubles_AreMissing()
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
    public void ReactionModel_OnlyTheLowestReaction_IsNamed()
    {
        Assert.Equal(
            "At least two different reactions are needed at an effective price above 0 and finite; 2 observations of 2 qualify, all 'TooCheap'.",
            Assert.Throws<InvalidInputException>("observations", () => ReactionModel.Fit([new(1, PriceReaction.TooCheap), new(2, PriceReaction.TooCheap)])).Detail);
    }

    [Fact]
    public void ReactionModel_MiddleShareFarFromItsCuts_IsNotLostToRounding()
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
    public void ReactionModel_AnOutlierFarInTheTail_StillFits()
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
    public void WinModel_PredictsAScoreByItsParts()
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
    public void ChoiceModel_ALargeScale_PredictsWithoutOverflow()
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
    public void ScoringPolicy_ANewPolicy_WeighsByOpportunity() => Assert.True(new ScoringPolicy().OpportunityWeighting);
}
