namespace SolutionFit.Tests;

public sealed class CustomerGoalTests
{
    [Fact]
    public void Constructor_Defaults_PerformanceAndUnserved()
    {
        var goal = new CustomerGoal("g", 0.7);

        Assert.Equal("g", goal.Id);
        Assert.Equal(0.7, goal.Importance);
        Assert.Equal(GoalKind.Performance, goal.Kind);
        Assert.Equal(0.0, goal.CurrentSatisfaction);
        Assert.Null(goal.Description);
        Assert.Equal(GoalKind.Performance, default(GoalKind));
    }

    [Fact]
    public void Constructor_KeepsEveryValue()
    {
        var goal = new CustomerGoal("g", 1.0, GoalKind.Delighter, 0.25, "Delight the team");

        Assert.Equal(GoalKind.Delighter, goal.Kind);
        Assert.Equal(0.25, goal.CurrentSatisfaction);
        Assert.Equal("Delight the team", goal.Description);
    }

    [Fact]
    public void Constructor_NullId_Throws() => Assert.Throws<ArgumentNullException>("id", () => new CustomerGoal(null!, 0.5));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankId_Throws(string id) => Assert.Throws<InvalidInputException>("id", () => new CustomerGoal(id, 0.5));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Constructor_ImportanceOutOfRange_ThrowsNamingTheGoal(double importance)
    {
        var ex = Assert.Throws<InvalidInputException>("importance", () => new CustomerGoal("onboard", importance));
        Assert.Contains("'onboard'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-1)]
    [InlineData(2)]
    public void Constructor_SatisfactionOutOfRange_Throws(double satisfaction) =>
        Assert.Throws<InvalidInputException>("currentSatisfaction", () => new CustomerGoal("g", 0.5, currentSatisfaction: satisfaction));

    [Fact]
    public void Constructor_UndefinedKind_Throws() =>
        Assert.Throws<InvalidInputException>("kind", () => new CustomerGoal("g", 0.5, (GoalKind)7));

    [Fact]
    public void Constructor_BadInput_MessageNamesTheGoalAndTheRule()
    {
        var kind = Assert.Throws<InvalidInputException>("kind", () => new CustomerGoal("g", 0.5, (GoalKind)7));
        Assert.Equal("Goal 'g' kind must be MustHave, Performance or Delighter, but is 7.", kind.Detail);
        Assert.Equal("g", kind.ItemId);
        var importance = Assert.Throws<InvalidInputException>("importance", () => new CustomerGoal("g", 1.5));
        Assert.Equal("Goal 'g' importance must be a finite number in [0, 1], but is 1.5.", importance.Detail);
        Assert.Equal("g", importance.ItemId);
        var served = Assert.Throws<InvalidInputException>("currentSatisfaction", () => new CustomerGoal("g", 0.5, currentSatisfaction: -0.5));
        Assert.Equal("Goal 'g' current satisfaction must be a finite number in [0, 1], but is -0.5.", served.Detail);
        Assert.Equal("g", served.ItemId);
        Assert.Equal("A goal needs an id (or name) that is not empty or white space, but is ''.", Assert.Throws<InvalidInputException>("id", () => new CustomerGoal(string.Empty, 0.5)).Detail);
    }

    [Fact]
    public void ToString_SaysKindImportanceAndSatisfaction()
    {
        var goal = new CustomerGoal("g", 0.25, GoalKind.Delighter, 0.75, "why");
        Assert.Equal(("g", 0.25, GoalKind.Delighter, 0.75, "why"), (goal.Id, goal.Importance, goal.Kind, goal.CurrentSatisfaction, goal.Description));
        Assert.Equal("g (Delighter, importance 0.25, served 0.75)", goal.ToString());
        Assert.Null(new CustomerGoal("h", 1).Description);
    }
}
