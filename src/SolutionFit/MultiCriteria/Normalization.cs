using System.Runtime.Intrinsics;

namespace SolutionFit.MultiCriteria;

/// <summary>How a criterion's values become comparable shares in which more is better.</summary>
/// <remarks>
/// Cost criteria are turned around so that every normalised value is better when higher. Target criteria are always
/// normalised as <c>1 − |x − t| / max |x − t|</c>, whatever the choice here.
/// </remarks>
public enum Normalization
{
    /// <summary><c>x / √Σx²</c>; cost <c>1 − x / √Σx²</c> (TOPSIS's textbook normalisation).</summary>
    Vector = 0,

    /// <summary><c>(x − min) / (max − min)</c>; cost <c>(max − x) / (max − min)</c>; a constant column is 1.</summary>
    MinMax = 1,

    /// <summary><c>x / max</c>; cost <c>min / x</c> (the weighted sum's textbook normalisation). Values must not be negative, costs must be positive.</summary>
    LinearMax = 2,

    /// <summary><c>x / Σx</c>; cost <c>(1/x) / Σ(1/x)</c>. Values must not be negative, costs must be positive.</summary>
    Sum = 3,
}

/// <summary>
/// The normalisations, each turning a column into benefit direction: one row-major pass gathers every column's
/// statistics (<see cref="ColumnStatistics"/>), and each column's formula is fitted by its own method into a
/// <see cref="ColumnScaling"/>, which then normalises a row on demand without storing an m × n array.
/// </summary>
internal static class Normalizer
{
    /// <summary>Fits every column's formula; notes degenerate columns.</summary>
    /// <exception cref="InvalidInputException">
    /// A ratio normalisation meets a negative value or a cost of 0 (<paramref name="paramName"/>, with the alternative's
    /// row and name and the criterion's name).
    /// </exception>
    public static ColumnScaling Fit(DecisionMatrix matrix, Normalization normalization, List<string> diagnostics, string paramName)
    {
        var columns = ColumnStatistics.Gather(matrix);
        var criteria = matrix.CriteriaArray;
        var scaling = new ColumnScaling(matrix);
        for (var j = 0; j < criteria.Length; j++)
        {
            var criterion = criteria[j];
            if (criterion.Type == CriterionType.Target)
            {
                FitTarget(scaling, matrix, j, criterion, columns, diagnostics);
                continue;
            }

            var cost = criterion.Type == CriterionType.Cost;
            if (normalization is Normalization.LinearMax or Normalization.Sum)
            {
                RequireRatioValues(matrix, normalization, j, cost, columns, paramName);
            }

            switch (normalization)
            {
                case Normalization.Vector:
                    FitVector(scaling, j, criterion, cost, columns, diagnostics);
                    break;
                case Normalization.MinMax:
                    FitMinMax(scaling, j, criterion, cost, columns, diagnostics);
                    break;
                case Normalization.LinearMax:
                    FitLinearMax(scaling, j, criterion, cost, columns, diagnostics);
                    break;
                default:
                    FitSum(scaling, matrix, j, criterion, cost, columns, diagnostics);
                    break;
            }
        }

        return scaling;
    }

    /// <summary><c>1 − |x − t| / farthest</c>; the farthest distance to t comes from the column's range, the nearest from a pass over the column.</summary>
    private static void FitTarget(ColumnScaling scaling, DecisionMatrix matrix, int j, Criterion criterion, ColumnStatistics columns, List<string> diagnostics)
    {
        var e = columns.Exponent[j];
        var (min, max, target) = (Math.ScaleB(columns.Min[j], -e), Math.ScaleB(columns.Max[j], -e), Math.ScaleB(criterion.Target, -e));
        scaling.SetExponent(j, e);

        // The best value is the alternative nearest the target (the target itself only when an alternative is on it); the
        // worst, 0, the farthest, which is one of the column's ends.
        var (x, n) = (matrix.Values, matrix.N);
        var near = double.PositiveInfinity;
        for (var i = 0; i < matrix.M; i++)
        {
            near = Math.Min(near, Math.Abs(scaling.Scaled(j, x[(i * n) + j]) - target));
        }

        var far = Math.Max(Math.Abs(min - target), Math.Abs(max - target));
        if (far == 0.0)
        {
            Degenerate(diagnostics, criterion, "is on its target for every alternative", scaling, j);
        }
        else
        {
            scaling.SetTarget(j, target, 1.0 / far, 1.0 - (near / far), 0.0);
        }
    }

