namespace SolutionFit;

/// <summary>
/// An overflow-safe, exact sum of non-negative values held in units of a power of two: values are scaled by
/// <c>2^-exponent</c> (exact, <see cref="Math.ScaleB"/>) so that no sum overflows, and each sum carries its rounding
/// residual (Knuth's two-sum), so that the order of additions and merges does not change the rounded sum.
/// </summary>
/// <remarks>
/// A unit for values up to <c>largest</c> is <see cref="ExponentOf"/>; values and sums move between units with
/// <see cref="Scale"/>, and sums are added with <see cref="Add(double)"/> (or <see cref="Add(ref double, ref double, double)"/>
/// for a sum kept in two fields of another structure). Not thread-safe.
/// </remarks>
internal struct ScaledSum
{
    /// <summary>The sum, rounded to a double.</summary>
    public double Sum;

    /// <summary>What the rounding of <see cref="Sum"/> left out (exact in a double).</summary>
    public double Residual;

    /// <summary>A sum and its residual.</summary>
    public ScaledSum(double sum, double residual) => (Sum, Residual) = (sum, residual);

    /// <summary>The sum and its residual.</summary>
    public readonly void Deconstruct(out double sum, out double residual) => (sum, residual) = (Sum, Residual);

    /// <summary>Adds <paramref name="value"/> without losing its rounding error.</summary>
    public void Add(double value) => Add(ref Sum, ref Residual, value);

    /// <summary>Adds another sum: its rounded sum, then its residual.</summary>
    public void Add(ScaledSum other)
    {
        Add(ref Sum, ref Residual, other.Sum);
        Add(ref Sum, ref Residual, other.Residual);
    }

    /// <summary>The sum in a unit <c>2^-shift</c> times its own (a larger unit for a negative <paramref name="shift"/>); see <see cref="Scale"/>.</summary>
    public readonly ScaledSum Scaled(int shift) => new(Scale(Sum, shift), Math.ScaleB(Residual, shift));

    /// <summary>Adds <paramref name="value"/> to the sum <paramref name="sum"/> + <paramref name="residual"/> without losing its rounding error (Knuth's two-sum).</summary>
    public static void Add(ref double sum, ref double residual, double value)
    {
        var s = sum + value;
        var v = s - sum;
        var error = (sum - (s - v)) + (value - v);
        var r = residual + error;
        sum = s + r;
        residual = r - (sum - s);
    }

    /// <summary>
    /// A value in a unit <c>2^-shift</c> times its own, that is times <c>2^shift</c>: exact, except that a positive value that would
    /// underflow to 0 keeps the smallest positive double, so that a positive value stays positive.
    /// </summary>
    public static double Scale(double value, int shift) => value > 0.0 ? Math.Max(Math.ScaleB(value, shift), double.Epsilon) : Math.ScaleB(value, shift);

    /// <summary>The exponent of the unit for values up to <paramref name="largest"/>: its binary exponent, 0 for 0 or less.</summary>
    public static int ExponentOf(double largest) => largest > 0.0 ? Math.ILogB(largest) : 0;

    /// <summary>
    /// A whole count below 2^62 as an exact sum in units of <c>2^exponent</c>: the count rounded to a double and what that
    /// rounding left out (exact in a double), both scaled (exact while the count has at most some 1000 bits above the unit).
    /// </summary>
    public static ScaledSum FromCount(long count, int exponent) =>
        new(Math.ScaleB((double)count, -exponent), Math.ScaleB((double)(count - (long)(double)count), -exponent));
}
