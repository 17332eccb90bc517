using System.Globalization;
using System.Runtime.Intrinsics;

namespace SolutionFit.MultiCriteria;

/// <summary>
/// Classic multi-criteria ranking of a <see cref="DecisionMatrix"/>: weighted sum, TOPSIS, VIKOR and PROMETHEE II, each
/// with its conventions named, per-criterion contributions, ranks in four conventions with ties by tolerance, and
/// defined results with diagnostics on degenerate input. Never NaN. Each method returns its own result type
/// (<see cref="WeightedSumResult"/>, <see cref="TopsisResult"/>, <see cref="VikorResult"/>, <see cref="PrometheeIIResult"/>),
/// a <see cref="RankingResult"/> with what only that method computes.
/// </summary>
/// <remarks>
/// Weighted sum and TOPSIS are O(m·n) for m alternatives and n criteria, VIKOR O(m·n + m log m), PROMETHEE II
/// O(n·m log m) (each criterion's flows from its sorted column, not from every pair). Pure and thread-safe.
/// </remarks>
public static class MultiCriteriaRanking
{
    /// <summary>The default relative tolerance within which scores tie (1e-12, the library's tie tolerance).</summary>
    public const double DefaultTieTolerance = Tolerance.RelativeTie;

    /// <summary>Ranks by the weighted sum of normalised values, <c>score_i = Σ_j w_j r_ij</c>.</summary>
    /// <param name="matrix">The decision matrix.</param>
    /// <param name="normalization">The normalisation; <see cref="Normalization.LinearMax"/> by default (the textbook SAW).</param>
    /// <param name="tieTolerance">The relative tolerance within which scores tie.</param>
    /// <returns>The ranking; higher scores are better.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// A ratio normalisation (<see cref="Normalization.LinearMax"/>, <see cref="Normalization.Sum"/>) meets a negative
    /// value or a cost of 0 (parameter <c>matrix</c>; <see cref="InvalidInputException.Index"/> and
    /// <see cref="InvalidInputException.ItemId"/> give the alternative's row and name, <see cref="InvalidInputException.Field"/>
    /// the criterion's name); or <paramref name="tieTolerance"/> is negative, NaN or infinite.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="normalization"/> is undefined.</exception>
    public static WeightedSumResult WeightedSum(DecisionMatrix matrix, Normalization normalization = Normalization.LinearMax, double tieTolerance = DefaultTieTolerance)
    {
        var (scaling, diagnostics) = Prepare(matrix, normalization, tieTolerance);
        var (m, n, w) = (matrix.M, matrix.N, matrix.WeightArray);
        var scores = new double[m];
        Span<double> row = n <= 256 ? stackalloc double[n] : new double[n];
        for (var i = 0; i < m; i++)
        {
            scaling.Row(i, row);
            var score = 0.0;
            for (var j = 0; j < n; j++)
            {
                score += w[j] * row[j];
            }

            scores[i] = score;
        }

        return new WeightedSumResult(matrix, normalization, scores, scaling.ToArray, diagnostics, tieTolerance);
    }

