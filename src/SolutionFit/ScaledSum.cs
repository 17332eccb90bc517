using System.Runtime.CompilerServices;

namespace SolutionFit;

/// <summary>
/// An overflow-safe, exact sum of non-negative values held in units of a power of two: values are scaled by
/// <c>2^-exponent</c> (exact, <see cref="Math.ScaleB"/>) so that no sum overflows, and each sum carries its rounding
/// residual (Knuth's two-sum), so that the order of additions and merges does not change the rounded sum.
/// </summary>
/// <remarks>
/// A unit for values up to <c>largest</c> is <see cref="ExponentOf"/> (a larger one when a value <see cref="Outgrows"/> it);
/// values move into a unit exactly with <see cref="InUnits"/> and back with <see cref="FromUnits"/>, sums of positive values
/// with <see cref="Scale"/>, and sums are added with <see cref="Add(double)"/> (or <see cref="Add(ref double, ref double, double)"/>
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ExponentOf(double largest) => largest > 0.0 ? Math.ILogB(largest) : 0;

    /// <summary>
    /// Whether a positive <paramref name="value"/> is beyond the unit <c>2^exponent</c> (its binary exponent is larger), and
    /// that binary exponent, the unit it needs: the test of a sum kept in units of the largest value so far.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Outgrows(double value, int exponent, out int unit)
    {
        unit = value > 0.0 ? Math.ILogB(value) : exponent;
        return unit > exponent;
    }

    /// <summary>
    /// A value in units of <c>2^exponent</c>, that is times <c>2^-exponent</c>: exact while the result is a normal double
    /// (unlike <see cref="Scale"/>, a value that underflows goes to 0); the value itself for an exponent of 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double InUnits(double value, int exponent) => exponent == 0 ? value : Math.ScaleB(value, -exponent);

    /// <summary>
    /// Scales values (at least 0, the largest positive) in place to sum 1: each divided by the largest first, so that
    /// their sum cannot overflow, then by that sum; scaling every value by one factor leaves the result as it is.
    /// </summary>
    public static void ToSharesOfOne(Span<double> values)
    {
        var top = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            top = Math.Max(top, values[i]);
        }

        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= top;
            sum += values[i];
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= sum;
        }
    }

    /// <summary>A value given in units of <c>2^exponent</c>, back in units of 1 (times <c>2^exponent</c>, exact while the result is a normal double).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FromUnits(double value, int exponent) => Math.ScaleB(value, exponent);

    /// <summary>
    /// A whole count below 2^62 as an exact sum in units of <c>2^exponent</c>: the count rounded to a double and what that
    /// rounding left out (exact in a double), both scaled (exact while the count has at most some 1000 bits above the unit).
    /// </summary>
    public static ScaledSum FromCount(long count, int exponent) =>
        new(InUnits(count, exponent), InUnits(count - (long)(double)count, exponent));
}
