using System.Globalization;

using System.Collections;

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

/// <summary>A ranking by weighted sum (<see cref="MultiCriteriaRanking.WeightedSum"/>): the scores are the weighted sums, higher is better.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WeightedSumResult : RankingResult
{
    internal WeightedSumResult(DecisionMatrix matrix, Normalization normalization, double[] scores, Func<double[]> normalized, List<string> diagnostics, double tieTolerance)
        : base(matrix, RankingMethod.WeightedSum, scores, higherIsBetter: true, normalized, diagnostics, tieTolerance) =>
        Normalization = normalization;

    /// <summary>Gets the normalisation the values went through.</summary>
    public Normalization Normalization { get; }
}

/// <summary>A ranking by TOPSIS (<see cref="MultiCriteriaRanking.Topsis"/>): the scores are the closeness, higher is better.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TopsisResult : RankingResult
{
    internal TopsisResult(DecisionMatrix matrix, Normalization normalization, double[] closeness, double[] toIdeal, double[] toAntiIdeal, Func<double[]> normalized, List<string> diagnostics, double tieTolerance)
        : base(matrix, RankingMethod.Topsis, closeness, higherIsBetter: true, normalized, diagnostics, tieTolerance)
    {
        Normalization = normalization;
        DistanceToIdeal = Array.AsReadOnly(toIdeal);
        DistanceToAntiIdeal = Array.AsReadOnly(toAntiIdeal);
    }

    /// <summary>Gets the normalisation the values went through.</summary>
    public Normalization Normalization { get; }

    /// <summary>Gets each alternative's closeness <c>D− / (D+ + D−)</c>, in [0, 1]: the same list as <see cref="RankingResult.Scores"/>.</summary>
    public IReadOnlyList<double> Closeness => Scores;

    /// <summary>Gets each alternative's Euclidean distance D+ to the ideal (weighted, normalised values).</summary>
    public IReadOnlyList<double> DistanceToIdeal { get; }

    /// <summary>Gets each alternative's Euclidean distance D− to the anti-ideal (weighted, normalised values).</summary>
    public IReadOnlyList<double> DistanceToAntiIdeal { get; }
}

/// <summary>
/// A ranking by VIKOR (<see cref="MultiCriteriaRanking.Vikor"/>): the scores are Q, lower is better, with the group
/// utility S, the individual regret R and the compromise solution.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class VikorResult : RankingResult
{
    internal VikorResult(DecisionMatrix matrix, double[] q, double[] s, double[] r, int[] compromiseSet, bool acceptableAdvantage, bool acceptableStability, Func<double[]> normalized, List<string> diagnostics, double tieTolerance)
        : base(matrix, RankingMethod.Vikor, q, higherIsBetter: false, normalized, diagnostics, tieTolerance)
    {
        S = Array.AsReadOnly(s);
        R = Array.AsReadOnly(r);
        CompromiseSet = Array.AsReadOnly(compromiseSet);
        AcceptableAdvantage = acceptableAdvantage;
        AcceptableStability = acceptableStability;
    }

    /// <summary>Gets each alternative's Q, in [0, 1], lower is better: the same list as <see cref="RankingResult.Scores"/>.</summary>
    public IReadOnlyList<double> Q => Scores;

    /// <summary>Gets each alternative's group utility S (the weighted sum of its regret terms), lower is better.</summary>
    public IReadOnlyList<double> S { get; }

    /// <summary>Gets each alternative's individual regret R (its largest weighted regret term), lower is better.</summary>
    public IReadOnlyList<double> R { get; }

    /// <summary>
    /// Gets the compromise set: the indexes of the alternatives (into <see cref="RankingResult.Alternatives"/>), best Q
    /// first. The best alone when both conditions hold; the best two when only <see cref="AcceptableStability"/> fails;
    /// otherwise every alternative whose Q is less than 1/(m − 1) above the best.
    /// </summary>
    public IReadOnlyList<int> CompromiseSet { get; }

    /// <summary>Gets whether condition C1 (acceptable advantage: Q(a2) − Q(a1) ≥ 1/(m − 1)) holds.</summary>
    public bool AcceptableAdvantage { get; }

    /// <summary>Gets whether condition C2 (acceptable stability: a1 is also best by S or by R) holds.</summary>
    public bool AcceptableStability { get; }
}

/// <summary>
/// A ranking by PROMETHEE II (<see cref="MultiCriteriaRanking.PrometheeII"/>): the scores are the net flows, higher is
/// better, with the positive and negative flows they come from.
/// </summary>
/// <remarks>Immutable and thread-safe. For every alternative, net flow = positive flow − negative flow.</remarks>
public sealed class PrometheeIIResult : RankingResult
{
    internal PrometheeIIResult(DecisionMatrix matrix, double[] net, double[] positive, double[] negative, double[] normalized, List<string> diagnostics, double tieTolerance)
        : base(matrix, RankingMethod.PrometheeII, net, higherIsBetter: true, () => normalized, diagnostics, tieTolerance)
    {
        PositiveFlow = Array.AsReadOnly(positive);
        NegativeFlow = Array.AsReadOnly(negative);
    }

    /// <summary>Gets each alternative's net flow φ = φ+ − φ−, in [−1, 1]: the same list as <see cref="RankingResult.Scores"/>.</summary>
    public IReadOnlyList<double> NetFlow => Scores;

    /// <summary>Gets each alternative's positive (leaving) flow φ+, in [0, 1]: how much it is preferred to the others, on average.</summary>
    public IReadOnlyList<double> PositiveFlow { get; }

    /// <summary>Gets each alternative's negative (entering) flow φ−, in [0, 1]: how much the others are preferred to it, on average.</summary>
    public IReadOnlyList<double> NegativeFlow { get; }
}

/// <summary>The rows of a row-major matrix, each a read-only view built once; neither the list nor a row can be cast to an array.</summary>
internal sealed class RowList : IReadOnlyList<IReadOnlyList<double>>
{
    private readonly Row[] _rows;

    public RowList(double[] values, int rows, int columns)
    {
        _rows = new Row[rows];
        for (var i = 0; i < rows; i++)
        {
            _rows[i] = new Row(values, i * columns, columns);
        }
    }

    public int Count => _rows.Length;

    public IReadOnlyList<double> this[int index] =>
        (uint)index < (uint)_rows.Length ? _rows[index] : throw new ArgumentOutOfRangeException(nameof(index), index, $"The row must be in [0, {_rows.Length}).");

    public IEnumerator<IReadOnlyList<double>> GetEnumerator() => ((IEnumerable<IReadOnlyList<double>>)_rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One row: <c>count</c> values of a shared array from <c>offset</c> on.</summary>
    private sealed class Row(double[] values, int offset, int count) : IReadOnlyList<double>
    {
        public int Count => count;

        public double this[int index] =>
            (uint)index < (uint)count ? values[offset + index] : throw new ArgumentOutOfRangeException(nameof(index), index, $"The column must be in [0, {count}).");

        public IEnumerator<double> GetEnumerator()
        {
            for (var j = 0; j < count; j++)
            {
                yield return values[offset + j];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
