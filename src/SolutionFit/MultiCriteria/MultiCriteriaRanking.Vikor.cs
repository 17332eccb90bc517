namespace SolutionFit.MultiCriteria;

public static partial class MultiCriteriaRanking
{
    /// <summary>
    /// Ranks by VIKOR on the raw values: regret term <c>d_ij = (f*_j − f_ij) / (f*_j − f−_j)</c> (best and worst of the
    /// column), <c>S_i = Σ w_j d_ij</c>, <c>R_i = max_j w_j d_ij</c>,
    /// <c>Q_i = v (S_i − S*)/(S− − S*) + (1 − v)(R_i − R*)/(R− − R*)</c>; lower Q is better.
    /// </summary>
    /// <param name="matrix">The decision matrix.</param>
    /// <param name="v">The weight of the group utility against the individual regret, in [0, 1]; 0.5 by default.</param>
    /// <param name="tieTolerance">The relative tolerance within which scores tie.</param>
    /// <returns>The ranking (scores are Q, lower is better) with S, R, the compromise set and both conditions.</returns>
    /// <remarks>
    /// A constant column contributes 0 (as scikit-criteria and pyDecision; pymcdm refuses), with a diagnostic; so does a
    /// Q term whose S or R range is 0. Compromise: a1 (best Q) alone when C1 (Q(a2) − Q(a1) ≥ 1/(m − 1)) and C2 (a1 best
    /// by S or R) hold; {a1, a2} when only C2 fails; otherwise every alternative with Q − Q(a1) &lt; 1/(m − 1). Target
    /// criteria use <c>−|x − t|</c> as a benefit.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// <paramref name="v"/> is not a finite number in [0, 1], or <paramref name="tieTolerance"/> is negative, NaN or infinite.
    /// </exception>
    public static VikorResult Vikor(DecisionMatrix matrix, double v = 0.5, double tieTolerance = DefaultTieTolerance)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Guard.UnitInterval(v, nameof(v), "VIKOR's v");
        Guard.NonNegativeFinite(tieTolerance, nameof(tieTolerance), "The tie tolerance");
        var diagnostics = DegenerateRows(matrix);
        var (m, n, w) = (matrix.M, matrix.N, matrix.WeightArray);
        var (s, r) = (new double[m], new double[m]);

        // Each column's best and worst from its range; then one row-major pass.
        var (best, worst, exponents) = RegretRanges(matrix);
        for (var j = 0; j < n; j++)
        {
            if (best[j] == worst[j])
            {
                diagnostics.Add($"Criterion '{matrix.CriteriaArray[j].Name}' is the same for every alternative: its regret term is 0.");
            }
        }

