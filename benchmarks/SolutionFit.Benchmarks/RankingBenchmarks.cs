using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SolutionFit.Oracles;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Benchmarks;

/// <summary>
/// TOPSIS (vector), weighted sum (linear-max) and VIKOR of 10,000 alternatives × 20 criteria, each against its textbook
/// implementation over jagged arrays (which computes scores, not ranks); with and without the ranks, which a result
/// computes on first access.
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
    public void Setup() => (_values, _cost, _weights, _matrix) = McdaWorkload.Create(Alternatives, Criteria);

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

    [Benchmark(Baseline = true), BenchmarkCategory("Vikor")]
    public double VikorSimple() => NaiveMcda.Vikor(_values, _cost, _weights)[0];

    [Benchmark, BenchmarkCategory("Vikor")]
    public double Vikor() => MultiCriteriaRanking.Vikor(_matrix).Scores[0];
}

/// <summary>
/// PROMETHEE II at 10,000 × 20 and 50,000 × 10: the usual criterion and a linear preference on every criterion, against
/// net flows counted from each sorted column (usual criterion only; comparing every pair would take minutes here).
/// </summary>
public class PrometheeBenchmarks
{
    private double[][] _values = null!;
    private bool[] _cost = null!;
    private double[] _weights = null!;
    private DecisionMatrix _matrix = null!;
    private PreferenceFunction[] _linear = null!;

    [Params("10000x20", "50000x10")]
    public string Size { get; set; } = "10000x20";

    [GlobalSetup]
    public void Setup()
    {
        var size = Size.Split('x');
        (_values, _cost, _weights, _matrix) = McdaWorkload.Create(int.Parse(size[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(size[1], System.Globalization.CultureInfo.InvariantCulture));

        // Values are 1..100: no preference up to 5, full from 30 on, a window of a quarter of the range in between.
        _linear = Enumerable.Repeat(PreferenceFunction.Linear(5, 30), _weights.Length).ToArray();
    }

    [Benchmark(Baseline = true)]
    public double UsualByCounting() => NaiveMcda.PrometheeUsualByCounting(_values, _cost, _weights)[0];

    [Benchmark]
    public double Usual() => MultiCriteriaRanking.PrometheeII(_matrix).Scores[0];

    [Benchmark]
    public double Linear() => MultiCriteriaRanking.PrometheeII(_matrix, _linear).Scores[0];
}

/// <summary>The benchmarks' decision matrix: values 1..100 from a fixed seed, every third criterion a cost.</summary>
internal static class McdaWorkload
{
    public static (double[][] Values, bool[] Cost, double[] Weights, DecisionMatrix Matrix) Create(int alternatives, int criteria)
    {
        var random = new Random(20261126);
        var values = Enumerable.Range(0, alternatives).Select(_ => Enumerable.Range(0, criteria).Select(_ => 1 + (99 * random.NextDouble())).ToArray()).ToArray();
        var cost = Enumerable.Range(0, criteria).Select(j => j % 3 == 0).ToArray();
        var weights = Enumerable.Range(0, criteria).Select(_ => random.NextDouble()).ToArray();
        var matrix = new DecisionMatrix(
            Enumerable.Range(0, alternatives).Select(i => $"a{i}"),
            Enumerable.Range(0, criteria).Select(j => cost[j] ? Criterion.Cost($"c{j}") : Criterion.Benefit($"c{j}")),
            values,
            weights);
        return (values, cost, weights, matrix);
    }
}
