using SolutionFit.MultiCriteria;

namespace SolutionFit.Workloads;

/// <summary>
/// The ranking methods on the matrix of <c>RankingBenchmarks</c>: 10,000 alternatives × 20 criteria, values 1–100, every
/// third criterion a cost, random weights. PROMETHEE II (usual preference) compares every pair in the earlier
/// commits, so it runs on 1,000 alternatives from the same generator.
/// </summary>
internal static class McdaWorkloads
{
    public static IEnumerable<Workload> All() =>
    [
        new("mcda/topsis/10kx20", On(10_000, matrix => MultiCriteriaRanking.Topsis(matrix))),
        new("mcda/topsis+dense-ranks/10kx20", On(10_000, matrix => MultiCriteriaRanking.Topsis(matrix).Ranks.Dense)),
        new("mcda/weighted-sum/10kx20", On(10_000, matrix => MultiCriteriaRanking.WeightedSum(matrix))),
        new("mcda/vikor/10kx20", On(10_000, matrix => MultiCriteriaRanking.Vikor(matrix))),
        new("mcda/promethee/1kx20", On(1_000, matrix => MultiCriteriaRanking.PrometheeII(matrix))),
    ];

    private static Func<Action> On<T>(int alternatives, Func<DecisionMatrix, T> method) => () =>
    {
        var matrix = Matrix(alternatives, 20);
        return Sink.Of(() => method(matrix));
    };

    private static DecisionMatrix Matrix(int alternatives, int criteria)
    {
        var random = new Random(20261126);
        var values = Enumerable.Range(0, alternatives).Select(_ => Enumerable.Range(0, criteria).Select(_ => 1 + (99 * random.NextDouble())).ToArray()).ToArray();
        var weights = Enumerable.Range(0, criteria).Select(_ => random.NextDouble()).ToArray();
        return new DecisionMatrix(
            Enumerable.Range(0, alternatives).Select(i => $"a{i}"),
            Enumerable.Range(0, criteria).Select(j => j % 3 == 0 ? Criterion.Cost($"c{j}") : Criterion.Benefit($"c{j}")),
            values,
            weights);
    }
}
