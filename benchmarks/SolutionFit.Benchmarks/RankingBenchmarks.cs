using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SolutionFit.Tests.MultiCriteria;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Benchmarks;

/// <summary>
/// TOPSIS (vector) and weighted sum (linear-max) of 10,000 alternatives × 20 criteria, against the textbook implementation
/// over jagged arrays (which computes scores, not ranks); with and without the ranks, which a result computes on first access.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RankingBenchmarks
{
    private double[][] _values = null!;
    private bool[] _cost = null!;
    private double[] _weights = null!;
    private DecisionMatrix _matrix = null!;

    [Params(10_000)]
    public int Alternatives { get; set; }

    [Params(20)]
    public int Criteria { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261126);
        _values = Enumerable.Range(0, Alternatives).Select(_ => Enumerable.Range(0, Criteria).Select(_ => 1 + (99 * random.NextDouble())).ToArray()).ToArray();
        _cost = Enumerable.Range(0, Criteria).Select(j => j % 3 == 0).ToArray();
        _weights = Enumerable.Range(0, Criteria).Select(_ => random.NextDouble()).ToArray();
        _matrix = new DecisionMatrix(
            Enumerable.Range(0, Alternatives).Select(i => $"a{i}"),
            Enumerable.Range(0, Criteria).Select(j => _cost[j] ? Criterion.Cost($"c{j}") : Criterion.Benefit($"c{j}")),
            _values,
            _weights);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Topsis")]
    public double TopsisSimple() => NaiveMcda.Topsis(_values, _cost, _weights)[0];

    [Benchmark, BenchmarkCategory("Topsis")]
    public double Topsis() => MultiCriteriaRanking.Topsis(_matrix).Scores[0];

    [Benchmark, BenchmarkCategory("Topsis")]
    public int TopsisWithRanks() => MultiCriteriaRanking.Topsis(_matrix).Ranks.Average.Count;

    [Benchmark(Baseline = true), BenchmarkCategory("WeightedSum")]
    public double WeightedSumSimple() => NaiveMcda.WeightedSum(_values, _cost, _weights)[0];

    [Benchmark, BenchmarkCategory("WeightedSum")]
    public double WeightedSum() => MultiCriteriaRanking.WeightedSum(_matrix).Scores[0];

    [Benchmark, BenchmarkCategory("WeightedSum")]
    public int WeightedSumWithRanks() => MultiCriteriaRanking.WeightedSum(_matrix).Ranks.Average.Count;
}
