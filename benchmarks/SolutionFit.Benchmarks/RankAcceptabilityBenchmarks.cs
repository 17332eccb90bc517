using BenchmarkDotNet.Attributes;
using SolutionFit.Oracles;

namespace SolutionFit.Benchmarks;

/// <summary>
/// Rank acceptability of one 16-goal customer against 10,000 generated solutions, 1,000 samples with importances ±0.2:
/// the naive path (<c>NaiveAcceptability</c>: each sample a new profile, every solution scored with
/// <c>SolutionFitScorer.Evaluate</c> and sorted; baseline) against <c>SolutionCatalog.Acceptability</c>, for the top 10
/// (the kernel's heap), the top 1,000 (every overall and a selection of the k-th) and the whole catalog (only each
/// sample's winner).
/// </summary>
public class RankAcceptabilityBenchmarks
{
    private ProposedSolution[] _solutions = null!;
    private CustomerProfile _customer = null!;
    private SolutionCatalog _catalog = null!;

    [Params(10_000)]
    public int Solutions { get; set; }

    [Params(1_000)]
    public int Samples { get; set; }

    [Params(10, 1_000, 10_000)]
    public int Top { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _solutions = SyntheticWorkload.Solutions(Solutions, 16, seed: 20261126);
        _customer = SyntheticWorkload.Customers(1, 16, seed: 20261127)[0];
        _catalog = new SolutionCatalog(_solutions);
    }

    [Benchmark(Baseline = true)]
    public int Naive() => NaiveAcceptability.Run(ScoringPolicy.Default, _customer, 0, _solutions, 0.2, Samples, 1, Top).First[0];

    [Benchmark]
    public int Catalog() => _catalog.Acceptability(_customer, 0, 0.2, Samples, 1, Top).Solutions.Values.First().FirstCount;
}
