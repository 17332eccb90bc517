using System.Text.Json.Serialization;
using SolutionFit.Gauges;
using SolutionFit.PriceSensitivity;
using SolutionFit.Surveys;

namespace SolutionFit.Formats.Json;

// Output documents, in the order their members are written. Sequences are enumerated as they are serialized.

/// <summary><c>score --json</c>.</summary>
internal sealed record ScoresDto(IEnumerable<ScoreDto> Scores);

/// <summary>One customer × solution score, explained; an infinite effective price is null.</summary>
internal sealed record ScoreDto(
    string CustomerId,
    string SolutionId,
    double Overall,
    double GoalFit,
    double Experience,
    double Value,
    double? EffectivePrice,
    double? PriceHappiness,
    string? Reaction,
    IEnumerable<GoalScoreDto> Goals)
{
    public static ScoreDto From(FitScore score) => new(
        score.CustomerId,
        score.SolutionId,
        score.Overall,
        score.GoalFit,
        score.Experience,
        score.Value,
        double.IsFinite(score.EffectivePrice) ? score.EffectivePrice : null,
        score.PriceHappiness,
        JsonOutput.ReactionName(score.Reaction),
        score.Goals.Select(g => new GoalScoreDto(g.GoalId, g.Weight, g.Achievement, g.OverallIfFullyAchieved)));
}

/// <summary>One goal's part in a score.</summary>
internal sealed record GoalScoreDto(string GoalId, double Weight, double Achievement, double OverallIfFullyAchieved);

/// <summary><c>rank --json</c>.</summary>
internal sealed record RankingsDto(IEnumerable<RankingDto> Rankings);

/// <summary>One customer's ranking, best first; the sample counts only with <c>--importance-uncertainty</c>.</summary>
internal sealed record RankingDto(
    string CustomerId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Samples,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? SkippedSamples,
    IEnumerable<RankedSolutionDto> Solutions)
{
    /// <summary>A ranking, with the acceptability of each of its solutions when <paramref name="acceptability"/> is given (the same solutions, in the same order).</summary>
    public static RankingDto From(string customerId, IReadOnlyList<FitScore> ranked, RankAcceptability? acceptability) => acceptability is null
        ? new(customerId, null, null, ranked.Select(s => RankedSolutionDto.From(s, null)))
        : new(customerId, acceptability.Samples, acceptability.SkippedSamples, ranked.Select(s => RankedSolutionDto.From(s, AcceptabilityDto.From(acceptability.Solutions[s.SolutionId]))));
}

/// <summary>One ranked solution; its acceptability only with <c>--importance-uncertainty</c>.</summary>
internal sealed record RankedSolutionDto(
    string SolutionId,
    double Overall,
    string? Reaction,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AcceptabilityDto? Acceptability)
{
    public static RankedSolutionDto From(FitScore score, AcceptabilityDto? acceptability) => new(score.SolutionId, score.Overall, JsonOutput.ReactionName(score.Reaction), acceptability);
}

/// <summary>The shares of the samples in which a solution ranks first and within the printed top; null when every sample was skipped.</summary>
internal sealed record AcceptabilityDto(double? First, double? Top)
{
    public static AcceptabilityDto From(SolutionAcceptability acceptability) => new(acceptability.First, acceptability.Top);
}

/// <summary><c>gauge --json</c>; <c>comparison</c> only with <c>--compare</c>.</summary>
internal sealed record GaugesDto(
    IEnumerable<GaugeGroupDto> Groups,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SmileComparisonDto? Comparison);

/// <summary>The smile gauge of one group.</summary>
internal sealed record GaugeGroupDto(
    string Key,
    int Count,
    double EffectiveSampleSize,
    ReactionCountsDto Counts,
    ReactionSharesDto Shares,
    double SmileIndex,
    double SmileIndexLower,
    double SmileIndexUpper)
{
    public static GaugeGroupDto From(string key, SmileGauge gauge) => new(
        key,
        gauge.Count,
        gauge.EffectiveSampleSize,
        new(gauge.CountOf(PriceReaction.TooCheap), gauge.CountOf(PriceReaction.Bargain), gauge.CountOf(PriceReaction.Fair), gauge.CountOf(PriceReaction.Grumble), gauge.CountOf(PriceReaction.TooExpensive)),
        new(gauge.ShareOf(PriceReaction.TooCheap), gauge.ShareOf(PriceReaction.Bargain), gauge.ShareOf(PriceReaction.Fair), gauge.ShareOf(PriceReaction.Grumble), gauge.ShareOf(PriceReaction.TooExpensive)),
        gauge.SmileIndex,
        gauge.SmileIndexInterval.Lower,
        gauge.SmileIndexInterval.Upper);
}

/// <summary>Deals per reaction, in the order of <see cref="PriceReaction"/>.</summary>
internal sealed record ReactionCountsDto(int TooCheap, int Bargain, int Fair, int Grumble, int TooExpensive);

/// <summary>Shares per reaction, in the order of <see cref="PriceReaction"/>.</summary>
internal sealed record ReactionSharesDto(double TooCheap, double Bargain, double Fair, double Grumble, double TooExpensive);

/// <summary>Group A's smile index minus group B's, with its 95 % interval.</summary>
internal sealed record SmileComparisonDto(double Difference, double Lower, double Upper, bool Significant)
{
    public static SmileComparisonDto From(SmileComparison c) => new(c.Difference, c.DifferenceInterval.Lower, c.DifferenceInterval.Upper, c.IsSignificant);
}

