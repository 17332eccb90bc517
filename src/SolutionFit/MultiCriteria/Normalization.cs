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
/// statistics into a <see cref="ColumnScaling"/>, which then gives any normalised value in O(1) without storing them.
/// </summary>
internal static class Normalizer
{
    /// <summary>Fits every column's formula; notes degenerate columns.</summary>
    public static ColumnScaling Fit(DecisionMatrix matrix, Normalization normalization, List<string> diagnostics, string paramName)
    {
        var (m, n, x) = (matrix.M, matrix.N, matrix.Values);
        var criteria = matrix.CriteriaArray;
        var types = Array.ConvertAll(criteria, c => c.Type);
        var targets = Array.ConvertAll(criteria, c => c.Target);
        var (min, max, sum, squares) = (new double[n], new double[n], new double[n], new double[n]);
        Array.Fill(min, double.PositiveInfinity);
        Array.Fill(max, double.NegativeInfinity);
        for (var i = 0; i < m; i++)
        {
            var row = x.AsSpan(i * n, n);
            for (var j = 0; j < row.Length; j++)
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

        var scaling = new ColumnScaling(matrix, n);
        for (var j = 0; j < n; j++)
        {
            var cost = types[j] == CriterionType.Cost;
            if (types[j] == CriterionType.Target)
            {
                // 1 − |x − t| / farthest; the nearest and farthest distances to t come from the column's range.
                var (near, far) = (targets[j] < min[j] ? min[j] - targets[j] : targets[j] > max[j] ? targets[j] - max[j] : 0.0, Math.Max(Math.Abs(min[j] - targets[j]), Math.Abs(max[j] - targets[j])));
                if (far == 0.0)
                {
                    Degenerate(diagnostics, criteria[j], "is on its target for every alternative", scaling, j);
                }
                else
                {
                    scaling.SetTarget(j, targets[j], 1.0 / far, 1.0 - (near / far), 0.0);
                }

                continue;
            }

            if (normalization is Normalization.LinearMax or Normalization.Sum && (min[j] < 0.0 || (cost && min[j] == 0.0)))
            {
                var i = Enumerable.Range(0, m).First(i => x[(i * n) + j] < 0.0 || (cost && x[(i * n) + j] == 0.0));
                throw new ArgumentException(
                    $"The {normalization} normalisation divides by the values, so criterion '{criteria[j].Name}' needs values {(cost ? "> 0" : ">= 0")}, but alternative '{matrix.Alternatives[i]}' has {Guard.Format(x[(i * n) + j])}; use Vector or MinMax.",
                    paramName);
            }

            switch (normalization)
            {
                case Normalization.Vector when squares[j] == 0.0:
                case Normalization.LinearMax when max[j] == 0.0:
                case Normalization.Sum when !cost && sum[j] == 0.0:
                    Degenerate(diagnostics, criteria[j], "is 0 for every alternative", scaling, j);
                    break;
                case Normalization.MinMax when max[j] == min[j]:
                    Degenerate(diagnostics, criteria[j], "is the same for every alternative", scaling, j);
                    break;
                case Normalization.Vector:
                    var norm = Math.Sqrt(squares[j]);
                    scaling.SetAffine(j, cost ? -1.0 / norm : 1.0 / norm, cost ? 1.0 : 0.0, min[j], max[j]);
                    break;
                case Normalization.MinMax:
                    var range = max[j] - min[j];
                    scaling.SetAffine(j, cost ? -1.0 / range : 1.0 / range, cost ? max[j] / range : -min[j] / range, min[j], max[j]);
                    break;
                case Normalization.LinearMax:
                    if (cost)
                    {
                        scaling.SetReciprocal(j, min[j], min[j], max[j]);
                    }
                    else
                    {
                        scaling.SetAffine(j, 1.0 / max[j], 0.0, min[j], max[j]);
                    }

                    break;
                default:
                    if (cost)
                    {
                        var inverses = 0.0;
                        for (var i = 0; i < m; i++)
                        {
                            inverses += 1.0 / x[(i * n) + j];
                        }

                        scaling.SetReciprocal(j, 1.0 / inverses, min[j], max[j]);
                    }
                    else
                    {
                        scaling.SetAffine(j, 1.0 / sum[j], 0.0, min[j], max[j]);
                    }

                    break;
            }
        }

        return scaling;
    }

    private static void Degenerate(List<string> diagnostics, Criterion criterion, string what, ColumnScaling scaling, int j)
    {
        diagnostics.Add($"Criterion '{criterion.Name}' {what}: it cannot tell them apart and is normalised to 1.");
        scaling.SetAffine(j, 0.0, 1.0, 0.0, 0.0);
    }
}

/// <summary>
/// Each column's normalisation formula, applied on demand (<c>r_ij</c> without an m × n array), with the largest and
/// smallest normalised value of each column known from the column's range (every formula is monotone).
/// </summary>
internal sealed class ColumnScaling
{
    private readonly DecisionMatrix _matrix;
    private readonly byte[] _forms; // 0 affine a·x + b, 1 reciprocal a / x, 2 target 1 − |x − b|·a
    private readonly double[] _a;
    private readonly double[] _b;

    public ColumnScaling(DecisionMatrix matrix, int columns)
    {
        _matrix = matrix;
        (_forms, _a, _b, High, Low) = (new byte[columns], new double[columns], new double[columns], new double[columns], new double[columns]);
    }

    /// <summary>Gets each column's largest normalised value.</summary>
    public double[] High { get; }

    /// <summary>Gets each column's smallest normalised value.</summary>
    public double[] Low { get; }

    /// <summary>Gets a value indicating whether every column is affine, so a row is <c>a·x + b</c> throughout.</summary>
    public bool AllAffine => Array.TrueForAll(_forms, f => f == 0);

    /// <summary>Gets the affine factors.</summary>
    public double[] A => _a;

    /// <summary>Gets the affine offsets.</summary>
    public double[] B => _b;

    /// <summary>The normalised value of alternative <paramref name="i"/> on criterion <paramref name="j"/>.</summary>
    public double this[int i, int j] => Apply(j, _matrix.Values[(i * _matrix.N) + j]);

    public void SetAffine(int j, double a, double b, double min, double max)
    {
        (_forms[j], _a[j], _b[j]) = (0, a, b);
        (High[j], Low[j]) = a >= 0.0 ? ((a * max) + b, (a * min) + b) : ((a * min) + b, (a * max) + b);
    }

    public void SetReciprocal(int j, double a, double min, double max) => (_forms[j], _a[j], High[j], Low[j]) = (1, a, a / min, a / max);

    public void SetTarget(int j, double target, double a, double high, double low) => (_forms[j], _a[j], _b[j], High[j], Low[j]) = (2, a, target, high, low);

    /// <summary>Normalises one row into <paramref name="output"/>.</summary>
    public void Row(int i, Span<double> output)
    {
        var row = _matrix.Values.AsSpan(i * _matrix.N, _matrix.N);
        for (var j = 0; j < row.Length; j++)
        {
            output[j] = Apply(j, row[j]);
        }
    }

    private double Apply(int j, double x) => _forms[j] switch
    {
        0 => (_a[j] * x) + _b[j],
        1 => _a[j] / x,
        _ => 1.0 - (Math.Abs(x - _b[j]) * _a[j]),
    };
}
