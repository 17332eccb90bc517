namespace SolutionFit.Tests;

/// <summary>Hand-computed examples, one per branch of the scoring model (README, "The scoring model"), and the checks of every entry point.</summary>
public sealed class SolutionFitScorerTests
{
    private const double Tolerance = 1e-12;
    private static readonly PriceThresholds Acme = new(50, 80, 150, 220);
    private static readonly SolutionFitScorer Scorer = new();

    private static readonly CustomerProfile GuardCustomer = new("c", [new CustomerGoal("g", 1)]);
    private static readonly ProposedSolution GuardSolution = new("s", 1, [KeyValuePair.Create("g", 1.0)], 0, 0);

    [Fact]
    public void Score_PerformanceGoals_WeighsByOpportunity()
    {
        // w1 = 0.8 + (0.8 - 0.2) = 1.4; w2 = 0.5 + max(0.5 - 0.9, 0) = 0.5.
        var customer = new CustomerProfile("c", [new CustomerGoal("g1", 0.8, currentSatisfaction: 0.2), new CustomerGoal("g2", 0.5, currentSatisfaction: 0.9)]);
        var score = Scorer.Score(customer, Solution(100, effort: 0.2, enjoyment: 0.6, ("g1", 0.5), ("g2", 1.0)));

        // G = (1.4·0.5 + 0.5·1) / (1.4 + 0.5) = 1.2 / 1.9; X = 0.5·0.8 + 0.5·0.6 = 0.7; V = G·(0.75 + 0.25·0.7) = G·0.925.
        Assert.Equal(1.0, score.MustHaveGate);
        Assert.Equal(1.2 / 1.9, score.GoalFit, Tolerance);
        Assert.Equal(0.7, score.Experience, Tolerance);
        Assert.Equal(1.2 / 1.9 * 0.925, score.Value, Tolerance);
        Assert.Equal(100 / (1.2 / 1.9 * 0.925), score.EffectivePrice, 1e-9);
        Assert.Null(score.Reaction);
        Assert.Null(score.PriceHappiness);
        Assert.Equal(score.Value, score.Overall);
        Assert.Equal([1.4, 0.5], score.Goals.Select(g => Math.Round(g.Weight, 12)));
        Assert.Equal([0.5, 1.0], score.Goals.Select(g => g.Achievement));
    }

