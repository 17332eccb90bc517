using System.Numerics;
using System.Runtime.InteropServices;

namespace SolutionFit.MultiCriteria;

public static partial class MultiCriteriaRanking
{
    /// <summary>
    /// Stochastic multi-criteria acceptability analysis (SMAA-2) of a method: the matrix's weights are replaced by
    /// <paramref name="samples"/> weight vectors drawn uniformly from the simplex, the alternatives are ranked under each,
    /// and the result is how often each alternative takes each rank (the rank acceptability) and the mean weights under
    /// which each ranks first (its central weights).
    /// </summary>
    /// <param name="matrix">The decision matrix; its weights are not used.</param>
    /// <param name="method">
    /// The method, with its defaults: the weighted sum and TOPSIS with <paramref name="normalization"/>, VIKOR with
    /// v = 1/2, PROMETHEE II with the usual criterion everywhere.
    /// </param>
    /// <param name="samples">The number of weight vectors drawn; at least 1.</param>
    /// <param name="seed">The seed of the draws (any value): the same seed gives the same result.</param>
    /// <param name="normalization">
    /// The normalisation of the weighted sum or TOPSIS; null for the method's default (<see cref="Normalization.LinearMax"/>
    /// for the weighted sum, <see cref="Normalization.Vector"/> for TOPSIS). Null for VIKOR and PROMETHEE II, which work on
    /// the raw values.
    /// </param>
    /// <param name="tieTolerance">The relative tolerance within which scores tie.</param>
    /// <returns>The rank acceptability of every alternative and its central weights.</returns>
    /// <remarks>
    /// <para>
    /// Sample s (0-based) weighs criterion j (0-based) <c>w_j = e_j / Σe</c> (the sum taken left to right), with
    /// <c>e_j = −ln u_j</c> and <c>u_j = ((splitmix64(seed ^ ((s + 1)·0x9E3779B97F4A7C15) ^ ((j + 1)·0xD1B54A32D192ED03)) >> 11) + 1)·2^−53</c>
    /// (all arithmetic mod 2^64), in (0, 1]: exponential variables divided by their sum, uniform on the simplex. If every
    /// e_j is 0, the weights are equal.
    /// </para>
    /// <para>
    /// In each sample an alternative's rank is its competition rank under the method: 1 + the number of alternatives
    /// strictly better (a higher weighted sum, TOPSIS closeness or PROMETHEE II net flow; a lower VIKOR Q), scores within
    /// <paramref name="tieTolerance"/> of the largest |score| tying as <see cref="RankSet"/> groups them (<see cref="RankSet.Min"/>),
    /// so that tied alternatives share the better rank.
    /// </para>
    /// <para>
    /// The scores are those of <see cref="WeightedSum"/>, <see cref="Topsis"/>, <see cref="Vikor"/> and
    /// <see cref="PrometheeII"/> run with the sample's weights, computed the same way: what does not depend on the weights
    /// (the normalised values, TOPSIS's gaps to the ideal and the anti-ideal, VIKOR's regret terms, PROMETHEE's preference
    /// sums per criterion) once, then per sample a weighted pass over the columns and one sort of the scores,
    /// O(m·n + m log m) for m alternatives and n criteria, in buffers reused from sample to sample. Pure and thread-safe.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="method"/> or <paramref name="normalization"/> is undefined, or <paramref name="samples"/> is less than 1.
    /// </exception>
    /// <exception cref="InvalidInputException">
    /// A normalisation is given for VIKOR or PROMETHEE II; a ratio normalisation (<see cref="Normalization.LinearMax"/>,
    /// <see cref="Normalization.Sum"/>) meets a negative value or a cost of 0 (parameter <c>matrix</c>, as
    /// <see cref="WeightedSum"/> says); or <paramref name="tieTolerance"/> is negative, NaN or infinite.
    /// </exception>
    public static SmaaResult Smaa(DecisionMatrix matrix, RankingMethod method, int samples, ulong seed, Normalization? normalization = null, double tieTolerance = DefaultTieTolerance)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "The method must be WeightedSum, Topsis, Vikor or PrometheeII.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        Guard.NonNegativeFinite(tieTolerance, nameof(tieTolerance), "The tie tolerance");
        if (normalization is { } given && method is RankingMethod.Vikor or RankingMethod.PrometheeII)
        {
            throw new InvalidInputException(nameof(normalization), $"{method} works on the raw values, so it takes no normalisation, but {given} was given.");
        }