/// <summary><c>ahp --json</c>.</summary>
internal sealed record AhpDto(IReadOnlyList<string> Labels, IReadOnlyList<double> Weights, double LambdaMax, double ConsistencyIndex, double ConsistencyRatio, bool Consistent)
{
    public static AhpDto From(AhpResult ahp) => new(ahp.Labels, ahp.Priorities, ahp.LambdaMax, ahp.ConsistencyIndex, ahp.ConsistencyRatio, ahp.IsConsistent);
}

/// <summary><c>kano --json</c>.</summary>
internal sealed record KanoDto(IEnumerable<KanoFeatureDto> Features);

/// <summary>One feature's Kano classification; a category is its letter (M, O, A, I, R, Q).</summary>
internal sealed record KanoFeatureDto(string Feature, int ValidAnswers, KanoCountsDto Counts, string? Category, double? Better, double? Worse)
{
    public static KanoFeatureDto From(KanoFeature f) => new(
        f.Feature,
        f.ValidAnswers,
        new(f.CountOf(KanoCategory.Attractive), f.CountOf(KanoCategory.OneDimensional), f.CountOf(KanoCategory.MustBe), f.CountOf(KanoCategory.Indifferent), f.CountOf(KanoCategory.Reverse), f.CountOf(KanoCategory.Questionable)),
        f.Category is { } c ? Letter(c) : null,
        f.Better,
        f.Worse);

    /// <summary>A category's letter: M, O, A, I, R or Q.</summary>
    public static string Letter(KanoCategory category) => category switch
    {
        KanoCategory.MustBe => "M",
        KanoCategory.OneDimensional => "O",
        KanoCategory.Attractive => "A",
        KanoCategory.Indifferent => "I",
        KanoCategory.Reverse => "R",
        _ => "Q",
    };
}

/// <summary>Answers per Kano category, by letter.</summary>
internal sealed record KanoCountsDto(
    [property: JsonPropertyName("A")] int Attractive,
    [property: JsonPropertyName("O")] int OneDimensional,
    [property: JsonPropertyName("M")] int MustBe,
    [property: JsonPropertyName("I")] int Indifferent,
    [property: JsonPropertyName("R")] int Reverse,
    [property: JsonPropertyName("Q")] int Questionable);

/// <summary><c>odi --json</c>.</summary>
internal sealed record OdiDto(IEnumerable<OdiOutcomeDto> Outcomes);

/// <summary>One outcome's scores and band (camelCase, null when there are no answers).</summary>
internal sealed record OdiOutcomeDto(string Outcome, double? Importance, double? Satisfaction, double? Opportunity, string? Band)
{
    public static OdiOutcomeDto From(OdiOutcome o) => new(o.Outcome, o.Importance, o.Satisfaction, o.Opportunity, BandName(o.Band));

    /// <summary>A band's camelCase name, as in the JSON output.</summary>
    public static string? BandName(OdiBand? band) => JsonOutput.EnumName(band);
}

/// <summary>
/// <c>psm --json</c>: the price points and, with <c>--nms</c>, the Newton–Miller–Smith optimum (null where absent); with
/// <c>--bootstrap</c> the intervals (the member is left out without it).
/// </summary>
internal sealed record PsmDto(
    int TotalRespondents,
    int InvalidRespondents,
    int RespondentsUsed,
    double? PointOfMarginalCheapness,
    double? OptimalPricePoint,
    double? IndifferencePricePoint,
    double? PointOfMarginalExpensiveness,
    double? ReachOptimalPrice,
    double? RevenueOptimalPrice,
    double? ReachMax,
    double? RevenueMax,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PsmBootstrapDto? Bootstrap = null)
{
    public static PsmDto From(PsmResult result, PsmBootstrapResult? bootstrap = null) => new(
        result.TotalRespondents,
        result.ExcludedCount,
        result.RespondentsUsed,
        result.PointOfMarginalCheapness,
        result.OptimalPricePoint,
        result.IndifferencePricePoint,
        result.PointOfMarginalExpensiveness,
        result.Nms?.ReachOptimalPrice,
        result.Nms?.RevenueOptimalPrice,
        result.Nms?.ReachMax,
        result.Nms?.RevenueMax,
        bootstrap is null ? null : PsmBootstrapDto.From(bootstrap));
}

/// <summary><c>psm --bootstrap --json</c>: the replicates, the seed (an unsigned 64-bit integer), the confidence and the intervals.</summary>
internal sealed record PsmBootstrapDto(int Replicates, ulong Seed, double Confidence, PsmIntervalsDto Intervals)
{
    public static PsmBootstrapDto From(PsmBootstrapResult b) => new(
        b.Replicates,
        b.Seed,
        b.Confidence,
        new PsmIntervalsDto(
            PsmIntervalDto.From(b.PointOfMarginalCheapness),
            PsmIntervalDto.From(b.OptimalPricePoint),
            PsmIntervalDto.From(b.IndifferencePricePoint),
            PsmIntervalDto.From(b.PointOfMarginalExpensiveness),
            b.ReachOptimalPrice is { } reach ? PsmIntervalDto.From(reach) : null,
            b.RevenueOptimalPrice is { } revenue ? PsmIntervalDto.From(revenue) : null));
}

/// <summary>The intervals of the four points and, with <c>--nms</c>, of the two optima (left out without it).</summary>
internal sealed record PsmIntervalsDto(
    PsmIntervalDto Pmc,
    PsmIntervalDto Opp,
    PsmIntervalDto Ipp,
    PsmIntervalDto Pme,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PsmIntervalDto? NmsReachOptimum,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PsmIntervalDto? NmsRevenueOptimum);

/// <summary>One point's interval (null ends when fewer than 2 replicates define it) and the replicates that define it.</summary>
internal sealed record PsmIntervalDto(double? Lower, double? Upper, int Defined)
{
    public static PsmIntervalDto From(PsmBootstrapInterval i) => new(i.Lower, i.Upper, i.Defined);
}
