using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SolutionFit.Formats.Json;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Samples.Web;

// What the page needs beyond the CLI's documents: the coaching, the PSM curves, the fitted demand curves and a file's columns. Written like the CLI's output.

/// <summary><c>/api/coach</c>: the coaching of each customer's best solution, in customer order.</summary>
internal sealed record CoachingsDto(IEnumerable<CoachingDto> Coaching);

/// <summary>
/// The coaching of one customer's best solution; no solution when the catalog is empty. The acceptability is null
/// unless asked for (<c>importanceUncertainty</c>).
/// </summary>
internal sealed record CoachingDto(string CustomerId, string? SolutionId, double? Overall, PriceRangeDto? SmilePriceRange, IEnumerable<CoachingStepDto> Steps, AcceptabilityDto? Acceptability)
{
    public static CoachingDto From(string customerId, CoachingReport report, int top, RankAcceptability? acceptability) => new(
        customerId,
        report.Score.SolutionId,
        report.Score.Overall,
        PriceRangeDto.From(report.SmilePriceRange),
        report.Steps.Take(top).Select(CoachingStepDto.From),
        acceptability is null ? null : AcceptabilityDto.From(report.Score.SolutionId, acceptability));
}

/// <summary>
/// How sure the recommendation is: the share of plausible priorities (importances moved by up to <c>uncertainty</c>)
/// under which the recommended solution is the best fit (<c>first</c>, null when every sample was skipped), the library's
/// sentence for it, and each solution's share in ranking order.
/// </summary>
internal sealed record AcceptabilityDto(double Uncertainty, int Samples, ulong Seed, int SkippedSamples, double? First, string Description, IEnumerable<SolutionAcceptabilityDto> Solutions)
{
    public static AcceptabilityDto From(string recommended, RankAcceptability a) => new(
        a.Uncertainty,
        a.Samples,
        a.Seed,
        a.SkippedSamples,
        a.Solutions.TryGetValue(recommended, out var best) ? best.First : null,
        a.Describe(),
        a.Solutions.Select(s => new SolutionAcceptabilityDto(s.Key, s.Value.First)));
}

/// <summary>The share of plausible priorities under which a solution is the best fit; null when every sample was skipped.</summary>
internal sealed record SolutionAcceptabilityDto(string SolutionId, double? First);

/// <summary>One step: <c>achieveGoal</c> (goalId), <c>priceInSmileRange</c> (priceRange) or <c>offerAlternative</c> (solutionId).</summary>
internal sealed record CoachingStepDto(string Action, string? GoalId, string? SolutionId, PriceRangeDto? PriceRange, double OverallAfter, double Gain)
{
    public static CoachingStepDto From(CoachingStep step) => new(
        JsonNamingPolicy.CamelCase.ConvertName(step.Action.ToString()),
        (step as AchieveGoalStep)?.GoalId,
        (step as SwitchSolutionStep)?.SolutionId,
        PriceRangeDto.From((step as PriceInSmileRangeStep)?.PriceRange),
        step.OverallAfter,
        step.Gain);
}

/// <summary>A price range [lower, upper); an infinite bound is null.</summary>
internal sealed record PriceRangeDto(double? Lower, double? Upper)
{
    public static PriceRangeDto? From(PriceRange? range) => range is { } r ? new(Finite(r.Lower), Finite(r.Upper)) : null;

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}

/// <summary><c>/api/psm/chart</c>: the CLI's price points (with the bootstrap's intervals when asked for) and the cumulative curves they are read from.</summary>
internal sealed record PsmChartDto(PsmDto PricePoints, PsmCurvesDto Curves)
{
    public static PsmChartDto From(PsmResult result, PsmBootstrapResult? intervals) => new(
        PsmDto.From(result, intervals),
        new(result.Curves.Prices, result.Curves.TooCheap, result.Curves.Cheap, result.Curves.NotCheap, result.Curves.Expensive, result.Curves.NotExpensive, result.Curves.TooExpensive));
}

/// <summary>The curves at each price of <c>prices</c>: shares of respondents (tooCheap is null without that question).</summary>
internal sealed record PsmCurvesDto(
    IReadOnlyList<double> Prices,
    IReadOnlyList<double>? TooCheap,
    IReadOnlyList<double> Cheap,
    IReadOnlyList<double> NotCheap,
    IReadOnlyList<double> Expensive,
    IReadOnlyList<double> NotExpensive,
    IReadOnlyList<double> TooExpensive);

/// <summary><c>/api/demand/chart</c>: the CLI's demand document and, per segment in its order, the fitted model's curves.</summary>
internal sealed record DemandChartDto(DemandDto Demand, IReadOnlyList<FittedCurveDto> Fitted)
{
    /// <summary>The number of prices of each fitted curve.</summary>
    public const int Points = 121;

    public static DemandChartDto From(GaborGrangerResult result)
    {
        // One price range for every segment: from half the lowest tested price to a quarter past the highest, or on to a
        // model's revenue optimum when that lies within twice the highest.
        var tested = result.Segments[0].Prices;
        var (lowest, highest) = (tested[0].Price, tested[^1].Price);
        var upper = result.Segments.Select(s => s.Model?.RevenueOptimalPrice).OfType<double>().Where(p => p <= 2.0 * highest).Append(1.25 * highest).Max();
        var prices = Enumerable.Range(0, Points).Select(i => (0.5 * lowest) + ((upper - (0.5 * lowest)) * i / (Points - 1))).ToArray();
        return new(
            DemandDto.From(result),
            result.Segments.Select(s => s.Model is { } model ? FittedCurveDto.From(s.Segment, model, prices) : new FittedCurveDto(s.Segment, [], [], [])).ToList());
    }
}

/// <summary>A segment's fitted demand <c>S(p)</c> and revenue <c>p · S(p)</c> at each price of <c>prices</c>; all empty without a model.</summary>
internal sealed record FittedCurveDto(string Segment, IReadOnlyList<double> Prices, IReadOnlyList<double> Demand, IReadOnlyList<double> Revenue)
{
    public static FittedCurveDto From(string segment, WtpModel model, double[] prices)
    {
        var demand = Array.ConvertAll(prices, model.DemandAt);
        return new(segment, prices, demand, prices.Select((p, i) => p * demand[i]).ToArray());
    }
}

/// <summary><c>/api/columns</c>: the header of a CSV file, in file order.</summary>
internal sealed record ColumnsDto(IReadOnlyList<string> Columns);

/// <summary>The web sample's own documents, with the options of <see cref="CliJsonContext"/>.</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true)]
[JsonSerializable(typeof(CoachingsDto))]
[JsonSerializable(typeof(PsmChartDto))]
[JsonSerializable(typeof(ColumnsDto))]
[JsonSerializable(typeof(DemandChartDto))]
internal sealed partial class WebJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with relaxed escaping, as the CLI writes.</summary>
    public static WebJsonContext Instance => field ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
