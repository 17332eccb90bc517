using System.Runtime.CompilerServices;

namespace SolutionFit.PriceSensitivity;

/// <summary>The analysis of every replicate: the same analysis as <see cref="PriceSensitivityMeter"/>'s, of the rows each replicate keeps.</summary>
public sealed partial class PsmBootstrapTally
{
    /// <summary>The points of a replicate: PMC, OPP, IPP, PME, then with purchase intentions the reach- and revenue-optimal prices.</summary>
    internal const int Points = 6;

    /// <summary>
    /// Every replicate's points (NaN where undefined), by point and then replicate. Replicates run in parallel, each on its
    /// own, so the values do not depend on the number of threads.
    /// </summary>
    /// <exception cref="InvalidInputException">The interpolation step makes a grid of a replicate larger than the options allow (<see cref="ArgumentException.ParamName"/> <c>options</c>).</exception>
    internal double[][] ReplicateValues(PsmOptions options)
    {
        Flush();
        var order = new int[_prices.Count];
        var sortedPrices = new double[_prices.Count];
        for (var s = 0; s < order.Length; s++)
        {
            (order[s], sortedPrices[s]) = (s, _prices[s]);
        }

        Array.Sort(sortedPrices, order);
        var inconsistent = _inconsistent.Where(r => r.Weight > 0.0).OrderBy(r => r.Row).ToArray();
        var withIntentions = _withIntentions?.Where(r => r.Weight > 0.0).OrderBy(r => r.Row).ToArray();
        var intentionUnit = withIntentions is { Length: > 0 } ? ScaledSum.ExponentOf(withIntentions.Max(r => r.Weight)) : 0;
        var values = new double[Points][];
        for (var p = 0; p < Points; p++)
        {
            values[p] = new double[Replicates];
        }

        var errors = new InvalidInputException?[Replicates];
        Parallel.For(0, Replicates, b =>
        {
            Span<double> points = stackalloc double[Points];
            points.Fill(double.NaN);
            try
            {
                Replicate(b, options, order, inconsistent, withIntentions, intentionUnit, points);
            }
            catch (InvalidInputException ex) when (ex.Field == nameof(PsmOptions.InterpolationStep))
            {
                errors[b] = ex;
            }

            for (var p = 0; p < Points; p++)
            {
                values[p][b] = points[p];
            }
        });

        if (Array.Find(errors, e => e is not null) is { } error)
        {
            throw error;
        }

        return values;
    }

    /// <summary>One replicate's points; left NaN where undefined, every one when the analysis of the kept rows fails.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Replicate(int b, PsmOptions options, int[] order, Respondent[] inconsistent, Respondent[]? withIntentions, int intentionUnit, Span<double> points)
    {
        // The kept inconsistent respondents, with their replicate weights in the sums' unit.
        var kept = new List<(Respondent Respondent, double Weight)>();
        var anyTooCheap = false;
        foreach (var r in inconsistent)
        {
            var k = RandomDraws.PoissonMultiplier(Seed, (ulong)r.Row, (ulong)b);
            if (k > 0)
            {
                kept.Add((r, (_counting ? r.Weight : ScaledSum.Scale(r.Weight, -_exponent)) * k));
                anyTooCheap |= !double.IsNaN(r.TooCheap);
            }
        }

        for (var s = 0; s < order.Length && !anyTooCheap; s++)
        {
            anyTooCheap = ValueAt(s, PsmQuestions.TooCheap, b) > 0.0;
        }

        var threeQuestion = !anyTooCheap;
        var (prices, weights) = options.ExcludeInconsistent
            ? UsedWeights(b, order, threeQuestion ? PsmRespondent.WithoutTooCheap : Consistent)
            : AllWeights(b, kept);
        if (prices.Length == 0)
        {
            return; // no row kept, or none used
        }

        var distributions = new EmpiricalDistributions(prices, weights);
        for (var q = threeQuestion ? PsmQuestions.Cheap : PsmQuestions.TooCheap; q < PsmQuestions.Count; q++)
        {
            if (!(distributions.Totals[q] > 0.0))
            {
                return;
            }
        }

        var (grid, _, found) = PriceSensitivityMeter.CurvesAndPoints(distributions, threeQuestion, options);
        if (withIntentions is not null)
        {
            if (!TryNms(b, options, prices, grid, withIntentions, intentionUnit, threeQuestion, out var reachOptimum, out var revenueOptimum))
            {
                return;
            }

            (points[4], points[5]) = (reachOptimum, revenueOptimum);
        }

        found.AsSpan().CopyTo(points);
    }