    /// <summary>
    /// Ranks by TOPSIS: <c>v = w·r</c>, ideal = column maximum of v, anti-ideal = column minimum (every normalised column
    /// is in benefit direction), Euclidean distances D+ and D−, closeness <c>C = D− / (D+ + D−)</c>.
    /// </summary>
    /// <param name="matrix">The decision matrix.</param>
    /// <param name="normalization">The normalisation; <see cref="Normalization.Vector"/> by default (the textbook TOPSIS; pymcdm's default is MinMax).</param>
    /// <param name="tieTolerance">The relative tolerance within which scores tie.</param>
    /// <returns>The ranking, with both distances; higher closeness is better.</returns>
    /// <remarks>When D+ = D− = 0 (every weighted criterion constant: identical alternatives, or only one) every alternative is the ideal: closeness 1, all tied, with a diagnostic.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// A ratio normalisation (<see cref="Normalization.LinearMax"/>, <see cref="Normalization.Sum"/>) meets a negative
    /// value or a cost of 0 (parameter <c>matrix</c>; <see cref="InvalidInputException.Index"/> and
    /// <see cref="InvalidInputException.ItemId"/> give the alternative's row and name, <see cref="InvalidInputException.Field"/>
    /// the criterion's name); or <paramref name="tieTolerance"/> is negative, NaN or infinite.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="normalization"/> is undefined.</exception>
    public static TopsisResult Topsis(DecisionMatrix matrix, Normalization normalization = Normalization.Vector, double tieTolerance = DefaultTieTolerance)
    {
        var (scaling, diagnostics) = Prepare(matrix, normalization, tieTolerance);
        var (m, n, w) = (matrix.M, matrix.N, matrix.WeightArray);
        Span<double> row = n <= 256 ? stackalloc double[n] : new double[n];

        // Weights are >= 0, so the ideal of w·r is w times the column maximum of r, the anti-ideal w times the minimum;
        // every normalisation is monotone, so both come from the column's range.
        var (high, low) = (scaling.High, scaling.Low);
        var (affine, unscaled, a, b) = (scaling.AllAffine, scaling.AllUnscaled, scaling.A, scaling.B);
        var (plus, minus, closeness) = (new double[m], new double[m], new double[m]);
        var first = affine && unscaled ? DistancesFourRowsAtATime(matrix, a, b, high, low, plus, minus) : 0;
        for (var i = first; i < m; i++)
        {
            double toIdeal = 0, toAnti = 0;
            if (affine)
            {
                var x = matrix.Values.AsSpan(i * n, n);
                for (var j = 0; j < n; j++)
                {
                    var r = (a[j] * scaling.Scaled(j, x[j])) + b[j];
                    var (fromIdeal, fromAnti) = (w[j] * (high[j] - r), w[j] * (r - low[j]));
                    toIdeal += fromIdeal * fromIdeal;
                    toAnti += fromAnti * fromAnti;
                }
            }
            else
            {
                scaling.Row(i, row);
                for (var j = 0; j < n; j++)
                {
                    var (fromIdeal, fromAnti) = (w[j] * (high[j] - row[j]), w[j] * (row[j] - low[j]));
                    toIdeal += fromIdeal * fromIdeal;
                    toAnti += fromAnti * fromAnti;
                }
            }

            (plus[i], minus[i]) = (Math.Sqrt(toIdeal), Math.Sqrt(toAnti));
        }

        var undefined = false;
        for (var i = 0; i < m; i++)
        {
            undefined |= plus[i] + minus[i] == 0.0;
            closeness[i] = plus[i] + minus[i] == 0.0 ? 1.0 : minus[i] / (plus[i] + minus[i]);
        }

        if (undefined)
        {
            diagnostics.Add("Every alternative is both the ideal and the anti-ideal (D+ = D- = 0): closeness 0/0 is taken as 1, all tied.");
        }

        return new TopsisResult(matrix, normalization, closeness, plus, minus, scaling.ToArray, diagnostics, tieTolerance);
    }

