namespace SolutionFit.Tests.Goals;

public sealed class CustomerProfileTests
{
    [Fact]
    public void Constructor_CopiesTheGoalsInOrder()
    {
        var goals = new List<CustomerGoal> { new("b", 0.5), new("a", 0.0) };
        var thresholds = new PriceThresholds(1, 2, 3, 4);

        var profile = new CustomerProfile("c", goals, thresholds);
        goals.Clear();

        Assert.Equal("c", profile.Id);
        Assert.Equal(["b", "a"], profile.Goals.Select(g => g.Id));
        Assert.Same(thresholds, profile.PriceThresholds);
    }

    [Fact]
    public void Constructor_NoThresholds_IsAllowed() => Assert.Null(new CustomerProfile("c", [new CustomerGoal("g", 1)]).PriceThresholds);

    [Fact]
    public void Constructor_NullId_Throws() => Assert.Throws<ArgumentNullException>("id", () => new CustomerProfile(null!, [new CustomerGoal("g", 1)]));

    [Fact]
    public void Constructor_BlankId_Throws() => Assert.Throws<InvalidInputException>("id", () => new CustomerProfile(" ", [new CustomerGoal("g", 1)]));

    [Fact]
    public void Constructor_NullGoals_Throws() => Assert.Throws<ArgumentNullException>("goals", () => new CustomerProfile("c", null!));

    [Fact]
    public void Constructor_NullGoal_ThrowsNamingTheIndex()
    {
        var ex = Assert.Throws<InvalidInputException>("goals", () => new CustomerProfile("c", [new CustomerGoal("g", 1), null!]));
        Assert.Contains("goals[1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateGoalIds_ThrowsNamingTheId()
    {
        var ex = Assert.Throws<InvalidInputException>("goals", () => new CustomerProfile("c", [new CustomerGoal("dup", 1), new CustomerGoal("x", 1), new CustomerGoal("dup", 0.5)]));
        Assert.Contains("'dup'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_GoalIdsDifferingInCase_AreDistinct() =>
        Assert.Equal(2, new CustomerProfile("c", [new CustomerGoal("G", 1), new CustomerGoal("g", 1)]).Goals.Count);

    [Fact]
    public void Constructor_NoGoals_Throws() => Assert.Throws<InvalidInputException>("goals", () => new CustomerProfile("c", []));

    [Fact]
    public void Constructor_NoImportantGoal_Throws()
    {
        var ex = Assert.Throws<InvalidInputException>("goals", () => new CustomerProfile("acme", [new CustomerGoal("g", 0), new CustomerGoal("h", 0, GoalKind.MustHave)]));
        Assert.Contains("'acme'", ex.Message, StringComparison.Ordinal);
    }
}
