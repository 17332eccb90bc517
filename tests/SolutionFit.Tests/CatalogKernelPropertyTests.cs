using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SolutionFit.Tests;

/// <summary>
/// The bounds with which the best k rule solutions out are upper bounds of the exact overall, on catalogs of several
/// blocks with product lines, extreme achievements (0, 1, 1e-300, the smallest subnormal), prices from 0 to 1e15 and
/// customers whose weights underflow a <see cref="float"/>; and the best k equal the one-pair ranking.
/// </summary>
[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 100)]
public sealed class CatalogKernelPropertyTests
{
    private static readonly double[] Extremes = [0.0, 1.0, 1e-300, double.Epsilon, 1.0 - 1e-16, 0.5];

    [Property(MaxTest = 2000)]
    public Property GateBound_IsAtLeastTheExponentialOfEverySmallerExponent(NormalFloat magnitude, byte scale, byte below)
    {
        var x = -Math.Abs(magnitude.Get) % (1.0 + (scale * 3.0));
        var smaller = x - (below * Math.Abs(x) / 255.0);
        var bound = CatalogKernel.GateBound(new Vector<double>(x))[0];
        return (bound >= Exponential.OfNonPositive(x) && bound >= Exponential.OfNonPositive(smaller) && bound <= 1.0 + 1e-8)
            .Label($"x {x}: bound {bound}, e^x {Exponential.OfNonPositive(x)}");
    }

    [Property]
    public Property BlockBound_IsAtLeastEveryOverallOfTheBlock(Market market, ScoringPolicy policy, int seed)
    {
        var catalog = new SolutionCatalog(Lines(seed), policy);
        var failures = new List<string>();
        foreach (var customer in Customers(market, seed))
        {
            var (plan, overall) = Exact(catalog, customer);
            var block = CatalogKernel.BlockVectors * Vector<double>.Count;
            for (var b = 0; b < catalog.Blocks; b++)
            {
                var bound = CatalogKernel.BlockBound(catalog, plan, b);
                var best = overall.Skip(b * block).Take(block).Max();
                if (!(bound >= best))
                {
                    failures.Add($"{customer.Id} block {b}: bound {bound} < overall {best}");
                }
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures));
    }

    [Property]
    public Property BlockBounds_FourBlocksAtOnce_EqualBlockBoundBitForBit(Market market, ScoringPolicy policy, int seed)
    {
        var catalog = new SolutionCatalog(Lines(seed), policy);
        var failures = new List<string>();
        Span<double> bounds = stackalloc double[4];
        foreach (var customer in Customers(market, seed))
        {
            var (plan, _) = Exact(catalog, customer);
            for (var b = 0; b < catalog.Blocks; b++)
            {
                CatalogKernel.BlockBounds(catalog, plan, b & ~3, bounds);
                var single = CatalogKernel.BlockBound(catalog, plan, b);
                if (BitConverter.DoubleToInt64Bits(bounds[b & 3]) != BitConverter.DoubleToInt64Bits(single))
                {
                    failures.Add($"{customer.Id} block {b}: {bounds[b & 3]} of four, {single} alone");
                }
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures));
    }

    /// <summary>Floors from 2^-40 on: below it the best k score every vector exactly.</summary>
    [Property]
    public Property Prefilter_OpensEveryVectorWithALaneAtTheFloor(Market market, ScoringPolicy policy, int seed)
    {
        var catalog = new SolutionCatalog(Lines(seed), policy);
        var width = Vector<double>.Count;
        var failures = new List<string>();
        Span<int> open = stackalloc int[CatalogKernel.BlockVectors];
        foreach (var customer in Customers(market, seed))
        {
            var (plan, overall) = Exact(catalog, customer);
            var terms = new CatalogKernel.ShadowTerms(plan, new float[plan.Performance.Count], new float[plan.Delighters.Count], new float[plan.MustHaves.Count]);
            for (var j = 0; j < catalog.Count; j += 7)
            {
                if (overall[j] < CatalogKernel.ShadowTerms.SmallestFloor)
                {
                    continue;
                }

                // The floor at a solution's own overall: its vector must be opened.
                var first = j / (CatalogKernel.BlockVectors * width) * CatalogKernel.BlockVectors * width;
                var opened = CatalogKernel.Prefilter(catalog, plan, terms, first, overall[j], open);
                if (!open[..opened].Contains((j - first) / width))
                {
                    failures.Add($"{customer.Id} × {catalog.Solutions[j].Id}: overall {overall[j]} not opened");
                }
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures));
    }

