using System.Runtime.Intrinsics;

namespace SolutionFit.MultiCriteria;

public static partial class MultiCriteriaRanking
{
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
}
