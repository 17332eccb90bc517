namespace SolutionFit.Tests;

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
    public void WithPrice_NewPrice_KeepsEverythingElse()
    {
        var solution = new ProposedSolution("s", 10, [KeyValuePair.Create("a", 0.25), KeyValuePair.Create("b", 1.0)], 0.3, 0.7, "Starter");

        var repriced = solution.WithPrice(42.5);

        Assert.Equal(42.5, repriced.Price);
        Assert.Equal(10, solution.Price);
        Assert.Equal(("s", "Starter", 0.3, 0.7), (repriced.Id, repriced.Name, repriced.Effort, repriced.Enjoyment));
        Assert.Equal(solution.Achievements, repriced.Achievements);
        Assert.Equal(0.25, repriced.GetAchievement("a"));
        Assert.Equal(0, repriced.GetAchievement("missing"));
    }

    [Fact]
    public void WithPrice_ScoresAsTheSolutionBuiltAtThatPrice()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("a", 1), new CustomerGoal("b", 0.5, GoalKind.MustHave)], new PriceThresholds(10, 20, 40, 60));
        KeyValuePair<string, double>[] achievements = [KeyValuePair.Create("a", 0.25), KeyValuePair.Create("b", 0.5)];
        var scorer = new SolutionFitScorer();

        var repriced = scorer.Evaluate(customer, new ProposedSolution("s", 10, achievements, 0.3, 0.7).WithPrice(14));
        var built = scorer.Evaluate(customer, new ProposedSolution("s", 14, achievements, 0.3, 0.7));

        Assert.Equal((built.Overall, built.Reaction, built.EffectivePrice), (repriced.Overall, repriced.Reaction, repriced.EffectivePrice));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.01)]
    public void WithPrice_BadPrice_ThrowsNamingTheSolution(double price)
    {
        var ex = Assert.Throws<InvalidInputException>("price", () => new ProposedSolution("basic", 1, Some, 0, 0).WithPrice(price));
        Assert.Equal("basic", ex.ItemId);
        Assert.Contains("'basic'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetAchievement_Null_Throws() => Assert.Throws<ArgumentNullException>("goalId", () => new ProposedSolution("s", 1, Some, 0, 0).GetAchievement(null!));

    [Fact]
    public void Constructor_BadAchievement_MessageNamesTheGoalAndIndex()
    {
        var blank = Assert.Throws<InvalidInputException>("achievements", () => new ProposedSolution("s", 1, [new("a", 1), new(" ", 1)], 0, 0));
        Assert.Equal("Solution 's' has an achievement whose goal id is null, empty or white space.", blank.Detail);
        Assert.Equal((1, "s", " "), (blank.Index, blank.ItemId, blank.Field));

        var twice = Assert.Throws<InvalidInputException>("achievements", () => new ProposedSolution("s", 1, [new("a", 1), new("b", 1), new("a", 0.5)], 0, 0));
        Assert.Equal("Solution 's' gives the achievement of goal 'a' more than once.", twice.Detail);
        Assert.Equal((2, "s", "a"), (twice.Index, twice.ItemId, twice.Field));

        var outOfRange = Assert.Throws<InvalidInputException>("achievements", () => new ProposedSolution("s", 1, [new("a", 1), new("b", 2)], 0, 0));
        Assert.Equal("Solution 's' achievement of goal 'b' must be a finite number in [0, 1], but is 2.", outOfRange.Detail);
        Assert.Equal((1, "s", "b"), (outOfRange.Index, outOfRange.ItemId, outOfRange.Field));
    }

    [Fact]
    public void Constructor_BadNumber_MessageNamesTheSolution()
    {
        var price = Assert.Throws<InvalidInputException>("price", () => new ProposedSolution("s", -1, [], 0, 0));
        Assert.Equal(("Solution 's' price must be a finite number >= 0, but is -1.", "s"), (price.Detail, price.ItemId));
        var effort = Assert.Throws<InvalidInputException>("effort", () => new ProposedSolution("s", 1, [], 1.5, 0));
        Assert.Equal(("Solution 's' effort must be a finite number in [0, 1], but is 1.5.", "s"), (effort.Detail, effort.ItemId));
        var enjoyment = Assert.Throws<InvalidInputException>("enjoyment", () => new ProposedSolution("s", 1, [], 0, -1));
        Assert.Equal(("Solution 's' enjoyment must be a finite number in [0, 1], but is -1.", "s"), (enjoyment.Detail, enjoyment.ItemId));
        Assert.Equal("A solution needs an id (or name) that is not empty or white space, but is ''.", Assert.Throws<InvalidInputException>("id", () => new ProposedSolution(string.Empty, 1, [], 0, 0)).Detail);
        Assert.Throws<ArgumentNullException>("achievements", () => new ProposedSolution("s", 1, null!, 0, 0));
    }

    [Fact]
    public void Constructor_LazyAchievements_AreKeptAndToStringSaysThem()
    {
        // A lazy sequence (no count known up front) is read exactly as a list is.
        var solution = new ProposedSolution("s", 12.5, Enumerable.Range(0, 3).Select(i => new KeyValuePair<string, double>($"g{i}", i / 4.0)), 0.25, 0.75);
        Assert.Equal(("s", "s", 12.5, 0.25, 0.75), (solution.Id, solution.Name, solution.Price, solution.Effort, solution.Enjoyment));
        Assert.Equal([0.0, 0.25, 0.5], [solution.GetAchievement("g0"), solution.GetAchievement("g1"), solution.GetAchievement("g2")]);
        Assert.Equal(0.0, solution.GetAchievement("other"));
        Assert.Equal(3, solution.Achievements.Count);
        Assert.Equal("s (s, price 12.5)", solution.ToString());
        Assert.Equal("named", new ProposedSolution("s", 1, [], 0, 0, "named").Name);
        Assert.Throws<ArgumentNullException>("goalId", () => solution.GetAchievement(null!));
    }
}
