using System.Globalization;
using System.Text.Json;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Cli.Tests;

/// <summary><c>mcda --smaa N --seed S</c>: the shared reference cases, the seed's range, the options' pairing, the text table and the limits.</summary>
public sealed class McdaSmaaTests
{
    private static string Reference(string name) => Path.Combine(AppContext.BaseDirectory, "Reference", "uncertainty", name);

    public static TheoryData<string, string> Runs()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { "smaa_example", "smaa_two_criteria" })
        {
            foreach (var run in JsonDocument.Parse(File.ReadAllText(Reference(name + ".smaa.expected.json"))).RootElement.GetProperty("runs").EnumerateArray())
            {
                data.Add(name, run.GetProperty("id").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Smaa_ReferenceRuns_AgreeWithinTheTolerances(string name, string id)
    {
        var run = JsonDocument.Parse(File.ReadAllText(Reference(name + ".smaa.expected.json"))).RootElement.GetProperty("runs").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        var args = run.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();
        var samples = int.Parse(args[Array.IndexOf(args, "--smaa") + 1], CultureInfo.InvariantCulture);

        var result = CliRunner.Run(["mcda", Reference(name + ".json"), .. args, "--json"]);

        Assert.True(result.ExitCode == 0, result.Error);
        var smaa = JsonDocument.Parse(result.Output).RootElement.GetProperty("smaa");
        var table = Table(smaa.GetProperty("rankAcceptability"));
        var central = smaa.GetProperty("centralWeights").EnumerateArray().ToArray();
        Assert.All(table, row => Assert.Equal(1.0, row.Sum(), 12));
        Assert.True(table.Sum(row => row[0]) >= 1 - 1e-12, "column 1 sums to at least 1");
        Assert.All(table.Zip(central), p => Assert.Equal(p.First[0] == 0, p.Second.ValueKind == JsonValueKind.Null));
        Assert.All(central.Where(c => c.ValueKind != JsonValueKind.Null), c => Assert.Equal(1.0, c.EnumerateArray().Sum(w => w.GetDouble()), 12));
        if (run.GetProperty("expected").ValueKind == JsonValueKind.Null)
        {
            return; // VIKOR and PROMETHEE II: no reference values, the structure above only
        }

        var expected = run.GetProperty("expected").GetProperty("smaa");
        Assert.Equal(expected.GetProperty("samples").GetInt32(), smaa.GetProperty("samples").GetInt32());
        Assert.Equal(expected.GetProperty("seed").GetUInt64(), smaa.GetProperty("seed").GetUInt64());
        var expectedTable = Table(expected.GetProperty("rankAcceptability"));
        var expectedCentral = expected.GetProperty("centralWeights").EnumerateArray().ToArray();
        for (var i = 0; i < expectedTable.Length; i++)
        {
            Assert.All(expectedTable[i].Zip(table[i]), p => Assert.True(Math.Abs(p.First - p.Second) <= 3.0 / samples, $"alternative {i}: expected {p.First}, got {p.Second}"));
            if (expectedTable[i][0] >= 0.01)
            {
                var weights = central[i].EnumerateArray().Select(w => w.GetDouble());
                Assert.All(expectedCentral[i].EnumerateArray().Zip(weights), p => Assert.True(Math.Abs(p.First.GetDouble() - p.Second) <= 0.01, $"central weights of alternative {i}"));
            }
        }
    }

    [Fact]
    public void Smaa_LargestSeeds_AreParsedAndEchoedAsUnsignedIntegers()
    {
        var result = CliRunner.Run("mcda", Reference("smaa_example.json"), "--method", "wsm", "--smaa", "50", "--seed", "18446744073709551557", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"seed\": 18446744073709551557", result.Output, StringComparison.Ordinal);
        Assert.Equal(18446744073709551557UL, JsonDocument.Parse(result.Output).RootElement.GetProperty("smaa").GetProperty("seed").GetUInt64());
        Assert.Equal(0, CliRunner.Run("mcda", Reference("smaa_example.json"), "--method", "wsm", "--smaa", "5", "--seed", "18446744073709551615").ExitCode);
    }

    [Theory]
    [InlineData("--smaa", "10")]
    [InlineData("--seed", "1")]
    public void Smaa_OneOptionWithoutTheOther_IsOneLineAndExitCode2(string option, string value)
    {
        var result = CliRunner.Run("mcda", Reference("smaa_example.json"), "--method", "topsis", option, value);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(option == "--smaa" ? "--smaa needs --seed" : "--seed needs --smaa", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("--seed", "-1")]
    [InlineData("--seed", "18446744073709551616")]
    [InlineData("--seed", "1.5")]
    [InlineData("--seed", "+1")]
    [InlineData("--smaa", "0")]
    [InlineData("--smaa", "ten")]
    public void Smaa_InvalidValue_IsAUsageError(string option, string value)
    {
        var args = option == "--seed" ? new[] { "--smaa", "10", "--seed", value } : ["--smaa", value, "--seed", "1"];

        var result = CliRunner.Run(["mcda", Reference("smaa_example.json"), "--method", "wsm", .. args]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Smaa_Text_AddsARowPerAlternativeWithItsSharesAndCentralWeights()
    {
        var result = CliRunner.Run("mcda", Reference("smaa_two_criteria.json"), "--method", "wsm", "--smaa", "20000", "--seed", "7");

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd()).ToArray();
        var header = Array.FindIndex(lines, l => l.StartsWith("SMAA ", StringComparison.Ordinal));
        Assert.Equal("SMAA (20,000 samples, seed 7): share of samples at each rank; central weights (reach, margin)", lines[header]);
        Assert.Equal(["alternative", "1", "2", "3", "4", "5", "central", "weights"], lines[header + 1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["P", "0.400", "0.023", "0.077", "0.000", "0.500", "0.800", "0.200"], lines[header + 2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["T", "0.000", "0.000", "0.447", "0.553", "0.000", "-"], lines[header + 6].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Smaa_Normalization_IsTheOneTheRankingUses()
    {
        var result = CliRunner.Run("mcda", Reference("smaa_example.json"), "--method", "topsis", "--normalization", "minmax", "--smaa", "300", "--seed", "4", "--json");
        var matrix = new DecisionMatrix(
            ["starter", "team", "business", "enterprise"],
            [Criterion.Cost("price"), Criterion.Benefit("goal fit"), Criterion.Cost("effort"), Criterion.TargetValue("seats", 40)],
            [[29, 0.42, 0.1, 5], [149, 0.71, 0.3, 25], [590, 0.86, 0.4, 100], [1900, 0.93, 0.7, 500]],
            [0.3, 0.4, 0.2, 0.1]);

        var expected = MultiCriteriaRanking.Smaa(matrix, RankingMethod.Topsis, 300, 4, Normalization.MinMax);

        Assert.True(result.ExitCode == 0, result.Error);
        var table = Table(JsonDocument.Parse(result.Output).RootElement.GetProperty("smaa").GetProperty("rankAcceptability"));
        Assert.Equal(expected.RankAcceptability.Select(r => r.ToArray()), table);
        Assert.NotEqual(MultiCriteriaRanking.Smaa(matrix, RankingMethod.Topsis, 300, 4).RankAcceptability.Select(r => r.ToArray()), table);
    }

    [Fact]
    public void Smaa_Alternatives_AtAndPastTheLimit()
    {
        var path = Reference("smaa_example.json");

        Assert.Equal(0, CliRunner.Run("mcda", path, "--method", "wsm", "--smaa", "10", "--seed", "1", "--max-smaa-alternatives", "4").ExitCode);
        var past = CliRunner.Run("mcda", path, "--method", "wsm", "--smaa", "10", "--seed", "1", "--max-smaa-alternatives", "3");
        Assert.Equal(2, past.ExitCode);
        Assert.Contains("the number of alternatives of an SMAA: 4 is more than the limit of 3; raise it with --max-smaa-alternatives N", past.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("mcda", path, "--method", "wsm", "--max-smaa-alternatives", "3").ExitCode);
    }

    [Fact]
    public void Smaa_Work_AtAndPastTheLimit()
    {
        // 4 × 4 cells: 62,500 samples are 1,000,000 cell-samples (1 million), 62,501 one more.
        var path = Reference("smaa_example.json");

        Assert.Equal(0, CliRunner.Run("mcda", path, "--method", "wsm", "--smaa", "62500", "--seed", "1", "--max-smaa-work", "1").ExitCode);
        var past = CliRunner.Run("mcda", path, "--method", "wsm", "--smaa", "62501", "--seed", "1", "--max-smaa-work", "1");
        Assert.Equal(2, past.ExitCode);
        Assert.Contains("the SMAA samples × matrix cells, in millions: 2 is more than the limit of 1; raise it with --max-smaa-work MILLIONS", past.Error, StringComparison.Ordinal);
    }

    private static double[][] Table(JsonElement rows) => rows.EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();
}
