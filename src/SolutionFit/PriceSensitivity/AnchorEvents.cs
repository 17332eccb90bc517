namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The Newton–Miller–Smith reach as events: every respondent's purchase probability is piecewise linear between their
/// anchors, so the weighted sum of all of them is known from the value and slope changes at the anchor prices. Adding a
/// respondent is O(1); one sweep gives the sum at every grid price.
/// </summary>
internal sealed class AnchorEvents
{
    private readonly double[] _prices;
    private readonly double[] _x; // per rank: the rank (index space) or the scaled price, where the anchors sit
    private readonly bool _zeroOutside;
    private readonly bool _indexSpace;
    private readonly double[] _jumpAt;
    private readonly double[] _jumpAfter;
    private readonly double[] _slopeChange;
    private readonly int _shift;
    private double _start;

    /// <param name="prices">The sorted distinct answer prices, which the anchors' ranks index.</param>
    /// <param name="zeroOutside">Classic: the probability is 0 outside the first and last anchor; otherwise constant there.</param>
    /// <param name="indexSpace">Classic without a step: linear in rank (grid index) rather than in price.</param>
    public AnchorEvents(double[] prices, bool zeroOutside, bool indexSpace)
    {
        _prices = prices;
        _zeroOutside = zeroOutside;
        _indexSpace = indexSpace;
        _jumpAt = new double[prices.Length];
        _jumpAfter = new double[prices.Length];
        _slopeChange = new double[prices.Length];

        // Prices are swept as X = price · 2^−shift, below 2: exact, and every slope then stays far from overflow (see Add).
        _shift = ScaledSum.ExponentOf(prices[^1]);
        _x = new double[prices.Length];
        for (var k = 0; k < _x.Length; k++)
        {
            _x[k] = indexSpace ? k : Scaled(prices[k]);
        }
    }

    /// <summary>
    /// The largest slope a segment may have in the scaled prices: the weights add up to less than 2^32 (at most 2^31 rows,
    /// each scaled below 2), so the weighted sums of slopes, and their products with spans below 2, stay below 2^996.
    /// </summary>
    internal static double MaxSlope { get; } = Math.ScaleB(1.0, 960);

    /// <summary>Adds one respondent.</summary>
    /// <param name="ranks">The rank of each answer's price, in question order (too cheap, cheap, expensive, too expensive); -1 for none.</param>
    /// <param name="probabilities">The probability at each answer, in question order.</param>
    /// <param name="weight">The respondent's weight (the tally's scaled weight: below 2 per row).</param>
    /// <returns>
    /// True; false (and nothing added) when two of the respondent's anchors are so close, relative to the highest price,
    /// that the slope between them passes <see cref="MaxSlope"/> (only prices some 290 orders of magnitude apart do).
    /// </returns>
    public bool TryAdd(ReadOnlySpan<int> ranks, ReadOnlySpan<double> probabilities, double weight)
    {
        if (weight == 0.0)
        {
            return true;
        }

        // A consistent respondent's anchors come in price order: four, or three without a too-cheap answer.
        var (tc, c, e, te) = (ranks[PsmQuestions.TooCheap], ranks[PsmQuestions.Cheap], ranks[PsmQuestions.Expensive], ranks[PsmQuestions.TooExpensive]);
        if (c >= 0 && c < e && e < te)
        {
            if (tc < 0)
            {
                return TryAddOrdered(c, e, te, probabilities[PsmQuestions.Cheap], probabilities[PsmQuestions.Expensive], probabilities[PsmQuestions.TooExpensive], weight);
            }

            if (tc < c)
            {
                return TryAddOrdered(tc, c, e, te, probabilities[PsmQuestions.TooCheap], probabilities[PsmQuestions.Cheap], probabilities[PsmQuestions.Expensive], probabilities[PsmQuestions.TooExpensive], weight);
            }
        }

        return TryAddAny(ranks, probabilities, weight);
    }

    /// <summary><see cref="TryAdd"/> for anchors in any order, missing ones included.</summary>
    private bool TryAddAny(ReadOnlySpan<int> ranks, ReadOnlySpan<double> probabilities, double weight)
    {
        Span<int> r = stackalloc int[PsmQuestions.Count];
        Span<double> y = stackalloc double[PsmQuestions.Count];
        var count = Order(ranks, probabilities, r, y);
        if (count == 0 || weight == 0.0)
        {
            return true;
        }

        Span<double> slopes = stackalloc double[PsmQuestions.Count];
        for (var a = 0; a < count; a++)
        {
            slopes[a] = a + 1 < count ? (y[a + 1] - y[a]) / (X(r[a + 1]) - X(r[a])) : 0.0;
            if (!(Math.Abs(slopes[a]) <= MaxSlope))
            {
                return false;
            }
        }

        TotalWeight += weight;
        if (_zeroOutside)
        {
            _jumpAt[r[0]] += weight * y[0];
            _jumpAfter[r[count - 1]] -= weight * y[count - 1];
        }
        else
        {
            _start += weight * y[0];
        }

        var previous = 0.0;
        for (var a = 0; a < count; a++)
        {
            _slopeChange[r[a]] += weight * (slopes[a] - previous);
            previous = slopes[a];
        }

        return true;
    }

