using System.Numerics;
using System.Runtime.CompilerServices;

namespace SolutionFit;

/// <summary>
/// <c>e^x</c> for <c>x &lt;= 0</c>, written with plain IEEE operations (no fused multiply-add, no estimate), so that every
/// lane, the scalar path and every JIT tier give the same bits. <see cref="Vector.Exp(Vector{double})"/> does not: it
/// fuses multiply-adds or not depending on the tier of the code that calls it.
/// </summary>
/// <remarks>
/// Cody–Waite reduction <c>x = n·ln 2 + r</c>, <c>|r| &lt;= ln 2 / 2</c>, the Taylor polynomial of degree 12 for
/// <c>e^r</c> (truncation error below 2e-16) by Estrin's scheme, and the scaling by <c>2^n</c> in two exact halves so that results in the
/// subnormal range round once. Only additions, multiplications and integer bit operations, all in hardware with AVX2. Within a few units in the last place of <see cref="Math.Exp(double)"/>; 0 below -745.
/// </remarks>
internal static class Exponential
{
    private const double Log2E = 1.4426950408889634;
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double RoundingShifter = 6755399441055744.0; // 1.5·2^52: adding it rounds to an integer.
    private const double Smallest = -745.0;

    /// <summary><c>e^x</c> lane by lane, for lanes that are not NaN and not above 0 (negative infinity gives 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> OfNonPositive(Vector<double> x)
    {
        var inRange = Vector.GreaterThanOrEqual(x, new Vector<double>(Smallest));
        x = Vector.MaxNative(x, new Vector<double>(Smallest));
        var shifter = new Vector<double>(RoundingShifter);
        var n = ((x * new Vector<double>(Log2E)) + shifter) - shifter;
        var r = (x - (n * new Vector<double>(Ln2High))) - (n * new Vector<double>(Ln2Low));

        // Estrin's scheme for Σ r^k / k!, k = 0 … 12: pairs, then quads, then eights, so the chain is four steps deep.
        var r2 = r * r;
        var r4 = r2 * r2;
        var r8 = r4 * r4;
        var p01 = Vector<double>.One + r;
        var p23 = new Vector<double>(1.0 / 2) + (new Vector<double>(1.0 / 6) * r);
        var p45 = new Vector<double>(1.0 / 24) + (new Vector<double>(1.0 / 120) * r);
        var p67 = new Vector<double>(1.0 / 720) + (new Vector<double>(1.0 / 5040) * r);
        var p89 = new Vector<double>(1.0 / 40320) + (new Vector<double>(1.0 / 362880) * r);
        var p1011 = new Vector<double>(1.0 / 3628800) + (new Vector<double>(1.0 / 39916800) * r);
        var p03 = p01 + (r2 * p23);
        var p47 = p45 + (r2 * p67);
        var p811 = p89 + (r2 * p1011);
        var p812 = p811 + (r4 * new Vector<double>(1.0 / 479001600));
        var p = (p03 + (r4 * p47)) + (r8 * p812);

        // 2^n as two exact powers of two, n = a + b with a = round(n / 2): each half is a normal number even when e^x is
        // subnormal. Integral doubles plus the shifter hold the integer in their low bits: no conversion instruction needed.
        var aShifted = (n * new Vector<double>(0.5)) + shifter;
        var bShifted = (n - (aShifted - shifter)) + shifter;
        var offset = Vector.AsVectorInt64(shifter) - new Vector<long>(1023);
        var scaleA = Vector.AsVectorDouble(Vector.ShiftLeft(Vector.AsVectorInt64(aShifted) - offset, 52));
        var scaleB = Vector.AsVectorDouble(Vector.ShiftLeft(Vector.AsVectorInt64(bShifted) - offset, 52));
        var scaled = p * scaleA * scaleB;
        return Vector.ConditionalSelect(inRange, scaled, Vector<double>.Zero);
    }

    /// <summary>Replaces each vector of <paramref name="x"/> by its <c>e^x</c>: independent vectors, so the processor overlaps their long chains.</summary>
    public static void OfNonPositive(Span<Vector<double>> x)
    {
        for (var v = 0; v < x.Length; v++)
        {
            x[v] = OfNonPositive(x[v]);
        }
    }

    /// <summary><c>e^x</c> for one <c>x &lt;= 0</c>: the same bits as a lane of <see cref="OfNonPositive(Vector{double})"/>.</summary>
    public static double OfNonPositive(double x) => OfNonPositive(new Vector<double>(x))[0];
}
