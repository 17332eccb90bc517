using System.Text.Encodings.Web;
using System.Text.Json;
using SolutionFit.Gauges;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli;

/// <summary>The <c>--json</c> output of <c>score</c> and <c>rank</c>: camelCase, numbers round-trip exact, infinity as null.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteScores(TextWriter output, IEnumerable<FitScore> scores) => Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("scores");
        foreach (var score in scores)
        {
            writer.WriteStartObject();
            writer.WriteString("customerId", score.CustomerId);
            writer.WriteString("solutionId", score.SolutionId);
            writer.WriteNumber("overall", score.Overall);
            writer.WriteNumber("goalFit", score.GoalFit);
            writer.WriteNumber("experience", score.Experience);
            writer.WriteNumber("value", score.Value);
            WriteNumberOrNull(writer, "effectivePrice", double.IsFinite(score.EffectivePrice) ? score.EffectivePrice : null);
            WriteNumberOrNull(writer, "priceHappiness", score.PriceHappiness);
            WriteReaction(writer, score.Reaction);
            writer.WriteStartArray("goals");
            foreach (var goal in score.Goals)
            {
                writer.WriteStartObject();
                writer.WriteString("goalId", goal.GoalId);
                writer.WriteNumber("weight", goal.Weight);
                writer.WriteNumber("achievement", goal.Achievement);
                writer.WriteNumber("overallIfFullyAchieved", goal.OverallIfFullyAchieved);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static void WriteRankings(TextWriter output, IEnumerable<(string CustomerId, IEnumerable<FitScore> Ranked)> rankings) => Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("rankings");
        foreach (var (customerId, ranked) in rankings)
        {
            writer.WriteStartObject();
            writer.WriteString("customerId", customerId);
            writer.WriteStartArray("solutions");
            foreach (var score in ranked)
            {
                writer.WriteStartObject();
                writer.WriteString("solutionId", score.SolutionId);
                writer.WriteNumber("overall", score.Overall);
                WriteReaction(writer, score.Reaction);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static void WritePsm(TextWriter output, PsmResult result) => Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("totalRespondents", result.TotalRespondents);
        writer.WriteNumber("invalidRespondents", result.InvalidRespondents);
        writer.WriteNumber("respondentsUsed", result.RespondentsUsed);
        WriteNumberOrNull(writer, "pointOfMarginalCheapness", result.PointOfMarginalCheapness);
        WriteNumberOrNull(writer, "optimalPricePoint", result.OptimalPricePoint);
        WriteNumberOrNull(writer, "indifferencePricePoint", result.IndifferencePricePoint);
        WriteNumberOrNull(writer, "pointOfMarginalExpensiveness", result.PointOfMarginalExpensiveness);
        WriteNumberOrNull(writer, "reachOptimalPrice", result.Nms?.ReachOptimalPrice);
        WriteNumberOrNull(writer, "revenueOptimalPrice", result.Nms?.RevenueOptimalPrice);
        WriteNumberOrNull(writer, "reachMax", result.Nms?.ReachMax);
        WriteNumberOrNull(writer, "revenueMax", result.Nms?.RevenueMax);
        writer.WriteEndObject();
    });

    public static void WriteGauges(TextWriter output, IReadOnlyList<KeyValuePair<string, SmileGauge>> groups, SmileComparison? comparison) => Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("groups");
        foreach (var (key, gauge) in groups)
        {
            writer.WriteStartObject();
            writer.WriteString("key", key);
            writer.WriteNumber("count", gauge.Count);
            writer.WriteNumber("effectiveSampleSize", gauge.EffectiveSampleSize);
            writer.WriteStartObject("counts");
            foreach (var reaction in Enum.GetValues<PriceReaction>())
            {
                writer.WriteNumber(ReactionName(reaction)!, gauge.CountOf(reaction));
            }

            writer.WriteEndObject();
            writer.WriteStartObject("shares");
            foreach (var reaction in Enum.GetValues<PriceReaction>())
            {
                writer.WriteNumber(ReactionName(reaction)!, gauge.ShareOf(reaction));
            }

            writer.WriteEndObject();
            writer.WriteNumber("smileIndex", gauge.SmileIndex);
            writer.WriteNumber("smileIndexLower", gauge.SmileIndexLower);
            writer.WriteNumber("smileIndexUpper", gauge.SmileIndexUpper);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (comparison is { } c)
        {
            writer.WriteStartObject("comparison");
            writer.WriteNumber("difference", c.Difference);
            writer.WriteNumber("lower", c.Lower);
            writer.WriteNumber("upper", c.Upper);
            writer.WriteBoolean("significant", c.IsSignificant);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    });

    /// <summary>The camelCase name of a reaction, as in the JSON output.</summary>
    public static string? ReactionName(PriceReaction? reaction) => reaction is { } r ? JsonNamingPolicy.CamelCase.ConvertName(r.ToString()) : null;

    private static void WriteReaction(Utf8JsonWriter writer, PriceReaction? reaction)
    {
        if (ReactionName(reaction) is { } name)
        {
            writer.WriteString("reaction", name);
        }
        else
        {
            writer.WriteNull("reaction");
        }
    }

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
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
