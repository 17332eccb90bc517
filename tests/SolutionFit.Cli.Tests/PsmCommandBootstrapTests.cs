using System.Globalization;
using System.Text.Json;

namespace SolutionFit.Cli.Tests;

/// <summary>
/// <c>psm --bootstrap B --seed S [--confidence C]</c>: the shared reference cases agree (counts exactly, bounds within
/// 1e-9 relative), the seed is echoed as an unsigned 64-bit integer, the text shows the intervals beside the points, and
/// an option without its partner is an input error (exit code 2).
/// </summary>
public sealed class PsmCommandBootstrapTests
{
    private static string Reference(string file) => Path.Combine(AppContext.BaseDirectory, "Reference", "uncertainty", file);

    [Theory]
    [InlineData("realistic500")]
    [InlineData("pilot24")]
    public void Bootstrap_ReferenceCase_PrintsTheExpectedIntervals(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Reference(name + ".bootstrap.expected.json"))).RootElement;
        var args = expected.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();

        var result = CliRunner.Run(["psm", Reference(name + ".csv"), .. args, "--json"]);

        Assert.True(result.ExitCode == 0, result.Error);
        var want = expected.GetProperty("expected").GetProperty("bootstrap");
        var got = JsonDocument.Parse(result.Output).RootElement.GetProperty("bootstrap");
        Assert.Equal(want.GetProperty("replicates").GetInt32(), got.GetProperty("replicates").GetInt32());
        Assert.Equal(want.GetProperty("seed").GetUInt64(), got.GetProperty("seed").GetUInt64());
        Assert.Equal(want.GetProperty("confidence").GetDouble(), got.GetProperty("confidence").GetDouble());
        Assert.Equal(["pmc", "opp", "ipp", "pme"], got.GetProperty("intervals").EnumerateObject().Select(p => p.Name));
        foreach (var point in want.GetProperty("intervals").EnumerateObject())
        {
            var actual = got.GetProperty("intervals").GetProperty(point.Name);
            Assert.Equal(point.Value.GetProperty("defined").GetInt32(), actual.GetProperty("defined").GetInt32());
            foreach (var end in new[] { "lower", "upper" })
            {
                var (e, a) = (point.Value.GetProperty(end), actual.GetProperty(end));
                Assert.Equal(e.ValueKind, a.ValueKind);
                if (e.ValueKind == JsonValueKind.Number)
                {
                    Assert.True(Math.Abs(e.GetDouble() - a.GetDouble()) <= 1e-9 * Math.Abs(e.GetDouble()), $"{name} {point.Name} {end}: expected {e}, got {a}");
                }
            }
        }
    }

    [Fact]
    public void Bootstrap_LargestSeed_IsEchoedAsAnUnsignedInteger()
    {
        var result = CliRunner.Run("psm", Reference("pilot24.csv"), "--bootstrap", "5", "--seed", "18446744073709551615", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"seed\": 18446744073709551615,", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"confidence\": 0.95,", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Psm_WithoutBootstrap_PrintsNoBootstrapMember()
    {
        var result = CliRunner.Run("psm", Reference("pilot24.csv"), "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.False(JsonDocument.Parse(result.Output).RootElement.TryGetProperty("bootstrap", out _));
    }

    [Fact]
    public void Bootstrap_WithNms_AddsTheOptimaIntervals()
    {
        var result = CliRunner.Run("psm", CliRunner.Example("survey.csv"), "--nms", "--weight-column", "weight", "--bootstrap", "50", "--seed", "3", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var intervals = JsonDocument.Parse(result.Output).RootElement.GetProperty("bootstrap").GetProperty("intervals");
        Assert.Equal(["pmc", "opp", "ipp", "pme", "nmsReachOptimum", "nmsRevenueOptimum"], intervals.EnumerateObject().Select(p => p.Name));
        Assert.True(intervals.GetProperty("nmsReachOptimum").GetProperty("defined").GetInt32() > 0);
    }

    [Fact]
    public void Bootstrap_Text_ShowsTheIntervalsBesideThePoints()
    {
        var result = CliRunner.Run("psm", Reference("realistic500.csv"), "--bootstrap", "200", "--seed", "20250917");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("bootstrap: 200 replicates, seed 20250917: 95 % intervals", result.Output, StringComparison.Ordinal);
        var opp = result.Output.Split('\n').Single(l => l.Contains("optimal price point (OPP)", StringComparison.Ordinal));
        Assert.EndsWith("19.87  [18, 20.59]", opp.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--seed", "7")]
    [InlineData("--bootstrap", "7")]
    [InlineData("--confidence", "0.9")]
    public void Bootstrap_OptionWithoutItsPartner_IsAnInputError(string option, string value)
    {
        var result = CliRunner.Run("psm", Reference("pilot24.csv"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.StartsWith("solutionfit: --", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("1.5")]
    public void Bootstrap_ConfidenceOutsideZeroToOne_IsAnInputError(string confidence)
    {
        var result = CliRunner.Run("psm", Reference("pilot24.csv"), "--bootstrap", "5", "--seed", "1", "--confidence", confidence);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"solutionfit: --confidence takes a number strictly between 0 and 1, not {double.Parse(confidence, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)}.", result.Error.TrimEnd());
    }

    [Theory]
    [InlineData("--seed", "-1")]
    [InlineData("--seed", "18446744073709551616")]
    [InlineData("--seed", "1e3")]
    [InlineData("--bootstrap", "0")]
    [InlineData("--bootstrap", "100001")]
    public void Bootstrap_MalformedNumber_IsAUsageError(string option, string value)
    {
        string[] args = option == "--seed" ? ["--bootstrap", "5", option, value] : ["--seed", "1", option, value];

        var result = CliRunner.Run(["psm", Reference("pilot24.csv"), .. args]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }
}
