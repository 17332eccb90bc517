namespace SolutionFit.PriceSensitivity;

/// <summary>The Van Westendorp curves on the analysis's price grid, for plotting and for checking the price points.</summary>
/// <remarks>
/// Every list has one share in [0, 1] per price of <see cref="Prices"/> (ascending). Too cheap and cheap fall with the
/// price, expensive and too expensive rise. Immutable and thread-safe.
/// </remarks>
public sealed class PsmCurves
{
    internal PsmCurves(double[] prices, double[]? tooCheap, double[] cheap, double[] expensive, double[] tooExpensive)
    {
        Prices = prices;
        TooCheap = tooCheap;
        Cheap = cheap;
        NotCheap = Array.ConvertAll(cheap, c => 1.0 - c);
        Expensive = expensive;
        NotExpensive = Array.ConvertAll(expensive, e => 1.0 - e);
        TooExpensive = tooExpensive;
    }

    /// <summary>Gets the price grid, ascending.</summary>
    public IReadOnlyList<double> Prices { get; }

    /// <summary>Gets the share who find each price too cheap (answer above the price); null in a three-question survey.</summary>
    public IReadOnlyList<double>? TooCheap { get; }

    /// <summary>Gets the share who find each price cheap (answer above the price).</summary>
    public IReadOnlyList<double> Cheap { get; }

    /// <summary>Gets <c>1 - cheap</c>.</summary>
    public IReadOnlyList<double> NotCheap { get; }

    /// <summary>Gets the share who find each price expensive (answer at or below the price).</summary>
    public IReadOnlyList<double> Expensive { get; }

    /// <summary>Gets <c>1 - expensive</c>.</summary>
    public IReadOnlyList<double> NotExpensive { get; }

    /// <summary>Gets the share who find each price too expensive (answer at or below the price).</summary>
    public IReadOnlyList<double> TooExpensive { get; }
}

/// <summary>The Newton–Miller–Smith extension: how many would buy at each price, and the revenue.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PsmNmsResult
{
    internal PsmNmsResult(double[] prices, double[] reach, double[] revenue, int reachBest, int revenueBest)
    {
        Prices = prices;
        Reach = reach;
        Revenue = revenue;
        ReachOptimalPrice = prices[reachBest];
        ReachMax = reach[reachBest];
        RevenueOptimalPrice = prices[revenueBest];
        RevenueMax = revenue[revenueBest];
    }

    /// <summary>Gets the price grid (the same as the curves').</summary>
    public IReadOnlyList<double> Prices { get; }

    /// <summary>Gets the reach at each price: the (weighted) mean purchase probability, in [0, 1].</summary>
    public IReadOnlyList<double> Reach { get; }

    /// <summary>Gets the revenue index at each price: price × reach.</summary>
    public IReadOnlyList<double> Revenue { get; }

    /// <summary>Gets the price of the highest reach (trial-optimal; the lowest such price).</summary>
    public double ReachOptimalPrice { get; }

    /// <summary>Gets the highest reach.</summary>
    public double ReachMax { get; }

    /// <summary>Gets the price of the highest revenue (the lowest such price).</summary>
    public double RevenueOptimalPrice { get; }

    /// <summary>Gets the highest revenue.</summary>
    public double RevenueMax { get; }
}