    /// <summary>The sorted prices and per-question weights of the kept respondents of one kind (those the analysis uses).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double[] Prices, double[][] Weights) UsedWeights(int b, int[] order, int kind)
    {
        var (first, firstQuestion) = kind == Consistent ? (0, PsmQuestions.TooCheap) : (PsmQuestions.Count - 1, PsmQuestions.Cheap);
        var prices = new List<double>();
        var weights = new List<double>[PsmQuestions.Count];
        for (var q = 0; q < weights.Length; q++)
        {
            weights[q] = [];
        }

        Span<double> cells = stackalloc double[PsmQuestions.Count];
        foreach (var s in order)
        {
            var present = false;
            cells.Clear();
            for (var q = firstQuestion; q < PsmQuestions.Count; q++)
            {
                cells[q] = ValueAt(s, first + q, b);
                present |= cells[q] > 0.0;
            }

            if (present)
            {
                prices.Add(_prices[s]);
                for (var q = 0; q < PsmQuestions.Count; q++)
                {
                    weights[q].Add(0.0 + cells[q]);
                }
            }
        }

        return ([.. prices], [.. weights.Select(w => w.ToArray())]);
    }

    /// <summary>
    /// The sorted prices and per-question weights of every kept respondent (inconsistent ones included), summed as
    /// <see cref="PsmTally"/> sums them: each price's two kinds in turn, then the inconsistent respondents in row order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double[] Prices, double[][] Weights) AllWeights(int b, List<(Respondent Respondent, double Weight)> inconsistent)
    {
        var table = new PriceTable(Math.Max(16, _prices.Count));
        for (var s = 0; s < _prices.Count; s++)
        {
            for (var kind = 0; kind < 2; kind++)
            {
                var (first, firstQuestion) = kind == Consistent ? (0, PsmQuestions.TooCheap) : (PsmQuestions.Count - 1, PsmQuestions.Cheap);
                var present = false;
                for (var q = firstQuestion; q < PsmQuestions.Count; q++)
                {
                    present |= ValueAt(s, first + q, b) > 0.0;
                }

                for (var q = firstQuestion; q < PsmQuestions.Count && present; q++)
                {
                    table.Add(_prices[s], q, ValueAt(s, first + q, b));
                }
            }
        }

        foreach (var (r, weight) in inconsistent)
        {
            table.Add(r.TooCheap, PsmQuestions.TooCheap, weight);
            table.Add(r.Cheap, PsmQuestions.Cheap, weight);
            table.Add(r.Expensive, PsmQuestions.Expensive, weight);
            table.Add(r.TooExpensive, PsmQuestions.TooExpensive, weight);
        }

        return table.Sorted();
    }

    /// <summary>The Newton–Miller–Smith optima of one replicate, from the respondents it keeps; false when that analysis fails.</summary>
    private bool TryNms(int b, PsmOptions options, double[] prices, double[] grid, Respondent[] respondents, int unit, bool threeQuestion, out double reachOptimum, out double revenueOptimum)
    {
        (reachOptimum, revenueOptimum) = (double.NaN, double.NaN);
        var classic = options.Method == PsmMethod.Classic;
        var events = new AnchorEvents(prices, zeroOutside: classic, indexSpace: classic && options.InterpolationStep is null);
        var calibration = options.Calibration;
        Span<int> ranks = stackalloc int[PsmQuestions.Count];
        Span<double> probabilities = stackalloc double[PsmQuestions.Count];
        foreach (var r in respondents)
        {
            if (options.ExcludeInconsistent && !PsmRespondent.IsUsed(r.Kind, threeQuestion))
            {
                continue;
            }

            var k = RandomDraws.PoissonMultiplier(Seed, (ulong)r.Row, (ulong)b);
            if (k == 0)
            {
                continue;
            }

            if (!calibration.TryGetProbability(r.IntentCheap ?? int.MinValue, out var atCheap) || r.IntentCheap is null
                || !calibration.TryGetProbability(r.IntentExpensive ?? int.MinValue, out var atExpensive) || r.IntentExpensive is null)
            {
                return false;
            }

            ranks[PsmQuestions.TooCheap] = Rank(prices, r.TooCheap);
            ranks[PsmQuestions.Cheap] = Rank(prices, r.Cheap);
            ranks[PsmQuestions.Expensive] = Rank(prices, r.Expensive);
            ranks[PsmQuestions.TooExpensive] = Rank(prices, r.TooExpensive);
            probabilities[PsmQuestions.TooCheap] = calibration.TooCheap;
            probabilities[PsmQuestions.Cheap] = atCheap;
            probabilities[PsmQuestions.Expensive] = atExpensive;
            probabilities[PsmQuestions.TooExpensive] = calibration.TooExpensive;
            if (!events.TryAdd(ranks, probabilities, ScaledSum.Scale(r.Weight, -unit) * k))
            {
                return false;
            }
        }

        var reach = events.Sweep(grid);
        var revenue = new double[grid.Length];
        for (var g = 0; g < grid.Length; g++)
        {
            revenue[g] = grid[g] * reach[g];
        }

        (reachOptimum, revenueOptimum) = (grid[PriceSensitivityMeter.FirstMaximum(reach)], grid[PriceSensitivityMeter.FirstMaximum(revenue)]);
        return true;
    }

    private static int Rank(double[] prices, double price) => double.IsNaN(price) ? -1 : Array.BinarySearch(prices, price);
}
