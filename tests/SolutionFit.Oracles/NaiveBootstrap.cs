using SolutionFit.PriceSensitivity;

namespace SolutionFit.Oracles;

/// <summary>
/// A simple, obviously-correct Poisson bootstrap of a Van Westendorp survey: for each replicate, a new survey of the rows
/// it keeps (replicate weight w·k &gt; 0) under their replicate weights, analysed by
/// <see cref="PriceSensitivityMeter.Analyze(PsmSurvey, PsmOptions?)"/> (a failing analysis defines no point). B passes over
/// the rows and B analyses of n rows each. The oracle of the property tests and the baseline of the benchmarks.
/// </summary>
internal static class NaiveBootstrap
{
    /// <summary>Every replicate's points (NaN where undefined): PMC, OPP, IPP, PME, reach- and revenue-optimal price, each by replicate.</summary>
    public static double[][] Values(PsmSurvey survey, ulong seed, int replicates, PsmOptions options, int firstRow = 0)
    {
        var values = Enumerable.Range(0, 6).Select(_ => Enumerable.Repeat(double.NaN, replicates).ToArray()).ToArray();
        for (var b = 0; b < replicates; b++)
        {
            var kept = new List<(int Row, double Weight)>();
            for (var i = 0; i < survey.Count; i++)
            {
                var weight = (survey.Weights?[i] ?? 1.0) * RandomDraws.PoissonMultiplier(seed, (ulong)(firstRow + i), (ulong)b);
                if (weight > 0.0)
                {
                    kept.Add((i, weight));
                }
            }

            if (kept.Count == 0)
            {
                continue;
            }

            static double? Answer(double[]? column, int i) => column is null || double.IsNaN(column[i]) ? null : column[i];
            var replicate = new PsmSurvey(
                survey.TooCheap is null ? null : kept.Select(r => Answer(survey.TooCheap, r.Row)),
                kept.Select(r => Answer(survey.Cheap, r.Row)),
                kept.Select(r => Answer(survey.Expensive, r.Row)),
                kept.Select(r => Answer(survey.TooExpensive, r.Row)),
                kept.Select(r => r.Weight),
                survey.IntentCheap is null ? null : kept.Select(r => survey.IntentCheap[r.Row]),
                survey.IntentExpensive is null ? null : kept.Select(r => survey.IntentExpensive[r.Row]));
            PsmResult result;
            try
            {
                result = PriceSensitivityMeter.Analyze(replicate, options);
            }
            catch (InvalidInputException)
            {
                continue;
            }

            double?[] points = [result.PointOfMarginalCheapness, result.OptimalPricePoint, result.IndifferencePricePoint, result.PointOfMarginalExpensiveness, result.Nms?.ReachOptimalPrice, result.Nms?.RevenueOptimalPrice];
            for (var p = 0; p < points.Length; p++)
            {
                values[p][b] = points[p] ?? double.NaN;
            }
        }

        return values;
    }
}
