using System.Globalization;

namespace SolutionFit.MultiCriteria;

/// <summary>
/// The ranking of a decision matrix by one method: scores, ranks, why, and what was degenerate. What only one method
/// has is on its own type: <see cref="WeightedSumResult"/>, <see cref="TopsisResult"/>, <see cref="VikorResult"/> and
/// <see cref="PrometheeIIResult"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; created by <see cref="MultiCriteriaRanking"/>, and only there (no other subtypes). Never
/// NaN. Every list is a read-only view that cannot be cast back to an array. <see cref="Ranks"/>,
/// <see cref="Normalized"/> and <see cref="Contributions"/> are computed on first access, once (thread-safe), and every
/// later access returns the same instances, rows included.
/// </remarks>
public abstract class RankingResult
{
    private readonly Lazy<RankSet> _ranks;
    private readonly Lazy<double[]> _normalized;
    private readonly Lazy<RowList> _normalizedRows;
    private readonly Lazy<RowList> _contributions;

    /// <summary>Creates a result; <paramref name="normalized"/> is called at most once, on first need.</summary>
    /// <param name="matrix">The ranked matrix.</param>
    /// <param name="method">The method.</param>
    /// <param name="scores">The scores, one per alternative.</param>
    /// <param name="higherIsBetter">True when a higher score is better.</param>
    /// <param name="normalized">Gives the normalised values, row-major (alternative i, criterion j at <c>i·n + j</c>).</param>
    /// <param name="diagnostics">Notes on degenerate input.</param>
    /// <param name="tieTolerance">The relative tolerance within which scores tie (already checked).</param>
    private protected RankingResult(
        DecisionMatrix matrix,
        RankingMethod method,
        double[] scores,
        bool higherIsBetter,
        Func<double[]> normalized,
        List<string> diagnostics,
        double tieTolerance)
    {
        var (m, n, weights) = (matrix.M, matrix.N, matrix.WeightArray);
        Method = method;
        Alternatives = matrix.Alternatives;
        Criteria = matrix.Criteria;
        Scores = Array.AsReadOnly(scores);
        HigherIsBetter = higherIsBetter;
        Diagnostics = diagnostics.AsReadOnly();
        _ranks = new Lazy<RankSet>(() => RankSet.FromScores(scores, higherIsBetter, tieTolerance));
        _normalized = new Lazy<double[]>(normalized);
        _normalizedRows = new Lazy<RowList>(() => new RowList(_normalized.Value, m, n));
        _contributions = new Lazy<RowList>(() =>
        {
            var values = _normalized.Value;
            var contributions = new double[values.Length];
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    contributions[(i * n) + j] = weights[j] * values[(i * n) + j];
                }
            }

            return new RowList(contributions, m, n);
        });
    }

    /// <summary>Gets the method.</summary>
    public RankingMethod Method { get; }

    /// <summary>Gets the alternatives, in input order.</summary>
    public IReadOnlyList<string> Alternatives { get; }

    /// <summary>Gets the criteria, in input order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>
    /// Gets the score of each alternative, in input order: the weighted sum, the TOPSIS closeness, the VIKOR Q (lower is
    /// better) or the PROMETHEE net flow.
    /// </summary>
    public IReadOnlyList<double> Scores { get; }

    /// <summary>Gets a value indicating whether a higher score is better (false for VIKOR's Q).</summary>
    public bool HigherIsBetter { get; }

    /// <summary>Gets the ranks (rank 1 is best), computed on first access (thread-safe).</summary>
    public RankSet Ranks => _ranks.Value;

    /// <summary>
    /// Gets, per alternative (row) and criterion (column), the normalised value the method worked with, higher is better:
    /// the normalised value (weighted sum, TOPSIS), 1 − the VIKOR regret term, or the criterion's net flow (PROMETHEE).
    /// </summary>
    /// <remarks>Computed on first access (thread-safe); the list and its rows are the same instances on every access.</remarks>
    public IReadOnlyList<IReadOnlyList<double>> Normalized => _normalizedRows.Value;

    /// <summary>
    /// Gets, per alternative (row) and criterion (column), the normalised value times the criterion's weight: each
    /// criterion's part in where an alternative ranks (for the weighted sum, a row sums to the score).
    /// </summary>
    /// <remarks>Computed on first access (thread-safe); the list and its rows are the same instances on every access.</remarks>
    public IReadOnlyList<IReadOnlyList<double>> Contributions => _contributions.Value;

    /// <summary>Gets notes on degenerate input (constant columns, identical alternatives, a single alternative) and what was done.</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>The method and the alternatives by rank, best first (ties share a rank), for logs and debugging.</summary>
    /// <returns>For example <c>Topsis: 1. b, 2. a, 2. c</c>.</returns>
    public override string ToString()
    {
        var ordinal = Ranks.Ordinal;
        var order = Enumerable.Range(0, Alternatives.Count).OrderBy(i => ordinal[i]).Select(i => string.Create(CultureInfo.InvariantCulture, $"{Ranks.Min[i]}. {Alternatives[i]}"));
        return $"{Method}: {string.Join(", ", order)}";
    }
}
