using FsCheck;
using FsCheck.Fluent;

namespace SolutionFit.Tests;

/// <summary>A customer and a solution drawn together, so that achievements refer to the customer's goals.</summary>
public sealed record Scenario(CustomerProfile Customer, ProposedSolution Solution)
{
    public override string ToString() =>
        $"customer {Customer.Id}: [{string.Join("; ", Customer.Goals)}], thresholds {Customer.PriceThresholds?.ToString() ?? "none"}; " +
        $"solution {Solution}: effort {Solution.Effort}, enjoyment {Solution.Enjoyment}, " +
        $"achievements [{string.Join(", ", Solution.Achievements.Select(a => $"{a.Key}={a.Value}"))}]";
}

/// <summary>A customer and a catalog of solutions with unique ids.</summary>
public sealed record Catalog(CustomerProfile Customer, ProposedSolution[] Solutions)
{
    public override string ToString() => $"{Customer} with [{string.Join(", ", Solutions.Select(s => s.Id))}]";
}

/// <summary>The one shared generator class of the property tests.</summary>
public static class DomainArbitraries
{
    /// <summary>Unit-interval numbers, with the edges 0 and 1 and round values drawn often.</summary>
    public static Gen<double> Unit { get; } = Gen.Frequency(
        (1, Gen.Constant(0.0)),
        (1, Gen.Constant(1.0)),
        (2, Gen.Choose(0, 20).Select(i => i / 20.0)),
        (4, Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0)));

    public static Gen<PriceThresholds> Thresholds { get; } =
        from tooCheap in Gen.Choose(0, 100)
        from toCheap in Gen.Choose(1, 100)
        from toExpensive in Gen.Choose(1, 100)
        from toTooExpensive in Gen.Choose(1, 100)
        select new PriceThresholds(tooCheap, tooCheap + toCheap, tooCheap + toCheap + toExpensive, tooCheap + toCheap + toExpensive + toTooExpensive);

    public static Gen<CustomerGoal> Goal(int index) =>
        from importance in index == 0 ? Gen.Choose(1, 1000).Select(i => i / 1000.0) : Unit
        from kind in Gen.Elements(GoalKind.Performance, GoalKind.MustHave, GoalKind.Delighter)
        from satisfaction in Unit
        select new CustomerGoal($"g{index}", importance, kind, satisfaction);

    public static Gen<CustomerProfile> Customer { get; } =
        from count in Gen.Choose(1, 7)
        from goals in Gen.CollectToArray(Enumerable.Range(0, count).Select(Goal))
        from hasThresholds in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from thresholds in Thresholds
        select new CustomerProfile("c", goals, hasThresholds ? thresholds : null);

    public static Gen<ProposedSolution> SolutionFor(CustomerProfile customer, string id) =>
        from achievements in Gen.CollectToArray(customer.Goals.Select(g =>
            from mentioned in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
            from a in Unit
            select (g.Id, mentioned, a)))
        from foreign in Unit
        from effort in Unit
        from enjoyment in Unit
        from price in Gen.Frequency((1, Gen.Constant(0)), (8, Gen.Choose(1, 500)))
        select new ProposedSolution(
            id,
            price,
            achievements.Where(x => x.mentioned).Select(x => KeyValuePair.Create(x.Id, x.a))
                .Append(KeyValuePair.Create("not-a-goal-of-this-customer", foreign)),
            effort,
            enjoyment);

    public static Arbitrary<Scenario> Scenario() => Arb.From(
        from customer in Customer
        from solution in SolutionFor(customer, "s")
        select new Scenario(customer, solution));

    public static Arbitrary<ScoringPolicy> Policy() => Arb.From(
        from opportunity in Gen.Elements(true, false)
        from effortWeight in Unit
        from experienceWeight in Unit
        from atZero in Unit
        from atExpensive in Unit
        select new ScoringPolicy
        {
            OpportunityWeighting = opportunity,
            EffortWeight = effortWeight,
            ExperienceWeight = experienceWeight,
            HappinessAtZeroPrice = atZero,
            HappinessAtExpensive = atExpensive,
        });

    /// <summary>A catalog of 0–8 solutions for one customer, with unique ids.</summary>
    public static Arbitrary<Catalog> Catalog() => Arb.From(
        from customer in Customer
        from count in Gen.Choose(0, 8)
        from solutions in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => SolutionFor(customer, $"s{(i * 5) % 8}-{i}")))
        select new Catalog(customer, solutions.ToArray()));
}
