namespace SolutionFit.PriceSensitivity;

/// <summary>The Gabor–Granger analysis of one segment (or of everyone, <c>"all"</c>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GaborGrangerSegment
{
    internal GaborGrangerSegment(string segment, double weight, GaborGrangerPrice[] prices, WtpModel? model)
    {
        Segment = segment;
        Weight = weight;
        Prices = Array.AsReadOnly(prices);
        Model = model;
        var best = -1.0;
        foreach (var p in prices)
        {
            if (p.Revenue is { } r && r > best)
            {
                best = r;
                RevenueOptimalPrice = p.Price;
            }
        }
    }

    /// <summary>The segment's value, or <c>"all"</c> for everyone.</summary>
    public string Segment { get; }

    /// <summary>The total weight of the segment's used respondents.</summary>
    public double Weight { get; }

    /// <summary>The tested prices, ascending, with demand, revenue and elasticities.</summary>
    public IReadOnlyList<GaborGrangerPrice> Prices { get; }

    /// <summary>The tested price with the largest revenue index (the lowest on exact ties); null when no revenue is defined.</summary>
    public double? RevenueOptimalPrice { get; }

    /// <summary>
    /// The fitted willingness-to-pay model; null when the likelihood has no finite maximum: everyone is left-censored,
    /// or everyone right-censored, or one price agrees with every answer (the largest lower end is at most the smallest
    /// upper end), or nobody has both ends finite and the weighted mean of log U over the left-censored is at most the
    /// weighted mean of log L over the right-censored. Also null, rarely, when the maximum lies where α, β or their
    /// standard errors are not finite positive doubles (α = e^μ underflows when a huge weight is left-censored at a low price).
    /// </summary>
    public WtpModel? Model { get; }
}
