using FsCheck;
using FsCheck.Fluent;
using SolutionFit.PriceSensitivity;

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

/// <summary>Customers and a shared catalog: goals some customers have and no solution mentions, goals no customer has, exact ties.</summary>
public sealed record Market(CustomerProfile[] Customers, ProposedSolution[] Solutions)
{
    public override string ToString() =>
        $"customers [{string.Join(" | ", Customers.Select(c => $"{c.Id}: {string.Join("; ", c.Goals)}; {c.PriceThresholds?.ToString() ?? "no thresholds"}"))}]; " +
        $"solutions [{string.Join(" | ", Solutions.Select(s => $"{s.Id} price {s.Price} effort {s.Effort} enjoyment {s.Enjoyment} {{{string.Join(", ", s.Achievements.Select(a => $"{a.Key}={a.Value}"))}}}"))}]";
}

/// <summary>A Van Westendorp survey as columns (null = missing), with options; the first respondent is always valid.</summary>
public sealed record PsmCase(double?[]? TooCheap, double?[] Cheap, double?[] Expensive, double?[] TooExpensive, double[]? Weights, int?[]? IntentCheap, int?[]? IntentExpensive, PsmOptions Options)
{
    public PsmSurvey Survey() => new(TooCheap, Cheap, Expensive, TooExpensive, Weights, IntentCheap, IntentExpensive);

    public override string ToString() =>
        $"{Cheap.Length} respondents: " + string.Join("; ", Enumerable.Range(0, Cheap.Length).Select(i =>
            $"{TooCheap?[i]?.ToString() ?? "-"},{Cheap[i]?.ToString() ?? "-"},{Expensive[i]?.ToString() ?? "-"},{TooExpensive[i]?.ToString() ?? "-"}" +
            $"{(Weights is null ? "" : $" w{Weights[i]}")}{(IntentCheap is null ? "" : $" pi{IntentCheap[i]}/{IntentExpensive![i]}")}")) +
        $" | {Options.Method}, {Options.AcceptableRange}, {Options.Intersection}, step {Options.InterpolationStep?.ToString() ?? "none"}, validate {Options.ExcludeInconsistent}";
}

/// <summary>A Gabor–Granger survey: tested prices (in column order, not sorted) and rows of answers (null = not asked), weights and segments.</summary>
public sealed record GaborGrangerCase(double[] Prices, GaborGrangerRow[] Rows)
{
    public GaborGrangerTally Tally(IEnumerable<GaborGrangerRow>? rows = null)
    {
        var tally = new GaborGrangerTally(Prices);
        foreach (var row in rows ?? Rows)
        {
            tally.Add(row.Answers, row.Weight, row.Segment);
        }

        return tally;
    }

    public override string ToString() =>
        $"prices [{string.Join(", ", Prices)}]; " + string.Join("; ", Rows.Select(r =>
            string.Concat(r.Answers.Select(a => a switch { true => '1', false => '0', null => '-' })) + $" w{r.Weight} {r.Segment ?? "(none)"}"));
}

