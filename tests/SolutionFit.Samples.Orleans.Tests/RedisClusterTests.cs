using System.Text.RegularExpressions;

namespace SolutionFit.Samples.Orleans.Tests;

/// <summary>
/// The client against three silo processes whose membership is in Redis prints exactly what the CLI prints: the same
/// bytes on standard output, the same lines on standard error, the same exit code.
/// </summary>
public sealed partial class RedisClusterTests(RedisClusterFixture fixture) : IClassFixture<RedisClusterFixture>
{
    [Theory]
    [InlineData("demo.json")]
    [InlineData("acme.json")]
    public async Task Rank_Example_PrintsWhatTheCliPrints(string example)
    {
        var path = Run.Example(example);
        var expected = Run.Cli("rank", path, "--top", "10", "--json");

        var actual = await fixture.Cluster.ClientAsync("rank", path, "--top", "10", "--json");

        Assert.Equal(0, expected.Code);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Rank_Generated300CustomersBy2000Solutions_PrintsWhatTheCliPrintsOnEverySilo()
    {
        var path = Run.GeneratedCatalog(customers: 300, solutions: 2_000, seed: 23);
        var expected = Run.Cli("rank", path, "--top", "10", "--json");

        var whole = await fixture.Cluster.ClientAsync("rank", path, "--top", "10", "--json", "--batch", "25", "--stats");
        var sharded = await fixture.Cluster.ClientAsync("rank", path, "--top", "10", "--json", "--batch", "25", "--stats", "--catalog-shards", "silos");

        Assert.Equal(0, expected.Code);
        Assert.Equal((0, expected.Output), (whole.Code, whole.Output));
        Assert.Equal((0, expected.Output), (sharded.Code, sharded.Output));
        // 12 batches against the whole catalog (spread over more than one silo), then against each of 3 catalog shards
        // (over all three), nothing sent again.
        var wholeStats = StatsLine().Match(whole.Error);
        Assert.Equal(("12", "0"), (wholeStats.Groups["items"].Value, wholeStats.Groups["retries"].Value));
        Assert.InRange(int.Parse(wholeStats.Groups["silos"].Value, System.Globalization.CultureInfo.InvariantCulture), 2, 3);
        Assert.Equal("work items 36, retries 0, silos 3\n", sharded.Error);
    }

    [Fact]
    public async Task Rank_TableOutput_PrintsWhatTheCliPrints()
    {
        var path = Run.Example("demo.json");
        var expected = Run.Cli("rank", path, "--top", "2");

        var actual = await fixture.Cluster.ClientAsync("rank", path, "--top", "2");

        Assert.Equal(0, expected.Code);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Rank_AchievementForAGoalNoCustomerHas_PrintsTheCliWarning()
    {
        var path = Run.TempFile("""
            {"customers":[{"id":"c","goals":[{"id":"speed","importance":0.8}]}],
             "solutions":[{"id":"a","price":10,"effort":0.2,"enjoyment":0.5,"achievements":{"speed":0.5,"sped":0.9}},
                          {"id":"b","price":12,"effort":0.4,"enjoyment":0.6,"achievements":{"speed":0.7,"sped":0.1}}]}
            """, ".json");
        var expected = Run.Cli("rank", path, "--json");

        var actual = await fixture.Cluster.ClientAsync("rank", path, "--json");

        Assert.Equal(0, expected.Code);
        Assert.Contains("warning", expected.Error, StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Rank_InvalidFile_OneErrorLineExitCode2AsTheCli()
    {
        var path = Run.TempFile("""{"customers":[{"id":"c","goals":[{"id":"g","importance":2}]}],"solutions":[{"id":"s","price":1,"achievements":{"g":1}}]}""", ".json");
        var expected = Run.Cli("rank", path, "--json");

        var actual = await fixture.Cluster.ClientAsync("rank", path, "--json");

        Assert.Equal(2, expected.Code);
        Assert.Single(expected.Error.TrimEnd('\n').Split('\n'));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Psm_Example_PrintsWhatTheCliPrints()
    {
        var path = Run.Example("survey.csv");
        var expected = Run.Cli("psm", path, "--json");

        var actual = await fixture.Cluster.ClientAsync("psm", path, "--json", "--shard-rows", "25", "--stats");

        Assert.Equal(0, expected.Code);
        Assert.Equal(expected.Output, actual.Output);
        Assert.Matches(StatsLine(), actual.Error);
        Assert.Equal("10", StatsLine().Match(actual.Error).Groups["items"].Value);
    }

    [Fact]
    public async Task Psm_EveryAnalysisOption_PrintsWhatTheCliPrints()
    {
        string[] options = ["--nms", "--weight-column", "weight", "--method", "classic", "--range", "narrower", "--intersection", "median",
            "--interpolate-step", "0.5", "--pi-calibrated", "0.8,0.6,0.4,0.2,0", "--pi-toocheap", "0.1", "--pi-tooexpensive", "0.05", "--no-validate"];
        var path = Run.Example("survey.csv");
        var expected = Run.Cli(["psm", path, .. options]);

        var actual = await fixture.Cluster.ClientAsync(["psm", path, .. options]);

        Assert.Equal(0, expected.Code);
        Assert.Contains("NMS revenue-optimal price", expected.Output, StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--nms")]
    public async Task Psm_Bootstrap_IntervalsEqualTheClis(string output)
    {
        // The replicate weights depend only on the seed, the global row and the replicate: shards on any silo give the CLI's intervals.
        var path = Run.Example("survey.csv");
        string[] options = [output, "--weight-column", "weight", "--bootstrap", "200", "--seed", "20261206", "--confidence", "0.9"];
        var expected = Run.Cli(["psm", path, .. options]);

        var actual = await fixture.Cluster.ClientAsync(["psm", path, .. options, "--shard-rows", "30"]);

        Assert.Equal(0, expected.Code);
        Assert.Contains("bootstrap", expected.Output, StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Psm_BootstrapWithoutSeed_TheCliErrorLineExitCode2()
    {
        var path = Run.Example("survey.csv");
        var expected = Run.Cli("psm", path, "--bootstrap", "10");

        var actual = await fixture.Cluster.ClientAsync("psm", path, "--bootstrap", "10");

        Assert.Equal(2, expected.Code);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Psm_BadPriceInTheFile_OneErrorLineExitCode2AsTheCli()
    {
        var lines = File.ReadAllLines(Run.Example("survey.csv"));
        var cells = lines[150].Split(',');
        cells[3] = "-5";
        lines[150] = string.Join(',', cells);
        var path = Run.TempFile(string.Join('\n', lines) + "\n", ".csv");
        var expected = Run.Cli("psm", path, "--json");

        var actual = await fixture.Cluster.ClientAsync("psm", path, "--json", "--shard-rows", "20");

        Assert.Equal(2, expected.Code);
        Assert.Equal(expected, actual);
    }

    [GeneratedRegex(@"^work items (?<items>\d+), retries (?<retries>\d+), silos (?<silos>\d+)\n\z")]
    internal static partial Regex StatsLine();
}
