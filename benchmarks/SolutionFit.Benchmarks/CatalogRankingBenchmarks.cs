using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace SolutionFit.Benchmarks;

/// <summary>
/// One customer against a catalog of 1,000 / 10,000 / 100,000 solutions with 16 and 64 goals: the plain loop over
/// <c>SolutionFitScorer.Score</c> (baseline), the compiled catalog's kernel (every overall into a span, and the top 10),
/// and a memory-speed reference that only sums the bytes the kernel reads.
/// </summary>
public class CatalogRankingBenchmarks
{
    private readonly SolutionFitScorer _scorer = new();
    private readonly RankedSolution[] _top = new RankedSolution[10];
    private ProposedSolution[] _solutions = null!;
    private CustomerProfile _customer = null!;
    private SolutionCatalog _catalog = null!;
    private CompiledCustomer _compiled = null!;
    private double[][] _columnsRead = null!;
    private double[] _overall = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Solutions { get; set; }

    [Params(16, 64)]
    public int Goals { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _solutions = SyntheticWorkload.Solutions(Solutions, Goals, seed: 20261126);
        _customer = SyntheticWorkload.Customers(1, Goals, seed: 20261127)[0];
        _catalog = new SolutionCatalog(_solutions);
        _compiled = _catalog.Compile(_customer);
        _overall = new double[_catalog.Count];

        _columnsRead = MemorySpeedReference.ColumnsRead(_catalog, _customer);
    }

    [Benchmark(Baseline = true)]
    public double ScoreLoop()
    {
        var best = 0.0;
        foreach (var solution in _solutions)
        {
            best = Math.Max(best, _scorer.Score(_customer, solution).Overall);
        }

        return best;
    }

    [Benchmark]
    public double Kernel()
    {
        _compiled.Score(_overall);
        return _overall[^1];
    }

    [Benchmark]
    public double KernelTop10() => _compiled.Top(_top) > 0 ? _top[0].Overall : 0.0;

    /// <summary>Sums every column the kernel reads, a vector at a time: the floor set by memory bandwidth.</summary>
    [Benchmark]
    public double MemorySpeed() => MemorySpeedReference.Sum(_columnsRead, _catalog.Stride);
}

/// <summary>
/// 1,000 customers × 10,000 solutions × 16 goals, the best 10 of each: the batch on all cores against the same work on
/// one thread (compiling each customer, then its top 10).
/// </summary>
public class CatalogBatchBenchmarks
{
    private CustomerProfile[] _customers = null!;
    private SolutionCatalog _catalog = null!;
    private RankedSolution[] _destination = null!;

    [Params(1_000)]
    public int Customers { get; set; }

    [Params(10_000)]
    public int Solutions { get; set; }

    [Params(16)]
    public int Goals { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = new SolutionCatalog(SyntheticWorkload.Solutions(Solutions, Goals, seed: 20261126));
        _customers = SyntheticWorkload.Customers(Customers, Goals, seed: 20261127);
        _destination = new RankedSolution[Customers * 10];
    }

    [Benchmark(Baseline = true)]
    public int OneThread()
    {
        for (var i = 0; i < _customers.Length; i++)
        {
            _catalog.Compile(_customers[i]).Top(_destination.AsSpan(i * 10, 10));
        }

        return _destination[0].Index;
    }

    [Benchmark]
    public int AllCores() => _catalog.Top(_customers, 10, _destination);
}

/// <summary>
/// One customer with 16 goals drawn from the 200 goal ids of a catalog of 10,000 solutions, the best 10, one thread, on
/// three catalogs: <c>Generated</c> (<see cref="SyntheticWorkload"/> over 200 goal ids: every achievement drawn
/// independently), <c>Families</c> (product lines of 100 consecutive solutions that share a profile of strengths, each
/// member within ±0.1 of it) and <c>Flat</c> (every solution the same but its id: no solution can be ruled out before it
/// is scored, the worst case for any pruning). Baseline: <c>SolutionFitScorer.Evaluate</c> on every solution and the
/// best 10 kept by sorting.
/// </summary>
public class CatalogTopBenchmarks
{
    private const int CatalogGoals = 200;
    private const int CustomerGoals = 16;
    private readonly RankedSolution[] _top = new RankedSolution[10];
    private ProposedSolution[] _solutions = null!;
    private CustomerProfile _customer = null!;
    private SolutionCatalog _catalog = null!;
    private CompiledCustomer _compiled = null!;
    private double[][] _columnsRead = null!;
    private double[] _overall = null!;
    private (double Overall, string Id)[] _evaluated = null!;

    [Params("Generated", "Families", "Flat")]
    public string Catalog { get; set; } = "Generated";

    [Params(10_000)]
    public int Solutions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _solutions = Catalog switch
        {
            "Generated" => SyntheticWorkload.Solutions(Solutions, CatalogGoals, seed: 20261126),
            "Families" => Families(Solutions, seed: 20261126),
            _ => Flat(Solutions),
        };

        // SyntheticWorkload's customer over the 200 goal ids, keeping 16 of them drawn without replacement.
        var everyGoal = SyntheticWorkload.Customers(1, CatalogGoals, seed: 20261127)[0];
        var drawn = everyGoal.Goals.ToArray();
        new Random(20261128).Shuffle(drawn);
        _customer = new CustomerProfile(everyGoal.Id, drawn[..CustomerGoals], everyGoal.PriceThresholds);

