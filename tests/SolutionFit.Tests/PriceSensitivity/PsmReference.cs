using System.Globalization;
using System.Text.Json;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>The reference runs of the R package pricesensitivitymeter (Reference/psm).</summary>
internal static class PsmReference
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Reference", "psm");

    public static IEnumerable<string> Cases =>
        System.IO.Directory.GetFiles(Directory, "*.expected.json").Select(f => Path.GetFileName(f)[..^".expected.json".Length]).Order(StringComparer.Ordinal);

    public static JsonElement Load(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".expected.json"))).RootElement;

    public static JsonElement Run(string name, string id, string version) =>
        Load(name).GetProperty("runs").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id && r.GetProperty("version").GetString() == version);

    /// <summary>Reads a case's CSV: the id column and the survey (empty cell = missing).</summary>
    public static (int[] Ids, PsmSurvey Survey) Survey(string name, bool weighted = false, bool intentions = true)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory, name + ".csv")).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToList();
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        double? Price(string[] row, string column) => row[header.IndexOf(column)] is { Length: > 0 } cell && cell != "NA" ? double.Parse(cell, CultureInfo.InvariantCulture) : null;
        int? Intent(string[] row, string column) => row[header.IndexOf(column)] is { Length: > 0 } cell && cell != "NA" ? int.Parse(cell, CultureInfo.InvariantCulture) : null;
        var nms = intentions && header.Contains("pi_cheap");
        var survey = new PsmSurvey(
            header.Contains("too_cheap") ? rows.Select(r => Price(r, "too_cheap")) : null,
            rows.Select(r => Price(r, "cheap")),
            rows.Select(r => Price(r, "expensive")),
            rows.Select(r => Price(r, "too_expensive")),
            weighted ? rows.Select(r => Price(r, "weight")!.Value) : null,
            nms ? rows.Select(r => Intent(r, "pi_cheap")) : null,
            nms ? rows.Select(r => Intent(r, "pi_expensive")) : null);
        return (rows.Select(r => int.Parse(r[header.IndexOf("id")], CultureInfo.InvariantCulture)).ToArray(), survey);
    }

    /// <summary>The SolutionFit options equivalent to a run's options.</summary>
    public static PsmOptions Options(JsonElement run)
    {
        var o = run.GetProperty("options");
        var calibration = PurchaseIntentCalibration.Default;
        if (o.GetProperty("nms").GetBoolean())
        {
            calibration = new PurchaseIntentCalibration(
                o.GetProperty("pi_scale").EnumerateArray().Select(e => e.GetInt32()),
                o.GetProperty("pi_calibrated").EnumerateArray().Select(e => e.GetDouble()),
                o.GetProperty("pi_calibrated_toocheap").GetDouble(),
                o.GetProperty("pi_calibrated_tooexpensive").GetDouble());
        }

        return new PsmOptions
        {
            Method = run.GetProperty("version").GetString() == "1.3.0" ? PsmMethod.Classic : PsmMethod.Interpolated,
            ExcludeInconsistent = o.GetProperty("validate").GetBoolean(),
            InterpolationStep = o.GetProperty("interpolate").GetBoolean() ? o.GetProperty("interpolation_steps").GetDouble() : null,
            Intersection = Enum.Parse<PsmIntersection>(o.GetProperty("intersection_method").GetString()!, ignoreCase: true),
            AcceptableRange = Enum.Parse<PsmAcceptableRange>(o.GetProperty("acceptable_range").GetString()!, ignoreCase: true),
            Calibration = calibration,
        };
    }

    /// <summary>Relative 1e-9, with an absolute floor of 1e-12 for values that are 0 in one of the two.</summary>
    public static bool Close(double expected, double actual) =>
        Math.Abs(expected - actual) <= (1e-9 * Math.Max(Math.Abs(expected), Math.Abs(actual))) + 1e-12;

    public static void AssertClose(double? expected, double? actual, string what)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{what}: expected {Show(expected)}, got {Show(actual)}");
            return;
        }

        Assert.True(Close(expected.Value, actual.Value), $"{what}: expected {Show(expected)}, got {Show(actual)}");
    }

    public static double? Number(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();

    private static string Show(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "null";
}