    /// <summary>
    /// TOPSIS's distances D+ and D− of every whole group of four rows, for a matrix whose columns are all affine and
    /// unscaled (<c>r = a·x + b</c>): one vector lane per row, so each row's sums add the same terms in the same order as
    /// one row at a time, bit for bit. Returns the first row left for the scalar loop (all of them without 256-bit vectors).
    /// </summary>
    private static int DistancesFourRowsAtATime(DecisionMatrix matrix, double[] a, double[] b, double[] high, double[] low, double[] plus, double[] minus)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return 0;
        }

        var (m, n, x, w) = (matrix.M, matrix.N, matrix.Values, matrix.WeightArray);
        var i = 0;
        for (; i + 4 <= m; i += 4)
        {
            var (toIdeal, toAnti) = (Vector256<double>.Zero, Vector256<double>.Zero);
            var at = i * n;
            for (var j = 0; j < n; j++)
            {
                var value = Vector256.Create(x[at + j], x[at + n + j], x[at + (2 * n) + j], x[at + (3 * n) + j]);
                var r = (Vector256.Create(a[j]) * value) + Vector256.Create(b[j]);
                var weight = Vector256.Create(w[j]);
                var (fromIdeal, fromAnti) = (weight * (Vector256.Create(high[j]) - r), weight * (r - Vector256.Create(low[j])));
                toIdeal += fromIdeal * fromIdeal;
                toAnti += fromAnti * fromAnti;
            }

            Vector256.Sqrt(toIdeal).CopyTo(plus, i);
            Vector256.Sqrt(toAnti).CopyTo(minus, i);
        }

        return i;
    }

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

        // Each column's best and worst in benefit direction, in the column's units (ColumnStatistics.ExponentOf: a power of
        // two, exact, so that best − worst cannot overflow), from its range; then one row-major pass.
        var columns = ColumnStatistics.Gather(matrix);
        var (best, worst) = (new double[n], new double[n]);
        for (var j = 0; j < n; j++)
        {
            var criterion = matrix.CriteriaArray[j];
            var (min, max) = (columns.ScaledMin(j), columns.ScaledMax(j));
            (best[j], worst[j]) = criterion.Type switch
            {
                CriterionType.Cost => (-min, -max),
                CriterionType.Target => TargetRange(matrix, j, columns.Exponent[j], min, max),
                _ => (max, min),
            };
            if (best[j] == worst[j])
            {
                diagnostics.Add($"Criterion '{criterion.Name}' is the same for every alternative: its regret term is 0.");
            }
        }

        var exponents = columns.Exponent;
        double Regret(int i, int j) => best[j] == worst[j] ? 0.0 : (best[j] - Benefit(matrix, i, j, exponents[j])) / (best[j] - worst[j]);
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var d = Regret(i, j);
                s[i] += w[j] * d;
                r[i] = Math.Max(r[i], w[j] * d);
            }
        }

        // S or R equal for everyone (up to the tie tolerance: equal sums of weights can differ in their last bits) adds nothing to Q.
        var q = new double[m];
        var (sBest, sWorst, rBest, rWorst) = (s.Min(), s.Max(), r.Min(), r.Max());
        var (sFlat, rFlat) = (sWorst - sBest <= tieTolerance * Math.Abs(sWorst), rWorst - rBest <= tieTolerance * Math.Abs(rWorst));
        if (sFlat || rFlat)
        {
            diagnostics.Add($"{(sFlat ? "S" : "R")} is the same for every alternative: its part of Q is 0.");
        }

        for (var i = 0; i < m; i++)
        {
            q[i] = (sFlat ? 0.0 : v * (s[i] - sBest) / (sWorst - sBest)) + (rFlat ? 0.0 : (1.0 - v) * (r[i] - rBest) / (rWorst - rBest));
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
    /// Ranks by PROMETHEE II: for each pair, <c>π(a, b) = Σ w_j P_j(d_j)</c> with d_j the advantage of a over b on
    /// criterion j; <c>φ+ = Σ_b π(a, b) / (m − 1)</c>, <c>φ− = Σ_b π(b, a) / (m − 1)</c>, net flow = φ+ − φ−.
    /// </summary>
    /// <param name="matrix">The decision matrix.</param>
    /// <param name="preferences">One preference function per criterion; null for the usual criterion everywhere.</param>
    /// <param name="tieTolerance">The relative tolerance within which scores tie.</param>
    /// <returns>The ranking (scores are net flows, higher is better) with the positive and negative flows.</returns>
    /// <remarks>
    /// Advantages are <c>x_a − x_b</c> for benefit, <c>x_b − x_a</c> for cost, <c>|x_b − t| − |x_a − t|</c> for target
    /// criteria. One alternative: flows 0, with a diagnostic. Every preference function is piecewise linear in the
    /// advantage, so each criterion's sums <c>Σ_b P(d(a, b))</c> come from its sorted column with two moving ends (O(m log m),
    /// not O(m²)): preferences of 0, 1/2 and 1 are counted exactly as a pairwise comparison judges them, and the sums of
    /// linear preferences equal the pairwise sums to within 1e-12 of the flows' scale (the weights sum to 1).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// <paramref name="preferences"/> has not one function per criterion, or <paramref name="tieTolerance"/> is negative,
    /// NaN or infinite.
    /// </exception>
    public static PrometheeIIResult PrometheeII(DecisionMatrix matrix, IReadOnlyList<PreferenceFunction>? preferences = null, double tieTolerance = DefaultTieTolerance)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Guard.NonNegativeFinite(tieTolerance, nameof(tieTolerance), "The tie tolerance");
        var (m, n, w) = (matrix.M, matrix.N, matrix.WeightArray);
        if (preferences is not null && preferences.Count != n)
        {
            throw new InvalidInputException(nameof(preferences), $"There are {preferences.Count} preference function(s) but {n} criteria.");
        }

        var diagnostics = DegenerateRows(matrix);
        var (plus, minus) = (new double[m], new double[m]);
        var perCriterion = new double[m * n];

        var scale = m > 1 ? 1.0 / (m - 1) : 0.0;
        var (g, toward, against) = (new double[m], new double[m], new double[m]);
        for (var j = 0; j < n; j++)
        {
            var unit = ColumnOfBenefits(matrix, j, g);
            PreferenceSums.Compute(g, unit, preferences?[j] ?? PreferenceFunction.Usual, toward, against);
            for (var i = 0; i < m; i++)
            {
                plus[i] += w[j] * toward[i] * scale;
                minus[i] += w[j] * against[i] * scale;
                perCriterion[(i * n) + j] = (toward[i] * scale) - (against[i] * scale);
            }
        }

        var net = plus.Zip(minus, (p, q) => p - q).ToArray();
        return new PrometheeIIResult(matrix, net, plus, minus, perCriterion, diagnostics, tieTolerance);
    }

    /// <summary>
    /// For each criterion, the smallest change of its weight that changes the winner: the weight moves by δ and the
    /// others are rescaled to keep the sum 1 (<c>w'_k = w_k (1 − w_j − δ) / (1 − w_j)</c>; when the others weigh nothing,
    /// <c>w'_k = −δ / (n − 1)</c>, the freed weight shared equally).
    /// </summary>
    /// <param name="matrix">The decision matrix.</param>
    /// <param name="method">The method, for example <c>m => MultiCriteriaRanking.Topsis(m)</c>.</param>
    /// <returns>One entry per criterion.</returns>
    /// <remarks>
    /// The winner is the alternative of ordinal rank 1. The change is found by scanning δ in 1/256 steps of its range
    /// and refining by bisection to 1e-9; a change smaller than the scan step between two winner changes can be missed.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> or <paramref name="method"/> is null.</exception>
    public static IReadOnlyList<WeightSensitivity> WeightSensitivity(DecisionMatrix matrix, Func<DecisionMatrix, RankingResult> method)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(method);
        var winner = Winner(method(matrix));
        var result = new List<WeightSensitivity>();
        for (var j = 0; j < matrix.N; j++)
        {
            var wj = matrix.WeightArray[j];
            var down = Search(matrix, method, j, winner, -wj);
            var up = Search(matrix, method, j, winner, 1.0 - wj);
            result.Add(new WeightSensitivity(matrix.CriteriaArray[j].Name, wj, down?.Delta, down?.Winner, up?.Delta, up?.Winner));
        }

        return result.AsReadOnly();
    }

    private static (double Delta, string Winner)? Search(DecisionMatrix matrix, Func<DecisionMatrix, RankingResult> method, int j, int winner, double limit)
    {
        if (limit == 0.0 || (matrix.N == 1))
        {
            return null;
        }

        const int Steps = 256;
        var previous = 0.0;
        for (var step = 1; step <= Steps; step++)
        {
            var delta = limit * step / Steps;
            var current = Winner(method(Shifted(matrix, j, delta)));
            if (current != winner)
            {
                var (low, high) = (previous, delta);
                while (Math.Abs(high - low) > 1e-9)
                {
                    var middle = (low + high) / 2.0;
                    (low, high) = Winner(method(Shifted(matrix, j, middle))) == winner ? (middle, high) : (low, middle);
                }

                return (high, matrix.Alternatives[Winner(method(Shifted(matrix, j, high)))]);
            }

            previous = delta;
        }

        return null;
    }

    private static DecisionMatrix Shifted(DecisionMatrix matrix, int j, double delta)
    {
        var wj = matrix.WeightArray[j];
        var rest = 1.0 - wj;
        // When the other criteria weigh nothing (w_j = 1), the weight taken from j is shared among them equally: their
        // proportions are undefined, and without this every weight would reach 0 at δ = −1.
        var weights = matrix.WeightArray.Select((w, k) => k == j ? wj + delta : rest > 0.0 ? w * (1.0 - wj - delta) / rest : -delta / (matrix.N - 1)).Select(w => Math.Max(w, 0.0)).ToArray();
        var sum = weights.Sum();
        return matrix.WithWeights(Array.ConvertAll(weights, w => w / sum));
    }

    private static int Winner(RankingResult result)
    {
        for (var i = 0; i < result.Alternatives.Count; i++)
        {
            if (result.Ranks.Ordinal[i] == 1)
            {
                return i;
            }
        }

        return 0;
    }

    private static (ColumnScaling Scaling, List<string> Diagnostics) Prepare(DecisionMatrix matrix, Normalization normalization, double tieTolerance)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (!Enum.IsDefined(normalization))
        {
            throw new ArgumentOutOfRangeException(nameof(normalization), normalization, "The normalisation must be Vector, MinMax, LinearMax or Sum.");
        }

        Guard.NonNegativeFinite(tieTolerance, nameof(tieTolerance), "The tie tolerance");
        var diagnostics = DegenerateRows(matrix);
        return (Normalizer.Fit(matrix, normalization, diagnostics, nameof(matrix)), diagnostics);
    }

    /// <summary>
    /// The value of an alternative on a criterion in benefit direction, in units of <c>2^exponent</c>: x, −x for cost,
    /// −|x − t| for target.
    /// </summary>
    private static double Benefit(DecisionMatrix matrix, int i, int j, int exponent)
    {
        var criterion = matrix.CriteriaArray[j];
        var x = matrix.Values[(i * matrix.N) + j];
        var target = criterion.Target;
        if (exponent != 0)
        {
            (x, target) = (Math.ScaleB(x, -exponent), Math.ScaleB(target, -exponent));
        }

        return criterion.Type switch
        {
            CriterionType.Cost => -x,
            CriterionType.Target => -Math.Abs(x - target),
            _ => x,
        };
    }

    /// <summary>
    /// The best and worst <c>−|x − t|</c> of target column <paramref name="j"/> in units of <c>2^exponent</c>: the nearest
    /// alternative's, and the farther end of the column's range (<paramref name="min"/>, <paramref name="max"/>, in those units).
    /// </summary>
    private static (double Best, double Worst) TargetRange(DecisionMatrix matrix, int j, int exponent, double min, double max)
    {
        var target = Math.ScaleB(matrix.CriteriaArray[j].Target, -exponent);
        var near = double.PositiveInfinity;
        for (var i = 0; i < matrix.M; i++)
        {
            near = Math.Min(near, -Benefit(matrix, i, j, exponent));
        }

        return (-near, -Math.Max(Math.Abs(min - target), Math.Abs(max - target)));
    }

    /// <summary>
    /// Fills <paramref name="g"/> with column <paramref name="j"/> in benefit direction, and returns the unit the
    /// advantages <c>g_a − g_b</c> are in: 1, or 2 (halves) for a column whose values or range pass double's (values near
    /// ±1.8e308), whose advantages are then ±∞ with the right sign where they overflow, never NaN.
    /// </summary>
    private static double ColumnOfBenefits(DecisionMatrix matrix, int j, double[] g)
    {
        var (low, high) = (double.PositiveInfinity, double.NegativeInfinity);
        for (var i = 0; i < g.Length; i++)
        {
            g[i] = Benefit(matrix, i, j, 0);
            (low, high) = (Math.Min(low, g[i]), Math.Max(high, g[i]));
        }

        if (double.IsFinite(high - low))
        {
            return 1.0;
        }

        for (var i = 0; i < g.Length; i++)
        {
            g[i] = Benefit(matrix, i, j, 1);
        }

        return 2.0;
    }

    private static List<string> DegenerateRows(DecisionMatrix matrix)
    {
        var diagnostics = new List<string>();
        if (matrix.M == 1)
        {
            diagnostics.Add($"There is one alternative, '{matrix.Alternatives[0]}': it is trivially rank 1.");
        }
        else if (Enumerable.Range(1, matrix.M - 1).All(i => Enumerable.Range(0, matrix.N).All(j => matrix[i, j] == matrix[0, j])))
        {
            diagnostics.Add("Every alternative has the same values: they all tie.");
        }

        return diagnostics;
    }

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

