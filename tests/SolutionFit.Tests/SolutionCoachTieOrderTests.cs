namespace SolutionFit.Tests.Coaching;

/// <summary>Steps of equal gain: goals, then the price, then alternatives, each by id in ordinal order.</summary>
public sealed class SolutionCoachTieOrderTests
{
    private static readonly SolutionFitScorer Scorer = new();
    private static readonly SolutionCoach Coach = new(Scorer);

    // Two performance goals of the same importance: achieving either fully adds the same, bit for bit (0.5 and 1 are exact).
    // Ordinal order puts "B" (0x42) before "a" (0x61) and "Y" (0x59) before "x" (0x78); a culture-aware order would not.
    private static readonly CustomerProfile Customer = new("c", [new CustomerGoal("a", 0.5), new CustomerGoal("B", 0.5)], new PriceThresholds(50, 80, 150, 220));

    private static ProposedSolution Solution(string id, double price, double a, double b) =>
        new(id, price, new Dictionary<string, double> { ["a"] = a, ["B"] = b }, 0, 1);

    [Fact]
    public void Coach_EqualGains_GoalsThenAlternatives_EachByOrdinalId()
    {
        // Alternative "x" is the solution with a fully achieved, "Y" with B fully achieved: both score what the goal steps
        // promise, so all four steps gain the same.
        var report = Coach.Coach(Customer, Solution("s", 60, 0.5, 0.5), [Solution("x", 60, 1, 0.5), Solution("Y", 60, 0.5, 1)]);

        var tied = report.Steps.Where(s => s.Action != CoachingAction.PriceInSmileRange).ToArray();
        Assert.Equal(4, tied.Length);
        Assert.All(tied, s => Assert.Equal(tied[0].Gain, s.Gain));
        Assert.Equal(["B", "a", "Y", "x"], tied.Select(s => s.GoalId ?? s.SolutionId));
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
        Assert.Equal(["a", "b", "x", "y"], tied.Select(s => s.GoalId ?? s.SolutionId));
    }

    [Fact]
    public void Coach_EqualGains_PriceBeforeAlternative()
    {
        // Alternative "p" is the solution at the smile range's lower bound: the scorer gives it exactly the price step's
        // overall, so the two steps tie and the price step comes first.
        var solution = Solution("s", 60, 0.5, 0.5);
        var lower = Coach.Coach(Customer, solution).SmilePriceRange!.Value.Lower;

        var report = Coach.Coach(Customer, solution, [Solution("p", lower, 0.5, 0.5)]);

        var price = report.Steps.Select((s, i) => (s, i)).Single(x => x.s.Action == CoachingAction.PriceInSmileRange).i;
        var alternative = report.Steps.Select((s, i) => (s, i)).Single(x => x.s.SolutionId == "p").i;
        Assert.Equal(report.Steps[price].Gain, report.Steps[alternative].Gain);
        Assert.Equal(price + 1, alternative);
    }
}
