using System.Numerics;

namespace SolutionFit;

/// <summary>
/// <c>e^x</c> for <c>x &lt;= 0</c>, written with plain IEEE operations (no fused multiply-add, no estimate), so that every
/// lane, the scalar path and every JIT tier give the same bits. <see cref="Vector.Exp(Vector{double})"/> does not: it
/// fuses multiply-adds or not depending on the tier of the code that calls it.
/// </summary>
/// <remarks>
/// Cody–Waite reduction <c>x = n·ln 2 + r</c>, <c>|r| &lt;= ln 2 / 2</c>, the Taylor polynomial of degree 12 for
/// <c>e^r</c> (truncation error below 2e-16), and the scaling by <c>2^n</c> in two exact halves so that results in the
/// subnormal range round once. Within a few units in the last place of <see cref="Math.Exp(double)"/>; 0 below -745.
/// </remarks>
internal static class Exponential
{
    private const double Log2E = 1.4426950408889634;
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double RoundingShifter = 6755399441055744.0; // 1.5·2^52: adding it rounds to an integer.
    private const double Smallest = -745.0;

    /// <summary><c>e^x</c> lane by lane, for lanes that are not NaN and not above 0 (negative infinity gives 0).</summary>
    public static Vector<double> OfNonPositive(Vector<double> x)
    {
        var inRange = Vector.GreaterThanOrEqual(x, new Vector<double>(Smallest));
        x = Vector.Max(x, new Vector<double>(Smallest));
        var shifter = new Vector<double>(RoundingShifter);
        var n = ((x * new Vector<double>(Log2E)) + shifter) - shifter;
        var r = (x - (n * new Vector<double>(Ln2High))) - (n * new Vector<double>(Ln2Low));

        // Horner, highest power first: Σ r^k / k! for k = 12 … 0.
        var p = new Vector<double>(1.0 / 479001600);
        p = (p * r) + new Vector<double>(1.0 / 39916800);
        p = (p * r) + new Vector<double>(1.0 / 3628800);
        p = (p * r) + new Vector<double>(1.0 / 362880);
        p = (p * r) + new Vector<double>(1.0 / 40320);
        p = (p * r) + new Vector<double>(1.0 / 5040);
        p = (p * r) + new Vector<double>(1.0 / 720);
        p = (p * r) + new Vector<double>(1.0 / 120);
        p = (p * r) + new Vector<double>(1.0 / 24);
        p = (p * r) + new Vector<double>(1.0 / 6);
        p = (p * r) + new Vector<double>(0.5);
        p = (p * r) + Vector<double>.One;
        p = (p * r) + Vector<double>.One;

        var exponent = Vector.ConvertToInt64(n);
        var half = Vector.ShiftRightArithmetic(exponent, 1);
        var bias = new Vector<long>(1023);
        var scaled = p * Vector.AsVectorDouble(Vector.ShiftLeft(half + bias, 52)) * Vector.AsVectorDouble(Vector.ShiftLeft(exponent - half + bias, 52));
        return Vector.ConditionalSelect(inRange, scaled, Vector<double>.Zero);
    }

    /// <summary><c>e^x</c> for one <c>x &lt;= 0</c>: the same bits as a lane of <see cref="OfNonPositive(Vector{double})"/>.</summary>
    public static double OfNonPositive(double x) => OfNonPositive(new Vector<double>(x))[0];
}
