using System.Text.Json;

namespace SolutionFit.Cli.Tests;

/// <summary>The Gabor–Granger reference cases (Reference/demand) and the comparison of a demand document with one, to the cases' tolerances.</summary>
internal static class DemandReference
{
    /// <summary>The keys of the model whose values are compared to 1e-6, and of its standard errors, compared to 1e-4.</summary>
    private static readonly HashSet<string> ModelKeys = ["medianWtp", "shape", "logLikelihood", "revenueOptimalPrice", "demandAtOptimum", "revenueAtOptimum"];

    private static readonly HashSet<string> StandardErrors = ["medianWtpSe", "shapeSe"];

    private static readonly HashSet<string> Counts = ["inFile", "used", "inconsistent", "noAnswer"];

    public static string Csv(string name) => Path.Combine(AppContext.BaseDirectory, "Reference", "demand", name + ".csv");

    public static JsonElement Expected(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "demand", name + ".expected.json"))).RootElement;

    /// <summary>The command-line options of a case, from its <c>_case.args</c>.</summary>
    public static string[] Args(JsonElement expected) =>
        [.. expected.GetProperty("_case").GetProperty("args").EnumerateArray().Select(a => a.GetString()!)];

    /// <summary>The value of an option of a case, or null.</summary>
    public static string? Option(JsonElement expected, string option)
    {
        var args = Args(expected);
        return Array.IndexOf(args, option) is var i and >= 0 ? args[i + 1] : null;
    }

    /// <summary>
    /// Asserts that <paramref name="actual"/> has exactly the keys of <paramref name="expected"/> (but <c>_case</c>), nulls
    /// where it has nulls, equal strings and counts, and numbers within the relative tolerance of their key.
    /// </summary>
    public static void AssertAgrees(JsonElement expected, JsonElement actual, string path = "$", bool inModel = false)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.True(actual.ValueKind == JsonValueKind.Object, $"{path}: expected an object, got {actual.ValueKind}");
                var keys = expected.EnumerateObject().Select(p => p.Name).Where(k => k != "_case").ToList();
                Assert.Equal(keys, actual.EnumerateObject().Select(p => p.Name));
                foreach (var name in keys)
                {
                    AssertAgrees(expected.GetProperty(name), actual.GetProperty(name), $"{path}.{name}", inModel || name == "model");
                }

                break;
            case JsonValueKind.Array:
                Assert.True(actual.ValueKind == JsonValueKind.Array, $"{path}: expected an array, got {actual.ValueKind}");
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    AssertAgrees(expected[i], actual[i], $"{path}[{i}]", inModel);
                }

                break;
            case JsonValueKind.Number:
                Assert.True(actual.ValueKind == JsonValueKind.Number, $"{path}: expected {expected.GetDouble()}, got {actual.ValueKind}");
                var key = path[(path.LastIndexOf('.') + 1)..];
                var (e, a) = (expected.GetDouble(), actual.GetDouble());
                var tolerance = Counts.Contains(key) ? 0.0 : StandardErrors.Contains(key) ? 1e-4 : inModel && ModelKeys.Contains(key) ? 1e-6 : 1e-9;
                Assert.True(Math.Abs(a - e) <= tolerance * Math.Abs(e) || (e == 0.0 && Math.Abs(a) <= 1e-15), $"{path}: expected {e:R}, got {a:R} (relative tolerance {tolerance})");
                break;
            default:
                Assert.Equal(expected.ValueKind, actual.ValueKind);
                Assert.Equal(expected.ToString(), actual.ToString());
                break;
        }
    }
}
