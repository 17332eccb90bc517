using System.Globalization;
using System.Text.Json;

namespace SolutionFit.Cli.Tests;

/// <summary><c>rank --importance-uncertainty U --samples N --seed S</c>: the shares in the JSON and the text, and the options' errors.</summary>
public sealed class RankAcceptabilityOptionsTests
{
    private static string Reference(string name) => Path.Combine(AppContext.BaseDirectory, "Reference", "uncertainty", name);

    [Theory]
    [InlineData("rank_demo")]
    [InlineData("rank_near_ties")]
    public void Rank_ReferenceCase_AgreesWithinTolerance(string name)
    {
        using var reference = JsonDocument.Parse(File.ReadAllText(Reference($"{name}.acceptability.expected.json")));
        var args = reference.RootElement.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();
        var tolerance = 3.0 / int.Parse(args[Array.IndexOf(args, "--samples") + 1], CultureInfo.InvariantCulture);

        var result = CliRunner.Run(["rank", Reference($"{name}.json"), .. args, "--json"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var expected = reference.RootElement.GetProperty("expected").GetProperty("rankings").EnumerateArray().ToList();
        var actual = JsonDocument.Parse(result.Output).RootElement.GetProperty("rankings").EnumerateArray().ToList();
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e.GetProperty("customerId").GetString(), a.GetProperty("customerId").GetString());
            Assert.Equal(e.GetProperty("samples").GetInt32(), a.GetProperty("samples").GetInt32());
            Assert.Equal(e.GetProperty("skippedSamples").GetInt32(), a.GetProperty("skippedSamples").GetInt32());
            var expectedSolutions = e.GetProperty("solutions").EnumerateArray().ToList();
            var actualSolutions = a.GetProperty("solutions").EnumerateArray().ToList();
            Assert.Equal(expectedSolutions.Select(s => s.GetProperty("solutionId").GetString()), actualSolutions.Select(s => s.GetProperty("solutionId").GetString()));
            foreach (var (es, s) in expectedSolutions.Zip(actualSolutions))
            {
                var overall = es.GetProperty("overall").GetDouble();
                Assert.InRange(s.GetProperty("overall").GetDouble(), overall - (1e-9 * overall), overall + (1e-9 * overall));
                foreach (var share in new[] { "first", "top" })
                {
                    var want = es.GetProperty("acceptability").GetProperty(share).GetDouble();
                    Assert.InRange(s.GetProperty("acceptability").GetProperty(share).GetDouble(), want - tolerance, want + tolerance);
                }
            }
        }
    }

    [Fact]
    public void Rank_LargestSeed_IsAccepted()
    {
        var result = CliRunner.Run("rank", CliRunner.Example("demo.json"), "--importance-uncertainty", "1", "--samples", "3", "--seed", "18446744073709551615", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var first = JsonDocument.Parse(result.Output).RootElement.GetProperty("rankings")[0];
        Assert.Equal(3, first.GetProperty("samples").GetInt32());
        Assert.Equal(1.0, first.GetProperty("solutions").EnumerateArray().Sum(s => s.GetProperty("acceptability").GetProperty("first").GetDouble()), 12);
    }

    [Fact]
    public void Rank_WithoutTheOptions_HasNoAcceptability()
    {
        var result = CliRunner.Run("rank", CliRunner.Example("demo.json"), "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("acceptability", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("samples", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_EverySampleSkipped_SharesAreNull()
    {
        // One goal of importance 0.01 with U = 1: seed 3 draws u = 0.18 for customer 0, sample 0, goal 0, which leaves 0.01 + (2u - 1) < 0.
        var path = CliRunner.TempFile("""
            {"customers":[{"id":"c","goals":[{"id":"g","importance":0.01}]}],
             "solutions":[{"id":"s","price":1,"effort":0,"enjoyment":1,"achievements":{"g":1}}]}
            """);

        var result = CliRunner.Run("rank", path, "--importance-uncertainty", "1", "--samples", "1", "--seed", "3", "--json");
        var text = CliRunner.Run("rank", path, "--importance-uncertainty", "1", "--samples", "1", "--seed", "3");

        Assert.Equal(0, result.ExitCode);
        var ranking = JsonDocument.Parse(result.Output).RootElement.GetProperty("rankings")[0];
        Assert.Equal(1, ranking.GetProperty("skippedSamples").GetInt32());
        var acceptability = ranking.GetProperty("solutions")[0].GetProperty("acceptability");
        Assert.Equal(JsonValueKind.Null, acceptability.GetProperty("first").ValueKind);
        Assert.Equal(JsonValueKind.Null, acceptability.GetProperty("top").ValueKind);
        Assert.Contains("No plausible priorities", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_Text_ShowsTheSharesAndSaysThemInWords()
    {
        var result = CliRunner.Run("rank", Reference("rank_near_ties.json"), "--importance-uncertainty", "0.1", "--samples", "2000", "--seed", "18446744073709551615", "--top", "2");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Matches(@"^  #  solution +name +price +overall +goal fit +reaction +first +top$", lines[1]);
        Assert.Matches(@"^  1  beta .* 0\.649  0\.841$", lines[2]);
        Assert.Equal("  Beta is the best fit in 65 % of plausible priorities; Alpha in 35 % (2,000 samples of importances ±0.1, seed 18446744073709551615; 0 skipped).", lines[4]);
        Assert.Contains("  Alpha is the best fit in 79 % of plausible priorities; solutions outside the top 2 in 21 % (2,000 samples of importances ±0.1, seed 18446744073709551615; 215 skipped).", lines);
    }

    [Theory]
    [InlineData("--importance-uncertainty", "--samples and --seed are missing")]
    [InlineData("--samples", "--importance-uncertainty and --seed are missing")]
    [InlineData("--seed", "--importance-uncertainty and --samples are missing")]
    public void Rank_OneOfTheThree_IsAnErrorNamingTheOthers(string given, string missing)
    {
        var result = CliRunner.Run("rank", CliRunner.Example("demo.json"), given, "1");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal($"solutionfit: rank: --importance-uncertainty, --samples and --seed go together; {missing}.{Environment.NewLine}", result.Error);
    }

    [Fact]
    public void Rank_TwoOfTheThree_IsAnErrorNamingTheThird()
    {
        var result = CliRunner.Run("rank", CliRunner.Example("demo.json"), "--samples", "10", "--seed", "1");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"solutionfit: rank: --importance-uncertainty, --samples and --seed go together; --importance-uncertainty is missing.{Environment.NewLine}", result.Error);
    }

    [Theory]
    [InlineData("--importance-uncertainty", "1.5")]
    [InlineData("--importance-uncertainty", "-0.1")]
    [InlineData("--importance-uncertainty", "NaN")]
    [InlineData("--importance-uncertainty", "0,5")]
    [InlineData("--samples", "0")]
    [InlineData("--seed", "-1")]
    [InlineData("--seed", "18446744073709551616")]
    [InlineData("--seed", "1.0")]
    [InlineData("--seed", " 1")]
    public void Rank_MalformedValue_IsAUsageErrorNamingTheOption(string option, string value)
    {
        string[] valid = ["--importance-uncertainty", "0.2", "--samples", "10", "--seed", "1"];
        var args = valid.Select((a, i) => i > 0 && valid[i - 1] == option ? value : a);

        var result = CliRunner.Run(["rank", CliRunner.Example("demo.json"), .. args]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"solutionfit: {option} takes", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }
}