    [Property]
    public Property Top_ProductLinesAndExtremes_IsEvaluateRankedTruncatedToK(Market market, ScoringPolicy policy, int seed, byte top)
    {
        var solutions = Lines(seed);
        var catalog = new SolutionCatalog(solutions, policy);
        var k = (top % 12) + 1;
        var differences = new List<string>();
        foreach (var customer in Customers(market, seed))
        {
            var best = new RankedSolution[k];
            catalog.Compile(customer).Top(best);
            var expected = solutions
                .Select(s => (s.Id, Evaluation: catalog.Scorer.Evaluate(customer, s)))
                .OrderByDescending(e => e.Evaluation.Overall)
                .ThenBy(e => e.Id, StringComparer.Ordinal)
                .Take(k)
                .Select(e => (e.Id, e.Evaluation.Overall, e.Evaluation.Reaction));
            if (!best.Select(r => (r.Solution.Id, r.Overall, r.Reaction)).SequenceEqual(expected))
            {
                differences.Add($"{customer.Id}: top [{string.Join(", ", best)}], evaluate [{string.Join(", ", expected)}]");
            }
        }

        return (differences.Count == 0).Label(string.Join("; ", differences));
    }

    /// <summary>The market's customers, and one whose must-have and performance weights underflow a float.</summary>
    private static IEnumerable<CustomerProfile> Customers(Market market, int seed)
    {
        var random = new Random(seed);
        return market.Customers.Append(new CustomerProfile(
            "tiny",
            [
                new CustomerGoal("g0", 1e-300, GoalKind.MustHave),
                new CustomerGoal("g1", random.NextDouble(), GoalKind.MustHave),
                new CustomerGoal("g2", 1e-300),
                new CustomerGoal("g3", random.NextDouble()),
                new CustomerGoal("g4", random.NextDouble(), GoalKind.Delighter),
            ],
            random.Next(2) == 0 ? null : new PriceThresholds(10, 20, 20 + 1e-9, 20 + (200 * random.NextDouble()))));
    }

    /// <summary>
    /// 65–400 solutions over g0–g11 in product lines (runs of 1–150 that share a profile and a price level, members close
    /// to it), achievements drawn from the extremes one time in four, prices from 0 to 1e15.
    /// </summary>
    private static ProposedSolution[] Lines(int seed)
    {
        var random = new Random(seed);
        var solutions = new ProposedSolution[65 + random.Next(336)];
        var profile = new double[12];
        var price = 0.0;
        for (var j = 0; j < solutions.Length; j++)
        {
            if (j == 0 || random.Next(150) == 0)
            {
                for (var g = 0; g < profile.Length; g++)
                {
                    profile[g] = random.NextDouble();
                }

                price = random.Next(10) switch { 0 => 0.0, 1 => 1e15, _ => 300 * random.NextDouble() };
            }

            var achievements = Enumerable.Range(0, 12)
                .Where(_ => random.Next(8) > 0)
                .Select(g => KeyValuePair.Create($"g{g}", random.Next(4) == 0 ? Extremes[random.Next(Extremes.Length)] : Math.Clamp(profile[g] + (0.1 * random.NextDouble()) - 0.05, 0.0, 1.0)));
            solutions[j] = new ProposedSolution($"p{random.Next(1000)}-{j}", Math.Round(price * (0.9 + (0.2 * random.NextDouble())), random.Next(3)), achievements, random.NextDouble(), random.NextDouble());
        }

        return solutions;
    }

    private static (CustomerPlan Plan, double[] Overall) Exact(SolutionCatalog catalog, CustomerProfile customer)
    {
        var plan = new CustomerPlan();
        plan.Compile(catalog, customer);
        var overall = new double[catalog.Count];
        catalog.Compile(customer).Score(overall);
        return (plan, overall);
    }
}