    /// <summary>
    /// <see cref="TryAdd"/> for four anchors at increasing ranks, with the same operations in the same order (a slope
    /// change is the slope minus the one before it, 0 before the first anchor and after the last).
    /// </summary>
    private bool TryAddOrdered(int r0, int r1, int r2, int r3, double y0, double y1, double y2, double y3, double weight)
    {
        var (x1, x2) = (X(r1), X(r2));
        var s0 = (y1 - y0) / (x1 - X(r0));
        var s1 = (y2 - y1) / (x2 - x1);
        var s2 = (y3 - y2) / (X(r3) - x2);
        if (!(Math.Abs(s0) <= MaxSlope && Math.Abs(s1) <= MaxSlope && Math.Abs(s2) <= MaxSlope))
        {
            return false;
        }

        TotalWeight += weight;
        if (_zeroOutside)
        {
            _jumpAt[r0] += weight * y0;
            _jumpAfter[r3] -= weight * y3;
        }
        else
        {
            _start += weight * y0;
        }

        _slopeChange[r0] += weight * (s0 - 0.0);
        _slopeChange[r1] += weight * (s1 - s0);
        _slopeChange[r2] += weight * (s2 - s1);
        _slopeChange[r3] += weight * (0.0 - s2);
        return true;
    }

    /// <summary><see cref="TryAddOrdered(int, int, int, int, double, double, double, double, double)"/> for three anchors.</summary>
    private bool TryAddOrdered(int r0, int r1, int r2, double y0, double y1, double y2, double weight)
    {
        var x1 = X(r1);
        var s0 = (y1 - y0) / (x1 - X(r0));
        var s1 = (y2 - y1) / (X(r2) - x1);
        if (!(Math.Abs(s0) <= MaxSlope && Math.Abs(s1) <= MaxSlope))
        {
            return false;
        }

        TotalWeight += weight;
        if (_zeroOutside)
        {
            _jumpAt[r0] += weight * y0;
            _jumpAfter[r2] -= weight * y2;
        }
        else
        {
            _start += weight * y0;
        }

        _slopeChange[r0] += weight * (s0 - 0.0);
        _slopeChange[r1] += weight * (s1 - s0);
        _slopeChange[r2] += weight * (0.0 - s1);
        return true;
    }

    /// <summary>Gets the total weight of the respondents added with at least one anchor.</summary>
    public double TotalWeight { get; private set; }

    /// <summary>The weighted mean probability at each grid price (ascending), clamped to [0, 1]; 0 everywhere without respondents.</summary>
    public double[] Sweep(double[] grid)
    {
        var totalWeight = TotalWeight > 0.0 ? TotalWeight : 1.0;
        var result = new double[grid.Length];
        var (value, rate, x, e) = (_start, 0.0, 0.0, 0); // the rate is 0 up to the first answer price, so x may start anywhere
        for (var g = 0; g < grid.Length; g++)
        {
            while (e < _prices.Length && _prices[e] < grid[g])
            {
                value += (rate * (X(e) - x)) + _jumpAt[e] + _jumpAfter[e];
                (x, rate) = (X(e), rate + _slopeChange[e]);
                e++;
            }

            if (e < _prices.Length && _prices[e] == grid[g])
            {
                value += (rate * (X(e) - x)) + _jumpAt[e];
                result[g] = Math.Clamp(value / totalWeight, 0.0, 1.0);
                value += _jumpAfter[e];
                (x, rate) = (X(e), rate + _slopeChange[e]);
                e++;
            }
            else
            {
                var at = _indexSpace ? g : Scaled(grid[g]);
                value += rate * (at - x);
                x = at;
                result[g] = Math.Clamp(value / totalWeight, 0.0, 1.0);
            }
        }

        return result;
    }

    /// <summary>
    /// The anchors sorted by price. A consistent respondent's are already in order; otherwise (validation off) they are
    /// placed one by one in the reference's order (too cheap, too expensive, cheap, expensive), a later anchor replacing an
    /// earlier one at the same price.
    /// </summary>
    private static int Order(ReadOnlySpan<int> ranks, ReadOnlySpan<double> probabilities, Span<int> r, Span<double> y)
    {
        var count = 0;
        var ordered = true;
        for (var q = 0; q < ranks.Length; q++)
        {
            if (ranks[q] < 0)
            {
                continue;
            }

            ordered &= count == 0 || ranks[q] > r[count - 1];
            (r[count], y[count]) = (ranks[q], probabilities[q]);
            count++;
        }

        if (ordered)
        {
            return count;
        }

        count = 0;
        foreach (var q in (ReadOnlySpan<int>)[PsmQuestions.TooCheap, PsmQuestions.TooExpensive, PsmQuestions.Cheap, PsmQuestions.Expensive])
        {
            if (ranks[q] < 0)
            {
                continue;
            }

            var at = 0;
            while (at < count && r[at] < ranks[q])
            {
                at++;
            }

            if (at < count && r[at] == ranks[q])
            {
                y[at] = probabilities[q];
                continue;
            }

            for (var k = count; k > at; k--)
            {
                (r[k], y[k]) = (r[k - 1], y[k - 1]);
            }

            (r[at], y[at]) = (ranks[q], probabilities[q]);
            count++;
        }

        return count;
    }

    private double X(int rank) => _x[rank];

    private double Scaled(double price) => ScaledSum.InUnits(price, _shift);
}
