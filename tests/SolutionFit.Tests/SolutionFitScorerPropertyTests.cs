using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SolutionFit.Tests;

/// <summary>The invariants of the scoring model, over generated customers, solutions and policies.</summary>
[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
public sealed class SolutionFitScorerPropertyTests
{
    private const double Tolerance = 1e-12;

    private static ProposedSolution With(
        ProposedSolution s,
        IEnumerable<KeyValuePair<string, double>>? achievements = null,
        double? effort = null,
        double? enjoyment = null,
        double? price = null) =>
        new(s.Id, price ?? s.Price, achievements ?? s.Achievements, effort ?? s.Effort, enjoyment ?? s.Enjoyment, s.Name);

    private static ProposedSolution WithAchievement(ProposedSolution s, string goalId, double achievement) =>
        With(s, achievements: s.Achievements.Where(a => a.Key != goalId).Append(KeyValuePair.Create(goalId, achievement)));

    private static bool InUnit(double x) => x >= 0.0 && x <= 1.0;

    [Property]
    public bool Score_EveryScore_IsInUnitIntervalAndNeverNaN(Scenario scenario, ScoringPolicy policy)
    {
        var score = new SolutionFitScorer(policy).Score(scenario.Customer, scenario.Solution);

        return InUnit(score.MustHaveGate) && InUnit(score.GoalFit) && InUnit(score.Experience) && InUnit(score.Value)
            && InUnit(score.Overall) && (score.PriceHappiness is null || InUnit(score.PriceHappiness.Value))
            && !double.IsNaN(score.EffectivePrice) && score.EffectivePrice >= 0.0
            && score.Goals.All(g => InUnit(g.Achievement) && g.Weight >= 0.0 && g.Weight <= 2.0 && InUnit(g.OverallIfFullyAchieved))
            && score.GoalFit <= score.MustHaveGate
            && score.Value <= score.GoalFit
            && score.Overall <= score.Value;
    }

    [Property]
    public Property Score_RaisingAnAchievement_NeverLowersFitValueOrOverall(Scenario scenario, ScoringPolicy policy, byte goalIndex, ushort fraction)
    {
        var scorer = new SolutionFitScorer(policy);
        var goal = scenario.Customer.Goals[goalIndex % scenario.Customer.Goals.Count];
        var before = scorer.Score(scenario.Customer, scenario.Solution);
        var current = scenario.Solution.GetAchievement(goal.Id);
        var raised = current + ((1.0 - current) * (fraction / (double)ushort.MaxValue));

        var after = scorer.Score(scenario.Customer, WithAchievement(scenario.Solution, goal.Id, raised));

        return (after.GoalFit >= before.GoalFit - Tolerance && after.Value >= before.Value - Tolerance && after.Overall >= before.Overall - Tolerance)
            .Label($"goal {goal.Id}: {current} -> {raised}; G {before.GoalFit} -> {after.GoalFit}, V {before.Value} -> {after.Value}, overall {before.Overall} -> {after.Overall}");
    }

    [Property]
    public Property Score_LessEffortOrMoreEnjoyment_NeverLowersValueOrOverall(Scenario scenario, ScoringPolicy policy, bool effort)
    {
        var scorer = new SolutionFitScorer(policy);
        var s = scenario.Solution;
        var before = scorer.Score(scenario.Customer, s);

        var better = effort ? With(s, effort: s.Effort / 2) : With(s, enjoyment: (1.0 + s.Enjoyment) / 2);
        var after = scorer.Score(scenario.Customer, better);

        return (after.GoalFit == before.GoalFit && after.Value >= before.Value && after.Overall >= before.Overall - Tolerance)
            .Label($"V {before.Value} -> {after.Value}, overall {before.Overall} -> {after.Overall}");
    }

    [Property]
    public bool Score_UnmetMustHave_GivesZero(Scenario scenario, ScoringPolicy policy)
    {
        var customer = new CustomerProfile(
            scenario.Customer.Id,
            scenario.Customer.Goals.Append(new CustomerGoal("must", 0.5, GoalKind.MustHave)),
            scenario.Customer.PriceThresholds);

        var score = new SolutionFitScorer(policy).Score(customer, WithAchievement(scenario.Solution, "must", 0.0));

        return score.GoalFit == 0.0 && score.Value == 0.0 && score.Overall == 0.0
            && (customer.PriceThresholds is null || score.Reaction == PriceReaction.TooExpensive);
    }

    [Property]
    public Property Score_AddingADelighter_NeverLowersTheFit(Scenario scenario, ScoringPolicy policy, ushort importance, ushort achievement)
    {
        var scorer = new SolutionFitScorer(policy);
        var customer = new CustomerProfile(
            scenario.Customer.Id,
            scenario.Customer.Goals.Append(new CustomerGoal("delight", importance / (double)ushort.MaxValue, GoalKind.Delighter)),
            scenario.Customer.PriceThresholds);
        var solution = WithAchievement(scenario.Solution, "delight", achievement / (double)ushort.MaxValue);

        var without = scorer.Score(scenario.Customer, scenario.Solution);
        var with = scorer.Score(customer, solution);

        return (with.GoalFit >= without.GoalFit - Tolerance && with.Overall >= without.Overall - Tolerance)
            .Label($"G {without.GoalFit} -> {with.GoalFit}, overall {without.Overall} -> {with.Overall}");
    }

    [Property]
    public Property Score_OrderOfGoalsAndAchievements_DoesNotMatter(Scenario scenario, ScoringPolicy policy, int seed)
    {
        var scorer = new SolutionFitScorer(policy);
        var shuffle = new Random(seed);
        var goals = scenario.Customer.Goals.ToArray();
        shuffle.Shuffle(goals);
        var achievements = scenario.Solution.Achievements.ToArray();
        shuffle.Shuffle(achievements);

        var before = scorer.Score(scenario.Customer, scenario.Solution);
        var after = scorer.Score(new CustomerProfile(scenario.Customer.Id, goals, scenario.Customer.PriceThresholds), With(scenario.Solution, achievements: achievements));

        var byGoal = after.Goals.ToDictionary(g => g.GoalId);
        return (Math.Abs(after.GoalFit - before.GoalFit) <= Tolerance
                && Math.Abs(after.Value - before.Value) <= Tolerance
                && Math.Abs(after.Overall - before.Overall) <= Tolerance
                && after.Reaction == before.Reaction
                && before.Goals.All(g => Math.Abs(byGoal[g.GoalId].OverallIfFullyAchieved - g.OverallIfFullyAchieved) <= Tolerance))
            .Label($"G {before.GoalFit} vs {after.GoalFit}, overall {before.Overall} vs {after.Overall}");
    }

    [Property]
    public Property Score_ScalingEveryImportance_KeepsTheFitWithoutOpportunityWeighting(Scenario scenario, ScoringPolicy policy, byte percent)
    {
        var scorer = new SolutionFitScorer(new ScoringPolicy
        {
            OpportunityWeighting = false,
            EffortWeight = policy.EffortWeight,
            ExperienceWeight = policy.ExperienceWeight,
        });
        var factor = (1 + (percent % 100)) / 100.0;
        var scaled = new CustomerProfile(
            scenario.Customer.Id,
            scenario.Customer.Goals.Select(g => new CustomerGoal(g.Id, g.Importance * factor, g.Kind, g.CurrentSatisfaction)),
            scenario.Customer.PriceThresholds);

        var before = scorer.Score(scenario.Customer, scenario.Solution);
        var after = scorer.Score(scaled, scenario.Solution);

        return (Math.Abs(after.GoalFit - before.GoalFit) <= 1e-9).Label($"factor {factor}: G {before.GoalFit} vs {after.GoalFit}");
    }

    [Property]
    public bool Score_SameInput_SameOutput(Scenario scenario, ScoringPolicy policy)
    {
        var a = new SolutionFitScorer(policy).Score(scenario.Customer, scenario.Solution);
        var b = new SolutionFitScorer(policy).Score(scenario.Customer, scenario.Solution);

        return a.Overall.Equals(b.Overall) && a.GoalFit.Equals(b.GoalFit) && a.Value.Equals(b.Value) && a.EffectivePrice.Equals(b.EffectivePrice)
            && Nullable.Equals(a.PriceHappiness, b.PriceHappiness) && a.Reaction == b.Reaction
            && a.Goals.Select(g => g.OverallIfFullyAchieved).SequenceEqual(b.Goals.Select(g => g.OverallIfFullyAchieved));
    }

    [Property]
    public Property Score_OverallIfFullyAchieved_IsTheScoreWithThatGoalAtOne(Scenario scenario, ScoringPolicy policy)
    {
        var scorer = new SolutionFitScorer(policy);
        var score = scorer.Score(scenario.Customer, scenario.Solution);

        // Derived from the pair's sums in O(1) rather than rescored: equal up to rounding.
        return score.Goals.All(g =>
                g.OverallIfFullyAchieved >= score.Overall
                && Math.Abs(g.OverallIfFullyAchieved - scorer.Score(scenario.Customer, WithAchievement(scenario.Solution, g.GoalId, 1.0)).Overall) <= Tolerance)
            .Label(string.Join("; ", score.Goals));
    }

    [Property]
    public Property Score_EqualsTheQuadraticReference(Scenario scenario, ScoringPolicy policy)
    {
        var score = new SolutionFitScorer(policy).Score(scenario.Customer, scenario.Solution);
        var reference = NaiveScorer.Score(policy, scenario.Customer, scenario.Solution);

        static bool Close(double x, double y) => Math.Abs(x - y) <= Tolerance || (double.IsPositiveInfinity(x) && double.IsPositiveInfinity(y));
        var numbers = Close(score.MustHaveGate, reference.MustHaveGate) && Close(score.GoalFit, reference.GoalFit)
            && Close(score.Experience, reference.Experience) && Close(score.Value, reference.Value)
            && (score.EffectivePrice == reference.EffectivePrice
                || Math.Abs(score.EffectivePrice - reference.EffectivePrice) <= Tolerance * Math.Max(1.0, Math.Abs(reference.EffectivePrice)))
            && (score.PriceHappiness is null) == (reference.PriceHappiness is null)
            && Close(score.PriceHappiness ?? 0.0, reference.PriceHappiness ?? 0.0)
            && Close(score.Overall, reference.Overall);
        var goals = score.Goals.Zip(reference.Goals).All(p =>
            p.First.GoalId == p.Second.GoalId && p.First.Kind == p.Second.Kind && p.First.Weight == p.Second.Weight
            && p.First.Achievement == p.Second.Achievement && Close(p.First.OverallIfFullyAchieved, p.Second.OverallIfFullyAchieved));

        // The reaction compares the price with thresholds × V: an ulp of V may cross a boundary only when the reference's
        // price is within rounding of one.
        return (numbers && goals && (score.Reaction == reference.Reaction || Math.Abs(score.Value - reference.Value) > 0.0))
            .Label($"{score} | {reference} | {string.Join("; ", score.Goals)} | {string.Join("; ", reference.Goals)}");
    }

    [Property]
    public Property Evaluate_IsBitIdenticalToScore(Scenario scenario, ScoringPolicy policy)
    {
        var scorer = new SolutionFitScorer(policy);
        var score = scorer.Score(scenario.Customer, scenario.Solution);
        var evaluation = scorer.Evaluate(scenario.Customer, scenario.Solution);

        return (evaluation.MustHaveGate.Equals(score.MustHaveGate) && evaluation.GoalFit.Equals(score.GoalFit)
                && evaluation.Experience.Equals(score.Experience) && evaluation.Value.Equals(score.Value)
                && evaluation.EffectivePrice.Equals(score.EffectivePrice) && Nullable.Equals(evaluation.PriceHappiness, score.PriceHappiness)
                && evaluation.Reaction == score.Reaction && evaluation.Overall.Equals(score.Overall))
            .Label($"{evaluation} | {score}");
    }

    [Property]
    public Property Score_RaisingThePriceAboveTooCheap_NeverRaisesHappiness(Scenario scenario, ScoringPolicy policy, ushort raise)
    {
        var scorer = new SolutionFitScorer(policy);
        var before = scorer.Score(scenario.Customer, scenario.Solution);
        var after = scorer.Score(scenario.Customer, With(scenario.Solution, price: scenario.Solution.Price + raise));

        var applies = before.PriceHappiness is not null && before.Reaction != PriceReaction.TooCheap;
        return (!applies || after.PriceHappiness <= before.PriceHappiness)
            .Label($"price {scenario.Solution.Price} -> +{raise}: H {before.PriceHappiness} -> {after.PriceHappiness}");
    }

    [Property]
    public Property Rank_IsSortedAndAPermutationOfTheCatalog(Catalog catalog, ScoringPolicy policy)
    {
        var scorer = new SolutionFitScorer(policy);

        var ranked = scorer.Rank(catalog.Customer, catalog.Solutions);

        var sorted = ranked.Zip(ranked.Skip(1)).All(p =>
            p.First.Overall > p.Second.Overall
            || (p.First.Overall == p.Second.Overall && string.CompareOrdinal(p.First.SolutionId, p.Second.SolutionId) < 0));
        var permutation = ranked.Select(s => s.SolutionId).Order(StringComparer.Ordinal)
            .SequenceEqual(catalog.Solutions.Select(s => s.Id).Order(StringComparer.Ordinal));
        var sameScores = ranked.All(r => r.Overall == scorer.Score(catalog.Customer, catalog.Solutions.Single(s => s.Id == r.SolutionId)).Overall);
        return (sorted && permutation && sameScores).Label(string.Join(", ", ranked.Select(r => $"{r.SolutionId}={r.Overall}")));
    }

    [Property]
    public Property Rank_OrderOfTheCatalog_DoesNotMatter(Catalog catalog, int seed)
    {
        var shuffled = catalog.Solutions.ToArray();
        new Random(seed).Shuffle(shuffled);
        var scorer = new SolutionFitScorer();

        return scorer.Rank(catalog.Customer, catalog.Solutions).Select(s => s.SolutionId)
            .SequenceEqual(scorer.Rank(catalog.Customer, shuffled).Select(s => s.SolutionId))
            .ToProperty();
    }

    /// <summary>Markets of up to 45 solutions with exact ties, so that the ranking's buckets and tie groups are exercised.</summary>
    [Property]
    public Property Rank_Market_IsSortedByOverallThenOrdinalIdAndAPermutation(Market market, ScoringPolicy policy)
    {
        var scorer = new SolutionFitScorer(policy);
        var customer = market.Customers[0];

        var ranked = scorer.Rank(customer, market.Solutions);

        var sorted = ranked.Zip(ranked.Skip(1)).All(p =>
            p.First.Overall > p.Second.Overall
            || (p.First.Overall == p.Second.Overall && string.CompareOrdinal(p.First.SolutionId, p.Second.SolutionId) < 0));
        var permutation = ranked.Select(s => s.SolutionId).Order(StringComparer.Ordinal)
            .SequenceEqual(market.Solutions.Select(s => s.Id).Order(StringComparer.Ordinal));
        var sameScores = ranked.All(r => r.Overall.Equals(scorer.Evaluate(customer, market.Solutions.Single(s => s.Id == r.SolutionId)).Overall));
        return (sorted && permutation && sameScores).Label(string.Join(", ", ranked.Select(r => $"{r.SolutionId}={r.Overall:R}")));
    }

    [Property]
    public Property Rank_CompiledCatalog_EqualsRankOverTheSolutions(Market market, ScoringPolicy policy)
    {
        var catalog = new SolutionCatalog(market.Solutions, policy);
        var scorer = new SolutionFitScorer(policy);
        return market.Customers.Select(customer => SameRanking(scorer, catalog, customer, market.Solutions)).Aggregate(true.ToProperty(), (all, one) => all.And(one));
    }

    /// <summary>Catalogs of several kernel blocks, with prices and achievements rounded so that exact ties are common.</summary>
    [Property(MaxTest = 100)]
    public Property Rank_CompiledCatalogOfSeveralBlocks_EqualsRankOverTheSolutions(Market market, ScoringPolicy policy, int seed)
    {
        var random = new Random(seed);
        var solutions = Enumerable.Range(0, 150 + random.Next(300)).Select(j => new ProposedSolution(
            $"b{random.Next(1000)}-{j}",
            random.Next(8) == 0 ? 0 : Math.Round(300 * random.NextDouble(), random.Next(3)),
            Enumerable.Range(0, 12).Where(_ => random.Next(5) > 0).Select(g => KeyValuePair.Create($"g{g}", random.Next(6) == 0 ? random.Next(2) : Math.Round(random.NextDouble(), 1))),
            Math.Round(random.NextDouble(), 1),
            Math.Round(random.NextDouble(), 1))).ToArray();
        var catalog = new SolutionCatalog(solutions, policy);
        var scorer = new SolutionFitScorer(policy);
        return market.Customers.Select(customer => SameRanking(scorer, catalog, customer, solutions)).Aggregate(true.ToProperty(), (all, one) => all.And(one));
    }

    /// <summary>The catalog's ranking and <see cref="SolutionFitScorer.Rank(CustomerProfile, IEnumerable{ProposedSolution})"/>: same order, same overalls bit for bit, same reactions, indexes into the catalog.</summary>
    private static Property SameRanking(SolutionFitScorer scorer, SolutionCatalog catalog, CustomerProfile customer, ProposedSolution[] solutions)
    {
        var ranked = scorer.Rank(catalog.Compile(customer));
        var expected = scorer.Rank(customer, solutions);
        var into = new RankedSolution[solutions.Length + 1];
        var written = scorer.Rank(catalog.Compile(customer), into);
        var same = ranked.Count == expected.Count
            && ranked.Zip(expected).All(p => p.First.Solution.Id == p.Second.SolutionId
                && BitConverter.DoubleToInt64Bits(p.First.Overall) == BitConverter.DoubleToInt64Bits(p.Second.Overall)
                && p.First.Reaction == p.Second.Reaction)
            && ranked.All(r => ReferenceEquals(catalog.Solutions[r.Index], r.Solution))
            && written == solutions.Length
            && into[..written].Select(r => (r.Index, r.Overall, r.Reaction)).SequenceEqual(ranked.Select(r => (r.Index, r.Overall, r.Reaction)))
            && into[written].Solution is null;
        return same.Label($"{customer.Id}: catalog [{string.Join(", ", ranked)}], rank [{string.Join(", ", expected.Select(s => $"{s.SolutionId}={s.Overall:R}"))}]");
    }
}
