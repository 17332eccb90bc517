namespace SolutionFit.Tests.Solutions;

public sealed class ProposedSolutionTests
{
    private static readonly KeyValuePair<string, double>[] Some = [KeyValuePair.Create("g", 0.5)];

    [Fact]
    public void Constructor_KeepsEveryValue()
    {
        var achievements = new Dictionary<string, double> { ["g"] = 0.5, ["h"] = 1.0 };

        var solution = new ProposedSolution("s", 99.5, achievements, 0.2, 0.7, "Starter");
        achievements["g"] = 0.0;

        Assert.Equal(("s", "Starter", 99.5, 0.2, 0.7), (solution.Id, solution.Name, solution.Price, solution.Effort, solution.Enjoyment));
        Assert.Equal(0.5, solution.Achievements["g"]);
        Assert.Equal(0.5, solution.GetAchievement("g"));
        Assert.Equal(0.0, solution.GetAchievement("unmentioned"));
        Assert.Equal(0.0, solution.GetAchievement("G"));
    }

    [Fact]
    public void Constructor_NoName_UsesTheId() => Assert.Equal("s", new ProposedSolution("s", 1, Some, 0, 0).Name);

    [Fact]
    public void Constructor_NullId_Throws() => Assert.Throws<ArgumentNullException>("id", () => new ProposedSolution(null!, 1, Some, 0, 0));

    [Fact]
    public void Constructor_BlankId_Throws() => Assert.Throws<InvalidInputException>("id", () => new ProposedSolution("", 1, Some, 0, 0));

    [Fact]
    public void Constructor_NullAchievements_Throws() => Assert.Throws<ArgumentNullException>("achievements", () => new ProposedSolution("s", 1, null!, 0, 0));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.01)]
    public void Constructor_BadPrice_ThrowsNamingTheSolution(double price)
    {
        var ex = Assert.Throws<InvalidInputException>("price", () => new ProposedSolution("starter", price, Some, 0, 0));
        Assert.Contains("'starter'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    public void Constructor_BadEffort_Throws(double effort) => Assert.Throws<InvalidInputException>("effort", () => new ProposedSolution("s", 1, Some, effort, 0));

    [Theory]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    public void Constructor_BadEnjoyment_Throws(double enjoyment) => Assert.Throws<InvalidInputException>("enjoyment", () => new ProposedSolution("s", 1, Some, 0, enjoyment));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void Constructor_BadAchievement_ThrowsNamingTheGoal(double achievement)
    {
        var ex = Assert.Throws<InvalidInputException>("achievements", () => new ProposedSolution("s", 1, [KeyValuePair.Create("onboard", achievement)], 0, 0));
        Assert.Contains("'onboard'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankGoalId_Throws(string? goalId) =>
        Assert.Throws<InvalidInputException>("achievements", () => new ProposedSolution("s", 1, [KeyValuePair.Create(goalId!, 0.5)], 0, 0));

    [Fact]
    public void Constructor_DuplicateGoalId_ThrowsNamingIt()
    {
        var ex = Assert.Throws<InvalidInputException>("achievements", () => new ProposedSolution("s", 1, [KeyValuePair.Create("g", 0.5), KeyValuePair.Create("g", 0.6)], 0, 0));
        Assert.Contains("'g'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetAchievement_Null_Throws() => Assert.Throws<ArgumentNullException>("goalId", () => new ProposedSolution("s", 1, Some, 0, 0).GetAchievement(null!));
}