        double Regret(int i, int j) => RegretTerm(matrix, best, worst, exponents, i, j);
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var d = Regret(i, j);
                s[i] += w[j] * d;
                r[i] = Math.Max(r[i], w[j] * d);
            }
        }

        var q = new double[m];
        var (sFlat, rFlat) = CombineQ(s, r, v, tieTolerance, q);
        if (sFlat || rFlat)
        {
            diagnostics.Add($"{(sFlat ? "S" : "R")} is the same for every alternative: its part of Q is 0.");
        }

        var (compromise, advantage, stability) = Compromise(q, s, r, tieTolerance, diagnostics);
        double[] Kept()
        {
            var keep = new double[m * n];
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    keep[(i * n) + j] = 1.0 - Regret(i, j);
                }
            }

            return keep;
        }

        return new VikorResult(matrix, q, s, r, compromise, advantage, stability, Kept, diagnostics, tieTolerance);
    }

    /// <summary>
    /// Fills <paramref name="q"/> with <c>Q_i = v (S_i − S*)/(S− − S*) + (1 − v)(R_i − R*)/(R− − R*)</c>; returns whether S
    /// and R are flat: equal for everyone up to the tie tolerance (equal sums of weights can differ in their last bits),
    /// when their part of Q is 0.
    /// </summary>
    private static (bool SFlat, bool RFlat) CombineQ(ReadOnlySpan<double> s, ReadOnlySpan<double> r, double v, double tieTolerance, Span<double> q)
    {
        var (sBest, sWorst, rBest, rWorst) = (s[0], s[0], r[0], r[0]);
        for (var i = 1; i < s.Length; i++)
        {
            (sBest, sWorst, rBest, rWorst) = (Math.Min(sBest, s[i]), Math.Max(sWorst, s[i]), Math.Min(rBest, r[i]), Math.Max(rWorst, r[i]));
        }

        var (sFlat, rFlat) = (sWorst - sBest <= tieTolerance * Math.Abs(sWorst), rWorst - rBest <= tieTolerance * Math.Abs(rWorst));
        for (var i = 0; i < s.Length; i++)
        {
            q[i] = (sFlat ? 0.0 : v * (s[i] - sBest) / (sWorst - sBest)) + (rFlat ? 0.0 : (1.0 - v) * (r[i] - rBest) / (rWorst - rBest));
        }

        return (sFlat, rFlat);
    }

    /// <summary>
    /// Each column's best and worst value in benefit direction, in the column's units (<see cref="ColumnStatistics.ExponentOf"/>:
    /// a power of two, exact, so that best − worst cannot overflow), from its range; and those units' exponents.
    /// </summary>
    private static (double[] Best, double[] Worst, int[] Exponents) RegretRanges(DecisionMatrix matrix)
    {
        var n = matrix.N;
        var columns = ColumnStatistics.Gather(matrix);
        var (best, worst) = (new double[n], new double[n]);
        for (var j = 0; j < n; j++)
        {
            var (min, max) = (columns.ScaledMin(j), columns.ScaledMax(j));
            (best[j], worst[j]) = matrix.CriteriaArray[j].Type switch
            {
                CriterionType.Cost => (-min, -max),
                CriterionType.Target => TargetRange(matrix, j, columns.Exponent[j], min, max),
                _ => (max, min),
            };
        }

        return (best, worst, columns.Exponent);
    }

    /// <summary>VIKOR's regret term <c>d_ij = (f*_j − f_ij) / (f*_j − f−_j)</c>, 0 for a constant column.</summary>
    private static double RegretTerm(DecisionMatrix matrix, double[] best, double[] worst, int[] exponents, int i, int j) =>
        best[j] == worst[j] ? 0.0 : (best[j] - Benefit(matrix, i, j, exponents[j])) / (best[j] - worst[j]);

    /// <summary>
    /// The best and worst <c>−|x − t|</c> of target column <paramref name="j"/> in units of <c>2^exponent</c>: the nearest
    /// alternative's, and the farther end of the column's range (<paramref name="min"/>, <paramref name="max"/>, in those units).
    /// </summary>
    private static (double Best, double Worst) TargetRange(DecisionMatrix matrix, int j, int exponent, double min, double max)
    {
        var target = ScaledSum.InUnits(matrix.CriteriaArray[j].Target, exponent);
        var near = double.PositiveInfinity;
        for (var i = 0; i < matrix.M; i++)
        {
            near = Math.Min(near, -Benefit(matrix, i, j, exponent));
        }

        return (-near, -Math.Max(Math.Abs(min - target), Math.Abs(max - target)));
    }

    /// <summary>VIKOR's compromise set and its two conditions (acceptable advantage, acceptable stability).</summary>
    private static (int[] Set, bool Advantage, bool Stability) Compromise(double[] q, double[] s, double[] r, double tolerance, List<string> diagnostics)
    {
        // In the order of Q, ties by row: the first two by one scan, the rest only when the set needs them.
        var m = q.Length;
        var first = 0;
        for (var i = 1; i < m; i++)
        {
            first = q[i] < q[first] ? i : first;
        }

        if (m == 1)
        {
            return ([first], true, true);
        }

        var second = first == 0 ? 1 : 0;
        for (var i = 0; i < m; i++)
        {
            second = i != first && q[i] < q[second] ? i : second;
        }

        var dq = 1.0 / (m - 1);
        bool Close(double a, double b) => Math.Abs(a - b) <= tolerance * Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), 1.0);
        var advantage = q[second] - q[first] >= dq || Close(q[second] - q[first], dq);
        var stability = Close(s[first], s.Min()) || Close(r[first], r.Min());
        if (advantage && stability)
        {
            return ([first], true, true);
        }

        if (advantage)
        {
            return ([first, second], true, false);
        }

        // Q − Q(a1) grows along the order, so the alternatives within 1/(m − 1) of a1 are a prefix of it.
        var set = Enumerable.Range(0, m).Where(i => q[i] - q[first] < dq && !Close(q[i] - q[first], dq)).OrderBy(i => q[i]).ThenBy(i => i).ToArray();
        return (set, false, stability);
    }
}