    [Fact]
    public void Score_OpportunityWeightingOff_WeighsByImportance()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("g1", 0.8, currentSatisfaction: 0.2), new CustomerGoal("g2", 0.5, currentSatisfaction: 0.9)]);
        var scorer = new SolutionFitScorer(new ScoringPolicy { OpportunityWeighting = false });

        var score = scorer.Score(customer, Solution(100, 0.2, 0.6, ("g1", 0.5), ("g2", 1.0)));

        // G = (0.8·0.5 + 0.5·1) / 1.3 = 0.9 / 1.3.
        Assert.Equal(0.9 / 1.3, score.GoalFit, Tolerance);
        Assert.Equal([0.8, 0.5], score.Goals.Select(g => g.Weight));
    }

    [Fact]
    public void Score_MustHaves_GateByWeightedGeometricMean()
    {
        // Must-haves: w = 1 (I 1, s 1) and w = 1 (I 0.5, s 0): M = 0.81^(1/2) · 0.25^(1/2) = 0.9 · 0.5 = 0.45.
        // Performance: w = 0.6 (I 0.6, s 0.6), a = 0.5: ratio 0.5. G = 0.225.
        var customer = new CustomerProfile("c", [
            new CustomerGoal("m1", 1.0, GoalKind.MustHave, 1.0),
            new CustomerGoal("m2", 0.5, GoalKind.MustHave, 0.0),
            new CustomerGoal("p", 0.6, GoalKind.Performance, 0.6),
        ]);

        var score = Scorer.Score(customer, Solution(10, 0, 1, ("m1", 0.81), ("m2", 0.25), ("p", 0.5)));

        Assert.Equal(0.45, score.MustHaveGate, Tolerance);
        Assert.Equal(0.225, score.GoalFit, Tolerance);
        Assert.Equal(1.0, score.Experience);
        Assert.Equal(0.225, score.Value, Tolerance);
    }

    [Fact]
    public void Score_OnlyMustHaves_FitIsTheGate()
    {
        // No performance goal and no delighter: the ratio is 0/0, taken as 1.
        var customer = new CustomerProfile("c", [new CustomerGoal("m", 0.5, GoalKind.MustHave, 0.5)]);

        var score = Scorer.Score(customer, Solution(10, 0, 1, ("m", 0.64)));

        Assert.Equal(0.64, score.GoalFit, Tolerance);
    }

    [Fact]
    public void Score_UnmetMustHave_GivesZeroAndTooExpensive()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("m", 0.9, GoalKind.MustHave), new CustomerGoal("p", 1.0)], Acme);

        var score = Scorer.Score(customer, Solution(100, 0, 1, ("p", 1.0)));

        Assert.Equal(0.0, score.MustHaveGate);
        Assert.Equal(0.0, score.GoalFit);
        Assert.Equal(0.0, score.Value);
        Assert.Equal(double.PositiveInfinity, score.EffectivePrice);
        Assert.Equal(PriceReaction.TooExpensive, score.Reaction);
        Assert.Equal(0.0, score.PriceHappiness);
        Assert.Equal(0.0, score.Overall);
    }

    [Fact]
    public void Score_MustHaveOfZeroImportance_DoesNotGate()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("m", 0.0, GoalKind.MustHave), new CustomerGoal("p", 1.0)]);

        var score = Scorer.Score(customer, Solution(100, 0, 1, ("p", 0.5)));

        Assert.Equal(1.0, score.MustHaveGate);
        Assert.Equal(0.5, score.GoalFit, Tolerance);
    }

    [Fact]
    public void Score_Delighter_LiftsAndNeverHurts()
    {
        // Performance w = 1 (I 0.5, s 0), a = 0.5; delighter w = 2 (I 1, s 0).
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 0.5), new CustomerGoal("d", 1.0, GoalKind.Delighter)]);

        var lifted = Scorer.Score(customer, Solution(10, 0, 1, ("p", 0.5), ("d", 0.5)));
        var unmet = Scorer.Score(customer, Solution(10, 0, 1, ("p", 0.5)));

        // G = (1·0.5 + 2·0.5) / (1 + 2·0.5) = 0.75; unmet: 0.5 / 1 = 0.5, as without the delighter.
        Assert.Equal(0.75, lifted.GoalFit, Tolerance);
        Assert.Equal(0.5, unmet.GoalFit, Tolerance);
    }

    [Fact]
    public void Score_OnlyDelighters_FitIsOne()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("d", 1.0, GoalKind.Delighter)]);

        Assert.Equal(1.0, Scorer.Score(customer, Solution(10, 0, 1)).GoalFit);
        Assert.Equal(1.0, Scorer.Score(customer, Solution(10, 0, 1, ("d", 0.3))).GoalFit);
    }

    [Fact]
    public void Score_AllKindsMixed_CombinesGateAndRatio()
    {
        // Must-have w = 1 (I 0.5, s 0), a = 0.49: M = 0.49. Performance w = 1.2 (I 0.6, s 0), a = 0.5.
        // Delighter w = 0.4 (I 0.4, s 0.5), a = 1. G = 0.49 · (0.6 + 0.4) / (1.2 + 0.4) = 0.49 · 0.625.
        var customer = new CustomerProfile("c", [
            new CustomerGoal("m", 0.5, GoalKind.MustHave),
            new CustomerGoal("p", 0.6),
            new CustomerGoal("d", 0.4, GoalKind.Delighter, 0.5),
        ]);

        var score = Scorer.Score(customer, Solution(10, 0.5, 0.5, ("m", 0.49), ("p", 0.5), ("d", 1.0)));

        Assert.Equal(0.49 * 0.625, score.GoalFit, Tolerance);
        // X = 0.5·0.5 + 0.5·0.5 = 0.5; V = G·(0.75 + 0.125).
        Assert.Equal(0.49 * 0.625 * 0.875, score.Value, Tolerance);
    }

    [Fact]
    public void Score_ExperienceOptions_WeighEffortAndEnjoyment()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)]);
        var solution = Solution(10, effort: 0.4, enjoyment: 0.2, ("p", 0.8));

        var effortOnly = new SolutionFitScorer(new ScoringPolicy { EffortWeight = 1.0, ExperienceWeight = 0.5 }).Score(customer, solution);
        var enjoymentOnly = new SolutionFitScorer(new ScoringPolicy { EffortWeight = 0.0, ExperienceWeight = 1.0 }).Score(customer, solution);
        var noExperience = new SolutionFitScorer(new ScoringPolicy { ExperienceWeight = 0.0 }).Score(customer, solution);

        Assert.Equal(0.6, effortOnly.Experience, Tolerance);
        Assert.Equal(0.8 * (0.5 + (0.5 * 0.6)), effortOnly.Value, Tolerance);
        Assert.Equal(0.2, enjoymentOnly.Experience, Tolerance);
        Assert.Equal(0.8 * 0.2, enjoymentOnly.Value, Tolerance);
        Assert.Equal(0.8, noExperience.Value, Tolerance);
    }

    public static TheoryData<double, PriceReaction, double> ReactionCases => new()
    {
        // V = 1, thresholds 50 / 80 / 150 / 220: every interval and both ends of it.
        { 0, PriceReaction.TooCheap, 0.5 },
        { 25, PriceReaction.TooCheap, 0.75 },
        { 49.5, PriceReaction.TooCheap, 0.995 },
        { 50, PriceReaction.Bargain, 1.0 },
        { 79.99, PriceReaction.Bargain, 1.0 },
        { 80, PriceReaction.Fair, 1.0 },
        { 115, PriceReaction.Fair, 0.875 },
        { 149, PriceReaction.Fair, 1 - (0.25 * 69 / 70) },
        { 150, PriceReaction.Grumble, 0.75 },
        { 185, PriceReaction.Grumble, 0.375 },
        { 219, PriceReaction.Grumble, 0.75 / 70 },
        { 220, PriceReaction.TooExpensive, 0.0 },
        { 1000, PriceReaction.TooExpensive, 0.0 },
    };

    [Theory]
    [MemberData(nameof(ReactionCases))]
    public void Score_FullValue_ReactionAndHappinessFollowTheThresholds(double price, PriceReaction reaction, double happiness)
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)], Acme);

        var score = Scorer.Score(customer, Solution(price, 0, 1, ("p", 1.0)));

        Assert.Equal(1.0, score.Value);
        Assert.Equal(price, score.EffectivePrice);
        Assert.Equal(reaction, score.Reaction);
        Assert.Equal(happiness, score.PriceHappiness!.Value, Tolerance);
        Assert.Equal(happiness, score.Overall, Tolerance);
    }

    [Theory]
    [InlineData(24.99, PriceReaction.TooCheap)]
    [InlineData(25, PriceReaction.Bargain)]
    [InlineData(40, PriceReaction.Fair)]
    [InlineData(75, PriceReaction.Grumble)]
    [InlineData(110, PriceReaction.TooExpensive)]
    public void Score_HalfValue_JudgesTheEffectivePrice(double price, PriceReaction reaction)
    {
        // V = 0.5, so the effective price is twice the price: the thresholds act at 25 / 40 / 75 / 110.
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)], Acme);

        var score = Scorer.Score(customer, Solution(price, 0, 1, ("p", 0.5)));

        Assert.Equal(0.5, score.Value);
        Assert.Equal(2 * price, score.EffectivePrice);
        Assert.Equal(reaction, score.Reaction);
    }

    [Fact]
    public void Score_HalfValueFair_OverallIsValueTimesHappiness()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)], Acme);

        // q = 57.5 / 0.5 = 115: Fair, H = 0.875; overall = 0.5 · 0.875.
        var score = Scorer.Score(customer, Solution(57.5, 0, 1, ("p", 0.5)));

        Assert.Equal(0.875, score.PriceHappiness!.Value, Tolerance);
        Assert.Equal(0.4375, score.Overall, Tolerance);
    }

    [Fact]
    public void Score_HappinessHeights_AreOptions()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)], Acme);
        var scorer = new SolutionFitScorer(new ScoringPolicy { HappinessAtZeroPrice = 0.2, HappinessAtExpensive = 0.4 });

        Assert.Equal(0.2, scorer.Score(customer, Solution(0, 0, 1, ("p", 1.0))).PriceHappiness!.Value, Tolerance);
        Assert.Equal(0.6, scorer.Score(customer, Solution(25, 0, 1, ("p", 1.0))).PriceHappiness!.Value, Tolerance);
        Assert.Equal(0.7, scorer.Score(customer, Solution(115, 0, 1, ("p", 1.0))).PriceHappiness!.Value, Tolerance);
        Assert.Equal(0.4, scorer.Score(customer, Solution(150, 0, 1, ("p", 1.0))).PriceHappiness!.Value, Tolerance);
        Assert.Equal(0.2, scorer.Score(customer, Solution(185, 0, 1, ("p", 1.0))).PriceHappiness!.Value, Tolerance);
    }

    [Fact]
    public void Score_TooCheapThresholdZero_FreeIsABargain()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)], new PriceThresholds(0, 10, 20, 30));

        var score = Scorer.Score(customer, Solution(0, 0, 1, ("p", 0.5)));

        Assert.Equal(PriceReaction.Bargain, score.Reaction);
        Assert.Equal(0.5, score.Overall);
    }

    [Fact]
    public void Score_ZeroValueAndZeroPrice_IsTooExpensiveNotNaN()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)], Acme);

        var score = Scorer.Score(customer, Solution(0, 0, 1));

        Assert.Equal(0.0, score.Value);
        Assert.Equal(double.PositiveInfinity, score.EffectivePrice);
        Assert.Equal(PriceReaction.TooExpensive, score.Reaction);
        Assert.Equal(0.0, score.Overall);
    }

    [Fact]
    public void Score_ZeroValueWithoutThresholds_HasNoReaction()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)]);

        var score = Scorer.Score(customer, Solution(10, 0, 1));

        Assert.Equal(double.PositiveInfinity, score.EffectivePrice);
        Assert.Null(score.Reaction);
        Assert.Equal(0.0, score.Overall);
    }

    [Fact]
    public void Score_Breakdown_GivesOverallIfEachGoalWereFullyAchieved()
    {
        // Performance w = 1 each; V = G (X = 1); thresholds make the reaction move with V.
        var customer = new CustomerProfile("c", [new CustomerGoal("a", 0.5), new CustomerGoal("b", 0.5), new CustomerGoal("m", 0.5, GoalKind.MustHave)], Acme);
        var score = Scorer.Score(customer, Solution(60, 0, 1, ("a", 0.5), ("b", 1.0), ("m", 0.64)));

        // Now: G = 0.64 · 0.75 = 0.48, q = 125 (Fair, H = 1 - 0.25·45/70). If a = 1: G = 0.64, q = 93.75.
        // If m = 1: G = 0.75, q = 80 exactly: Fair at its start, H = 1.
        Assert.Equal(0.48, score.Value, Tolerance);
        Assert.Equal(0.48 * (1 - (0.25 * 45 / 70)), score.Overall, Tolerance);
        Assert.Equal(0.64 * (1 - (0.25 * 13.75 / 70)), score.Goals[0].OverallIfFullyAchieved, Tolerance);
        Assert.Equal(score.Overall, score.Goals[1].OverallIfFullyAchieved);
        Assert.Equal(0.75, score.Goals[2].OverallIfFullyAchieved, Tolerance);
        Assert.Equal([GoalKind.Performance, GoalKind.Performance, GoalKind.MustHave], score.Goals.Select(g => g.Kind));
    }

    [Fact]
    public void Score_AchievementsOfOtherGoals_AreIgnored()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)]);

        var with = Scorer.Score(customer, Solution(10, 0, 1, ("p", 0.5), ("elsewhere", 1.0)));
        var without = Scorer.Score(customer, Solution(10, 0, 1, ("p", 0.5)));

        Assert.Equal(without.Overall, with.Overall);
        Assert.Single(with.Goals);
    }

    [Fact]
    public void Rank_OrdersByOverallThenId()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)]);
        ProposedSolution[] catalog =
        [
            new("b", 10, [KeyValuePair.Create("p", 0.5)], 0, 1),
            new("c", 10, [KeyValuePair.Create("p", 0.9)], 0, 1),
            new("a", 10, [KeyValuePair.Create("p", 0.5)], 0, 1),
            new("B", 10, [KeyValuePair.Create("p", 0.1)], 0, 1),
        ];

        var ranked = Scorer.Rank(customer, catalog);

        Assert.Equal(["c", "a", "b", "B"], ranked.Select(s => s.SolutionId));
    }

    /// <summary>
    /// More equal overalls than a bucket sorts by insertion, with ids that share prefixes, end in U+0000, differ past the
    /// eighth code unit, and (second set) reach past U+00FF.
    /// </summary>
    [Theory]
    [InlineData("a|a\0|a\0b|ab|abc|abcdefgh|abcdefgh\0|abcdefghi|abcdefghj|abcD|B|b|\u00ff|\u00ff\u00ff|z|zz|0|a b|aa|abcdefg|c|cc|d|dd")]
    [InlineData("a|a\0|a\0b|ab|abc|abcd|abcd\0|abcde|abcdf|abcD|B|b|\u00ff|\uffff|\uffff\uffff|z|zz|0|a b|aa")]
    public void Rank_ManyEqualOveralls_OrdersByOrdinalId(string joined)
    {
        var ids = joined.Split('|');
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)]);
        var solutions = ids.Reverse().Select(id => new ProposedSolution(id, 10, [KeyValuePair.Create("p", id.Length % 3 == 0 ? 0.5 : 0.0)], 0, 1)).ToArray();

        var ranked = Scorer.Rank(customer, solutions);

        var half = ids.Where(id => id.Length % 3 == 0).Order(StringComparer.Ordinal);
        var none = ids.Where(id => id.Length % 3 != 0).Order(StringComparer.Ordinal);
        Assert.Equal(half.Concat(none), ranked.Select(s => s.SolutionId));
    }

    [Fact]
    public void Rank_CompiledCatalog_OrdersByOverallThenIdWithIndexesAndReactions()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)], new PriceThresholds(5, 10, 20, 30));
        ProposedSolution[] solutions =
        [
            new("b", 10, [KeyValuePair.Create("p", 0.5)], 0, 1),
            new("c", 10, [KeyValuePair.Create("p", 0.9)], 0, 1),
            new("a", 10, [KeyValuePair.Create("p", 0.5)], 0, 1),
            new("B", 10, [KeyValuePair.Create("p", 0.1)], 0, 1),
        ];

        var ranked = Scorer.Rank(new SolutionCatalog(solutions).Compile(customer));

        Assert.Equal(["c", "a", "b", "B"], ranked.Select(r => r.Solution.Id));
        Assert.Equal([1, 2, 0, 3], ranked.Select(r => r.Index));
        Assert.Equal(Scorer.Rank(customer, solutions).Select(s => (s.Overall, s.Reaction)), ranked.Select(r => (r.Overall, r.Reaction)));
    }

    [Fact]
    public void Rank_CompiledCatalogWithoutThresholds_HasNoReactions()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("p", 1.0)]);

        var ranked = Scorer.Rank(new SolutionCatalog([new ProposedSolution("s", 10, [KeyValuePair.Create("p", 0.5)], 0, 1)]).Compile(customer));

        Assert.Null(Assert.Single(ranked).Reaction);
    }

    [Fact]
    public void Rank_EmptyCompiledCatalog_IsEmpty() =>
        Assert.Empty(Scorer.Rank(new SolutionCatalog([]).Compile(new CustomerProfile("c", [new CustomerGoal("p", 1.0)]))));

    [Fact]
    public void Rank_Empty_IsEmpty() =>
        Assert.Empty(Scorer.Rank(new CustomerProfile("c", [new CustomerGoal("p", 1.0)]), []));

    [Fact]
    public void Policy_IsTheOneGiven()
    {
        var policy = new ScoringPolicy { EffortWeight = 0.3 };

        Assert.Same(policy, new SolutionFitScorer(policy).Policy);
        Assert.Same(ScoringPolicy.Default, Scorer.Policy);
    }

    [Fact]
    public void Rank_OneIdTwice_MessageNamesTheSecond()
    {
        var solutions = new[] { OneGoalSolution("a"), OneGoalSolution("b"), OneGoalSolution("a") };
        var twice = Assert.Throws<InvalidInputException>("solutions", () => new SolutionFitScorer().Rank(OneGoalCustomer(), solutions));
        Assert.Equal("More than one solution in solutions has id 'a'; ids must be unique.", twice.Detail);
        Assert.Equal((2, "a"), (twice.Index, twice.ItemId));
    }

    [Fact]
    public void Constructor_NullPolicy_Throws() => Assert.Throws<ArgumentNullException>("policy", () => new SolutionFitScorer(null!));

    [Fact]
    public void Score_NullCustomer_Throws() => Assert.Throws<ArgumentNullException>("customer", () => Scorer.Score(null!, GuardSolution));

    [Fact]
    public void Score_NullSolution_Throws() => Assert.Throws<ArgumentNullException>("solution", () => Scorer.Score(GuardCustomer, null!));

    [Fact]
    public void Rank_NullCustomer_Throws() => Assert.Throws<ArgumentNullException>("customer", () => Scorer.Rank(null!, [GuardSolution]));

    [Fact]
    public void Rank_NullSolutions_Throws() => Assert.Throws<ArgumentNullException>("solutions", () => Scorer.Rank(GuardCustomer, null!));

    [Fact]
    public void Rank_NullItem_ThrowsNamingTheIndex()
    {
        var ex = Assert.Throws<InvalidInputException>("solutions", () => Scorer.Rank(GuardCustomer, [GuardSolution, null!]));
        Assert.Contains("solutions[1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_DuplicateIds_ThrowsNamingTheId()
    {
        var ex = Assert.Throws<InvalidInputException>("solutions", () => Scorer.Rank(GuardCustomer, [GuardSolution, new ProposedSolution("s", 2, [], 0, 0)]));
        Assert.Contains("'s'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_NullCompiledCustomer_Throws() => Assert.Throws<ArgumentNullException>("customer", () => Scorer.Rank(null!));

    [Fact]
    public void Rank_CatalogCompiledWithAnotherPolicy_ThrowsNamingBothPolicies()
    {
        var catalog = new SolutionCatalog([GuardSolution], new ScoringPolicy { ExperienceWeight = 0.5 });

        var ex = Assert.Throws<ArgumentException>("customer", () => Scorer.Rank(catalog.Compile(GuardCustomer)));

        Assert.Contains("experience weight 0.5", ex.Message, StringComparison.Ordinal);
        Assert.Contains("experience weight 0.25", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_DestinationShorterThanTheCatalog_Throws()
    {
        var catalog = new SolutionCatalog([GuardSolution, new ProposedSolution("t", 2, [], 0, 0)]);

        Assert.Throws<ArgumentException>("destination", () => Scorer.Rank(catalog.Compile(GuardCustomer), new RankedSolution[1]));
    }

    [Fact]
    public void Evaluate_NullArguments_NamesTheCustomerFirst()
    {
        Assert.Throws<ArgumentNullException>("customer", () => Scorer.Evaluate(null!, null!));
        Assert.Throws<ArgumentNullException>("solution", () => Scorer.Evaluate(GuardCustomer, null!));
    }

    [Fact]
    public void Rank_NullCustomerAndNoSolutions_Throws() =>
        Assert.Throws<ArgumentNullException>("customer", () => Scorer.Rank(null!, []));

    [Fact]
    public void Score_WeightlessUnmetMustHave_NeitherGatesNorCountsInEveryPath()
    {
        // The must-have m weighs 0 and is not achieved at all (the catalog's solution does not even mention it): it must not
        // close the gate, in the scorer, in its "if fully achieved" figures, in the coach, or in the compiled catalog.
        var customer = new CustomerProfile("c", [new("a", 1), new("m", 0, GoalKind.MustHave)]);
        var solution = new ProposedSolution("s", 1, [new("a", 0.5), new("m", 0)], 0, 0);
        var scorer = new SolutionFitScorer();

        var score = scorer.Score(customer, solution);
        Assert.Equal(1.0, score.MustHaveGate);
        Assert.True(score.Overall > 0);
        Assert.Equal(score.Overall, score.Goals.Single(g => g.GoalId == "m").OverallIfFullyAchieved);
        Assert.True(score.Goals.Single(g => g.GoalId == "a").OverallIfFullyAchieved > score.Overall);

        // With another must-have unmet, raising the weightless one fully still leaves the gate shut.
        var shut = scorer.Score(new CustomerProfile("c", [new("a", 1), new("m", 0, GoalKind.MustHave), new("n", 1, GoalKind.MustHave)]), solution);
        Assert.Equal((0.0, 0.0), (shut.Overall, shut.Goals.Single(g => g.GoalId == "m").OverallIfFullyAchieved));

        var catalog = new SolutionCatalog([new ProposedSolution("s", 1, [new("a", 0.5)], 0, 0)], scorer.Policy);
        var overall = new double[1];
        catalog.Compile(customer).Score(overall);
        Assert.Equal(score.Overall, overall[0], 12);
    }

    private static ProposedSolution Solution(double price, double effort, double enjoyment, params (string Goal, double Achievement)[] achievements) =>
        new("s", price, achievements.Select(a => KeyValuePair.Create(a.Goal, a.Achievement)), effort, enjoyment);

    private static CustomerProfile OneGoalCustomer() => new("c", [new("a", 1)]);

    private static ProposedSolution OneGoalSolution(string id) => new(id, 1, [new("a", 0.5)], 0, 0);
}
