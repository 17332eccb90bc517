using System.Globalization;

namespace SolutionFit.Tests;

public sealed class SolutionCoachTests
{
    private const double Tolerance = 1e-12;
    private static readonly SolutionFitScorer Scorer = new();
    private static readonly SolutionCoach Coach = new(Scorer);

    // Two performance goals of weight 1 (importance 0.5, unserved) and a must-have of weight 1; X = 1, so V = G.
    private static readonly CustomerProfile Customer = new(
        "c",
        [new CustomerGoal("a", 0.5), new CustomerGoal("b", 0.5), new CustomerGoal("m", 0.5, GoalKind.MustHave)],
        new PriceThresholds(50, 80, 150, 220));

    private static ProposedSolution Solution(string id, double price, double a, double b, double m) =>
        new(id, price, new Dictionary<string, double> { ["a"] = a, ["b"] = b, ["m"] = m }, 0, 1);

    // Two performance goals of the same importance: achieving either fully adds the same, bit for bit (0.5 and 1 are exact).
    // Ordinal order puts "B" (0x42) before "a" (0x61) and "Y" (0x59) before "x" (0x78); a culture-aware order would not.
    private static readonly CustomerProfile TieCustomer = new("c", [new CustomerGoal("a", 0.5), new CustomerGoal("B", 0.5)], new PriceThresholds(50, 80, 150, 220));

    private static ProposedSolution TieSolution(string id, double price, double a, double b) =>
        new(id, price, new Dictionary<string, double> { ["a"] = a, ["B"] = b }, 0, 1);

    [Fact]
    public void Coach_RanksGoalsByTheOverallTheyAdd()
    {
        // V = 0.64 · 0.75 = 0.48; price 60: q = 125, Fair. Smile range [50·0.48, 80·0.48) = [24, 38.4).
        var report = Coach.Coach(Customer, Solution("s", 60, 0.5, 1.0, 0.64));

        Assert.Equal(0.48, report.Score.Value, Tolerance);
        Assert.Equal(24, report.SmilePriceRange!.Value.Lower, Tolerance);
        Assert.Equal(38.4, report.SmilePriceRange!.Value.Upper, Tolerance);

        // m fully: V = 0.75, q = 80, H = 1, overall 0.75. a fully: V = 0.64, q = 93.75. Price in range: overall = V = 0.48.
        Assert.Equal([CoachingAction.AchieveGoal, CoachingAction.AchieveGoal, CoachingAction.PriceInSmileRange], report.Steps.Select(s => s.Action));
        Assert.Equal(["m", "a", null], report.Steps.Select(s => (s as AchieveGoalStep)?.GoalId));
        Assert.Equal([typeof(AchieveGoalStep), typeof(AchieveGoalStep), typeof(PriceInSmileRangeStep)], report.Steps.Select(s => s.GetType()));
        Assert.Equal(0.75, report.Steps[0].OverallAfter, Tolerance);
        Assert.Equal(0.75 - report.Score.Overall, report.Steps[0].Gain, Tolerance);
        Assert.Equal(0.48, report.Steps[2].OverallAfter, Tolerance);
        Assert.Equal(report.SmilePriceRange, Assert.IsType<PriceInSmileRangeStep>(report.Steps[2]).PriceRange);
    }

    [Fact]
    public void Coach_PriceAtTheSmileRangeLowerBound_IsABargain()
    {
        var report = Coach.Coach(Customer, Solution("s", 60, 0.5, 1.0, 0.64));

        var repriced = Scorer.Score(Customer, Solution("s", report.SmilePriceRange!.Value.Lower, 0.5, 1.0, 0.64));

        Assert.Equal(PriceReaction.Bargain, repriced.Reaction);
        Assert.Equal(report.Score.Value, repriced.Overall);
    }

    [Fact]
    public void Coach_PriceAlreadyInSmileRange_SuggestsNoPriceStep()
    {
        var report = Coach.Coach(Customer, Solution("s", 30, 0.5, 1.0, 0.64));

        Assert.Equal(PriceReaction.Bargain, report.Score.Reaction);
        Assert.DoesNotContain(report.Steps, s => s.Action == CoachingAction.PriceInSmileRange);
    }

    [Fact]
    public void Coach_TooCheap_SuggestsRaisingThePriceIntoTheRange()
    {
        var report = Coach.Coach(Customer, Solution("s", 0, 1, 1, 1));

        var step = Assert.IsType<PriceInSmileRangeStep>(Assert.Single(report.Steps));
        Assert.Equal(CoachingAction.PriceInSmileRange, step.Action);
        Assert.Equal(new PriceRange(50, 80), step.PriceRange);
        Assert.Equal(0.5, step.Gain, Tolerance);
    }