        _catalog = new SolutionCatalog(_solutions);
        _compiled = _catalog.Compile(_customer);
        _overall = new double[_catalog.Count];
        _evaluated = new (double, string)[_solutions.Length];
        _columnsRead = MemorySpeedReference.ColumnsRead(_catalog, _customer);

        // How much of the catalog the best 10 rule out before scoring it exactly, printed into the benchmark's log.
        var plan = new CustomerPlan();
        plan.Compile(_catalog, _customer);
        CatalogKernel.Top(_catalog, plan, _top, out var skipped, out var scored);
        Console.WriteLine(
            $"// {Catalog}: {skipped} of {_catalog.Blocks} blocks skipped on their summaries ({100.0 * skipped / _catalog.Blocks:F1} %), " +
            $"{scored} of {_catalog.Stride / Vector<double>.Count} vectors scored exactly ({100.0 * scored * Vector<double>.Count / _catalog.Stride:F1} %)");
    }

    /// <summary>Every solution through the one-pair path, then the best 10 by sorting: descending overall, ties by id.</summary>
    [Benchmark(Baseline = true)]
    public double EvaluateTop10()
    {
        var scorer = _catalog.Scorer;
        for (var j = 0; j < _solutions.Length; j++)
        {
            _evaluated[j] = (scorer.Evaluate(_customer, _solutions[j]).Overall, _solutions[j].Id);
        }

        Array.Sort(_evaluated, static (a, b) => a.Overall != b.Overall ? b.Overall.CompareTo(a.Overall) : string.CompareOrdinal(a.Id, b.Id));
        return _evaluated[9].Overall;
    }

    [Benchmark]
    public double Kernel()
    {
        _compiled.Score(_overall);
        return _overall[^1];
    }

    [Benchmark]
    public double KernelTop10() => _compiled.Top(_top) > 0 ? _top[9].Overall : 0.0;

    /// <summary>Sums every column the kernel reads for this customer, a vector at a time: the floor set by memory bandwidth.</summary>
    /// <remarks>The columns' doubles only, not their summaries and shadows: what scoring every solution exactly reads.</remarks>
    [Benchmark]
    public double MemorySpeed() => MemorySpeedReference.Sum(_columnsRead, _catalog.Stride);

    /// <summary>Product lines of 100 consecutive solutions: a line's profile per goal (a third of the goals barely served), members within ±0.1.</summary>
    private static ProposedSolution[] Families(int count, int seed)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(0, CatalogGoals).Select(g => $"g{g}").ToArray();
        var solutions = new ProposedSolution[count];
        var profile = new double[CatalogGoals];
        var (price, effort, enjoyment) = (0.0, 0.0, 0.0);
        for (var j = 0; j < count; j++)
        {
            if (j % 100 == 0)
            {
                for (var g = 0; g < CatalogGoals; g++)
                {
                    profile[g] = random.NextDouble() < 1.0 / 3 ? 0.1 * random.NextDouble() : random.NextDouble();
                }

                (price, effort, enjoyment) = (5 + (75 * random.NextDouble()), random.NextDouble(), random.NextDouble());
            }

            var achievements = new KeyValuePair<string, double>[CatalogGoals];
            for (var g = 0; g < CatalogGoals; g++)
            {
                achievements[g] = KeyValuePair.Create(ids[g], Math.Clamp(profile[g] + (0.2 * random.NextDouble()) - 0.1, 0.0, 1.0));
            }

            solutions[j] = new ProposedSolution(
                $"s{j}",
                Math.Round(price * (0.9 + (0.2 * random.NextDouble())), 2),
                achievements,
                Math.Clamp(effort + (0.2 * random.NextDouble()) - 0.1, 0.0, 1.0),
                Math.Clamp(enjoyment + (0.2 * random.NextDouble()) - 0.1, 0.0, 1.0));
        }

        return solutions;
    }

    /// <summary>Every solution the same achievements, price, effort and enjoyment: only the ids differ.</summary>
    private static ProposedSolution[] Flat(int count)
    {
        var achievements = Enumerable.Range(0, CatalogGoals).Select(g => KeyValuePair.Create($"g{g}", 0.5 + (0.002 * g))).ToArray();
        return [.. Enumerable.Range(0, count).Select(j => new ProposedSolution($"s{j}", 40.0, achievements, 0.3, 0.6))];
    }
}

/// <summary>The memory-speed reference of the catalog suites: a sum of the doubles scoring every solution exactly reads.</summary>
internal static class MemorySpeedReference
{
    /// <summary>What the kernel reads for a customer: one column per goal (logarithms for must-haves), prices, experience factors.</summary>
    public static double[][] ColumnsRead(SolutionCatalog catalog, CustomerProfile customer)
    {
        var plan = new CustomerPlan();
        plan.Compile(catalog, customer);
        return [.. new[] { plan.MustHaves, plan.Performance, plan.Delighters }.SelectMany(t => t.Columns.Take(t.Count)), catalog.Prices, catalog.ExperienceFactors];
    }

    /// <summary>Sums the first <paramref name="stride"/> doubles of every column, a vector at a time.</summary>
    public static double Sum(double[][] columns, int stride)
    {
        var sum = Vector<double>.Zero;
        foreach (var column in columns)
        {
            for (var j = 0; j < stride; j += Vector<double>.Count)
            {
                sum += new Vector<double>(column, j);
            }
        }

        return Vector.Sum(sum);
    }
}
