using SolutionFit.PriceSensitivity;

namespace SolutionFit.Oracles;

/// <summary>
/// A simple, obviously-correct Van Westendorp analysis: each column sorted with its weights and read by binary search
/// (O(n log n)), every respondent's NMS probability evaluated at every grid price (the respondents × prices matrix,
/// summed row by row: O(n·g)). The oracle of the property tests and the baseline of the benchmarks.
/// </summary>
internal static class NaivePsm
{
    public sealed record Result(double[] Grid, double[]? TooCheap, double[] Cheap, double[] Expensive, double[] TooExpensive, double?[] Points, double[]? Reach);

    public static Result Analyze(PsmSurvey survey, PsmOptions options)
    {
        double[]?[] columns = [survey.TooCheap, survey.Cheap, survey.Expensive, survey.TooExpensive];
        var used = Enumerable.Range(0, survey.Count).Where(i => !options.ExcludeInconsistent || Valid(columns, i)).ToArray();
        double Weight(int i) => survey.Weights?[i] ?? 1.0;
        var prices = used.SelectMany(i => columns.Where(c => c is not null).Select(c => c![i])).Where(p => !double.IsNaN(p)).Distinct().Order().ToArray();
        var classic = options.Method == PsmMethod.Classic;

        double[]? Distribution(double[]? column)
        {
            if (column is null)
            {
                return null;
            }

            var answers = used.Where(i => !double.IsNaN(column[i])).Select(i => column[i]).ToArray();
            var answerWeights = used.Where(i => !double.IsNaN(column[i])).Select(Weight).ToArray();
            Array.Sort(answers, answerWeights);
            var atOrBelow = new double[answers.Length + 1];
            for (var k = 0; k < answers.Length; k++)
            {
                atOrBelow[k + 1] = atOrBelow[k] + answerWeights[k];
            }

            var f = prices.Select(p => atOrBelow[UpperBound(answers, p)] / atOrBelow[^1]).ToArray();
            if (!classic)
            {
                var (min, max) = (answers[0], answers[^1]);
                f = prices.Select((p, k) => p <= min ? 0.0 : p >= max ? 1.0 : f[k]).ToArray();
            }

            return f;
        }

        var grid = prices;
        if (options.InterpolationStep is { } step)
        {
            var count = (long)(((prices[^1] - prices[0]) / step) + 1e-10) + 1;
            grid = Enumerable.Range(0, (int)count).Select(i => Math.Min(prices[0] + (i * step), prices[^1])).ToArray();
        }

        double[]? OnGrid(double[]? f, bool complement) => f is null ? null : Approx(prices, f.Select(v => complement ? 1.0 - v : v).ToArray(), grid);
        var tooCheap = OnGrid(Distribution(columns[0]), true);
        var cheap = OnGrid(Distribution(columns[1]), true)!;
        var expensive = OnGrid(Distribution(columns[2]), false)!;
        var tooExpensive = OnGrid(Distribution(columns[3]), false)!;
        var notCheap = cheap.Select(c => 1.0 - c).ToArray();
        var notExpensive = expensive.Select(e => 1.0 - e).ToArray();
        var narrower = options.AcceptableRange == PsmAcceptableRange.Narrower;
        double?[] points =
        [
            tooCheap is null ? null : Cross(grid, narrower ? expensive : notCheap, tooCheap, options),
            tooCheap is null ? null : Cross(grid, tooExpensive, tooCheap, options),
            Cross(grid, expensive, cheap, options),
            Cross(grid, tooExpensive, narrower ? cheap : notExpensive, options),
        ];

        double[]? reach = null;
        if (survey.HasPurchaseIntentions)
        {
            var calibration = options.Calibration;
            double Map(int? intent) => calibration.Probabilities[calibration.Scale.ToList().IndexOf(intent!.Value)];
            var indexSpace = classic && options.InterpolationStep is null;
            reach = new double[grid.Length];
            var totalWeight = 0.0;
            foreach (var i in used)
            {
                var anchors = new[]
                    {
                        (Price: columns[0]?[i] ?? double.NaN, P: calibration.TooCheap),
                        (Price: columns[3]![i], P: calibration.TooExpensive),
                        (Price: columns[1]![i], P: Map(survey.IntentCheap![i])),
                        (Price: columns[2]![i], P: Map(survey.IntentExpensive![i])),
                    }
                    .Where(a => !double.IsNaN(a.Price))
                    .GroupBy(a => a.Price).Select(g => g.Last())
                    .OrderBy(a => a.Price)
                    .Select(a => (X: indexSpace ? Array.IndexOf(prices, a.Price) : a.Price, a.P))
                    .ToArray();
                if (anchors.Length == 0)
                {
                    continue; // no answer, no purchase probability: left out of the reach
                }

                totalWeight += Weight(i);
                for (var k = 0; k < grid.Length; k++)
                {
                    double x = indexSpace ? k : grid[k], probability;
                    if (x < anchors[0].X || x > anchors[^1].X)
                    {
                        probability = classic ? 0.0 : x < anchors[0].X ? anchors[0].P : anchors[^1].P;
                    }
                    else
                    {
                        var s = Array.FindLastIndex(anchors, a => a.X <= x);
                        probability = s == anchors.Length - 1 ? anchors[s].P
                            : anchors[s].P + ((anchors[s + 1].P - anchors[s].P) * (x - anchors[s].X) / (anchors[s + 1].X - anchors[s].X));
                    }

                    reach[k] += Weight(i) * probability;
                }
            }

            reach = reach.Select(r => totalWeight > 0 ? r / totalWeight : 0.0).ToArray();
        }

        return new Result(grid, tooCheap, cheap, expensive, tooExpensive, points, reach);
    }