    /// <summary>
    /// Rejects what a ratio normalisation (<see cref="Normalization.LinearMax"/>, <see cref="Normalization.Sum"/>) cannot
    /// divide by: a negative value, or a cost of 0; names the first such alternative.
    /// </summary>
    private static void RequireRatioValues(DecisionMatrix matrix, Normalization normalization, int j, bool cost, ColumnStatistics columns, string paramName)
    {
        var min = columns.Min[j];
        if (min > 0.0 || (min == 0.0 && !cost))
        {
            return;
        }

        var (x, n) = (matrix.Values, matrix.N);
        var i = Enumerable.Range(0, matrix.M).First(i => x[(i * n) + j] < 0.0 || (cost && x[(i * n) + j] == 0.0));
        var (alternative, criterion) = (matrix.Alternatives[i], matrix.CriteriaArray[j].Name);
        throw new InvalidInputException(
            paramName,
            $"The {normalization} normalisation divides by the values, so criterion '{criterion}' needs values {(cost ? "> 0" : ">= 0")}, but alternative '{alternative}' has {Guard.Format(x[(i * n) + j])}; use Vector or MinMax.",
            index: i,
            itemId: alternative,
            field: criterion);
    }

    /// <summary><c>x / √Σx²</c>; cost <c>1 − x / √Σx²</c>.</summary>
    private static void FitVector(ColumnScaling scaling, int j, Criterion criterion, bool cost, ColumnStatistics columns, List<string> diagnostics)
    {
        if (columns.Squares[j] == 0.0)
        {
            Degenerate(diagnostics, criterion, "is 0 for every alternative", scaling, j);
            return;
        }

        var norm = Math.Sqrt(columns.Squares[j]);
        scaling.SetExponent(j, columns.Exponent[j]);
        scaling.SetAffine(j, cost ? -1.0 / norm : 1.0 / norm, cost ? 1.0 : 0.0, columns.ScaledMin(j), columns.ScaledMax(j));
    }

    /// <summary><c>(x − min) / (max − min)</c>; cost <c>(max − x) / (max − min)</c>.</summary>
    private static void FitMinMax(ColumnScaling scaling, int j, Criterion criterion, bool cost, ColumnStatistics columns, List<string> diagnostics)
    {
        if (columns.Max[j] == columns.Min[j])
        {
            Degenerate(diagnostics, criterion, "is the same for every alternative", scaling, j);
            return;
        }

        // In the column's units (ColumnStatistics.ExponentOf), so that max − min cannot overflow.
        var (min, max) = (columns.ScaledMin(j), columns.ScaledMax(j));
        scaling.SetExponent(j, columns.Exponent[j]);
        var range = max - min;
        scaling.SetAffine(j, cost ? -1.0 / range : 1.0 / range, cost ? max / range : -min / range, min, max);
    }

    /// <summary><c>x / max</c>; cost <c>min / x</c> (values already checked by <see cref="RequireRatioValues"/>).</summary>
    private static void FitLinearMax(ColumnScaling scaling, int j, Criterion criterion, bool cost, ColumnStatistics columns, List<string> diagnostics)
    {
        if (columns.Max[j] == 0.0)
        {
            Degenerate(diagnostics, criterion, "is 0 for every alternative", scaling, j);
        }
        else if (cost)
        {
            // In units of the smallest cost (> 0), so that min / x neither divides by an underflowed 0 nor overflows.
            var e = columns.ReciprocalExponent(j);
            scaling.SetExponent(j, e);
            var (min, max) = (Math.ScaleB(columns.Min[j], -e), Math.ScaleB(columns.Max[j], -e));
            scaling.SetReciprocal(j, min, min, max);
        }
        else
        {
            scaling.SetExponent(j, columns.Exponent[j]);
            var (min, max) = (columns.ScaledMin(j), columns.ScaledMax(j));
            scaling.SetAffine(j, 1.0 / max, 0.0, min, max);
        }
    }

    /// <summary><c>x / Σx</c>; cost <c>(1/x) / Σ(1/x)</c> (values already checked by <see cref="RequireRatioValues"/>).</summary>
    private static void FitSum(ColumnScaling scaling, DecisionMatrix matrix, int j, Criterion criterion, bool cost, ColumnStatistics columns, List<string> diagnostics)
    {
        if (cost)
        {
            // In units of the smallest cost (> 0): every 1/x is at most 1, so their sum cannot overflow.
            var e = columns.ReciprocalExponent(j);
            scaling.SetExponent(j, e);
            var (min, max) = (Math.ScaleB(columns.Min[j], -e), Math.ScaleB(columns.Max[j], -e));
            scaling.SetReciprocal(j, 1.0 / SumOfInverses(matrix, j, e), min, max);
        }
        else if (columns.Sum[j] == 0.0)
        {
            Degenerate(diagnostics, criterion, "is 0 for every alternative", scaling, j);
        }
        else
        {
            scaling.SetExponent(j, columns.Exponent[j]);
            scaling.SetAffine(j, 1.0 / columns.Sum[j], 0.0, columns.ScaledMin(j), columns.ScaledMax(j));
        }
    }

