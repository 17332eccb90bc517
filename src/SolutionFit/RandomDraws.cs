using System.Runtime.CompilerServices;

namespace SolutionFit;

/// <summary>
/// The counter-based random draws of the uncertainty methods: each draw depends only on the seed and its coordinates
/// (row and replicate, customer, sample and goal, or sample and criterion), never on what was drawn before, so work
/// split across shards or machines draws the same numbers as work done in one place.
/// </summary>
/// <remarks>
/// Every draw hashes <c>seed ^ ((a + 1)·G) ^ ((b + 1)·M2) [^ ((c + 1)·M3)]</c> with <see cref="SplitMix64"/>
/// (all arithmetic mod 2^64) and keeps the top 53 bits as a double in [0, 1).
/// </remarks>
internal static class RandomDraws
{
    private const ulong G = 0x9E3779B97F4A7C15;
    private const ulong M2 = 0xD1B54A32D192ED03;
    private const ulong M3 = 0x94D049BB133111EB;
    private const double Unit = 1.0 / 9007199254740992.0;

    /// <summary>The largest Poisson(1) multiplier <see cref="PoissonMultiplier"/> can return (its cumulative sum reaches 1 there).</summary>
    public const int MaxPoissonMultiplier = 18;

    /// <summary>
    /// The cumulative sums F of the inverse transform, once: <c>p = exp(−1); F = p; k = 0; while (u ≥ F) { k++; p = p / k; F += p; }</c>
    /// compares u with the same F values in the same order, so looking them up gives the same k bit for bit. The last is
    /// exactly 1.0, which no u reaches.
    /// </summary>
    private static readonly double[] PoissonThresholds = CumulativePoisson();

    /// <summary>Steele, Lea and Flood's SplitMix64 finaliser of <paramref name="z"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SplitMix64(ulong z)
    {
        unchecked
        {
            z += G;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }

    /// <summary>
    /// The Poisson(1) bootstrap multiplier of data row <paramref name="row"/> (0-based, file order) in replicate
    /// <paramref name="replicate"/> (0-based): inverse transform of <c>u = (x >> 11)·2^-53</c> over the Poisson(1)
    /// distribution, in double; 0 to <see cref="MaxPoissonMultiplier"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PoissonMultiplier(ulong seed, ulong row, ulong replicate) => Poisson(Uniform(seed, row, replicate));

    /// <summary>
    /// The Poisson(1) multipliers of data row <paramref name="row"/> in the replicates from <paramref name="firstReplicate"/>
    /// on, one per element of <paramref name="multipliers"/>: the values of <see cref="PoissonMultiplier"/>, with the row's
    /// part of the hash computed once (XOR is associative).
    /// </summary>
    public static void PoissonMultipliers(ulong seed, ulong row, ulong firstReplicate, Span<int> multipliers)
    {
        unchecked
        {
            var rowPart = seed ^ ((row + 1) * G);
            for (var i = 0; i < multipliers.Length; i++)
            {
                multipliers[i] = Poisson(ToUnit(SplitMix64(rowPart ^ ((firstReplicate + (ulong)i + 1) * M2))));
            }
        }
    }

    /// <summary>The inverse transform of <paramref name="u"/> over the Poisson(1) distribution.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Poisson(double u)
    {
        var f = PoissonThresholds;

        // The thresholds increase, so k is the number of them at or below u: the first five (k < 5 for 99.6 % of draws)
        // counted without branches, then the rest in turn.
        int k = (u >= f[0] ? 1 : 0) + (u >= f[1] ? 1 : 0) + (u >= f[2] ? 1 : 0) + (u >= f[3] ? 1 : 0) + (u >= f[4] ? 1 : 0);
        while (u >= f[k])
        {
            k++;
        }

        return k;
    }

    /// <summary><c>(x >> 11)·2^-53</c>: converted as a signed integer (below 2^53, so exactly), which is quicker than unsigned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ToUnit(ulong x) => (long)(x >> 11) * Unit;

    private static double[] CumulativePoisson()
    {
        var thresholds = new double[MaxPoissonMultiplier + 1];
        double p = Math.Exp(-1);
        double f = p;
        for (var k = 0; k < thresholds.Length; k++)
        {
            thresholds[k] = f;
            p /= k + 1;
            f += p;
        }

        return thresholds;
    }

    /// <summary>The uniform draw in [0, 1) for goal <paramref name="goal"/> of customer <paramref name="customer"/> in sample <paramref name="sample"/> (all 0-based).</summary>
    public static double Perturbation(ulong seed, ulong customer, ulong sample, ulong goal)
    {
        unchecked
        {
            return (SplitMix64(seed ^ ((customer + 1) * G) ^ ((sample + 1) * M2) ^ ((goal + 1) * M3)) >> 11) * Unit;
        }
    }

    /// <summary>The uniform draw in (0, 1] for criterion <paramref name="criterion"/> in sample <paramref name="sample"/> (0-based), whose negative logarithm is an exponential weight.</summary>
    public static double SimplexUniform(ulong seed, ulong sample, ulong criterion) =>
        ((Hash(seed, sample, criterion) >> 11) + 1) * Unit;

    /// <summary>The uniform draw in [0, 1) of the pair (<paramref name="a"/>, <paramref name="b"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Uniform(ulong seed, ulong a, ulong b) => ToUnit(Hash(seed, a, b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ulong seed, ulong a, ulong b)
    {
        unchecked
        {
            return SplitMix64(seed ^ ((a + 1) * G) ^ ((b + 1) * M2));
        }
    }
}
