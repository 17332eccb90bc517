using System.Globalization;

namespace SolutionFit.Gauges;

/// <summary>
/// How happy customers were to pay: the count and share of each observed <see cref="PriceReaction"/> and the smile index
/// <c>100 × (share of Bargain + Fair − share of Grumble + TooExpensive)</c> in [−100, 100], with a 95 % confidence interval.
/// </summary>
/// <remarks>
/// <para>
/// The interval is Newcombe's hybrid score interval for a difference of two proportions of one sample (Newcombe 1998,
/// method 10: Wilson score intervals of both shares, combined with their correlation), z = 1.959964. It stays inside
/// [−100, 100] and is sensible at the edges (all smiles, few deals), where the normal (Wald) interval collapses. With
/// weights, the shares are weighted and the sample size is Kish's effective size <c>(Σw)² / Σw²</c>.
/// </para>
/// <para>Immutable and thread-safe; created by <see cref="PriceHappinessGauge"/>.</para>
/// </remarks>
public sealed class SmileGauge
{
    /// <summary>The two-sided 95 % normal quantile.</summary>
    internal const double Z = 1.959963984540054;

    private readonly int[] _counts;
    private readonly double[] _shares;

    internal SmileGauge(int[] counts, double[] weights, double effectiveSize)
    {
        _counts = counts;
        var total = weights.Sum();
        _shares = Array.ConvertAll(weights, w => w / total);
        EffectiveSampleSize = effectiveSize;
        var smiling = _shares[(int)PriceReaction.Bargain] + _shares[(int)PriceReaction.Fair];
        var frowning = _shares[(int)PriceReaction.Grumble] + _shares[(int)PriceReaction.TooExpensive];
        SmileIndex = 100.0 * (smiling - frowning);
        SmileIndexInterval = NewcombeInterval(smiling, frowning, effectiveSize);
    }

    /// <summary>Gets the number of deals.</summary>
    public int Count => _counts.Sum();

    /// <summary>Gets Kish's effective sample size, <c>(Σw)² / Σw²</c>; the number of deals when all weigh the same.</summary>
    public double EffectiveSampleSize { get; }

    /// <summary>Gets the smile index in [−100, 100]: percent smiling or paying gladly minus percent grumbling or refusing.</summary>
    public double SmileIndex { get; }

    /// <summary>Gets the 95 % confidence interval of the smile index, inside [−100, 100] and holding <see cref="SmileIndex"/>.</summary>
    public ConfidenceInterval SmileIndexInterval { get; }

    /// <summary>Gets the number of deals with a reaction.</summary>
    /// <param name="reaction">The reaction.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reaction"/> is not defined.</exception>
    public int CountOf(PriceReaction reaction) => _counts[Index(reaction)];

    /// <summary>Gets the (weighted) share of deals with a reaction.</summary>
    /// <param name="reaction">The reaction.</param>
    /// <returns>The share in [0, 1]; the five sum to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reaction"/> is not defined.</exception>
    public double ShareOf(PriceReaction reaction) => _shares[Index(reaction)];

    /// <summary>Compares the smile index of two groups: the difference <c>first − second</c> with its 95 % confidence interval.</summary>
    /// <param name="first">The first group.</param>
    /// <param name="second">The second group.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    /// <remarks>
    /// The groups are taken as independent samples. The interval is the MOVER combination (Zou and Donner 2008) of the
    /// two groups' intervals: <c>D − √((S1 − L1)² + (U2 − S2)²)</c> to <c>D + √((U1 − S1)² + (S2 − L2)²)</c>.
    /// </remarks>
    public static SmileComparison Compare(SmileGauge first, SmileGauge second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var difference = first.SmileIndex - second.SmileIndex;
        var (one, two) = (first.SmileIndexInterval, second.SmileIndexInterval);
        var lower = difference - Math.Sqrt(Square(first.SmileIndex - one.Lower) + Square(two.Upper - second.SmileIndex));
        var upper = difference + Math.Sqrt(Square(one.Upper - first.SmileIndex) + Square(second.SmileIndex - two.Lower));
        return new SmileComparison(difference, new ConfidenceInterval(Math.Max(lower, -200.0), Math.Min(upper, 200.0)));
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"smile index {SmileIndex:0.0} [{SmileIndexInterval.Lower:0.0}, {SmileIndexInterval.Upper:0.0}] over {Count} deal(s)");

    private static int Index(PriceReaction reaction) =>
        Enum.IsDefined(reaction) ? (int)reaction : throw new ArgumentOutOfRangeException(nameof(reaction), reaction, "Not a price reaction.");

    private static double Square(double x) => x * x;

    /// <summary>Newcombe's method 10 for <c>p1 − p2</c>, where p1 and p2 are shares of disjoint outcomes of one sample of size n.</summary>
    private static ConfidenceInterval NewcombeInterval(double p1, double p2, double n)
    {
        var (l1, u1) = Wilson(p1, n);
        var (l2, u2) = Wilson(p2, n);

        // Correlation of the two shares in the paired table (a, b, c, d) = (0, p1, p2, 1 − p1 − p2): φ = −bc / √((a+b)(c+d)(a+c)(b+d)).
        var denominator = Math.Sqrt(p1 * (1.0 - p1) * p2 * (1.0 - p2));
        var phi = denominator > 0.0 ? Math.Max(-p1 * p2 / denominator, -1.0) : 0.0;
        var theta = p1 - p2;
        var delta = Math.Sqrt(Math.Max(Square(p1 - l1) - (2.0 * phi * (p1 - l1) * (u2 - p2)) + Square(u2 - p2), 0.0));
        var epsilon = Math.Sqrt(Math.Max(Square(u1 - p1) - (2.0 * phi * (u1 - p1) * (p2 - l2)) + Square(p2 - l2), 0.0));
        return new ConfidenceInterval(100.0 * Math.Max(theta - delta, -1.0), 100.0 * Math.Min(theta + epsilon, 1.0));
    }

    /// <summary>The Wilson score interval of a proportion.</summary>
    private static (double Lower, double Upper) Wilson(double p, double n)
    {
        var z2 = Z * Z;
        var centre = (p + (z2 / (2.0 * n))) / (1.0 + (z2 / n));
        var half = Z / (1.0 + (z2 / n)) * Math.Sqrt((p * (1.0 - p) / n) + (z2 / (4.0 * n * n)));
        return (Math.Max(centre - half, 0.0), Math.Min(centre + half, 1.0));
    }
}
