using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SolutionFit.Formats.Json;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Samples.Web;

// What the page needs beyond the CLI's documents: the coaching, the PSM curves and a file's columns. Written like the CLI's output.

/// <summary><c>/api/coach</c>: the coaching of each customer's best solution, in customer order.</summary>
internal sealed record CoachingsDto(IEnumerable<CoachingDto> Coaching);

/// <summary>The coaching of one customer's best solution; no solution when the catalog is empty.</summary>
internal sealed record CoachingDto(string CustomerId, string? SolutionId, double? Overall, PriceRangeDto? SmilePriceRange, IEnumerable<CoachingStepDto> Steps)
{
    public static CoachingDto From(string customerId, CoachingReport report, int top) => new(
        customerId,
        report.Score.SolutionId,
        report.Score.Overall,
        PriceRangeDto.From(report.SmilePriceRange),
        report.Steps.Take(top).Select(CoachingStepDto.From));
}

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

/// <summary><c>/api/psm/chart</c>: the CLI's price points and the cumulative curves they are read from.</summary>
internal sealed record PsmChartDto(PsmDto PricePoints, PsmCurvesDto Curves)
{
    public static PsmChartDto From(PsmResult result) => new(
        PsmDto.From(result),
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
internal sealed partial class WebJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with relaxed escaping, as the CLI writes.</summary>
    public static WebJsonContext Instance => field ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
