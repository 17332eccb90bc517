namespace SolutionFit.Tests.Mutation;

/// <summary>
/// The domain types' exact messages, located items and texts (goals, customers, price thresholds and ranges, solutions,
/// coaching steps and reports, scores, ranked solutions, compiled customers, the scoring policy), pinned because the other
/// tests check only the exception's type and parameter.
/// </summary>
public sealed class DomainMutationTests
{
    [Fact]
    public void CustomerGoal_BadInput_NamesTheGoal()
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
    public void CustomerGoal_KeepsWhatItIsGiven_AndSaysIt()
    {
        var goal = new CustomerGoal("g", 0.25, GoalKind.Delighter, 0.75, "why");
        Assert.Equal(("g", 0.25, GoalKind.Delighter, 0.75, "why"), (goal.Id, goal.Importance, goal.Kind, goal.CurrentSatisfaction, goal.Description));
        Assert.Equal("g (Delighter, importance 0.25, served 0.75)", goal.ToString());
        Assert.Null(new CustomerGoal("h", 1).Description);
    }

    [Fact]
    public void CustomerProfile_BadInput_NamesTheGoal()
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
    public void CustomerProfile_Text_SaysGoalsAndThresholds()
    {
        Assert.Equal("c (2 goal(s))", new CustomerProfile("c", [new("a", 1), new("b", 1)]).ToString());
        Assert.Equal("c (1 goal(s), with price thresholds)", new CustomerProfile("c", [new("a", 1)], new PriceThresholds(1, 2, 3, 4)).ToString());
    }

