using SolutionFit.MultiCriteria;

namespace SolutionFit.Oracles;

/// <summary>
/// SMAA-2 written plainly: each sample's weights (e_j = −ln u_j over their sum, the draws of <see cref="RandomDraws.SimplexUniform"/>)
/// go into a new decision matrix through the public constructor, the method ranks it, and its competition ranks
/// (<see cref="RankSet.Min"/>) are tallied: the oracle of the property tests and the baseline of the benchmarks.
/// </summary>
internal static class NaiveSmaa
{
    public static (double[][] Acceptability, double[]?[] CentralWeights) Run(DecisionMatrix matrix, Func<DecisionMatrix, RankingResult> method, int samples, ulong seed)
    {
        var (m, n) = (matrix.Alternatives.Count, matrix.Criteria.Count);
        var rows = Enumerable.Range(0, m).Select(i => Enumerable.Range(0, n).Select(j => matrix[i, j]).ToArray()).ToArray();
        var counts = new int[m][];
        var sums = new double[m][];
        for (var i = 0; i < m; i++)
        {
            (counts[i], sums[i]) = (new int[m], new double[n]);
        }

        var firsts = new int[m];
        for (var s = 0; s < samples; s++)
        {
            var e = Enumerable.Range(0, n).Select(j => -Math.Log(RandomDraws.SimplexUniform(seed, (ulong)s, (ulong)j))).ToArray();
            var total = 0.0;
            foreach (var x in e)
            {
                total += x;
            }

            var weights = total == 0.0 ? Enumerable.Repeat(1.0 / n, n).ToArray() : e.Select(x => x / total).ToArray();
            var ranks = method(new DecisionMatrix(matrix.Alternatives, matrix.Criteria, rows, weights)).Ranks.Min;
            for (var i = 0; i < m; i++)
            {
                counts[i][ranks[i] - 1]++;
                if (ranks[i] == 1)
                {
                    firsts[i]++;
                    for (var j = 0; j < n; j++)
                    {
                        sums[i][j] += weights[j];
                    }
                }
            }
        }

        var acceptability = counts.Select(row => row.Select(c => (double)c / samples).ToArray()).ToArray();
        var central = Enumerable.Range(0, m).Select(i => firsts[i] == 0 ? null : sums[i].Select(w => w / firsts[i]).ToArray()).ToArray();
        return (acceptability, central);
    }
}