        var used = method switch
        {
            RankingMethod.WeightedSum => normalization ?? Normalization.LinearMax,
            RankingMethod.Topsis => normalization ?? Normalization.Vector,
            _ => (Normalization?)null,
        };
        var sampler = new SmaaSampler(matrix, method, used, tieTolerance);
        var (m, n) = (matrix.M, matrix.N);
        var (counts, firsts, weightSums) = (new int[m * m], new int[m], new double[m * n]);
        var (weights, ranks) = (new double[n], new int[m]);
        for (var s = 0; s < samples; s++)
        {
            SimplexWeights(seed, (ulong)s, weights);
            sampler.Rank(weights, ranks);
            for (var i = 0; i < m; i++)
            {
                var rank = ranks[i];
                counts[(i * m) + rank - 1]++;
                if (rank == 1)
                {
                    firsts[i]++;
                    var sums = weightSums.AsSpan(i * n, n);
                    for (var j = 0; j < n; j++)
                    {
                        sums[j] += weights[j];
                    }
                }
            }
        }

        var acceptability = new double[m * m];
        for (var k = 0; k < acceptability.Length; k++)
        {
            acceptability[k] = (double)counts[k] / samples;
        }

        var central = new double[]?[m];
        for (var i = 0; i < m; i++)
        {
            if (firsts[i] > 0)
            {
                var mean = weightSums.AsSpan(i * n, n).ToArray();
                for (var j = 0; j < n; j++)
                {
                    mean[j] /= firsts[i];
                }

                central[i] = mean;
            }
        }

