namespace SolutionFit.Tests.MultiCriteria;

/// <summary>
/// Textbook TOPSIS (vector normalisation; the ideal is the column maximum for benefit and minimum for cost) and SAW
/// (linear-max normalisation), written plainly over jagged arrays: the oracle of the property tests and the baseline of
/// the benchmarks.
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
}
