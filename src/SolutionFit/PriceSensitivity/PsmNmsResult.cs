namespace SolutionFit.PriceSensitivity;

/// <summary>The Newton–Miller–Smith extension: how many would buy at each price, and the revenue.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PsmNmsResult
{
    internal PsmNmsResult(double[] prices, double[] reach, double[] revenue, int reachBest, int revenueBest)
    {
        Prices = Array.AsReadOnly(prices);
        Reach = Array.AsReadOnly(reach);
        Revenue = Array.AsReadOnly(revenue);
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