    /// <summary>The number of sorted values at or below <paramref name="price"/>.</summary>
    private static int UpperBound(double[] sorted, double price)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = sorted[middle] <= price ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private static bool Valid(double[]?[] columns, int i)
    {
        var answers = columns.Where(c => c is not null).Select(c => c![i]).ToArray();
        return answers.All(a => !double.IsNaN(a)) && answers.Zip(answers.Skip(1)).All(p => p.First < p.Second);
    }

    private static double[] Approx(double[] x, double[] y, double[] xOut) => xOut.Select(v =>
    {
        if (x.Length == 1)
        {
            return y[0];
        }

        var i = Math.Min(Array.FindLastIndex(x, p => p <= v), x.Length - 2);
        return v == x[i + 1] ? y[i + 1] : v == x[i] ? y[i] : y[i] + ((y[i + 1] - y[i]) * ((v - x[i]) / (x[i + 1] - x[i])));
    }).ToArray();

    private static double? Cross(double[] grid, double[] rising, double[] falling, PsmOptions options)
    {
        List<double> crossings;
        if (options.Method == PsmMethod.Classic)
        {
            var first = Enumerable.Range(0, grid.Length).FirstOrDefault(k => rising[k] >= falling[k], -1);
            crossings = first < 0 ? [] : Enumerable.Range(0, grid.Length).Where(k => rising[k] == rising[first] && falling[k] == falling[first]).Select(k => grid[k]).ToList();
        }
        else
        {
            crossings = Enumerable.Range(0, grid.Length - 1)
                .Where(k => Math.Sign(rising[k] - falling[k]) != Math.Sign(rising[k + 1] - falling[k + 1]))
                .Select(k =>
                {
                    var (d1, d2) = (rising[k] - falling[k], rising[k + 1] - falling[k + 1]);
                    return grid[k] - (d1 * (grid[k + 1] - grid[k]) / (d2 - d1));
                })
                .ToList();
        }

        if (crossings.Count == 0)
        {
            return null;
        }

        var sorted = crossings.Order().ToArray();
        return options.Intersection switch
        {
            PsmIntersection.Max => sorted[^1],
            PsmIntersection.Mean => crossings.Sum() / crossings.Count,
            PsmIntersection.Median => sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2.0,
            _ => sorted[0],
        };
    }
}
