using System.Globalization;
using System.Text.Json;
using CsvHelper;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>The Gabor–Granger reference cases (Reference/demand): their CSVs read with CsvHelper and their expected output.</summary>
internal static class GaborGrangerReference
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Reference", "demand");

    public static JsonElement Expected(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".expected.json"))).RootElement;

    /// <summary>The rows of a case: answers in the order of the price columns, weight and segment.</summary>
    public static (double[] Prices, List<(bool?[] Answers, double Weight, string? Segment)> Rows) Read(string name, string? weightColumn, string? segmentColumn)
    {
        using var reader = new StreamReader(Path.Combine(Directory, name + ".csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var priceColumns = Enumerable.Range(0, header.Length).Where(i => header[i] != "id" && header[i] != weightColumn && header[i] != segmentColumn).ToArray();
        var prices = priceColumns.Select(i => double.Parse(header[i], NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        var rows = new List<(bool?[], double, string?)>();
        while (csv.Read())
        {
            var answers = priceColumns.Select(i => csv.GetField(i) switch
            {
                "1" => true,
                "0" => false,
                "" => (bool?)null,
                var other => throw new InvalidDataException($"cell '{other}'"),
            }).ToArray();
            var weight = weightColumn is null ? 1.0 : csv.GetField<double>(weightColumn);
            var segment = segmentColumn is null ? null : csv.GetField(segmentColumn);
            rows.Add((answers, weight, segment));
        }

        return (prices, rows);
    }

    /// <summary>A case's options from its <c>_case.args</c>.</summary>
    public static (string? Weight, string? Segment) Options(JsonElement expected)
    {
        var args = expected.GetProperty("_case").GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToList();
        string? Value(string option) => args.IndexOf(option) is var i and >= 0 ? args[i + 1] : null;
        return (Value("--weight-column"), Value("--segment-column"));
    }
}
