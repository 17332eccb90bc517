using BenchmarkDotNet.Attributes;
using SolutionFit.MultiCriteria;
using SolutionFit.Oracles;

namespace SolutionFit.Benchmarks;

/// <summary>
/// SMAA-2, 10,000 weight samples on 100 alternatives × 10 criteria, for each method: the library (the weight-independent
/// columns once, then a weighted pass and a sort per sample in reused buffers) against the plain way (each sample's
/// weights through a new decision matrix and the method, <see cref="NaiveSmaa"/>).
/// </summary>
public class SmaaBenchmarks
{
    private DecisionMatrix _matrix = null!;

    [Params(RankingMethod.WeightedSum, RankingMethod.Topsis, RankingMethod.Vikor, RankingMethod.PrometheeII)]
    public RankingMethod Method { get; set; }

    [Params(10_000)]
    public int Samples { get; set; }

    [GlobalSetup]
    public void Setup() => _matrix = McdaWorkload.Create(100, 10).Matrix;

    [Benchmark(Baseline = true)]
    public double PerSampleThroughTheMethod()
    {
        Func<DecisionMatrix, RankingResult> method = Method switch
        {
            RankingMethod.WeightedSum => m => MultiCriteriaRanking.WeightedSum(m),
            RankingMethod.Topsis => m => MultiCriteriaRanking.Topsis(m),
            RankingMethod.Vikor => m => MultiCriteriaRanking.Vikor(m),
            _ => m => MultiCriteriaRanking.PrometheeII(m),
        };
        return NaiveSmaa.Run(_matrix, method, Samples, 1).Acceptability[0][0];
    }

    [Benchmark]
    public double Smaa() => MultiCriteriaRanking.Smaa(_matrix, Method, Samples, 1).RankAcceptability[0][0];
}
