namespace SolutionFit.MultiCriteria;

/// <summary>
/// Each column's normalisation formula, applied on demand (a row at a time; the whole m × n array only when a result's
/// <see cref="RankingResult.Normalized"/> or <see cref="RankingResult.Contributions"/> is asked for), with the largest and
/// smallest normalised value of each column known from the column's range (every formula is monotone).
/// </summary>
internal sealed class ColumnScaling
{
    private readonly DecisionMatrix _matrix;
    private readonly Form[] _forms;
    private readonly double[] _a;
    private readonly double[] _b;
    private readonly int[] _exponents; // a column's values are taken in units of 2^exponent before its formula

    public ColumnScaling(DecisionMatrix matrix)
    {
        _matrix = matrix;
        var columns = matrix.N;
        (_forms, _a, _b, High, Low, _exponents) = (new Form[columns], new double[columns], new double[columns], new double[columns], new double[columns], new int[columns]);
    }

    /// <summary>Gets each column's largest normalised value.</summary>
    public double[] High { get; }

    /// <summary>Gets each column's smallest normalised value.</summary>
    public double[] Low { get; }

    /// <summary>Gets a value indicating whether every column is affine, so a row is <c>a·x + b</c> throughout.</summary>
    public bool AllAffine => Array.TrueForAll(_forms, f => f == Form.Affine);

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
        (_forms[j], _a[j], _b[j]) = (Form.Affine, a, b);
        (High[j], Low[j]) = a >= 0.0 ? ((a * max) + b, (a * min) + b) : ((a * min) + b, (a * max) + b);
    }

    public void SetReciprocal(int j, double a, double min, double max) => (_forms[j], _a[j], High[j], Low[j]) = (Form.Reciprocal, a, a / min, a / max);

    public void SetTarget(int j, double target, double a, double high, double low) => (_forms[j], _a[j], _b[j], High[j], Low[j]) = (Form.Target, a, target, high, low);

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
            Form.Affine => (_a[j] * x) + _b[j],
            Form.Reciprocal => _a[j] / x,
            _ => 1.0 - (Math.Abs(x - _b[j]) * _a[j]),
        };
    }

    /// <summary>The shape of a column's formula.</summary>
    private enum Form : byte
    {
        /// <summary><c>a·x + b</c>.</summary>
        Affine,

        /// <summary><c>a / x</c>.</summary>
        Reciprocal,

        /// <summary><c>1 − |x − b|·a</c>, b the target.</summary>
        Target,
    }
}
