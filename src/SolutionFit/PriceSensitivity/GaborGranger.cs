namespace SolutionFit.PriceSensitivity;

/// <summary>
/// Gabor–Granger analysis: demand, revenue index and elasticities at each tested price, the revenue-optimal tested
/// price, and a log-logistic willingness-to-pay model fitted to the answer intervals, for everyone and per segment.
/// </summary>
/// <remarks>
/// Demand at a tested price p is the weighted share of respondents with L ≥ p among those determined at p (L ≥ p or
/// U ≤ p). Simple elasticity from price k to k + 1 is −((D[k+1] − D[k]) / D[k]) / ((p[k+1] − p[k]) / p[k]); the arc
/// elasticity uses midpoints. An elasticity is null where it is undefined (the last price, a zero denominator) and where
/// it is not a finite double. Pure and thread-safe.
/// </remarks>
public static class GaborGranger
{
    /// <summary>Analyses a tally: <c>"all"</c> first, then each segment in ordinal order.</summary>
    /// <param name="tally">The tally.</param>
    /// <returns>The respondent counts and one analysis per segment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public static GaborGrangerResult Analyze(GaborGrangerTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var prices = tally.SortedPrices;
        var segments = new List<GaborGrangerSegment> { AnalyzeSegment("all", tally.All(), prices) };
        foreach (var (segment, cells) in tally.Segments())
        {
            segments.Add(AnalyzeSegment(segment, cells, prices));
        }

        return new GaborGrangerResult(tally.Respondents, tally.Used, tally.Inconsistent, tally.NoAnswer, [.. segments]);
    }

    private static GaborGrangerSegment AnalyzeSegment(string segment, ScaledSum[] cells, IReadOnlyList<double> prices)
    {
        var k = prices.Count;
        var total = default(ScaledSum);
        var demand = new double?[k];
        var determined = new double[k];
        for (var j = 0; j < k; j++)
        {
            var buy = default(ScaledSum);
            var no = default(ScaledSum);
            for (var a = 0; a <= k; a++)
            {
                for (var hi = a; hi <= k; hi++)
                {
                    var cell = cells[(a * (k + 1)) + hi];
                    if (a - 1 >= j)
                    {
                        buy.Add(cell);
                    }
                    else if (hi <= j)
                    {
                        no.Add(cell);
                    }

                    if (j == 0)
                    {
                        total.Add(cell);
                    }
                }
            }

            var b = buy.Sum + buy.Residual;
            var both = buy;
            both.Add(no);
            determined[j] = both.Sum + both.Residual;
            demand[j] = determined[j] > 0.0 ? b / determined[j] : null;
        }

        var rows = new GaborGrangerPrice[k];
        for (var j = 0; j < k; j++)
        {
            double? simple = null;
            double? arc = null;
            if (j + 1 < k && demand[j] is { } d0 && demand[j + 1] is { } d1)
            {
                var (p0, p1) = (prices[j], prices[j + 1]);
                simple = d0 == 0.0 ? null : Finite(-((d1 - d0) / d0) / ((p1 - p0) / p0));

                // The midpoints without overflow or underflow: the mean of two subnormal demands can round to 0, the sum of two prices near double.MaxValue overflows.
                var midPrice = double.IsFinite(p0 + p1) ? (p0 + p1) / 2.0 : (p0 / 2.0) + (p1 / 2.0);
                arc = d0 + d1 == 0.0 ? null : Finite(-(2.0 * (d1 - d0) / (d0 + d1)) / ((p1 - p0) / midPrice));
            }

            rows[j] = new GaborGrangerPrice(prices[j], demand[j], determined[j], simple, arc);
        }

        return new GaborGrangerSegment(segment, total.Sum + total.Residual, rows, LogLogisticFit.Fit(LogLogisticFit.Intervals(cells, prices)));
    }

    /// <summary>The value, or null when it is not finite (an elasticity past double's range).</summary>
    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
