namespace SolutionFit.PriceSensitivity;

/// <summary>Demand, revenue and elasticities at one tested price of a Gabor–Granger segment.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GaborGrangerPrice
{
    internal GaborGrangerPrice(double price, double? demand, double determinedWeight, double? elasticity, double? arcElasticity)
    {
        Price = price;
        Demand = demand;
        DeterminedWeight = determinedWeight;
        Revenue = demand.HasValue ? price * demand.Value : null;
        Elasticity = elasticity;
        ArcElasticity = arcElasticity;
    }

    /// <summary>The tested price.</summary>
    public double Price { get; }

    /// <summary>
    /// The weighted share of respondents willing to pay at least <see cref="Price"/> (highest "buy" at or above it) among
    /// those determined at it; null when nobody with a positive weight is determined at it.
    /// </summary>
    public double? Demand { get; }

    /// <summary>The weight of the respondents whose answers decide whether they buy at <see cref="Price"/>.</summary>
    public double DeterminedWeight { get; }

    /// <summary>The revenue index <see cref="Price"/> · <see cref="Demand"/>; null with <see cref="Demand"/>.</summary>
    public double? Revenue { get; }

    /// <summary>
    /// The simple elasticity from this price to the next, positive when demand falls; null on the last price, when
    /// <see cref="Demand"/> is 0, when either demand is undefined, or when the value is not a finite double.
    /// </summary>
    public double? Elasticity { get; }

    /// <summary>
    /// The arc (midpoint) elasticity from this price to the next, positive when demand falls; null on the last price,
    /// when both demands are 0, when either demand is undefined, or when the value is not a finite double.
    /// </summary>
    public double? ArcElasticity { get; }
}