/// <summary>How far one criterion's weight can move before another alternative wins.</summary>
/// <remarks>Immutable and thread-safe; created by <see cref="MultiCriteriaRanking.WeightSensitivity"/>.</remarks>
public sealed class WeightSensitivity
{
    internal WeightSensitivity(string criterion, double weight, double? decrease, string? winnerBelow, double? increase, string? winnerAbove)
    {
        Criterion = criterion;
        Weight = weight;
        Decrease = decrease;
        WinnerAfterDecrease = winnerBelow;
        Increase = increase;
        WinnerAfterIncrease = winnerAbove;
    }

    /// <summary>Gets the criterion's name.</summary>
    public string Criterion { get; }

    /// <summary>Gets its current (normalised) weight.</summary>
    public double Weight { get; }

    /// <summary>Gets the smallest decrease δ &lt; 0 of the weight that changes the winner; null when none down to 0 does.</summary>
    public double? Decrease { get; }

    /// <summary>Gets the winner after that decrease; null when none.</summary>
    public string? WinnerAfterDecrease { get; }

    /// <summary>Gets the smallest increase δ &gt; 0 of the weight that changes the winner; null when none up to 1 does.</summary>
    public double? Increase { get; }

    /// <summary>Gets the winner after that increase; null when none.</summary>
    public string? WinnerAfterIncrease { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Criterion} (weight {Weight:0.###}): {(Decrease is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d:0.###} makes {WinnerAfterDecrease} win") : "no decrease changes the winner")}; {(Increase is { } i ? string.Create(CultureInfo.InvariantCulture, $"+{i:0.###} makes {WinnerAfterIncrease} win") : "no increase changes the winner")}");
}
