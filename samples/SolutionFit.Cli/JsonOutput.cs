using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SolutionFit.Cli.Json;
using SolutionFit.Gauges;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli;

/// <summary>
/// The <c>--json</c> output: a DTO of <see cref="CliJsonContext"/> streamed to the output (camelCase, numbers round-trip
/// exact, infinity as null), then a newline.
/// </summary>
internal static class JsonOutput
{
    // Utf8JsonWriter options of the MCDA output, hand-written until its result types settle on its branch.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteScores(TextWriter output, IEnumerable<FitScore> scores) =>
        Write(output, new ScoresDto(scores.Select(ScoreDto.From)), CliJsonContext.Instance.ScoresDto);

    public static void WriteRankings(TextWriter output, IEnumerable<(string CustomerId, IReadOnlyList<FitScore> Ranked)> rankings) =>
        Write(output, new RankingsDto(rankings.Select(r => new RankingDto(r.CustomerId, r.Ranked.Select(RankedSolutionDto.From)))), CliJsonContext.Instance.RankingsDto);

    public static void WritePsm(TextWriter output, PsmResult result) => Write(output, PsmDto.From(result), CliJsonContext.Instance.PsmDto);

    public static void WriteGauges(TextWriter output, IReadOnlyList<KeyValuePair<string, SmileGauge>> groups, SmileComparison? comparison) =>
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
    public static string? ReactionName(PriceReaction? reaction) => reaction is { } r ? JsonNamingPolicy.CamelCase.ConvertName(r.ToString()) : null;

    public static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteNumbers(Utf8JsonWriter writer, string name, IEnumerable<double> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using (var stream = new TextWriterStream(output))
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        output.WriteLine();
    }
}