    [Fact]
    public void Coach_Alternatives_SuggestsOnlyBetterOnes()
    {
        var current = Solution("current", 60, 0.5, 1.0, 0.64);
        ProposedSolution[] alternatives = [Solution("better", 60, 1, 1, 1), Solution("worse", 60, 0, 0, 0.1), current];

        var report = Coach.Coach(Customer, current, alternatives);

        var switchStep = Assert.IsType<SwitchSolutionStep>(Assert.Single(report.Steps, s => s.Action == CoachingAction.SwitchSolution));
        Assert.Equal("better", switchStep.SolutionId);
        Assert.Equal(Scorer.Score(Customer, alternatives[0]).Overall, switchStep.OverallAfter);
        Assert.Equal(report.Steps.OrderByDescending(s => s.Gain).Select(s => s.Gain), report.Steps.Select(s => s.Gain));
    }

    [Fact]
    public void Coach_NoThresholds_HasNoSmileRange()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("a", 1)]);

        var report = Coach.Coach(customer, new ProposedSolution("s", 10, [KeyValuePair.Create("a", 0.5)], 0, 1));

        Assert.Null(report.SmilePriceRange);
        Assert.Equal(CoachingAction.AchieveGoal, Assert.Single(report.Steps).Action);
    }

    [Fact]
    public void Coach_ZeroValue_HasNoSmileRange()
    {
        var report = Coach.Coach(Customer, Solution("s", 10, 1, 1, 0));

        Assert.Null(report.SmilePriceRange);
        Assert.Equal("m", Assert.IsType<AchieveGoalStep>(Assert.Single(report.Steps)).GoalId);
    }

    [Fact]
    public void Steps_ToString_SaysWhatToDo()
    {
        var report = Coach.Coach(Customer, Solution("s", 60, 0.5, 1.0, 0.64), [Solution("better", 30, 1, 1, 1)]);

        Assert.Contains(report.Steps, s => s.ToString().StartsWith("achieve goal 'm' fully: +", StringComparison.Ordinal));
        var price = Assert.IsType<PriceInSmileRangeStep>(Assert.Single(report.Steps, s => s.Action == CoachingAction.PriceInSmileRange));
        Assert.StartsWith($"price in [{price.PriceRange.Lower.ToString("R", CultureInfo.InvariantCulture)}, ", price.ToString(), StringComparison.Ordinal);
        Assert.Equal(24, price.PriceRange.Lower, 12);
        Assert.Equal(38.4, price.PriceRange.Upper, 12);
        Assert.Contains(report.Steps, s => s.ToString().StartsWith("offer 'better' instead: +", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_NullScorer_Throws() => Assert.Throws<ArgumentNullException>("scorer", () => new SolutionCoach(null!));

    [Fact]
    public void Coach_NullCustomer_Throws() => Assert.Throws<ArgumentNullException>("customer", () => Coach.Coach(null!, Solution("s", 1, 1, 1, 1)));

    [Fact]
    public void Coach_NullSolution_Throws() => Assert.Throws<ArgumentNullException>("solution", () => Coach.Coach(Customer, null!));

    [Fact]
    public void Coach_NullCustomerOrSolution_IsReportedBeforeABadAlternative()
    {
        Assert.Throws<ArgumentNullException>("customer", () => Coach.Coach(null!, Solution("s", 1, 1, 1, 1), [null!]));
        Assert.Throws<ArgumentNullException>("solution", () => Coach.Coach(Customer, null!, [null!]));
    }

    [Fact]
    public void Coach_NullAlternative_ThrowsNamingTheIndex()
    {
        var ex = Assert.Throws<InvalidInputException>("alternatives", () => Coach.Coach(Customer, Solution("s", 1, 1, 1, 1), [null!]));
        Assert.Contains("alternatives[0]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Coach_DuplicateAlternativeIds_ThrowsNamingTheId()
    {
        var ex = Assert.Throws<InvalidInputException>("alternatives", () => Coach.Coach(Customer, Solution("s", 1, 1, 1, 1), [Solution("x", 1, 1, 1, 1), Solution("x", 2, 1, 1, 1)]));
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Coach_WithAnotherScorer_ReportsWhatThatScorerSays()
    {
        // A scorer of another model: customers tolerate twice the prices they said. At price 100 (V = 0.48, q = 208) the
        // built-in model's smile range [24, 38.4) would promise overall V; this scorer finds 24 too cheap.
        var scorer = new TolerantScorer();
        var solution = Solution("s", 100, 0.5, 1.0, 0.64);
        var report = new SolutionCoach(scorer).Coach(Customer, solution, [Solution("t", 45, 1, 1, 1)]);

        Assert.Equal(scorer.Score(Customer, solution).Overall, report.Score.Overall);
        var smile = report.SmilePriceRange!.Value;
        var atSmile = scorer.Score(Customer, Solution("s", smile.Lower, 0.5, 1.0, 0.64)).Overall;
        Assert.True(atSmile < report.Score.Value, "the other model does not give V at the built-in smile range");
        Assert.All(report.Steps, step => Assert.Equal(
            step.Action switch
            {
                CoachingAction.PriceInSmileRange => atSmile,
                CoachingAction.SwitchSolution => scorer.Score(Customer, Solution("t", 45, 1, 1, 1)).Overall,
                _ => report.Score.Goals.Single(g => g.GoalId == Assert.IsType<AchieveGoalStep>(step).GoalId).OverallIfFullyAchieved,
            },
            step.OverallAfter));
        Assert.Equal(atSmile > report.Score.Overall, report.Steps.Any(s => s.Action == CoachingAction.PriceInSmileRange));
        Assert.Contains(report.Steps, s => s.Action == CoachingAction.SwitchSolution);
    }

    /// <summary>Steps of equal gain: goals, then the price, then alternatives, each by id in ordinal order.</summary>
    [Fact]
    public void Coach_EqualGains_GoalsThenAlternatives_EachByOrdinalId()
    {
        // Alternative "x" is the solution with a fully achieved, "Y" with B fully achieved: both score what the goal steps
        // promise, so all four steps gain the same.
        var report = Coach.Coach(TieCustomer, TieSolution("s", 60, 0.5, 0.5), [TieSolution("x", 60, 1, 0.5), TieSolution("Y", 60, 0.5, 1)]);

        var tied = report.Steps.Where(s => s.Action != CoachingAction.PriceInSmileRange).ToArray();
        Assert.Equal(4, tied.Length);
        Assert.All(tied, s => Assert.Equal(tied[0].Gain, s.Gain));
        Assert.Equal(["B", "a", "Y", "x"], tied.Select(IdOf));
        Assert.Equal([CoachingAction.AchieveGoal, CoachingAction.AchieveGoal, CoachingAction.SwitchSolution, CoachingAction.SwitchSolution], tied.Select(s => s.Action));
    }

    [Fact]
    public void Coach_EqualGains_AlreadyInIdOrder_StayInIdOrder()
    {
        // Goals and alternatives given in ordinal order: a comparer that saw only one side's id (or none) would call every
        // pair "less" and the sort would reverse them.
        var customer = new CustomerProfile("c", [new CustomerGoal("a", 0.5), new CustomerGoal("b", 0.5)], new PriceThresholds(50, 80, 150, 220));
        static ProposedSolution Offer(string id, double a, double b) => new(id, 60, new Dictionary<string, double> { ["a"] = a, ["b"] = b }, 0, 1);

        var report = Coach.Coach(customer, Offer("s", 0.5, 0.5), [Offer("x", 1, 0.5), Offer("y", 0.5, 1)]);

        var tied = report.Steps.Where(s => s.Action != CoachingAction.PriceInSmileRange).ToArray();
        Assert.All(tied, s => Assert.Equal(tied[0].Gain, s.Gain));
        Assert.Equal(["a", "b", "x", "y"], tied.Select(IdOf));
    }

    [Fact]
    public void Coach_EqualGains_PriceBeforeAlternative()
    {
        // Alternative "p" is the solution at the smile range's lower bound: the scorer gives it exactly the price step's
        // overall, so the two steps tie and the price step comes first.
        var solution = TieSolution("s", 60, 0.5, 0.5);
        var lower = Coach.Coach(TieCustomer, solution).SmilePriceRange!.Value.Lower;

        var report = Coach.Coach(TieCustomer, solution, [TieSolution("p", lower, 0.5, 0.5)]);

        var price = report.Steps.Select((s, i) => (s, i)).Single(x => x.s.Action == CoachingAction.PriceInSmileRange).i;
        var alternative = report.Steps.Select((s, i) => (s, i)).Single(x => x.s is SwitchSolutionStep { SolutionId: "p" }).i;
        Assert.Equal(report.Steps[price].Gain, report.Steps[alternative].Gain);
        Assert.Equal(price + 1, alternative);
    }

    /// <summary>The id a step names: the goal's or the alternative's; null for the price.</summary>
    private static string? IdOf(CoachingStep step) => step switch
    {
        AchieveGoalStep goal => goal.GoalId,
        SwitchSolutionStep other => other.SolutionId,
        _ => null,
    };

    private sealed class TolerantScorer : ISolutionFitScorer
    {
        private readonly SolutionFitScorer _inner = new();

        public ScoringPolicy Policy => _inner.Policy;

        public FitScore Score(CustomerProfile customer, ProposedSolution solution) => _inner.Score(Tolerant(customer), solution);

        public FitEvaluation Evaluate(CustomerProfile customer, ProposedSolution solution) => _inner.Evaluate(Tolerant(customer), solution);

        public IReadOnlyList<FitScore> Rank(CustomerProfile customer, IEnumerable<ProposedSolution> solutions) => _inner.Rank(Tolerant(customer), solutions);

        private static CustomerProfile Tolerant(CustomerProfile customer) =>
            customer.PriceThresholds is { } t
                ? new CustomerProfile(customer.Id, customer.Goals, new PriceThresholds(2 * t.TooCheap, 2 * t.Cheap, 2 * t.Expensive, 2 * t.TooExpensive))
                : customer;
    }
}
