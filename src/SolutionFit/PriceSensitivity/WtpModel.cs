namespace SolutionFit.PriceSensitivity;

/// <summary>
/// A log-logistic willingness-to-pay model, <c>S(p) = P(WTP ≥ p) = 1 / (1 + (p/α)^β)</c>, fitted by weighted maximum
/// likelihood to the censored intervals of Gabor–Granger answers (R's <c>survreg(..., dist = "loglogistic")</c>).
/// </summary>
/// <remarks>Immutable and thread-safe. Standard errors come from the inverse observed information in (μ = log α, log(1/β)).</remarks>
public sealed class WtpModel
{
    internal WtpModel(double medianWtp, double shape, double medianWtpSe, double shapeSe, double logLikelihood)
    {
        MedianWtp = medianWtp;
        Shape = shape;
        MedianWtpSe = medianWtpSe;
        ShapeSe = shapeSe;
        LogLikelihood = logLikelihood;
        if (shape > 1.0)
        {
            var optimum = medianWtp * Math.Pow(shape - 1.0, -1.0 / shape);
            var demand = SurvivalAt(optimum);
            if (double.IsFinite(optimum) && optimum > 0.0)
            {
                RevenueOptimalPrice = optimum;
                DemandAtOptimum = demand;
                RevenueAtOptimum = optimum * demand;
            }
        }
    }

    /// <summary>The median willingness to pay α.</summary>
    public double MedianWtp { get; }

    /// <summary>The shape β (1 / the scale of log WTP): the larger, the steeper demand falls around the median.</summary>
    public double Shape { get; }

    /// <summary>The standard error of <see cref="MedianWtp"/>: α · SE(log α).</summary>
    public double MedianWtpSe { get; }

    /// <summary>The standard error of <see cref="Shape"/>: β · SE(log scale).</summary>
    public double ShapeSe { get; }

    /// <summary>The weighted log-likelihood at the fit.</summary>
    public double LogLikelihood { get; }

    /// <summary>The price p* = α (β − 1)^(−1/β) that maximises p · S(p); null for β ≤ 1 (revenue grows without end).</summary>
    public double? RevenueOptimalPrice { get; }

    /// <summary>S(p*); null with <see cref="RevenueOptimalPrice"/>.</summary>
    public double? DemandAtOptimum { get; }

    /// <summary>p* · S(p*); null with <see cref="RevenueOptimalPrice"/>.</summary>
    public double? RevenueAtOptimum { get; }

    /// <summary>The modelled share willing to pay at least <paramref name="price"/>: 1 / (1 + (p/α)^β).</summary>
    /// <param name="price">A price, at least 0.</param>
    /// <returns>A share in [0, 1].</returns>
    /// <exception cref="InvalidInputException"><paramref name="price"/> is negative or not finite.</exception>
    public double DemandAt(double price)
    {
        Guard.NonNegativeFinite(price, nameof(price), "The price");
        return SurvivalAt(price);
    }

    private double SurvivalAt(double price) => price == 0.0 ? 1.0 : 1.0 / (1.0 + Math.Exp(Shape * (Math.Log(price) - Math.Log(MedianWtp))));
}
