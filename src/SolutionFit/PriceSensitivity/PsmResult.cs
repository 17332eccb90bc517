using System.Globalization;

namespace SolutionFit.PriceSensitivity;

/// <summary>The result of a Van Westendorp price sensitivity analysis, with the Newton–Miller–Smith extension when purchase intentions were given.</summary>
/// <remarks>
/// <para>
/// The price points are null where they do not exist (no crossing, or a three-question survey for PMC and OPP).
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class PsmResult
{
    private readonly PsmExcludedRespondent[] _excluded;
    private readonly EmpiricalDistributions _distributions;

    internal PsmResult(
        PsmOptions options,
        int total,
        PsmExcludedRespondent[] excluded,
        double[] points,
        PsmCurves curves,
        PsmNmsResult? nms,
        EmpiricalDistributions distributions)
    {
        Options = options;
        TotalRespondents = total;
        _excluded = excluded;
        Excluded = Array.AsReadOnly(excluded);
        RespondentsUsed = options.ExcludeInconsistent ? total - excluded.Length : total;
        PointOfMarginalCheapness = Point(points[0]);
        OptimalPricePoint = Point(points[1]);
        IndifferencePricePoint = Point(points[2]);
        PointOfMarginalExpensiveness = Point(points[3]);
        AcceptableRange = Range(PointOfMarginalCheapness, PointOfMarginalExpensiveness);
        OptimalRange = Range(OptimalPricePoint, IndifferencePricePoint);
        Curves = curves;
        Nms = nms;
        _distributions = distributions;
    }

    /// <summary>Gets the options the analysis used.</summary>
    public PsmOptions Options { get; }

    /// <summary>Gets the number of respondents in the survey.</summary>
    public int TotalRespondents { get; }

    /// <summary>Gets the number of respondents with missing or not strictly increasing answers (<see cref="Excluded"/>).</summary>
    public int ExcludedCount => _excluded.Length;

    /// <summary>Gets the number of respondents the curves are made of: the consistent ones, or all when inconsistent ones are kept (<see cref="PsmOptions.ExcludeInconsistent"/> false).</summary>
    public int RespondentsUsed { get; }

    /// <summary>
    /// Gets every respondent with missing or not strictly increasing answers, by row: excluded from the analysis, or kept
    /// when <see cref="PsmOptions.ExcludeInconsistent"/> is false.
    /// </summary>
    public IReadOnlyList<PsmExcludedRespondent> Excluded { get; }

    /// <summary>Gets the point of marginal cheapness (PMC), the lower end of the acceptable range; null where it does not exist.</summary>
    public double? PointOfMarginalCheapness { get; }

    /// <summary>Gets the optimal price point (OPP: too cheap × too expensive); null where it does not exist.</summary>
    public double? OptimalPricePoint { get; }

    /// <summary>Gets the indifference price point (IPP: cheap × expensive); null where it does not exist.</summary>
    public double? IndifferencePricePoint { get; }

    /// <summary>Gets the point of marginal expensiveness (PME), the upper end of the acceptable range; null where it does not exist.</summary>
    public double? PointOfMarginalExpensiveness { get; }

    /// <summary>Gets the acceptable range [PMC, PME]; null when an end does not exist or PMC &gt; PME.</summary>
    public PriceRange? AcceptableRange { get; }

    /// <summary>Gets the optimal range [OPP, IPP]; null when an end does not exist or OPP &gt; IPP.</summary>
    public PriceRange? OptimalRange { get; }

    /// <summary>Gets the curves on the price grid.</summary>
    public PsmCurves Curves { get; }

    /// <summary>Gets the Newton–Miller–Smith reach and revenue; null when the survey has no purchase intentions.</summary>
    public PsmNmsResult? Nms { get; }

    /// <summary>
    /// Gets the lowest price at which the most respondents would smile or pay gladly (the largest share of
    /// <see cref="PriceReaction.Bargain"/> + <see cref="PriceReaction.Fair"/>), with all five shares there; null when
    /// inconsistent respondents were kept (<see cref="PsmOptions.ExcludeInconsistent"/> false), since reactions are not
    /// defined for them.
    /// </summary>
    /// <remarks>Ties within a relative 1e-12 go to the lowest price. Only the respondents' own answer prices need be tried, since the shares change only there.</remarks>
    public PriceReactionShares? SmileOptimum => ReactionsDefined ? _distributions.SharesAt(_distributions.SmileOptimalPrice()) : null;

    /// <summary>Gets the share of respondents who meet <paramref name="price"/> with each reaction (weights respected; the five sum to 1).</summary>
    /// <param name="price">The price; finite and at least 0.</param>
    /// <returns>The shares.</returns>
    /// <remarks>
    /// A respondent reacts by the same half-open intervals as the scorer: too cheap below their too-cheap answer, a bargain
    /// from there to below cheap, fair up to below expensive, grumble up to below too expensive, too expensive from there.
    /// The shares are those of the raw curves (too cheap share = answers above the price, and so on), without the
    /// <see cref="PsmMethod.Interpolated"/> rule that sets each curve to 0 or 1 at its column's lowest answer. In a
    /// three-question survey nobody finds a price too cheap.
    /// </remarks>
    /// <exception cref="InvalidInputException"><paramref name="price"/> is NaN, infinite or negative (<see cref="ArgumentException.ParamName"/> <c>price</c>).</exception>
    /// <exception cref="InvalidOperationException">Inconsistent respondents were kept (<see cref="PsmOptions.ExcludeInconsistent"/> false), so reactions are not defined for them.</exception>
    public PriceReactionShares ReactionSharesAt(double price)
    {
        Guard.NonNegativeFinite(price, nameof(price), "The price");
        return RequireConsistent().SharesAt(price);
    }

    /// <summary>Whether reactions are defined: no inconsistent respondent was kept.</summary>
    private bool ReactionsDefined => Options.ExcludeInconsistent || _excluded.Length == 0;

    private EmpiricalDistributions RequireConsistent()
    {
        if (!ReactionsDefined)
        {
            throw new InvalidOperationException(
                $"Reaction shares need consistent respondents, but {_excluded.Length} inconsistent respondent(s) were kept; analyse with ExcludeInconsistent on.");
        }

        return _distributions;
    }

    private static double? Point(double value) => double.IsNaN(value) ? null : value;

    private static PriceRange? Range(double? lower, double? upper) =>
        lower is { } l && upper is { } u && l <= u ? new PriceRange(l, u) : null;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"PMC {PointOfMarginalCheapness:0.##}, OPP {OptimalPricePoint:0.##}, IPP {IndifferencePricePoint:0.##}, PME {PointOfMarginalExpensiveness:0.##} from {RespondentsUsed} of {TotalRespondents} respondent(s)");
}
