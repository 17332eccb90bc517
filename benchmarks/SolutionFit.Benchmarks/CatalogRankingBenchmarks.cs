using System.Numerics;
using BenchmarkDotNet.Attributes;
using SolutionFit.Cli;

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

        // What the kernel reads for this customer: one column per goal (logarithms for must-haves), prices, experience factors.
        var plan = new CustomerPlan();
        plan.Compile(_catalog, _customer);
        _columnsRead = [.. new[] { plan.MustHaves, plan.Performance, plan.Delighters }.SelectMany(t => t.Columns.Take(t.Count)), _catalog.Prices, _catalog.ExperienceFactors];
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
    public double MemorySpeed()
    {
        var sum = Vector<double>.Zero;
        foreach (var column in _columnsRead)
        {
            for (var j = 0; j < column.Length; j += Vector<double>.Count)
            {
                sum += new Vector<double>(column, j);
            }
        }

        return Vector.Sum(sum);
    }
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
