using System.Globalization;
using System.Text.Json;
using CsvHelper;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>The bootstrap reference cases (Reference/uncertainty): their CSVs read with CsvHelper, their command's options and their expected output.</summary>
internal static class PsmBootstrapReference
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Reference", "uncertainty");

    public static JsonElement Expected(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".bootstrap.expected.json"))).RootElement;

    /// <summary>The case's survey, with an empty cell as a missing answer.</summary>
    public static PsmSurvey Survey(string name)
    {
        using var reader = new StreamReader(Path.Combine(Directory, name + ".csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var columns = new[] { "too_cheap", "cheap", "expensive", "too_expensive" };
        var answers = columns.Select(_ => new List<double?>()).ToArray();
        while (csv.Read())
        {
            for (var q = 0; q < columns.Length; q++)
            {
                var cell = csv.GetField(columns[q]);
                answers[q].Add(string.IsNullOrEmpty(cell) ? null : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
        }

        return new PsmSurvey(answers[0], answers[1], answers[2], answers[3]);
    }

    /// <summary>The case's seed, replicates, confidence and options, from its <c>args</c>.</summary>
    public static (ulong Seed, int Replicates, double Confidence, PsmOptions Options) Arguments(JsonElement expected)
    {
        var args = expected.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToList();
        string? Value(string option) => args.IndexOf(option) is var i and >= 0 ? args[i + 1] : null;
        var options = new PsmOptions
        {
            AcceptableRange = Value("--range") == "narrower" ? PsmAcceptableRange.Narrower : PsmAcceptableRange.Original,
            Intersection = Enum.Parse<PsmIntersection>(Value("--intersection") ?? "min", ignoreCase: true),
        };
        return (
            ulong.Parse(Value("--seed")!, CultureInfo.InvariantCulture),
            int.Parse(Value("--bootstrap")!, CultureInfo.InvariantCulture),
            Value("--confidence") is { } c ? double.Parse(c, CultureInfo.InvariantCulture) : 0.95,
            options);
    }
}