    /// <summary><c>Σ_i 1 / (x_ij · 2^−e)</c>.</summary>
    private static double SumOfInverses(DecisionMatrix matrix, int j, int e)
    {
        var (x, m, n) = (matrix.Values, matrix.M, matrix.N);
        var inverses = 0.0;
        for (var i = 0; i < m; i++)
        {
            inverses += 1.0 / (e == 0 ? x[(i * n) + j] : Math.ScaleB(x[(i * n) + j], -e));
        }

        return inverses;
    }

    private static void Degenerate(List<string> diagnostics, Criterion criterion, string what, ColumnScaling scaling, int j)
    {
        diagnostics.Add($"Criterion '{criterion.Name}' {what}: it cannot tell them apart and is normalised to 1.");
        scaling.SetExponent(j, 0);
        scaling.SetAffine(j, 0.0, 1.0, 0.0, 0.0);
    }
}

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

/// <summary>
/// Each column's normalisation formula, applied on demand (a row at a time; the whole m × n array only when a result's
/// <see cref="RankingResult.Normalized"/> or <see cref="RankingResult.Contributions"/> is asked for), with the largest and
/// smallest normalised value of each column known from the column's range (every formula is monotone).
/// </summary>
internal sealed class ColumnScaling
{
    private readonly DecisionMatrix _matrix;
    private readonly byte[] _forms; // 0 affine a·x + b, 1 reciprocal a / x, 2 target 1 − |x − b|·a
    private readonly double[] _a;
    private readonly double[] _b;
    private readonly int[] _exponents; // a column's values are taken in units of 2^exponent before its formula

    public ColumnScaling(DecisionMatrix matrix)
    {
        _matrix = matrix;
        var columns = matrix.N;
        (_forms, _a, _b, High, Low, _exponents) = (new byte[columns], new double[columns], new double[columns], new double[columns], new double[columns], new int[columns]);
    }

    /// <summary>Gets each column's largest normalised value.</summary>
    public double[] High { get; }

    /// <summary>Gets each column's smallest normalised value.</summary>
    public double[] Low { get; }

    /// <summary>Gets a value indicating whether every column is affine, so a row is <c>a·x + b</c> throughout.</summary>
    public bool AllAffine => Array.TrueForAll(_forms, f => f == 0);

    /// <summary>Gets a value indicating whether every column is taken as it is (no power-of-two rescaling).</summary>
    public bool AllUnscaled => Array.TrueForAll(_exponents, e => e == 0);

    /// <summary>Gets the affine factors.</summary>
    public double[] A => _a;

    /// <summary>Gets the affine offsets.</summary>
    public double[] B => _b;

    /// <summary>Sets the scale of column <paramref name="j"/>: its values are divided by <c>2^exponent</c> (exactly) before its formula.</summary>
    public void SetExponent(int j, int exponent) => _exponents[j] = exponent;

    /// <summary>A raw value of column <paramref name="j"/> in the units its formula expects.</summary>
    public double Scaled(int j, double x) => _exponents[j] == 0 ? x : Math.ScaleB(x, -_exponents[j]);

    public void SetAffine(int j, double a, double b, double min, double max)
    {
        (_forms[j], _a[j], _b[j]) = (0, a, b);
        (High[j], Low[j]) = a >= 0.0 ? ((a * max) + b, (a * min) + b) : ((a * min) + b, (a * max) + b);
    }

    public void SetReciprocal(int j, double a, double min, double max) => (_forms[j], _a[j], High[j], Low[j]) = (1, a, a / min, a / max);

    public void SetTarget(int j, double target, double a, double high, double low) => (_forms[j], _a[j], _b[j], High[j], Low[j]) = (2, a, target, high, low);

    /// <summary>Every normalised value, row-major: alternative i, criterion j at <c>i·n + j</c>.</summary>
    public double[] ToArray()
    {
        var n = _matrix.N;
        var values = new double[_matrix.M * n];
        for (var i = 0; i < _matrix.M; i++)
        {
            Row(i, values.AsSpan(i * n, n));
        }

        return values;
    }

    /// <summary>Normalises one row into <paramref name="output"/>.</summary>
    public void Row(int i, Span<double> output)
    {
        var row = _matrix.Values.AsSpan(i * _matrix.N, _matrix.N);
        for (var j = 0; j < row.Length; j++)
        {
            output[j] = Apply(j, row[j]);
        }
    }

    private double Apply(int j, double raw)
    {
        var x = Scaled(j, raw);
        return _forms[j] switch
        {
            0 => (_a[j] * x) + _b[j],
            1 => _a[j] / x,
            _ => 1.0 - (Math.Abs(x - _b[j]) * _a[j]),
        };
    }
}
