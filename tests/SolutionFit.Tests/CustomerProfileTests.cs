namespace SolutionFit.Tests;

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

    [Fact]
    public void Constructor_BadGoals_MessageNamesTheGoalAndTheCustomer()
    {
        var twice = Assert.Throws<InvalidInputException>("goals", () => new CustomerProfile("c", [new("a", 1), new("b", 1), new("a", 0.5)]));
        Assert.Equal("Customer 'c' has more than one goal with id 'a'; goal ids must be unique.", twice.Detail);
        Assert.Equal((2, "a"), (twice.Index, twice.ItemId));

        var unimportant = Assert.Throws<InvalidInputException>("goals", () => new CustomerProfile("c", [new("a", 0), new("b", 0)]));
        Assert.Equal("Customer 'c' needs at least one goal with importance > 0, but has 2 goal(s) and none is important.", unimportant.Detail);
        Assert.Equal("c", unimportant.ItemId);
        Assert.Null(unimportant.Index);

        // One important goal anywhere is enough, also when it is not the last.
        Assert.Equal(2, new CustomerProfile("c", [new("a", 0.5), new("b", 0)]).Goals.Count);
        Assert.Equal("A customer needs an id (or name) that is not empty or white space, but is ' '.", Assert.Throws<InvalidInputException>("id", () => new CustomerProfile(" ", [new("a", 1)])).Detail);
    }

    [Fact]
    public void ToString_SaysGoalCountAndThresholds()
    {
        Assert.Equal("c (2 goal(s))", new CustomerProfile("c", [new("a", 1), new("b", 1)]).ToString());
        Assert.Equal("c (1 goal(s), with price thresholds)", new CustomerProfile("c", [new("a", 1)], new PriceThresholds(1, 2, 3, 4)).ToString());
    }
}