        return new SmaaResult(matrix, method, used, samples, seed, acceptability, central);
    }

    /// <summary>
    /// The weights of sample <paramref name="sample"/>: <c>e_j = −ln u_j</c> divided by their sum (left to right), equal
    /// weights if every e_j is 0.
    /// </summary>
    internal static void SimplexWeights(ulong seed, ulong sample, Span<double> weights)
    {
        var total = 0.0;
        for (var j = 0; j < weights.Length; j++)
        {
            weights[j] = -Math.Log(RandomDraws.SimplexUniform(seed, sample, (ulong)j));
            total += weights[j];
        }

        if (total == 0.0)
        {
            weights.Fill(1.0 / weights.Length);
            return;
        }

        for (var j = 0; j < weights.Length; j++)
        {
            weights[j] /= total;
        }
    }

    /// <summary>
    /// A method's scores and ranks under any weights, from what does not depend on them (computed once): column-major
    /// arrays, so that each sample is a weighted pass over contiguous columns, the same arithmetic in the same order as
    /// the method itself.
    /// </summary>
    private sealed class SmaaSampler
    {
        private readonly RankingMethod _method;
        private readonly double _tieTolerance;
        private readonly int _m;
        private readonly int _n;

        // Column-major (criterion j at [j·m, (j + 1)·m)): the weighted sum's normalised values, TOPSIS's gaps to the ideal
        // and the anti-ideal, VIKOR's regret terms (second unused), PROMETHEE's preference sums toward and against.
        private readonly double[] _first;
        private readonly double[] _second;
        private readonly double _flowScale;

        // Reused from sample to sample.
        private readonly double[] _scores;
        private readonly double[] _a;
        private readonly double[] _b;
        private readonly ulong[] _keys;
        private readonly int[] _order;

        public SmaaSampler(DecisionMatrix matrix, RankingMethod method, Normalization? normalization, double tieTolerance)
        {
            (_method, _tieTolerance, _m, _n) = (method, tieTolerance, matrix.M, matrix.N);
            (_first, _second) = (new double[_m * _n], method == RankingMethod.Vikor ? [] : new double[_m * _n]);
            (_scores, _a, _b, _keys, _order) = (new double[_m], new double[_m], new double[_m], new ulong[_m], new int[_m]);
            switch (method)
            {
                case RankingMethod.WeightedSum or RankingMethod.Topsis:
                    Normalised(matrix, normalization!.Value, method == RankingMethod.Topsis);
                    break;
                case RankingMethod.Vikor:
                    var (best, worst, exponents) = RegretRanges(matrix);
                    for (var j = 0; j < _n; j++)
                    {
                        for (var i = 0; i < _m; i++)
                        {
                            _first[(j * _m) + i] = RegretTerm(matrix, best, worst, exponents, i, j);
                        }
                    }

                    break;
                default:
                    _flowScale = _m > 1 ? 1.0 / (_m - 1) : 0.0;
                    var g = new double[_m];
                    for (var j = 0; j < _n; j++)
                    {
                        var unit = ColumnOfBenefits(matrix, j, g);
                        PreferenceSums.Compute(g, unit, PreferenceFunction.Usual, _a, _b);
                        _a.CopyTo(_first, j * _m);
                        _b.CopyTo(_second, j * _m);
                    }

                    break;
            }
        }

        /// <summary>Fills <paramref name="ranks"/> with every alternative's competition rank under <paramref name="weights"/>.</summary>
        public void Rank(ReadOnlySpan<double> weights, Span<int> ranks)
        {
            var scores = _scores.AsSpan();
            switch (_method)
            {
                case RankingMethod.WeightedSum:
                    scores.Clear();
                    for (var j = 0; j < _n; j++)
                    {
                        AddProducts(scores, Column(_first, j), weights[j]);
                    }

                    break;
                case RankingMethod.Topsis:
                    TopsisScores(weights, scores);
                    break;
                case RankingMethod.Vikor:
                    VikorScores(weights, scores);
                    break;
                default:
                    PrometheeScores(weights, scores);
                    break;
            }

            RankSet.CompetitionRanks(scores, _method != RankingMethod.Vikor, _tieTolerance, _keys, _order, ranks);
        }

        /// <summary>
        /// The normalised values (the weighted sum) or TOPSIS's gaps <c>high_j − r_ij</c> and <c>r_ij − low_j</c>, as the
        /// method computes them, column-major.
        /// </summary>
        private void Normalised(DecisionMatrix matrix, Normalization normalization, bool gaps)
        {
            var (scaling, _) = Prepare(matrix, normalization, _tieTolerance);
            Span<double> row = _n <= 256 ? stackalloc double[_n] : new double[_n];
            var (high, low) = (scaling.High, scaling.Low);
            for (var i = 0; i < _m; i++)
            {
                scaling.Row(i, row);
                for (var j = 0; j < _n; j++)
                {
                    var at = (j * _m) + i;
                    if (gaps)
                    {
                        (_first[at], _second[at]) = (high[j] - row[j], row[j] - low[j]);
                    }
                    else
                    {
                        _first[at] = row[j];
                    }
                }
            }
        }

        /// <summary>Closeness <c>D− / (D+ + D−)</c>, 1 where both are 0, as <see cref="Topsis"/> computes it.</summary>
        private void TopsisScores(ReadOnlySpan<double> weights, Span<double> scores)
        {
            var plus = _a.AsSpan();
            var minus = _b.AsSpan();
            plus.Clear();
            minus.Clear();
            for (var j = 0; j < _n; j++)
            {
                AddSquaredProducts(plus, Column(_first, j), weights[j]);
                AddSquaredProducts(minus, Column(_second, j), weights[j]);
            }

            for (var i = 0; i < _m; i++)
            {
                var (toIdeal, toAnti) = (Math.Sqrt(plus[i]), Math.Sqrt(minus[i]));
                scores[i] = toIdeal + toAnti == 0.0 ? 1.0 : toAnti / (toIdeal + toAnti);
            }
        }

        /// <summary>Q with v = 1/2 from S (the weighted sum of the regret terms) and R (the largest), as <see cref="Vikor"/> computes it.</summary>
        private void VikorScores(ReadOnlySpan<double> weights, Span<double> scores)
        {
            var s = _a.AsSpan();
            var r = _b.AsSpan();
            s.Clear();
            r.Clear();
            for (var j = 0; j < _n; j++)
            {
                AddProductsAndMax(s, r, Column(_first, j), weights[j]);
            }

            CombineQ(s, r, 0.5, _tieTolerance, scores);
        }

        /// <summary>Net flows <c>Σ w_j·toward·scale − Σ w_j·against·scale</c>, as <see cref="PrometheeII"/> computes them.</summary>
        private void PrometheeScores(ReadOnlySpan<double> weights, Span<double> scores)
        {
            var plus = _a.AsSpan();
            var minus = _b.AsSpan();
            plus.Clear();
            minus.Clear();
            for (var j = 0; j < _n; j++)
            {
                AddScaledProducts(plus, Column(_first, j), weights[j], _flowScale);
                AddScaledProducts(minus, Column(_second, j), weights[j], _flowScale);
            }

            for (var i = 0; i < _m; i++)
            {
                scores[i] = plus[i] - minus[i];
            }
        }

        private ReadOnlySpan<double> Column(double[] values, int j) => values.AsSpan(j * _m, _m);

        /// <summary><c>sum_i += w·x_i</c>: a product, then a sum (no fused multiply-add), so every lane rounds as the scalar loop.</summary>
        private static void AddProducts(Span<double> sum, ReadOnlySpan<double> x, double w)
        {
            var sums = MemoryMarshal.Cast<double, Vector<double>>(sum);
            var xs = MemoryMarshal.Cast<double, Vector<double>>(x);
            var weight = new Vector<double>(w);
            for (var k = 0; k < sums.Length; k++)
            {
                sums[k] += weight * xs[k];
            }

            for (var i = sums.Length * Vector<double>.Count; i < sum.Length; i++)
            {
                sum[i] += w * x[i];
            }
        }

        /// <summary><c>sum_i += (w·x_i)²</c>.</summary>
        private static void AddSquaredProducts(Span<double> sum, ReadOnlySpan<double> x, double w)
        {
            var sums = MemoryMarshal.Cast<double, Vector<double>>(sum);
            var xs = MemoryMarshal.Cast<double, Vector<double>>(x);
            var weight = new Vector<double>(w);
            for (var k = 0; k < sums.Length; k++)
            {
                var t = weight * xs[k];
                sums[k] += t * t;
            }

            for (var i = sums.Length * Vector<double>.Count; i < sum.Length; i++)
            {
                var t = w * x[i];
                sum[i] += t * t;
            }
        }

        /// <summary><c>sum_i += w·x_i</c> and <c>max_i = max(max_i, w·x_i)</c> (every term is at least 0).</summary>
        private static void AddProductsAndMax(Span<double> sum, Span<double> max, ReadOnlySpan<double> x, double w)
        {
            var sums = MemoryMarshal.Cast<double, Vector<double>>(sum);
            var maxes = MemoryMarshal.Cast<double, Vector<double>>(max);
            var xs = MemoryMarshal.Cast<double, Vector<double>>(x);
            var weight = new Vector<double>(w);
            for (var k = 0; k < sums.Length; k++)
            {
                var t = weight * xs[k];
                sums[k] += t;
                maxes[k] = Vector.Max(maxes[k], t);
            }

            for (var i = sums.Length * Vector<double>.Count; i < sum.Length; i++)
            {
                var t = w * x[i];
                sum[i] += t;
                max[i] = Math.Max(max[i], t);
            }
        }

        /// <summary><c>sum_i += w·x_i·scale</c>, multiplied left to right.</summary>
        private static void AddScaledProducts(Span<double> sum, ReadOnlySpan<double> x, double w, double scale)
        {
            var sums = MemoryMarshal.Cast<double, Vector<double>>(sum);
            var xs = MemoryMarshal.Cast<double, Vector<double>>(x);
            var (weight, factor) = (new Vector<double>(w), new Vector<double>(scale));
            for (var k = 0; k < sums.Length; k++)
            {
                sums[k] += weight * xs[k] * factor;
            }

            for (var i = sums.Length * Vector<double>.Count; i < sum.Length; i++)
            {
                sum[i] += w * x[i] * scale;
            }
        }
    }
}
