namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The Poisson bootstrap intervals of the Van Westendorp price points (and, with purchase intentions, of the
/// Newton–Miller–Smith optima), from <see cref="PriceSensitivityMeter.Bootstrap(PsmBootstrapTally, PsmOptions?, double)"/>.
/// </summary>
/// <remarks>
/// Each replicate is the same analysis, with the same options, of the rows it keeps under their replicate weights. A
/// replicate whose analysis fails (no row kept, every kept respondent excluded, a question without an answer) defines no
/// point; a point absent in a replicate (curves that do not cross) is undefined there too. Immutable and thread-safe.
/// </remarks>
public sealed class PsmBootstrapResult
{
    internal PsmBootstrapResult(ulong seed, int replicates, double confidence, PsmOptions options, double[][] values, bool hasPurchaseIntentions)
    {
        Seed = seed;
        Replicates = replicates;
        Confidence = confidence;
        Options = options;
        Values = values;
        PointOfMarginalCheapness = PsmBootstrapInterval.Of(values[0], confidence);
        OptimalPricePoint = PsmBootstrapInterval.Of(values[1], confidence);
        IndifferencePricePoint = PsmBootstrapInterval.Of(values[2], confidence);
        PointOfMarginalExpensiveness = PsmBootstrapInterval.Of(values[3], confidence);
        ReachOptimalPrice = hasPurchaseIntentions ? PsmBootstrapInterval.Of(values[4], confidence) : null;
        RevenueOptimalPrice = hasPurchaseIntentions ? PsmBootstrapInterval.Of(values[5], confidence) : null;
    }

    /// <summary>Gets the seed of the replicate weights.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the number of replicates.</summary>
    public int Replicates { get; }

    /// <summary>Gets the confidence of the intervals, in (0, 1).</summary>
    public double Confidence { get; }

    /// <summary>Gets the options every replicate was analysed with.</summary>
    public PsmOptions Options { get; }

    /// <summary>Gets the interval of the point of marginal cheapness (PMC).</summary>
    public PsmBootstrapInterval PointOfMarginalCheapness { get; }

    /// <summary>Gets the interval of the optimal price point (OPP).</summary>
    public PsmBootstrapInterval OptimalPricePoint { get; }

    /// <summary>Gets the interval of the indifference price point (IPP).</summary>
    public PsmBootstrapInterval IndifferencePricePoint { get; }

    /// <summary>Gets the interval of the point of marginal expensiveness (PME).</summary>
    public PsmBootstrapInterval PointOfMarginalExpensiveness { get; }

    /// <summary>Gets the interval of the Newton–Miller–Smith reach-optimal price; null without purchase intentions.</summary>
    public PsmBootstrapInterval? ReachOptimalPrice { get; }

    /// <summary>Gets the interval of the Newton–Miller–Smith revenue-optimal price; null without purchase intentions.</summary>
    public PsmBootstrapInterval? RevenueOptimalPrice { get; }

    /// <summary>Every replicate's points (NaN where undefined): PMC, OPP, IPP, PME, reach- and revenue-optimal price, each by replicate.</summary>
    internal double[][] Values { get; }

    /// <summary>Returns the four points' intervals and the replicates, in one line.</summary>
    /// <returns>The summary, for example <c>PMC [11.99, 12.96], OPP [18, 20.59], IPP [19.61, 20.59], PME [28.99, 30] (200 replicates, 95 %)</c>.</returns>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"PMC {Show(PointOfMarginalCheapness)}, OPP {Show(OptimalPricePoint)}, IPP {Show(IndifferencePricePoint)}, PME {Show(PointOfMarginalExpensiveness)} ({Replicates} replicates, {Confidence * 100:0.##} %)");

    private static string Show(PsmBootstrapInterval interval) => interval.Interval?.ToString() ?? "-";
}
