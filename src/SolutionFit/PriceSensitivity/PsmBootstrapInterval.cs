namespace SolutionFit.PriceSensitivity;

/// <summary>
/// A price point's bootstrap interval: the type-7 quantiles (R's default) of the point's values over the replicates where
/// it is defined, at (1 − C)/2 and (1 + C)/2 for confidence C; and how many replicates define it.
/// </summary>
/// <remarks>
/// <c>default</c> is the interval of a point no replicate defines: no <see cref="Interval"/>, <see cref="Defined"/> 0.
/// Immutable and thread-safe.
/// </remarks>
public readonly record struct PsmBootstrapInterval
{
    internal PsmBootstrapInterval(ConfidenceInterval? interval, int defined) => (Interval, Defined) = (interval, defined);

    /// <summary>Gets the interval; null when fewer than 2 replicates define the point.</summary>
    public ConfidenceInterval? Interval { get; }

    /// <summary>Gets the number of replicates that define the point (those whose analysis succeeds and finds it).</summary>
    public int Defined { get; }

    /// <summary>Gets the lower end of <see cref="Interval"/>; null without one.</summary>
    public double? Lower => Interval?.Lower;

    /// <summary>Gets the upper end of <see cref="Interval"/>; null without one.</summary>
    public double? Upper => Interval?.Upper;

    /// <summary>The type-7 quantiles of the defined (not NaN) values at (1 − confidence)/2 and (1 + confidence)/2.</summary>
    internal static PsmBootstrapInterval Of(double[] values, double confidence)
    {
        var defined = values.Where(v => !double.IsNaN(v)).ToArray();
        if (defined.Length < 2)
        {
            return new PsmBootstrapInterval(null, defined.Length);
        }

        Array.Sort(defined);
        return new PsmBootstrapInterval(new ConfidenceInterval(Quantile(defined, (1.0 - confidence) / 2.0), Quantile(defined, (1.0 + confidence) / 2.0)), defined.Length);
    }

    /// <summary>R's quantile type 7 of sorted values: h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        return low + 1 >= sorted.Length ? sorted[^1] : sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low]));
    }
}
