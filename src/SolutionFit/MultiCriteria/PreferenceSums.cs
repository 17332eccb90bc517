namespace SolutionFit.MultiCriteria;

/// <summary>
/// One criterion's PROMETHEE preference sums from its sorted column: for every alternative a, <c>Σ_b P(d(a, b))</c> and
/// <c>Σ_b P(d(b, a))</c>, in O(m log m) instead of comparing every pair.
/// </summary>
/// <remarks>
/// Every preference function is piecewise linear in the advantage d and non-decreasing, and d(a, b) = x_a − x_b falls as
/// x_b rises (rounding is monotone), so over the sorted column the b of full preference are a prefix, then come the b of
/// partial preference (a window), then those of none. Both ends move forward as x_a rises: two pointers, each advantage
/// at an end computed and judged exactly as a pairwise comparison would (<see cref="PreferenceFunction.Evaluate"/>), so
/// counts are exact. Within the window P is <c>(d − lo) / width</c> (V-shape: lo = 0, width = p; linear: lo = q, width =
/// p − q), summed as <c>k·(d(a, c) − lo)/width − Σ (x_b − c)/width</c> around a reference c inside the window: every
/// term is below 1 in magnitude, so the column's own magnitude never cancels, and the reference is renewed (the window
/// summed afresh) only when it leaves the window, which each value survives at most once: O(m) in all.
/// </remarks>
internal static class PreferenceSums
{
    /// <summary>
    /// Fills <paramref name="toward"/>[i] with <c>Σ_b P(d(i, b))</c> and <paramref name="against"/>[i] with
    /// <c>Σ_b P(d(b, i))</c>, where <c>d(a, b) = (g_a − g_b)·unit</c>.
    /// </summary>
    /// <param name="g">Each alternative's value in benefit direction, finite, with a finite range.</param>
    /// <param name="unit">1, or 2 when <paramref name="g"/> holds halves (a column whose range passes double's).</param>
    /// <param name="preference">The criterion's preference function.</param>
    /// <param name="toward">Receives the sums of preferences of each alternative over the others.</param>
    /// <param name="against">Receives the sums of preferences of the others over each alternative.</param>
    public static void Compute(double[] g, double unit, PreferenceFunction preference, double[] toward, double[] against)
    {
        var m = g.Length;
        var (sorted, order) = ((double[])g.Clone(), new int[m]);
        for (var i = 0; i < m; i++)
        {
            order[i] = i;
        }

        Array.Sort(sorted, order);
        var sums = new double[m];
        Sweep(sorted, unit, preference, sums);
        for (var t = 0; t < m; t++)
        {
            toward[order[t]] = sums[t];
        }

        // d(b, a) = g_b − g_a = (−g_a) − (−g_b) exactly: the same sweep over the negated column, in ascending order.
        var negated = new double[m];
        for (var t = 0; t < m; t++)
        {
            negated[t] = -sorted[m - 1 - t];
        }

        Sweep(negated, unit, preference, sums);
        for (var t = 0; t < m; t++)
        {
            against[order[m - 1 - t]] = sums[t];
        }
    }

    /// <summary>For each position a of the ascending <paramref name="s"/>, <c>Σ_b P((s_a − s_b)·unit)</c>.</summary>
    private static void Sweep(double[] s, double unit, PreferenceFunction preference, double[] sums)
    {
        var m = s.Length;
        var (lo, width) = preference.Shape switch
        {
            PreferenceShape.VShape => (0.0, preference.P),
            PreferenceShape.Linear => (preference.Q, preference.P - preference.Q),
            _ => (0.0, 0.0),
        };
        var linear = width > 0.0;

        // [full, some): the window of partial preference; [0, full) full preference. c = s[reference] is the window's
        // reference while reference >= full; window holds Σ (s_b − c)·unit / width over it.
        var (full, some, reference) = (0, 0, -1);
        var c = 0.0;
        var window = default(CompensatedSum);
        for (var a = 0; a < m; a++)
        {
            var x = s[a];
            while (some < m && preference.Evaluate(Advantage(x, s[some], unit)) > 0.0)
            {
                if (linear && reference >= 0)
                {
                    window.Add((s[some] - c) * unit / width);
                }

                some++;
            }

            while (full < some && preference.Evaluate(Advantage(x, s[full], unit)) == 1.0)
            {
                if (linear && reference >= 0)
                {
                    window.Add(-((s[full] - c) * unit / width));
                }

                full++;
            }

            var k = some - full;
            var partial = 0.0;
            if (k > 0)
            {
                if (!linear)
                {
                    // Level: every partial preference is 1/2 (U-shape and usual have none).
                    partial = 0.5 * k;
                }
                else
                {
                    if (reference < full)
                    {
                        (reference, c, window) = (some - 1, s[some - 1], default);
                        for (var b = full; b < some; b++)
                        {
                            window.Add((s[b] - c) * unit / width);
                        }
                    }

                    partial = (k * ((((x - c) * unit) - lo) / width)) - window.Value;
                }
            }
            else
            {
                reference = -1;
            }

            sums[a] = full + partial;
        }
    }

    /// <summary>The advantage as a pairwise comparison computes it: ±∞ (right sign) past double's range, never NaN.</summary>
    private static double Advantage(double x, double y, double unit) => unit == 1.0 ? x - y : (x - y) * unit;

    /// <summary>A sum with Neumaier's compensation: the rounding error of every addition is kept and added back at the end.</summary>
    private struct CompensatedSum
    {
        private double _sum;
        private double _compensation;

        public readonly double Value => _sum + _compensation;

        public void Add(double value)
        {
            var t = _sum + value;
            _compensation += Math.Abs(_sum) >= Math.Abs(value) ? (_sum - t) + value : (value - t) + _sum;
            _sum = t;
        }
    }
}
