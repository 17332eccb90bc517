namespace SolutionFit.MultiCriteria;

/// <summary>The multi-criteria methods.</summary>
public enum RankingMethod
{
    /// <summary>Weighted sum of normalised values (SAW).</summary>
    WeightedSum = 0,

    /// <summary>TOPSIS: closeness to the ideal and distance from the anti-ideal (Hwang and Yoon 1981).</summary>
    Topsis = 1,

    /// <summary>VIKOR: compromise ranking by group utility S and individual regret R (Opricovic and Tzeng 2004).</summary>
    Vikor = 2,

    /// <summary>PROMETHEE II: net outranking flow from pairwise preferences (Brans and Vincke 1985).</summary>
    PrometheeII = 3,
}

/// <summary>The ranking of a decision matrix by one method: scores, ranks, why, and what was degenerate.</summary>
/// <remarks>Immutable and thread-safe; created by <see cref="MultiCriteriaRanking"/>. Never NaN.</remarks>
public sealed class RankingResult
{
    private readonly Lazy<RankSet> _ranks;

    internal RankingResult(
        DecisionMatrix matrix,
        RankingMethod method,
        Normalization? normalization,
        double[] scores,
        bool higherIsBetter,
        Func<int, int, double> normalized,
        IReadOnlyList<string> diagnostics,
        double tolerance)
    {
        var (m, n) = (matrix.M, matrix.N);
        Alternatives = matrix.Alternatives;
        Criteria = matrix.Criteria;
        Method = method;
        Normalization = normalization;
        Scores = scores;
        HigherIsBetter = higherIsBetter;
        var weights = matrix.WeightArray;
        Normalized = new RowView(m, n, normalized);
        Contributions = new RowView(m, n, (i, j) => weights[j] * normalized(i, j));
        Diagnostics = diagnostics;
        _ranks = new Lazy<RankSet>(() => RankSet.FromScores(scores, higherIsBetter, tolerance));
    }

    /// <summary>Gets the method.</summary>
    public RankingMethod Method { get; }

    /// <summary>Gets the normalisation used (weighted sum and TOPSIS); null for VIKOR and PROMETHEE, which use raw values.</summary>
    public Normalization? Normalization { get; }

    /// <summary>Gets the alternatives, in input order.</summary>
    public IReadOnlyList<string> Alternatives { get; }

    /// <summary>Gets the criteria, in input order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>
    /// Gets the score of each alternative: the weighted sum, the TOPSIS closeness, the VIKOR Q (lower is better) or the
    /// PROMETHEE net flow.
    /// </summary>
    public IReadOnlyList<double> Scores { get; }

    /// <summary>Gets a value indicating whether a higher score is better (false for VIKOR's Q).</summary>
    public bool HigherIsBetter { get; }

    /// <summary>Gets the ranks (rank 1 is best), computed on first access (thread-safe).</summary>
    public RankSet Ranks => _ranks.Value;

    /// <summary>
    /// Gets, per alternative and criterion, the normalised value the method worked with, higher is better: the
    /// normalised value (weighted sum, TOPSIS), 1 − the VIKOR regret term, or the criterion's net flow (PROMETHEE).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>> Normalized { get; }

    /// <summary>Gets the normalised values times the weights: each criterion's part in where an alternative ranks.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Contributions { get; }

    /// <summary>Gets notes on degenerate input (constant columns, identical alternatives, a single alternative) and what was done.</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>Gets TOPSIS's distance of each alternative to the ideal; null for other methods.</summary>
    public IReadOnlyList<double>? DistanceToIdeal { get; internal init; }

    /// <summary>Gets TOPSIS's distance of each alternative to the anti-ideal; null for other methods.</summary>
    public IReadOnlyList<double>? DistanceToAntiIdeal { get; internal init; }

    /// <summary>Gets VIKOR's group utility S (lower is better); null for other methods.</summary>
    public IReadOnlyList<double>? S { get; internal init; }

    /// <summary>Gets VIKOR's individual regret R (lower is better); null for other methods.</summary>
    public IReadOnlyList<double>? R { get; internal init; }

    /// <summary>Gets VIKOR's compromise set (indexes of alternatives, best Q first); null for other methods.</summary>
    public IReadOnlyList<int>? CompromiseSet { get; internal init; }

    /// <summary>Gets whether VIKOR's condition C1 (acceptable advantage: Q(a2) − Q(a1) ≥ 1/(m − 1)) holds; null for other methods.</summary>
    public bool? AcceptableAdvantage { get; internal init; }

    /// <summary>Gets whether VIKOR's condition C2 (acceptable stability: a1 also best by S or by R) holds; null for other methods.</summary>
    public bool? AcceptableStability { get; internal init; }

    /// <summary>Gets PROMETHEE's positive (leaving) flow; null for other methods.</summary>
    public IReadOnlyList<double>? PhiPlus { get; internal init; }

    /// <summary>Gets PROMETHEE's negative (entering) flow; null for other methods.</summary>
    public IReadOnlyList<double>? PhiMinus { get; internal init; }
}

/// <summary>A read-only row view of a matrix whose cells are computed on access.</summary>
internal sealed class RowView(int rows, int columns, Func<int, int, double> cell) : IReadOnlyList<IReadOnlyList<double>>
{
    public int Count => rows;

    public IReadOnlyList<double> this[int index]
    {
        get
        {
            if ((uint)index >= (uint)rows)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The row must be in [0, {rows}).");
            }

            var row = new double[columns];
            for (var j = 0; j < columns; j++)
            {
                row[j] = cell(index, j);
            }

            return row;
        }
    }

    public IEnumerator<IReadOnlyList<double>> GetEnumerator()
    {
        for (var i = 0; i < rows; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
