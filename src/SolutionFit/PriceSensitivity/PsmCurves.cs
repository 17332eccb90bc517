namespace SolutionFit.PriceSensitivity;

/// <summary>The Van Westendorp curves on the analysis's price grid, for plotting and for checking the price points.</summary>
/// <remarks>
/// Every list has one share in [0, 1] per price of <see cref="Prices"/> (ascending). Too cheap and cheap fall with the
/// price, expensive and too expensive rise. Between grid prices the curves are linear (the price points are where these
/// lines cross); <see cref="ValuesAt"/> gives every curve at any price. Immutable and thread-safe.
/// </remarks>
public sealed class PsmCurves
{
    private readonly double[] _prices;
    private readonly double[]? _tooCheap;
    private readonly double[] _cheap;
    private readonly double[] _expensive;
    private readonly double[] _tooExpensive;

    internal PsmCurves(double[] prices, double[]? tooCheap, double[] cheap, double[] expensive, double[] tooExpensive)
    {
        _prices = prices;
        _tooCheap = tooCheap;
        _cheap = cheap;
        _expensive = expensive;
        _tooExpensive = tooExpensive;
        NotCheapValues = Array.ConvertAll(cheap, c => 1.0 - c);
        NotExpensiveValues = Array.ConvertAll(expensive, e => 1.0 - e);
        Prices = Array.AsReadOnly(prices);
        TooCheap = tooCheap is null ? null : Array.AsReadOnly(tooCheap);
        Cheap = Array.AsReadOnly(cheap);
        NotCheap = Array.AsReadOnly(NotCheapValues);
        Expensive = Array.AsReadOnly(expensive);
        NotExpensive = Array.AsReadOnly(NotExpensiveValues);
        TooExpensive = Array.AsReadOnly(tooExpensive);
    }

    /// <summary>Gets <see cref="NotCheap"/> as the array the analysis computed, for its crossings.</summary>
    internal double[] NotCheapValues { get; }

    /// <summary>Gets <see cref="NotExpensive"/> as the array the analysis computed, for its crossings.</summary>
    internal double[] NotExpensiveValues { get; }

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

    /// <summary>Gets every curve's value at a price: linear between the two grid prices around it, as the curves are drawn.</summary>
    /// <param name="price">The price; finite and at least 0.</param>
    /// <returns>
    /// The values: at a price of <see cref="Prices"/>, exactly that price's entries of the lists; between two grid prices,
    /// the straight line between their entries; below the first or above the last grid price, the first or last entries.
    /// </returns>
    /// <remarks>
    /// O(log n) in the number of grid prices. With <see cref="PsmMethod.Interpolated"/> and a single crossing, the two
    /// curves that define a price point have the same value there, up to rounding.
    /// </remarks>
    /// <exception cref="InvalidInputException"><paramref name="price"/> is NaN, infinite or negative (<see cref="ArgumentException.ParamName"/> <c>price</c>).</exception>
    public PsmCurveValues ValuesAt(double price)
    {
        Guard.NonNegativeFinite(price, nameof(price), "The price");
        var below = Sorted.LastAtOrBelow<double>(_prices, price);
        if (below < 0 || below == _prices.Length - 1 || _prices[below] == price)
        {
            var at = Math.Max(below, 0); // below the first grid price, the first; at or above the last, the last
            return Values(price, at, at, 0.0);
        }

        var above = below + 1;
        return Values(price, below, above, (price - _prices[below]) / (_prices[above] - _prices[below]));
    }

    /// <summary>The curves at <paramref name="price"/>, a fraction <paramref name="t"/> of the way from grid index <paramref name="below"/> to <paramref name="above"/>.</summary>
    private PsmCurveValues Values(double price, int below, int above, double t)
    {
        double At(double[] curve) => curve[below] + ((curve[above] - curve[below]) * t); // exactly curve[below] at t = 0: the curves are finite
        var cheap = At(_cheap);
        var expensive = At(_expensive);
        return new PsmCurveValues(price, _tooCheap is null ? null : At(_tooCheap), cheap, expensive, At(_tooExpensive));
    }
}