/// <summary>One Gabor–Granger respondent.</summary>
public sealed record GaborGrangerRow(bool?[] Answers, double Weight, string? Segment);

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

    private static Gen<(double? TooCheap, double? Cheap, double? Expensive, double? TooExpensive)> Respondent(bool alwaysValid)
    {
        // Prices on a half-unit lattice, so that answers often coincide; a step of 0 makes a tie (an invalid respondent).
        var step = alwaysValid ? Gen.Choose(1, 6) : Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(-1)), (10, Gen.Choose(1, 6)));
        var missing = alwaysValid ? Gen.Constant(false) : Gen.Frequency((1, Gen.Constant(true)), (25, Gen.Constant(false)));
        return from start in Gen.Choose(0, 20)
               from s1 in step
               from s2 in step
               from s3 in step
               from m in Gen.CollectToArray(Enumerable.Repeat(missing, 4))
               let tc = start / 2.0
               let ch = tc + (s1 / 2.0)
               let ex = ch + (s2 / 2.0)
               let te = ex + (s3 / 2.0)
               select ((double?)(m[0] ? null : tc), (double?)(m[1] || ch < 0 ? null : ch), (double?)(m[2] || ex < 0 ? null : ex), (double?)(m[3] || te < 0 ? null : te));
    }

    public static Arbitrary<PsmCase> PsmCase() => Arb.From(
        from count in Gen.Choose(0, 30)
        from first in Respondent(alwaysValid: true)
        from rest in Gen.CollectToArray(Enumerable.Repeat(Respondent(alwaysValid: false), count))
        from threeQuestion in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        from weighted in Gen.Elements(false, true)
        from weights in Gen.CollectToArray(Enumerable.Repeat(Gen.Choose(1, 3).Select(w => (double)w), count + 1))
        from nms in Gen.Elements(false, true)
        from intents in Gen.CollectToArray(Enumerable.Repeat(Gen.Choose(1, 5).Select(i => (int?)i), 2 * (count + 1)))
        from method in Gen.Elements(PsmMethod.Interpolated, PsmMethod.Classic)
        from range in Gen.Elements(PsmAcceptableRange.Original, PsmAcceptableRange.Narrower)
        from intersection in Gen.Elements(PsmIntersection.Min, PsmIntersection.Max, PsmIntersection.Mean, PsmIntersection.Median)
        from step in Gen.Frequency((5, Gen.Constant((double?)null)), (1, Gen.Elements<double?>(0.25, 0.5, 1.0, 0.3)))
        from validate in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from calibrated in Gen.Elements(false, true)
        from probabilities in Gen.CollectToArray(Enumerable.Repeat(Unit, 7))
        let rows = rest.Prepend(first).ToArray()
        let calibration = calibrated ? new PurchaseIntentCalibration([5, 4, 3, 2, 1], probabilities[..5], probabilities[5], probabilities[6]) : PurchaseIntentCalibration.Default
        select new PsmCase(
            threeQuestion ? null : rows.Select(r => r.TooCheap).ToArray(),
            rows.Select(r => r.Cheap).ToArray(),
            rows.Select(r => r.Expensive).ToArray(),
            rows.Select(r => r.TooExpensive).ToArray(),
            weighted ? weights : null,
            nms ? intents[..rows.Length] : null,
            nms ? intents[rows.Length..] : null,
            new PsmOptions { Method = method, AcceptableRange = range, Intersection = intersection, InterpolationStep = step, ExcludeInconsistent = validate, Calibration = calibration }));

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

    /// <summary>1–3 customers whose goals come from g0–g9 and a catalog of 0–45 solutions mentioning g0–g11.</summary>
    /// <remarks>
    /// Each goal id is left out of the whole catalog one time in five; one solution in six copies an earlier one under
    /// another id (an exact tie); ids are not in index order, so ties are broken by id, not position.
    /// </remarks>
    public static Arbitrary<Market> Market() => Arb.From(
        from customerCount in Gen.Choose(1, 3)
        from customers in Gen.CollectToArray(Enumerable.Range(0, customerCount).Select(MarketCustomer))
        from count in Gen.Choose(0, 45)
        from lacking in Gen.CollectToArray(Enumerable.Repeat(Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false))), 12))
        from rows in Gen.CollectToArray(Enumerable.Repeat(MarketSolution(lacking), count))
        from copies in Gen.CollectToArray(Enumerable.Repeat(Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false))), count))
        select new Market(customers, [.. rows.Select((row, i) =>
        {
            var source = copies[i] && i > 0 ? rows[(i * 7) % i] : row;
            return new ProposedSolution($"s{(i * 7) % Math.Max(count, 1)}-{i}", source.Price, source.Achievements, source.Effort, source.Enjoyment);
        })]));

    private static Gen<CustomerProfile> MarketCustomer(int index) =>
        from first in Goal(0)
        from others in Gen.CollectToArray(Enumerable.Range(1, 9).Select(i =>
            from include in Gen.Elements(true, false)
            from goal in Goal(i)
            select include ? goal : null))
        from hasThresholds in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from thresholds in Thresholds
        select new CustomerProfile($"c{index}", others.OfType<CustomerGoal>().Prepend(first), hasThresholds ? thresholds : null);

    private static Gen<ProposedSolution> MarketSolution(bool[] lacking) =>
        from achievements in Gen.CollectToArray(Enumerable.Range(0, lacking.Length).Select(g =>
            from mentioned in Gen.Frequency((4, Gen.Constant(!lacking[g])), (1, Gen.Constant(false)))
            from a in Unit
            select (Id: $"g{g}", mentioned, a)))
        from effort in Unit
        from enjoyment in Unit
        from price in Gen.Frequency((1, Gen.Constant(0)), (8, Gen.Choose(1, 500)))
        select new ProposedSolution("row", price, achievements.Where(x => x.mentioned).Select(x => KeyValuePair.Create(x.Id, x.a)), effort, enjoyment);

    /// <summary>A catalog of 0–8 solutions for one customer, with unique ids.</summary>
    public static Arbitrary<Catalog> Catalog() => Arb.From(
        from customer in Customer
        from count in Gen.Choose(0, 8)
        from solutions in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => SolutionFor(customer, $"s{(i * 5) % 8}-{i}")))
        select new Catalog(customer, solutions.ToArray()));

    private static Gen<GaborGrangerRow> GaborGrangerRow(int k) =>
        from threshold in Gen.Choose(0, k)
        from asked in Gen.CollectToArray(Enumerable.Repeat(Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false))), k))
        from flip in Gen.Frequency((8, Gen.Constant(-1)), (1, Gen.Choose(0, k - 1)))
        from weight in Gen.Frequency((3, Gen.Constant(1.0)), (2, Gen.Choose(0, 6).Select(w => w / 2.0)), (1, Gen.Choose(1, 30).Select(w => w * 0.1)))
        from segment in Gen.Elements<string?>(null, "a", "B", "c")
        select new GaborGrangerRow([.. Enumerable.Range(0, k).Select(i => asked[i] ? (bool?)((i < threshold) != (i == flip)) : null)], weight, segment);

    /// <summary>1–5 tested prices (shuffled columns) and 0–40 respondents: gaps, inconsistent and unanswered rows, weights 0 to 3 (some not dyadic), segments.</summary>
    public static Arbitrary<GaborGrangerCase> GaborGrangerCase() => Arb.From(
        from k in Gen.Choose(1, 5)
        from steps in Gen.CollectToArray(Enumerable.Repeat(Gen.Choose(1, 8), k))
        from order in Gen.Shuffle(Enumerable.Range(0, k))
        from count in Gen.Choose(0, 40)
        from rows in Gen.CollectToArray(Enumerable.Repeat(GaborGrangerRow(k), count))
        let sorted = steps.Select((s, i) => 2.5 * steps.Take(i + 1).Sum()).ToArray()
        select new GaborGrangerCase(
            [.. order.Select(i => sorted[i])],
            [.. rows.Select(r => r with { Answers = [.. order.Select(i => r.Answers[i])] })]));
}
