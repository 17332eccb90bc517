namespace SolutionFit.Tests.Pricing;

/// <summary>
/// A simple, obviously-correct Van Westendorp analysis: every curve value by a scan over all respondents, every NMS
/// probability in a respondents × prices matrix. O(n·d); the oracle of the property tests and the baseline of the benchmarks.
/// </summary>
internal static class NaivePsm
{
    public sealed record Result(double[] Grid, double[]? TooCheap, double[] Cheap, double[] Expensive, double[] TooExpensive, double?[] Points, double[]? Reach);

    public static Result Analyze(PsmSurvey survey, PsmOptions options)
    {
        double[]?[] columns = [survey.TooCheap, survey.Cheap, survey.Expensive, survey.TooExpensive];
        var used = Enumerable.Range(0, survey.Count).Where(i => !options.Validate || Valid(columns, i)).ToArray();
        double Weight(int i) => survey.Weights?[i] ?? 1.0;
        var prices = used.SelectMany(i => columns.Where(c => c is not null).Select(c => c![i])).Where(p => !double.IsNaN(p)).Distinct().Order().ToArray();
        var classic = options.Method == PsmMethod.Classic;

        double[]? Distribution(double[]? column)
        {
            if (column is null)
            {
                return null;
            }

            var answered = used.Where(i => !double.IsNaN(column[i])).ToArray();
            var total = answered.Sum(Weight);
            var f = prices.Select(p => answered.Where(i => column[i] <= p).Sum(Weight) / total).ToArray();
            if (!classic)
            {
                var (min, max) = (answered.Min(i => column[i]), answered.Max(i => column[i]));
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
            var matrix = used.Select(i =>
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
                return grid.Select((p, k) =>
                {
                    var x = indexSpace ? k : p;
                    if (x < anchors[0].X || x > anchors[^1].X)
                    {
                        return classic ? 0.0 : x < anchors[0].X ? anchors[0].P : anchors[^1].P;
                    }

                    var s = Array.FindLastIndex(anchors, a => a.X <= x);
                    return s == anchors.Length - 1 ? anchors[s].P
                        : anchors[s].P + ((anchors[s + 1].P - anchors[s].P) * (x - anchors[s].X) / (anchors[s + 1].X - anchors[s].X));
                }).ToArray();
            }).ToArray();
            var totalWeight = used.Sum(Weight);
            reach = grid.Select((_, k) => used.Select((i, u) => Weight(i) * matrix[u][k]).Sum() / totalWeight).ToArray();
        }

        return new Result(grid, tooCheap, cheap, expensive, tooExpensive, points, reach);
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
