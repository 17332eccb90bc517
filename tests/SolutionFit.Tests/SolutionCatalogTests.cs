namespace SolutionFit.Tests;

public sealed class SolutionCatalogTests
{
    private static readonly PriceThresholds Thresholds = new(10, 20, 40, 60);

    private static ProposedSolution Solution(string id, double price, params (string Goal, double Achievement)[] achievements) =>
        new(id, price, achievements.Select(a => KeyValuePair.Create(a.Goal, a.Achievement)), effort: 0.0, enjoyment: 1.0);

    private static CustomerProfile Customer(PriceThresholds? thresholds, params CustomerGoal[] goals) => new("c", goals, thresholds);

    [Fact]
    public void Constructor_NullSolutions_Throws() =>
        Assert.Throws<ArgumentNullException>("solutions", () => new SolutionCatalog(null!));

    [Fact]
    public void Constructor_NullSolution_ThrowsNamingTheIndex()
    {
        var error = Assert.Throws<InvalidInputException>("solutions", () => new SolutionCatalog([Solution("a", 1), null!]));
        Assert.Contains("solutions[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RepeatedId_ThrowsNamingTheId()
    {
        var error = Assert.Throws<InvalidInputException>("solutions", () => new SolutionCatalog([Solution("a", 1), Solution("a", 2)]));
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Policy_IsTheScorersPolicy()
    {
        var policy = new ScoringPolicy { ExperienceWeight = 0.5 };

        Assert.Same(policy, new SolutionCatalog([], policy).Scorer.Policy);
        Assert.Same(ScoringPolicy.Default, new SolutionCatalog([]).Scorer.Policy);
    }

    [Fact]
    public void Compile_NullCustomer_Throws() =>
        Assert.Throws<ArgumentNullException>("customer", () => new SolutionCatalog([]).Compile(null!));

    [Fact]
    public void Acceptability_BadArguments_ThrowNamingTheParameter()
    {
        var catalog = new SolutionCatalog([Solution("a", 1, ("g", 0.5))]);
        var customer = Customer(null, new CustomerGoal("g", 1));

        Assert.Throws<ArgumentNullException>("customer", () => catalog.Acceptability(null!, 0, 0.1, 10, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("customerIndex", () => catalog.Acceptability(customer, -1, 0.1, 10, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("samples", () => catalog.Acceptability(customer, 0, 0.1, 0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("top", () => catalog.Acceptability(customer, 0, 0.1, 10, 1, 0));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Acceptability_UncertaintyOutsideTheUnitInterval_ThrowsNamingIt(double uncertainty)
    {
        var catalog = new SolutionCatalog([Solution("a", 1, ("g", 0.5))]);

        var error = Assert.Throws<InvalidInputException>("uncertainty", () => catalog.Acceptability(Customer(null, new CustomerGoal("g", 1)), 0, uncertainty, 10, 1, 1));
        Assert.Contains("importance uncertainty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Acceptability_UncertaintyAtTheEdges_IsAccepted(double uncertainty)
    {
        var catalog = new SolutionCatalog([Solution("a", 1, ("g", 0.5)), Solution("b", 1, ("g", 0.4))]);

        var result = catalog.Acceptability(Customer(null, new CustomerGoal("g", 1)), 0, uncertainty, 10, ulong.MaxValue, 5);

        Assert.Equal(2, result.Top);
        Assert.Equal(uncertainty, result.Uncertainty);
        Assert.Equal(ulong.MaxValue, result.Seed);
    }

    [Fact]
    public void Score_ShortSpans_Throw()
    {
        var compiled = new SolutionCatalog([Solution("a", 1), Solution("b", 2)]).Compile(Customer(Thresholds, new CustomerGoal("g", 1)));

        Assert.Throws<ArgumentException>("overall", () => compiled.Score(new double[1]));
        Assert.Throws<ArgumentException>("reactions", () => compiled.Score(new double[2], new PriceReaction[1]));
    }

    [Fact]
    public void Score_ReactionsWithoutThresholds_Throws()
    {
        var compiled = new SolutionCatalog([Solution("a", 1)]).Compile(Customer(null, new CustomerGoal("g", 1)));

        var error = Assert.Throws<InvalidOperationException>(() => compiled.Score(new double[1], new PriceReaction[1]));
        Assert.Contains("'c'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_LongerSpan_WritesOnlyTheCatalog()
    {
        var compiled = new SolutionCatalog([Solution("a", 1, ("g", 0.5))]).Compile(Customer(null, new CustomerGoal("g", 1)));
        var overall = new[] { -1.0, -1.0 };

        compiled.Score(overall);

        Assert.Equal(0.5, overall[0]);
        Assert.Equal(-1.0, overall[1]);
    }

    [Fact]
    public void Score_GoalNoSolutionMentions_CountsAsNotAchieved()
    {
        // Performance goals "g" (weight 2: opportunity) and "absent" (weight 1); achievements 0.5 and 0.
        var customer = Customer(null, new CustomerGoal("g", 1), new CustomerGoal("absent", 0.5, GoalKind.Performance, currentSatisfaction: 0.5));
        var catalog = new SolutionCatalog([Solution("a", 1, ("g", 0.5), ("other", 1.0))]);
        var overall = new double[1];

        catalog.Compile(customer).Score(overall);

        Assert.Equal(1.0 / 2.5, overall[0], 15);
    }

    [Fact]
    public void Score_MustHaveNoSolutionMentions_ScoresZeroAndTooExpensive()
    {
        var customer = Customer(Thresholds, new CustomerGoal("g", 1), new CustomerGoal("absent", 0.5, GoalKind.MustHave));
        var catalog = new SolutionCatalog([Solution("a", 0, ("g", 1.0)), Solution("b", 5, ("g", 0.2))]);
        var (overall, reactions) = (new double[2], new PriceReaction[2]);

        catalog.Compile(customer).Score(overall, reactions);

        Assert.Equal([0.0, 0.0], overall);
        Assert.Equal([PriceReaction.TooExpensive, PriceReaction.TooExpensive], reactions);
    }

    [Fact]
    public void Score_EveryReaction_MatchesTheOnePairPath()
    {
        // V = 1 for a fully achieved goal with effortless, enjoyable use: the effective price is the price.
        var prices = new[] { 0.0, 5, 10, 15, 20, 30, 40, 50, 60, 70, 9.999 };
        var customer = Customer(Thresholds, new CustomerGoal("g", 1));
        var solutions = prices.Select((p, i) => Solution($"s{i}", p, ("g", 1.0))).ToArray();
        var catalog = new SolutionCatalog(solutions);
        var (overall, reactions) = (new double[prices.Length], new PriceReaction[prices.Length]);

        catalog.Compile(customer).Score(overall, reactions);

        var expected = solutions.Select(s => catalog.Scorer.Evaluate(customer, s)).ToArray();
        Assert.Equal(expected.Select(e => e.Overall), overall);
        Assert.Equal(expected.Select(e => e.Reaction!.Value), reactions);
        Assert.Equal(
            [PriceReaction.TooCheap, PriceReaction.TooCheap, PriceReaction.Bargain, PriceReaction.Bargain, PriceReaction.Fair, PriceReaction.Fair,
             PriceReaction.Grumble, PriceReaction.Grumble, PriceReaction.TooExpensive, PriceReaction.TooExpensive, PriceReaction.TooCheap],
            reactions);
    }

    [Fact]
    public void Top_TiesAreBrokenByIdNotPosition()
    {
        var customer = Customer(null, new CustomerGoal("g", 1));
        var catalog = new SolutionCatalog([Solution("b", 1, ("g", 0.5)), Solution("c", 1, ("g", 0.9)), Solution("a", 1, ("g", 0.5)), Solution("d", 1, ("g", 0.1))]);
        var best = new RankedSolution[3];

        var written = catalog.Compile(customer).Top(best);

        Assert.Equal(3, written);
        Assert.Equal(["c", "a", "b"], best.Select(r => r.Solution.Id));
        Assert.Equal([1, 2, 0], best.Select(r => r.Index));
        Assert.All(best, r => Assert.Null(r.Reaction));
    }

    [Fact]
    public void Top_MoreThanTheCatalog_WritesTheCatalog()
    {
        var catalog = new SolutionCatalog([Solution("a", 1, ("g", 0.5))]);
        var best = new RankedSolution[3];

        Assert.Equal(1, catalog.Compile(Customer(Thresholds, new CustomerGoal("g", 1))).Top(best));
        Assert.Equal("a", best[0].Solution.Id);
        Assert.Equal(PriceReaction.TooCheap, best[0].Reaction);
        Assert.Null(best[1].Solution);
        Assert.Equal("(none)", best[1].ToString());
    }

    [Fact]
    public void Top_EmptyCatalogOrBuffer_WritesNothing()
    {
        var customer = Customer(null, new CustomerGoal("g", 1));

        Assert.Equal(0, new SolutionCatalog([]).Compile(customer).Top(new RankedSolution[2]));
        Assert.Equal(0, new SolutionCatalog([Solution("a", 1)]).Compile(customer).Top([]));
        Assert.Equal(0, new SolutionCatalog([]).Top([customer], 5, Memory<RankedSolution>.Empty));
    }

    [Fact]
    public void Top_ManyCustomersBadArguments_ThrowNamingTheParameter()
    {
        var catalog = new SolutionCatalog([Solution("a", 1), Solution("b", 1)]);
        var customer = Customer(null, new CustomerGoal("g", 1));

        Assert.Throws<ArgumentNullException>("customers", () => catalog.Top(null!, 1, new RankedSolution[1]));
        Assert.Throws<ArgumentOutOfRangeException>("top", () => catalog.Top([customer], 0, new RankedSolution[1]));
        var nullItem = Assert.Throws<InvalidInputException>("customers", () => catalog.Top([customer, null!], 1, new RankedSolution[2]));
        Assert.Contains("customers[1]", nullItem.Message, StringComparison.Ordinal);
        var tooShort = Assert.Throws<ArgumentException>("destination", () => catalog.Top([customer, customer], 2, new RankedSolution[3]));
        Assert.Contains("need 4", tooShort.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_ManyCustomersCancelled_Throws()
    {
        var catalog = new SolutionCatalog([Solution("a", 1)]);
        var customer = Customer(null, new CustomerGoal("g", 1));

        Assert.ThrowsAny<OperationCanceledException>(() => catalog.Top([customer], 1, new RankedSolution[1], new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Top_ManyCustomers_KeepsEachCustomersBest()
    {
        var catalog = new SolutionCatalog([Solution("a", 1, ("x", 1.0), ("y", 0.2)), Solution("b", 1, ("x", 0.3), ("y", 0.9))]);
        CustomerProfile[] customers = [new("wants-x", [new CustomerGoal("x", 1)]), new("wants-y", [new CustomerGoal("y", 1)])];
        var destination = new RankedSolution[2];

        Assert.Equal(1, catalog.Top(customers, 1, destination));
        Assert.Equal(["a", "b"], destination.Select(r => r.Solution.Id));
    }

    [Fact]
    public void TopScores_NullCustomers_Throws() =>
        Assert.Throws<ArgumentNullException>("customers", () => new SolutionCatalog([]).TopScores(null!, 1));

    [Fact]
    public void TopScores_NullCustomer_ThrowsNamingTheIndexBeforeEnumeration()
    {
        var customer = Customer(null, new CustomerGoal("g", 1));

        var error = Assert.Throws<InvalidInputException>("customers", () => new SolutionCatalog([]).TopScores([customer, null!], 1));
        Assert.Contains("customers[1]", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Index);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void TopScores_TopBelowOne_Throws(int top) =>
        Assert.Throws<ArgumentOutOfRangeException>("top", () => new SolutionCatalog([]).TopScores([], top));

    [Fact]
    public void TopScores_Cancelled_ThrowsWhenEnumerated()
    {
        var catalog = new SolutionCatalog([Solution("a", 1)]);
        var rankings = catalog.TopScores([Customer(null, new CustomerGoal("g", 1))], 1, new CancellationToken(canceled: true));

        Assert.ThrowsAny<OperationCanceledException>(() => rankings.ToList());
    }

    [Fact]
    public void TopScores_EmptyCatalog_GivesAnEmptyListPerCustomer()
    {
        var customer = Customer(Thresholds, new CustomerGoal("g", 1));

        var rankings = new SolutionCatalog([]).TopScores([customer, customer], 3).ToList();

        Assert.Equal(2, rankings.Count);
        Assert.All(rankings, Assert.Empty);
        Assert.Empty(new SolutionCatalog([Solution("a", 1)]).TopScores([], 3));
    }

    [Fact]
    public void TopScores_Lists_AreReadOnly()
    {
        var ranked = Assert.Single(new SolutionCatalog([Solution("a", 1)]).TopScores([Customer(null, new CustomerGoal("g", 1))], 1));

        Assert.IsNotType<FitScore[]>(ranked);
        Assert.Throws<NotSupportedException>(() => ((IList<FitScore>)ranked)[0] = ranked[0]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(11)]
    [InlineData(SolutionCatalog.TopScoresHeld)]
    public void TopScores_InBatchesOfAnySize_IsEachCustomersRankTruncatedInCustomerOrder(int held)
    {
        // Ties on the overall (a and b, c and d for wants-x) are broken by id; a customer appears twice.
        var solutions = new[]
        {
            Solution("d", 15, ("x", 0.4), ("y", 0.9)), Solution("b", 15, ("x", 0.8), ("y", 0.1)), Solution("a", 15, ("x", 0.8), ("y", 0.5)),
            Solution("c", 15, ("x", 0.4), ("y", 0.2)), Solution("e", 45, ("x", 1.0), ("y", 1.0)), Solution("f", 0, ("x", 0.6)),
        };
        var wantsX = new CustomerProfile("wants-x", [new CustomerGoal("x", 1)], Thresholds);
        CustomerProfile[] customers =
        [
            wantsX,
            new("wants-y", [new CustomerGoal("y", 1), new CustomerGoal("x", 0.2, GoalKind.MustHave)]),
            new("no-thresholds", [new CustomerGoal("x", 0.5), new CustomerGoal("y", 0.5)]),
            wantsX,
            new("wants-z", [new CustomerGoal("z", 1)], Thresholds),
        ];
        var catalog = new SolutionCatalog(solutions);
        var scorer = new SolutionFitScorer();

        for (var top = 1; top <= solutions.Length + 1; top++)
        {
            var rankings = catalog.TopScores(customers, top, held, CancellationToken.None).ToList();

            Assert.Equal(customers.Length, rankings.Count);
            foreach (var (ranked, customer) in rankings.Zip(customers))
            {
                var expected = scorer.Rank(customer, solutions).Take(top).ToList();
                Assert.All(ranked, s => Assert.Equal(customer.Id, s.CustomerId));
                Assert.Equal(expected.Select(s => (s.SolutionId, s.Overall, s.GoalFit, s.Reaction)), ranked.Select(s => (s.SolutionId, s.Overall, s.GoalFit, s.Reaction)));
                Assert.Equal(expected.Select(s => s.Goals.Select(g => g.OverallIfFullyAchieved)), ranked.Select(s => s.Goals.Select(g => g.OverallIfFullyAchieved)));
            }
        }
    }

    [Fact]
    public void Members_AfterCompiling_DescribeTheCatalog()
    {
        var solutions = new[] { Solution("a", 1, ("x", 1.0)), Solution("b", 1, ("y", 0.9)) };
        var catalog = new SolutionCatalog(solutions);
        var compiled = catalog.Compile(Customer(null, new CustomerGoal("x", 1)));

        Assert.Equal(2, catalog.Count);
        Assert.Equal(solutions, catalog.Solutions);
        Assert.Equal("2 solution(s), 2 goal id(s)", catalog.ToString());
        Assert.Same(catalog, compiled.Catalog);
        Assert.Equal("c", compiled.Customer.Id);
        Assert.Equal("c against 2 solution(s), 2 goal id(s)", compiled.ToString());
    }
}
