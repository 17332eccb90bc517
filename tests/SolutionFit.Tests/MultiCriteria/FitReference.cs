using System.Globalization;
using System.Text.Json;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>The goal-weighting and ranking reference cases (Reference/fit: results of reference tools and published examples).</summary>
internal static class FitReference
{
    public static JsonElement Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "fit", name + ".json"))).RootElement;

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static int[] Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public static DecisionMatrix Matrix(JsonElement root, JsonElement? values = null)
    {
        var matrix = (values ?? root.GetProperty("matrix")).EnumerateArray().Select(Doubles).ToArray();
        var types = root.GetProperty("types").EnumerateArray().Select(t => t.GetString()).ToArray();
        var criteria = root.TryGetProperty("criteria", out var names)
            ? names.EnumerateArray().Select(n => n.GetString()!).ToArray()
            : Enumerable.Range(0, types.Length).Select(j => $"c{j}").ToArray();
        var alternatives = root.TryGetProperty("alternatives", out var alts)
            ? alts.EnumerateArray().Select(n => n.GetString()!).ToArray()
            : Enumerable.Range(0, matrix.Length).Select(i => $"A{i + 1}").ToArray();
        return new DecisionMatrix(
            alternatives,
            criteria.Zip(types, (name, type) => type == "cost" ? Criterion.Cost(name) : Criterion.Benefit(name)),
            matrix,
            Doubles(root.GetProperty("weights")));
    }

    public static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double>? actual, string what, double tolerance = 1e-9)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= (tolerance * Math.Max(Math.Abs(expected[i]), Math.Abs(actual[i]))) + 1e-12,
                $"{what}[{i}]: expected {expected[i].ToString("R", CultureInfo.InvariantCulture)}, got {actual[i].ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    public static void AssertRanks(JsonElement ranks, RankSet actual)
    {
        Assert.Equal(Ints(ranks.GetProperty("dense")), actual.Dense);
        Assert.Equal(Doubles(ranks.GetProperty("average")), actual.Average);
        Assert.Equal(Ints(ranks.GetProperty("min")), actual.Min);
        Assert.Equal(Ints(ranks.GetProperty("ordinal")), actual.Ordinal);
    }
}
