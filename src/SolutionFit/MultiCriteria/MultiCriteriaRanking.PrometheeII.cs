namespace SolutionFit.MultiCriteria;

public static partial class MultiCriteriaRanking
{
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
}
