using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SolutionFit.Formats.Json;
using SolutionFit.Gauges;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Formats;

/// <summary>
/// The <c>--json</c> output: a DTO of <see cref="CliJsonContext"/> streamed to the output (camelCase, numbers round-trip
/// exact, infinity as null), then a newline.
/// </summary>
internal static class JsonOutput
{
    public static void WriteScores(TextWriter output, IEnumerable<FitScore> scores) =>
        Write(output, new ScoresDto(scores.Select(ScoreDto.From)), CliJsonContext.Instance.ScoresDto);

    public static void WriteRankings(TextWriter output, IEnumerable<(string CustomerId, IReadOnlyList<FitScore> Ranked)> rankings) =>
        WriteRankings(output, rankings.Select(r => (r.CustomerId, r.Ranked, (RankAcceptability?)null)));

    /// <summary>The rankings, each with the acceptability of its solutions where one is given.</summary>
    public static void WriteRankings(TextWriter output, IEnumerable<(string CustomerId, IReadOnlyList<FitScore> Ranked, RankAcceptability? Acceptability)> rankings) =>
        Write(output, new RankingsDto(rankings.Select(r => RankingDto.From(r.CustomerId, r.Ranked, r.Acceptability))), CliJsonContext.Instance.RankingsDto);

    public static void WritePsm(TextWriter output, PsmResult result, PsmBootstrapResult? bootstrap = null) => Write(output, PsmDto.From(result, bootstrap), CliJsonContext.Instance.PsmDto);

    /// <summary>Writes the demand document of a Gabor–Granger analysis (every key present, null where undefined).</summary>
    public static void WriteDemand(TextWriter output, GaborGrangerResult result) => Write(output, DemandDto.From(result), CliJsonContext.Instance.DemandDto);

    public static void WriteGauges(TextWriter output, IReadOnlyDictionary<string, SmileGauge> groups, SmileComparison? comparison) =>
        Write(output, new GaugesDto(groups.Select(g => GaugeGroupDto.From(g.Key, g.Value)), comparison is { } c ? SmileComparisonDto.From(c) : null), CliJsonContext.Instance.GaugesDto);

    /// <summary>Streams <paramref name="value"/> to <paramref name="output"/> as indented JSON, then ends the line.</summary>
    public static void Write<T>(TextWriter output, T value, JsonTypeInfo<T> type)
    {
        using (var stream = new TextWriterStream(output))
        {
            JsonSerializer.Serialize(stream, value, type);
        }

        output.WriteLine();
    }

    /// <summary>The camelCase name of a reaction, as in the JSON output.</summary>
    public static string? ReactionName(PriceReaction? reaction) => EnumName(reaction);

    /// <summary>An enum value's camelCase name, as the JSON output writes it; null for null.</summary>
    public static string? EnumName<T>(T? value)
        where T : struct, Enum => value is { } v ? JsonNamingPolicy.CamelCase.ConvertName(v.ToString()) : null;
}
