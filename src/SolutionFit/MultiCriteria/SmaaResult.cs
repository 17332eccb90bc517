using System.Globalization;

namespace SolutionFit.MultiCriteria;

/// <summary>
/// A stochastic multi-criteria acceptability analysis (SMAA-2) of a ranking method (<see cref="MultiCriteriaRanking.Smaa"/>):
/// how often each alternative takes each rank when the weights are drawn uniformly from the simplex, and the mean
/// weights under which each ranks first.
/// </summary>
/// <remarks>
/// <para>
/// Every row of <see cref="RankAcceptability"/> sums to 1: each sample gives each alternative one rank. When no sample has
/// a tie, every column sums to 1 too (each rank is taken by one alternative per sample). Ties share the better rank and
/// leave the ranks after them empty (1, 2, 2, 4), so with ties a column can sum to more or less than 1; what always holds
/// is that the first r columns together sum to at least r (in every sample at least r alternatives have a rank of r or
/// better), and all m columns to m.
/// </para>
/// <para>
/// Immutable and thread-safe. Every list is in the alternatives' input order and is a read-only view that cannot be cast
/// back to an array; the rows are the same instances on every access.
/// </para>
/// </remarks>
public sealed class SmaaResult
{
    internal SmaaResult(DecisionMatrix matrix, RankingMethod method, Normalization? normalization, int samples, ulong seed, double[] acceptability, double[]?[] centralWeights)
    {
        Method = method;
        Normalization = normalization;
        Alternatives = matrix.Alternatives;
        Criteria = matrix.Criteria;
        Samples = samples;
        Seed = seed;
        RankAcceptability = new RowList(acceptability, matrix.M, matrix.M);
        CentralWeights = Array.AsReadOnly(Array.ConvertAll(centralWeights, w => w is null ? null : (IReadOnlyList<double>)Array.AsReadOnly(w)));
    }

    /// <summary>Gets the method the alternatives were ranked by.</summary>
    public RankingMethod Method { get; }

    /// <summary>Gets the normalisation of the weighted sum or TOPSIS; null for VIKOR and PROMETHEE II, which work on the raw values.</summary>
    public Normalization? Normalization { get; }

    /// <summary>Gets the alternatives, in input order.</summary>
    public IReadOnlyList<string> Alternatives { get; }

    /// <summary>Gets the criteria, in input order: the columns of <see cref="CentralWeights"/>.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>Gets the number of weight samples.</summary>
    public int Samples { get; }

    /// <summary>Gets the seed of the draws.</summary>
    public ulong Seed { get; }

    /// <summary>
    /// Gets the rank acceptability: row i (alternative i, input order), column r − 1 is the share of samples in which
    /// alternative i has rank r (rank 1 is best), an m × m table.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>> RankAcceptability { get; }

    /// <summary>
    /// Gets each alternative's central weights: the mean weight vector (one weight per criterion, summing to 1) over the
    /// samples in which it ranks first, ties included; null for an alternative that never ranks first.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>?> CentralWeights { get; }

    /// <summary>The method, the samples and each alternative's share of rank 1, for logs and debugging.</summary>
    /// <returns>For example <c>Topsis SMAA (2000 samples, seed 1): first a 0.481, b 0.4, c 0.119, d 0.001</c>.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Method} SMAA ({Samples} samples, seed {Seed}): first {string.Join(", ", Alternatives.Select((a, i) => string.Create(CultureInfo.InvariantCulture, $"{a} {RankAcceptability[i][0]:0.###}")))}");
}
