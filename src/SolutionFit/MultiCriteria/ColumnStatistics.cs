using System.Runtime.Intrinsics;

namespace SolutionFit.MultiCriteria;

/// <summary>
/// Each column's minimum and maximum, and its sum and sum of squares in units of <c>2^Exponent</c> (1 for a column of
/// moderate magnitude; the power of two of the column's largest magnitude, and of a target criterion's target, for one
/// near the ends of double's range), so that no sum overflows or underflows: every normalisation is scale-free, and
/// dividing a column by a power of two is exact.
/// </summary>
internal sealed class ColumnStatistics
{
    private ColumnStatistics(int columns)
    {
        (Min, Max, Sum, Squares, Exponent) = (new double[columns], new double[columns], new double[columns], new double[columns], new int[columns]);
        Array.Fill(Min, double.PositiveInfinity);
        Array.Fill(Max, double.NegativeInfinity);
    }

    /// <summary>Gets each column's smallest value.</summary>
    public double[] Min { get; }

    /// <summary>Gets each column's largest value.</summary>
    public double[] Max { get; }

    /// <summary>Gets each column's sum, in units of <c>2^Exponent</c>.</summary>
    public double[] Sum { get; }

    /// <summary>Gets each column's sum of squares, in units of <c>2^(2·Exponent)</c>.</summary>
    public double[] Squares { get; }

    /// <summary>
    /// A column whose largest magnitude is within 2^±256 is taken as it is: no sum of squares of up to 2^31 such values
    /// overflows, and a square too small to be normal is far below the last bit of a sum that holds the largest square.
    /// </summary>
    public const int SafeExponent = 256;

    /// <summary>Gets each column's scale (<see cref="ExponentOf"/>): 0, or the binary exponent of its largest magnitude.</summary>
    public int[] Exponent { get; }

    /// <summary>The column's minimum in units of <c>2^Exponent</c>.</summary>
    public double ScaledMin(int j) => Math.ScaleB(Min[j], -Exponent[j]);

    /// <summary>The column's maximum in units of <c>2^Exponent</c>.</summary>
    public double ScaledMax(int j) => Math.ScaleB(Max[j], -Exponent[j]);

    /// <summary>
    /// The power of two a column is taken in units of: 0 (as it is) when its largest magnitude, with a target criterion's
    /// target, is within 2^±<see cref="SafeExponent"/>; otherwise that magnitude's binary exponent.
    /// </summary>
    public static int ExponentOf(double min, double max, Criterion criterion)
    {
        var largest = Math.Max(Math.Abs(min), Math.Abs(max));
        if (criterion.Type == CriterionType.Target)
        {
            largest = Math.Max(largest, Math.Abs(criterion.Target));
        }

        var exponent = largest > 0.0 ? Math.ILogB(largest) : 0;
        return Math.Abs(exponent) <= SafeExponent ? 0 : exponent;
    }

    /// <summary>
    /// The power of two a positive cost column's reciprocals (<c>min / x</c>, <c>1 / x</c>) are taken in: 0 when the
    /// column is within 2^±<see cref="SafeExponent"/>; otherwise the binary exponent of its smallest value, so that no
    /// reciprocal or sum of reciprocals overflows.
    /// </summary>
    public int ReciprocalExponent(int j)
    {
        var smallest = Math.ILogB(Min[j]);
        return Exponent[j] == 0 && smallest >= -SafeExponent ? 0 : smallest;
    }

    /// <summary>Gathers the statistics of every column of <paramref name="matrix"/>.</summary>
    /// <remarks>
    /// One row-major pass takes every sum as it is; a column whose largest magnitude is outside 2^±<see cref="SafeExponent"/>
    /// is then summed again in its own units (the only columns where a sum of squares could overflow or lose its terms to
    /// underflow). Within that range, sums in units of 2^0 and in units of the largest magnitude differ by an exact power
    /// of two, so both choices give the same normalised values.
    /// </remarks>
    public static ColumnStatistics Gather(DecisionMatrix matrix)
    {
        var (m, n, x) = (matrix.M, matrix.N, matrix.Values);
        var columns = new ColumnStatistics(n);
        var (min, max, sum, squares) = (columns.Min, columns.Max, columns.Sum, columns.Squares);

        // Four columns per 256-bit vector where they fit: each lane is one column's running value, updated in row order as
        // below (a strict comparison keeps the earlier of equal values, as the scalar loop does), so the results are the same bits.
        var vectored = Vector256.IsHardwareAccelerated ? n & ~3 : 0;
        for (var j = 0; j < vectored; j += 4)
        {
            var (low, high) = (Vector256.Create(double.PositiveInfinity), Vector256.Create(double.NegativeInfinity));
            var (total, square) = (Vector256<double>.Zero, Vector256<double>.Zero);
            for (var i = 0; i < m; i++)
            {
                var v = Vector256.Create<double>(x.AsSpan((i * n) + j, 4));
                low = Vector256.ConditionalSelect(Vector256.LessThan(v, low), v, low);
                high = Vector256.ConditionalSelect(Vector256.GreaterThan(v, high), v, high);
                total += v;
                square += v * v;
            }

            low.CopyTo(min, j);
            high.CopyTo(max, j);
            total.CopyTo(sum, j);
            square.CopyTo(squares, j);
        }

        for (var i = 0; i < m; i++)
        {
            var row = x.AsSpan(i * n, n);
            for (var j = vectored; j < row.Length; j++)
            {
                // Values are finite (the matrix checks), so plain comparisons do; Math.Min/Max would also handle NaN.
                var v = row[j];
                if (v < min[j])
                {
                    min[j] = v;
                }

                if (v > max[j])
                {
                    max[j] = v;
                }

                sum[j] += v;
                squares[j] += v * v;
            }
        }

        var exponent = columns.Exponent;
        var criteria = matrix.CriteriaArray;
        for (var j = 0; j < n; j++)
        {
            exponent[j] = ExponentOf(min[j], max[j], criteria[j]);
            if (exponent[j] != 0)
            {
                (sum[j], squares[j]) = (0.0, 0.0);
                for (var i = 0; i < m; i++)
                {
                    var v = Math.ScaleB(x[(i * n) + j], -exponent[j]);
                    sum[j] += v;
                    squares[j] += v * v;
                }
            }
        }

        return columns;
    }
}