    [Fact]
    public void PriceThresholds_BadInput_SaysWhichPairIsOutOfOrder()
    {
        Assert.Equal(
            "Price thresholds must be strictly increasing, but the cheap price 1 is not above the too-cheap price 1.",
            Assert.Throws<InvalidInputException>("cheap", () => new PriceThresholds(1, 1, 3, 4)).Detail);
        Assert.Equal(
            "Price thresholds must be strictly increasing, but the expensive price 2 is not above the cheap price 2.5.",
            Assert.Throws<InvalidInputException>("expensive", () => new PriceThresholds(1, 2.5, 2, 4)).Detail);
        Assert.Equal(
            "Price thresholds must be strictly increasing, but the too-expensive price 3 is not above the expensive price 3.",
            Assert.Throws<InvalidInputException>("tooExpensive", () => new PriceThresholds(1, 2, 3, 3)).Detail);
        Assert.Equal("The too-cheap price must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("tooCheap", () => new PriceThresholds(-1, 2, 3, 4)).Detail);
        Assert.Equal("The cheap price must be a finite number >= 0, but is NaN.", Assert.Throws<InvalidInputException>("cheap", () => new PriceThresholds(1, double.NaN, 3, 4)).Detail);
        Assert.Equal("The expensive price must be a finite number >= 0, but is Infinity.", Assert.Throws<InvalidInputException>("expensive", () => new PriceThresholds(1, 2, double.PositiveInfinity, 4)).Detail);
        Assert.Equal("The too-expensive price must be a finite number >= 0, but is -2.", Assert.Throws<InvalidInputException>("tooExpensive", () => new PriceThresholds(1, 2, 3, -2)).Detail);
    }

    [Fact]
    public void PriceThresholds_KeepTheirOrder_AndSayIt()
    {
        var thresholds = new PriceThresholds(0, 2, 3, 4);
        Assert.Equal((0.0, 2.0, 3.0, 4.0), (thresholds.TooCheap, thresholds.Cheap, thresholds.Expensive, thresholds.TooExpensive));
        Assert.Equal("too cheap < 0 <= bargain < 2 <= fair < 3 <= grumble < 4 <= too expensive", thresholds.ToString());
    }

    [Fact]
    public void PriceRange_Bounds_MessagesAndText()
    {
        Assert.Equal("A price range's upper bound 1 is below its lower bound 2.", Assert.Throws<InvalidInputException>("upper", () => new PriceRange(2, 1)).Detail);
        Assert.Equal("The lower bound of a price range must be a finite number >= 0, but is -1.", Assert.Throws<InvalidInputException>("lower", () => new PriceRange(-1, 1)).Detail);
        Assert.Equal("The upper bound of a price range must be a finite number >= 0, but is NaN.", Assert.Throws<InvalidInputException>("upper", () => new PriceRange(0, double.NaN)).Detail);

        var range = new PriceRange(2, 5);
        Assert.Equal((2.0, 5.0), (range.Lower, range.Upper));
        Assert.Equal("[2, 5)", range.ToString());
        Assert.False(range.IsEmpty);
        Assert.True(new PriceRange(3, 3).IsEmpty);
        Assert.True(range.Contains(2));
        Assert.False(range.Contains(5));
        Assert.False(range.Contains(1.999));
        Assert.True(range.Contains(4.999));
    }

    [Fact]
    public void ProposedSolution_BadAchievements_NameTheGoalAndIndex()
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
    public void ProposedSolution_BadNumbers_NameTheSolution()
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
    public void ProposedSolution_KeepsWhatItIsGiven_AndSaysIt()
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

    [Fact]
    public void Alternatives_WithOneIdTwice_NameTheSecond()
    {
        var solutions = new[] { Solution("a"), Solution("b"), Solution("a") };
        var twice = Assert.Throws<InvalidInputException>("solutions", () => new SolutionFitScorer().Rank(Customer(), solutions));
        Assert.Equal("More than one solution in solutions has id 'a'; ids must be unique.", twice.Detail);
        Assert.Equal((2, "a"), (twice.Index, twice.ItemId));
    }

    [Fact]
    public void CoachingTexts_SayTheStepAndTheNextOne()
    {
        var coach = new SolutionCoach(new SolutionFitScorer());
        var customer = new CustomerProfile("c", [new("a", 1), new("b", 0.5)]);
        var report = coach.Coach(customer, new ProposedSolution("s", 10, [new("a", 0.5), new("b", 1)], 0, 0));
        Assert.StartsWith("s for c: overall ", report.ToString(), StringComparison.Ordinal);
        Assert.EndsWith($"; next: {report.Steps[0]}", report.ToString(), StringComparison.Ordinal);
        Assert.Equal($"achieve goal 'a' fully: +{Guard.Format(report.Steps[0].Gain)}", report.Steps[0].ToString());

        var perfect = coach.Coach(customer, new ProposedSolution("s", 0, [new("a", 1), new("b", 1)], 0, 1));
        Assert.Empty(perfect.Steps);
        Assert.EndsWith("; no step raises it", perfect.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreTexts_SayEveryPart()
    {
        var customer = new CustomerProfile("c", [new("a", 1, GoalKind.MustHave)], new PriceThresholds(1, 2, 3, 4));
        var score = new SolutionFitScorer().Score(customer, new ProposedSolution("s", 2.5, [new("a", 0.5)], 0, 0));
        Assert.Equal(
            $"s for c: overall {Guard.Format(score.Overall)} (goal fit {Guard.Format(score.GoalFit)}, value {Guard.Format(score.Value)}, {score.Reaction!.Value})",
            score.ToString());
        Assert.Equal(
            $"a (MustHave): weight {Guard.Format(score.Goals[0].Weight)}, achieved 0.5, overall if fully achieved {Guard.Format(score.Goals[0].OverallIfFullyAchieved)}",
            score.Goals[0].ToString());
        var noReaction = new SolutionFitScorer().Score(new CustomerProfile("c", [new("a", 1)]), new ProposedSolution("s", 2.5, [new("a", 0.5)], 0, 0));
        Assert.EndsWith($"value {Guard.Format(noReaction.Value)})", noReaction.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ScoringPolicy_BadWeights_AndItsText()
    {
        Assert.Equal("The effort weight must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("EffortWeight", () => new ScoringPolicy { EffortWeight = 2 }).Detail);
        Assert.Equal("The experience weight must be a finite number in [0, 1], but is -1.", Assert.Throws<InvalidInputException>("ExperienceWeight", () => new ScoringPolicy { ExperienceWeight = -1 }).Detail);
        Assert.Equal("The happiness at a price of 0 must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>("HappinessAtZeroPrice", () => new ScoringPolicy { HappinessAtZeroPrice = 2 }).Detail);
        Assert.Equal("The happiness at the expensive threshold must be a finite number in [0, 1], but is NaN.", Assert.Throws<InvalidInputException>("HappinessAtExpensive", () => new ScoringPolicy { HappinessAtExpensive = double.NaN }).Detail);
        Assert.Equal(
            "opportunity weighting on, effort weight 0.5, experience weight 0.25, happiness 0.5 at price 0 and 0.75 at the expensive threshold",
            ScoringPolicy.Default.ToString());
        Assert.StartsWith("opportunity weighting off, effort weight 0.125,", new ScoringPolicy { OpportunityWeighting = false, EffortWeight = 0.125 }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RankedSolution_Public_Constructor_GuardsAndText()
    {
        var solution = Solution("s");
        Assert.Throws<ArgumentNullException>("solution", () => new RankedSolution(null!, 0, 0.5, null));
        Assert.Throws<ArgumentOutOfRangeException>("index", () => new RankedSolution(solution, -1, 0.5, null));
        var reaction = Assert.Throws<ArgumentOutOfRangeException>("reaction", () => new RankedSolution(solution, 0, 0.5, (PriceReaction)9));
        Assert.StartsWith("The reaction must be a defined PriceReaction.", reaction.Message, StringComparison.Ordinal);
        Assert.Equal(9, reaction.ActualValue);
        Assert.Equal("The overall score must be a finite number in [0, 1], but is 1.5.", Assert.Throws<InvalidInputException>("overall", () => new RankedSolution(solution, 0, 1.5, null)).Detail);

        var ranked = new RankedSolution(solution, 3, 0.25, PriceReaction.TooCheap);
        Assert.Equal((3, 0.25, (PriceReaction?)PriceReaction.TooCheap), (ranked.Index, ranked.Overall, ranked.Reaction));
        Assert.Equal("s: overall 0.25, TooCheap", ranked.ToString());
        Assert.Null(new RankedSolution(solution, 0, 0.5, null).Reaction);
        Assert.Equal("s: overall 0.5", new RankedSolution(solution, 0, 0.5, null).ToString());
        Assert.Equal("(none)", default(RankedSolution).ToString());
    }

    [Fact]
    public void MergeTop_BadShards_NameTheShard()
    {
        RankedSolution Place(string id, double overall) => new(Solution(id), 0, overall, null);

        var nullShard = Assert.Throws<InvalidInputException>("shards", () => RankedSolution.MergeTop([[Place("a", 1)], null!], 1));
        Assert.Equal(("A shard's ranking is null.", 1), (nullShard.Detail, nullShard.Index));
        var empty = Assert.Throws<InvalidInputException>("shards", () => RankedSolution.MergeTop([[], [Place("a", 1), default]], 1));
        Assert.Equal(("A place has no solution (a default RankedSolution).", 1), (empty.Detail, empty.Index));
        var twice = Assert.Throws<InvalidInputException>("shards", () => RankedSolution.MergeTop([[Place("a", 1)], [Place("b", 1)], [Place("a", 0.5)]], 1));
        Assert.Equal(("The solution 'a' is ranked twice: every solution belongs to one shard.", 2, "a"), (twice.Detail, twice.Index, twice.ItemId));
        Assert.Throws<ArgumentNullException>("shards", () => RankedSolution.MergeTop(null!, 1));
        Assert.Throws<ArgumentOutOfRangeException>("top", () => RankedSolution.MergeTop([], 0));

        // Best first; ties by ordinal id; only the top.
        var merged = RankedSolution.MergeTop([[Place("b", 0.5), Place("d", 0.25)], [Place("a", 0.5), Place("c", 0.75)]], 3);
        Assert.Equal(["c", "a", "b"], merged.Select(p => p.Solution.Id));
    }

    [Fact]
    public void CompiledCustomer_BadSpans_SayTheirLengths()
    {
        var catalog = new SolutionCatalog([Solution("a"), Solution("b")]);
        var compiled = catalog.Compile(Customer());
        var shortOverall = Assert.Throws<ArgumentException>("overall", () => compiled.Score(new double[1]));
        Assert.StartsWith("overall holds 1 items, but the catalog has 2 solutions.", shortOverall.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("overall", () => compiled.Score(new double[1], new PriceReaction[2]));
        Assert.StartsWith(
            "reactions holds 1 items, but the catalog has 2 solutions.",
            Assert.Throws<ArgumentException>("reactions", () => compiled.Score(new double[2], new PriceReaction[1])).Message,
            StringComparison.Ordinal);
        Assert.Equal(
            "Customer 'c' gave no price thresholds, so there are no reactions to predict.",
            Assert.Throws<InvalidOperationException>(() => compiled.Score(new double[2], new PriceReaction[2])).Message);
        Assert.Equal($"c against {catalog}", compiled.ToString());

        // Longer spans are fine: only the first Count items are written.
        var overall = new double[3];
        overall[2] = -1;
        compiled.Score(overall);
        Assert.Equal(-1, overall[2]);
    }

    private static CustomerProfile Customer() => new("c", [new("a", 1)]);

    private static ProposedSolution Solution(string id) => new(id, 1, [new("a", 0.5)], 0, 0);
}
