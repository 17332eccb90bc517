using BenchmarkDotNet.Attributes;
using SolutionFit.Cli;
using SolutionFit.Tests.Scoring;

namespace SolutionFit.Benchmarks;

/// <summary>
/// One customer × one solution with 4, 16 and 64 goals: the scorer's explained <c>Score</c> and allocation-free
/// <c>Evaluate</c> against the first implementation (<see cref="NaiveScorer"/>: each goal's "if fully achieved" overall
/// recomputed from scratch, quadratic in the goals).
/// </summary>
public class ScoringBenchmarks
{
    private readonly SolutionFitScorer _scorer = new();
    private CustomerProfile _customer = null!;
    private ProposedSolution _solution = null!;

    [Params(4, 16, 64)]
    public int Goals { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _customer = SyntheticWorkload.Customers(1, Goals, seed: 20261126)[0];
        _solution = SyntheticWorkload.Solutions(1, Goals, seed: 20261127)[0];
    }

    [Benchmark(Baseline = true)]
    public double ScoreSimple() => NaiveScorer.Score(ScoringPolicy.Default, _customer, _solution).Overall;

    [Benchmark]
    public double Score() => _scorer.Score(_customer, _solution).Overall;

    [Benchmark]
    public double Evaluate() => _scorer.Evaluate(_customer, _solution).Overall;
}
