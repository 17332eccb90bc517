using BenchmarkDotNet.Attributes;
using SolutionFit.Oracles;

namespace SolutionFit.Benchmarks;

/// <summary>
/// One customer scored with 4, 16 and 64 goals, against one solution again and again (<c>Solutions = 1</c>) or walking a
/// catalog, a different solution each call (<c>Solutions = 10000</c>: the solutions' achievements come from memory, not
/// from the cache): the scorer's <c>Score</c>, the same with its per-goal breakdown read, and the allocation-free
/// <c>Evaluate</c>, against the first implementation (<see cref="NaiveScorer"/>: each goal's "if fully achieved" overall
/// recomputed from scratch, quadratic in the goals, and the breakdown built with the score).
/// </summary>
public class ScoringBenchmarks
{
    private readonly SolutionFitScorer _scorer = new();
    private CustomerProfile _customer = null!;
    private ProposedSolution[] _solutions = null!;
    private int _next;

    [Params(4, 16, 64)]
    public int Goals { get; set; }

    [Params(1, 10_000)]
    public int Solutions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _customer = SyntheticWorkload.Customers(1, Goals, seed: 20261126)[0];
        _solutions = SyntheticWorkload.Solutions(Solutions, Goals, seed: 20261127);
    }

    [Benchmark(Baseline = true)]
    public double ScoreSimple() => NaiveScorer.Score(ScoringPolicy.Default, _customer, Next()).Overall;

    [Benchmark]
    public double Score() => _scorer.Score(_customer, Next()).Overall;

    /// <summary>The score with its breakdown: what <c>Score</c> cost before the breakdown was built on first read.</summary>
    [Benchmark]
    public double ScoreExplained() => _scorer.Score(_customer, Next()).Goals[^1].OverallIfFullyAchieved;

    [Benchmark]
    public double Evaluate() => _scorer.Evaluate(_customer, Next()).Overall;

    private ProposedSolution Next()
    {
        var solution = _solutions[_next];
        _next = _next + 1 == _solutions.Length ? 0 : _next + 1;
        return solution;
    }
}
