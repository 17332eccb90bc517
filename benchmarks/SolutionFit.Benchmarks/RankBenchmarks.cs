using BenchmarkDotNet.Attributes;
using SolutionFit.Oracles;

namespace SolutionFit.Benchmarks;

/// <summary>
/// Every solution of a catalog of 10,000 ranked for one customer with 16 and 64 goals: <c>SolutionFitScorer.Rank</c> over
/// the list of solutions, and over the compiled catalog (<c>Rank(CompiledCustomer)</c>, and into a reused array; compiling
/// the customer included),
/// against the obvious implementation (<see cref="NaiveScorer"/> for each solution, then a sort by overall and id). For
/// reference: the compiled catalog's kernel alone (every overall and reaction, no order) and its heap-based
/// <c>Top</c> asked for every solution.
/// </summary>
public class RankBenchmarks
{
    private readonly SolutionFitScorer _scorer = new();
    private ProposedSolution[] _solutions = null!;
    private CustomerProfile _customer = null!;
    private SolutionCatalog _catalog = null!;
    private CompiledCustomer _compiled = null!;
    private double[] _overall = null!;
    private PriceReaction[] _reactions = null!;
    private RankedSolution[] _all = null!;

    [Params(10_000)]
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
        _overall = new double[Solutions];
        _reactions = new PriceReaction[Solutions];
        _all = new RankedSolution[Solutions];
    }

    [Benchmark(Baseline = true)]
    public double RankSimple()
    {
        var scores = Array.ConvertAll(_solutions, s => NaiveScorer.Score(ScoringPolicy.Default, _customer, s));
        Array.Sort(scores, static (x, y) => x.Overall != y.Overall ? y.Overall.CompareTo(x.Overall) : string.CompareOrdinal(x.SolutionId, y.SolutionId));
        return scores[0].Overall;
    }

    [Benchmark]
    public double Rank() => _scorer.Rank(_customer, _solutions)[0].Overall;

    [Benchmark]
    public double RankCatalog() => _scorer.Rank(_catalog.Compile(_customer))[0].Overall;

    /// <summary>The same into a reused destination: nothing allocated.</summary>
    [Benchmark]
    public double RankCatalogInto() => _scorer.Rank(_catalog.Compile(_customer), _all) > 0 ? _all[0].Overall : 0.0;

    [Benchmark]
    public double CatalogKernel()
    {
        _compiled.Score(_overall, _reactions);
        return _overall[^1];
    }

    [Benchmark]
    public double CatalogTopAll() => _compiled.Top(_all) > 0 ? _all[0].Overall : 0.0;
}
