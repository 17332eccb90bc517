using SolutionFit.PriceSensitivity;

namespace SolutionFit.Formats.Json;

// The Gabor–Granger demand document (`demand --json`, and the web sample's demand JSON), in the order its members are
// written. Every key is written; a value that is not defined is null.

/// <summary>The demand document: the respondent counts and one analysis per segment (<c>"all"</c> first, then the segments in ordinal order).</summary>
internal sealed record DemandDto(DemandRespondentsDto Respondents, IEnumerable<DemandSegmentDto> Segments)
{
    public static DemandDto From(GaborGrangerResult result) => new(
        new DemandRespondentsDto(result.Respondents, result.Used, result.Inconsistent, result.NoAnswer),
        result.Segments.Select(DemandSegmentDto.From));
}

/// <summary>The respondents in the file, used, dropped as inconsistent, dropped for giving no answer.</summary>
internal sealed record DemandRespondentsDto(long InFile, long Used, long Inconsistent, long NoAnswer);

/// <summary>One segment's demand, revenue and elasticities at each tested price, the revenue-optimal tested price and the model (null when none).</summary>
internal sealed record DemandSegmentDto(string Segment, double Weight, IEnumerable<DemandPriceDto> Prices, double? RevenueOptimalPrice, WtpModelDto? Model)
{
    public static DemandSegmentDto From(GaborGrangerSegment segment) => new(
        segment.Segment,
        segment.Weight,
        segment.Prices.Select(p => new DemandPriceDto(p.Price, p.Demand, p.DeterminedWeight, p.Revenue, p.Elasticity, p.ArcElasticity)),
        segment.RevenueOptimalPrice,
        segment.Model is { } m ? new WtpModelDto(m.MedianWtp, m.Shape, m.MedianWtpSe, m.ShapeSe, m.LogLikelihood, m.RevenueOptimalPrice, m.DemandAtOptimum, m.RevenueAtOptimum) : null);
}

/// <summary>One tested price of a segment.</summary>
internal sealed record DemandPriceDto(double Price, double? Demand, double DeterminedWeight, double? Revenue, double? Elasticity, double? ArcElasticity);

/// <summary>The fitted log-logistic willingness-to-pay model of a segment; the continuous optimum is null for a shape at most 1.</summary>
internal sealed record WtpModelDto(
    double MedianWtp,
    double Shape,
    double MedianWtpSe,
    double ShapeSe,
    double LogLikelihood,
    double? RevenueOptimalPrice,
    double? DemandAtOptimum,
    double? RevenueAtOptimum);
