using SolutionFit.MultiCriteria;

namespace SolutionFit.Oracles;

/// <summary>
/// Textbook TOPSIS (vector normalisation; the ideal is the column maximum for benefit and minimum for cost), SAW
/// (linear-max normalisation) and PROMETHEE II (every pair compared on every criterion), written plainly: the oracles of
/// the property tests and the baselines of the benchmarks.
/// </summary>
internal static class NaiveMcda
{
    public static double[] Topsis(double[][] x, bool[] cost, double[] weights)
    {
        var (m, n) = (x.Length, weights.Length);
        var w = weights.Select(v => v / weights.Sum()).ToArray();
        var norms = Enumerable.Range(0, n).Select(j => Math.Sqrt(x.Sum(row => row[j] * row[j]))).ToArray();
        var v = x.Select(row => row.Select((value, j) => w[j] * value / norms[j]).ToArray()).ToArray();
        var ideal = Enumerable.Range(0, n).Select(j => cost[j] ? v.Min(row => row[j]) : v.Max(row => row[j])).ToArray();
        var anti = Enumerable.Range(0, n).Select(j => cost[j] ? v.Max(row => row[j]) : v.Min(row => row[j])).ToArray();
        return v.Select(row =>
        {
            var plus = Math.Sqrt(row.Select((value, j) => (value - ideal[j]) * (value - ideal[j])).Sum());
            var minus = Math.Sqrt(row.Select((value, j) => (value - anti[j]) * (value - anti[j])).Sum());
            return minus / (plus + minus);
        }).ToArray();
    }

    public static double[] WeightedSum(double[][] x, bool[] cost, double[] weights)
    {
        var n = weights.Length;
        var w = weights.Select(v => v / weights.Sum()).ToArray();
        var max = Enumerable.Range(0, n).Select(j => x.Max(row => row[j])).ToArray();
        var min = Enumerable.Range(0, n).Select(j => x.Min(row => row[j])).ToArray();
        return x.Select(row => row.Select((value, j) => w[j] * (cost[j] ? min[j] / value : value / max[j])).Sum()).ToArray();
    }

    /// <summary>Textbook VIKOR with v = 1/2 (no degenerate columns): Q, lower is better.</summary>
    public static double[] Vikor(double[][] x, bool[] cost, double[] weights)
    {
        var n = weights.Length;
        var w = weights.Select(v => v / weights.Sum()).ToArray();
        var best = Enumerable.Range(0, n).Select(j => cost[j] ? x.Min(row => row[j]) : x.Max(row => row[j])).ToArray();
        var worst = Enumerable.Range(0, n).Select(j => cost[j] ? x.Max(row => row[j]) : x.Min(row => row[j])).ToArray();
        var regret = x.Select(row => row.Select((value, j) => w[j] * (best[j] - value) / (best[j] - worst[j])).ToArray()).ToArray();
        var s = regret.Select(row => row.Sum()).ToArray();
        var r = regret.Select(row => row.Max()).ToArray();
        var (sBest, sWorst, rBest, rWorst) = (s.Min(), s.Max(), r.Min(), r.Max());
        return s.Select((si, i) => (0.5 * (si - sBest) / (sWorst - sBest)) + (0.5 * (r[i] - rBest) / (rWorst - rBest))).ToArray();
    }

    /// <summary>
    /// PROMETHEE II net flows for the usual criterion, counted: alternative a is preferred on criterion j to every b with
    /// a worse value and less preferred than every b with a better one, both counts read from the sorted column.
    /// </summary>
    public static double[] PrometheeUsualByCounting(double[][] x, bool[] cost, double[] weights)
    {
        var (m, n) = (x.Length, weights.Length);
        var w = weights.Select(v => v / weights.Sum()).ToArray();
        var net = new double[m];
        for (var j = 0; j < n; j++)
        {
            var column = x.Select(row => cost[j] ? -row[j] : row[j]).ToArray();
            var sorted = column.Order().ToArray();
            for (var a = 0; a < m; a++)
            {
                var worse = LowerBound(sorted, column[a]);
                var better = m - LowerBound(sorted, Math.BitIncrement(column[a]));
                net[a] += w[j] * (worse - better) / (m - 1);
            }
        }

        return net;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = sorted[middle] < value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>
    /// PROMETHEE II by definition: for every ordered pair (a, b) and criterion j, the preference P_j(d_j(a, b)) is added,
    /// weighted and divided by m − 1, to a's positive flow and b's negative flow; returns the positive, negative and net
    /// flows and each criterion's net flow (row-major, alternative i and criterion j at <c>i·n + j</c>).
    /// </summary>
    public static (double[] Plus, double[] Minus, double[] Net, double[] PerCriterion) PrometheeII(DecisionMatrix matrix, IReadOnlyList<PreferenceFunction>? preferences = null)
    {
        var (m, n) = (matrix.Alternatives.Count, matrix.Criteria.Count);
        var (plus, minus, perCriterion) = (new double[m], new double[m], new double[m * n]);
        var scale = m > 1 ? 1.0 / (m - 1) : 0.0;
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                if (a == b)
                {
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    var preference = (preferences?[j] ?? PreferenceFunction.Usual).Evaluate(Advantage(matrix, a, b, j));
                    plus[a] += matrix.Weights[j] * preference * scale;
                    minus[b] += matrix.Weights[j] * preference * scale;
                    perCriterion[(a * n) + j] += preference * scale;
                    perCriterion[(b * n) + j] -= preference * scale;
                }
            }
        }

        return (plus, minus, plus.Zip(minus, (p, q) => p - q).ToArray(), perCriterion);
    }

    /// <summary>The advantage of a over b on criterion j: x_a − x_b for benefit, x_b − x_a for cost, |x_b − t| − |x_a − t| for target.</summary>
    private static double Advantage(DecisionMatrix matrix, int a, int b, int j)
    {
        var criterion = matrix.Criteria[j];
        var (xa, xb) = (matrix[a, j], matrix[b, j]);
        return criterion.Type switch
        {
            CriterionType.Cost => xb - xa,
            CriterionType.Target => Math.Abs(xb - criterion.Target) - Math.Abs(xa - criterion.Target),
            _ => xa - xb,
        };
    }
}
