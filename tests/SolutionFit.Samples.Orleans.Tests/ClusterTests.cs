namespace SolutionFit.Samples.Orleans.Tests;

/// <summary>The cluster answers exactly as the CLI does: same bytes on stdout, same line on stderr, same exit code.</summary>
public sealed class ClusterTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Theory]
    [InlineData("demo.json", 10, 3)]
    [InlineData("acme.json", 10, 3)]
    [InlineData("demo.json", 2, 2)]
    [InlineData("demo.json", null, 3)]
    public async Task Rank_ThreeSilos_PrintsWhatTheCliPrints(string example, int? top, int shards)
    {
        var path = Run.Example(example);
        var expected = Run.Cli(["rank", path, "--json", .. top is { } k ? new[] { "--top", k.ToString(System.Globalization.CultureInfo.InvariantCulture) } : []]);

        var actual = await Run.Cluster((o, e) => OrleansCli.RankAsync(fixture.Cluster.Client, path, top, shards, new CoordinatorOptions { CustomerBatch = 1 }, o, e, default));

        Assert.Equal(0, expected.Code);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Rank_GeneratedCatalogWithTies_EqualsTheCliAndSpreadsOverSilos()
    {
        var path = Run.GeneratedCatalog(customers: 120, solutions: 37, seed: 7);
        var expected = Run.Cli("rank", path, "--top", "5", "--json");
        var silos = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var coordinator = new CoordinatorOptions
        {
            CustomerBatch = 8,
            InFlight = 6,
            AfterItem = (_, silo) =>
            {
                silos.AddOrUpdate(silo, 1, (_, n) => n + 1);
                return Task.CompletedTask;
            },
        };

        var actual = await Run.Cluster((o, e) => OrleansCli.RankAsync(fixture.Cluster.Client, path, 5, 3, coordinator, o, e, default));

        Assert.Equal(0, expected.Code);
        Assert.Equal(expected, actual);
        // The 45 work items ran on all three silos.
        Assert.Equal(3, silos.Count);
        Assert.Equal(45, silos.Values.Sum());
    }

    [Fact]
    public async Task Rank_SameCatalogTwice_EachSiloCompilesEachShardItRanksExactlyOnce()
    {
        var path = Run.GeneratedCatalog(customers: 96, solutions: 30, seed: 5);
        var options = new CoordinatorOptions { CustomerBatch = 4, InFlight = 6 };

        var first = await Run.Cluster((o, e) => OrleansCli.RankAsync(fixture.Cluster.Client, path, 3, 3, options, o, e, default));
        var afterFirst = fixture.Compilations(CatalogSource.File(path));
        var second = await Run.Cluster((o, e) => OrleansCli.RankAsync(fixture.Cluster.Client, path, 3, 3, options, o, e, default));
        var afterSecond = fixture.Compilations(CatalogSource.File(path));

        Assert.Equal(first, second);
        // 72 work items over 3 silos: every shard compiled on some silo, each at most once per silo, none again for the second job.
        Assert.Equal(Enumerable.Range(0, 3), afterFirst.SelectMany(c => c.Keys).Distinct().Order());
        Assert.All(afterFirst.SelectMany(c => c.Values), count => Assert.Equal(1, count));
        Assert.Equal(afterFirst.Select(c => c.OrderBy(p => p.Key).ToList()), afterSecond.Select(c => c.OrderBy(p => p.Key).ToList()));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(7)]
    [InlineData(1)]
    public async Task Psm_ThreeSilos_PrintsWhatTheCliPrints(int rowsPerShard)
    {
        var path = Run.Example("survey.csv");
        var expected = Run.Cli("psm", path, "--json");

        var actual = await Run.Cluster((o, e) => OrleansCli.PsmAsync(fixture.Cluster.Client, path, null, false, new CoordinatorOptions { SurveyShard = rowsPerShard }, o, e, default));

        Assert.Equal(0, expected.Code);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(1_000)]
    public async Task Psm_BootstrapInShards_PrintsWhatTheCliPrints(int rowsPerShard)
    {
        var path = Run.Example("survey.csv");
        var expected = Run.Cli("psm", path, "--json", "--nms", "--bootstrap", "50", "--seed", "11");
        var job = OrleansCli.PsmJob.JsonOf(path, nms: true) with { Bootstrap = () => (50, 11UL, 0.95) };

        var actual = await Run.Cluster((o, e) => OrleansCli.PsmAsync(new Coordinator(fixture.Cluster.Client, new CoordinatorOptions { SurveyShard = rowsPerShard }), job, o, e, stats: false, default));

        Assert.Equal(0, expected.Code);
        Assert.Contains("\"bootstrap\"", expected.Output, StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Psm_WeightsAndNms_PrintsWhatTheCliPrints()
    {
        var path = Run.Example("survey.csv");
        var expected = Run.Cli("psm", path, "--json", "--nms", "--weight-column", "weight");

        var actual = await Run.Cluster((o, e) => OrleansCli.PsmAsync(fixture.Cluster.Client, path, "weight", true, new CoordinatorOptions { SurveyShard = 11 }, o, e, default));

        Assert.Equal(0, expected.Code);
        Assert.DoesNotContain("\"reachOptimalPrice\": null", expected.Output, StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("NaN")]
    public async Task PsmAsync_BadPriceInTheFile_FailsWithTheCliError(string badPrice)
    {
        // A bad price in row 150: the tool's reader rejects it as the CLI does, naming the line and the column.
        var lines = File.ReadAllLines(Run.Example("survey.csv"));
        var cells = lines[150].Split(',');
        cells[3] = badPrice;
        lines[150] = string.Join(',', cells);
        var path = Run.TempFile(string.Join('\n', lines) + "\n", ".csv");
        var expected = Run.Cli("psm", path, "--json");

        var actual = await Run.Cluster((o, e) => OrleansCli.PsmAsync(fixture.Cluster.Client, path, null, false, new CoordinatorOptions { SurveyShard = 20 }, o, e, default));

        Assert.Equal(2, expected.Code);
        Assert.Single(expected.Error.TrimEnd('\n').Split('\n'));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task TallyAsync_RowFailsValidationOnItsSilo_NamesTheRowsFileLineAndColumn()
    {
        // Shards read from a valid file, then one answer made negative: the shard holding it fails on its silo, the job
        // fails with the library's error, and the error names the row's line in the file and its column.
        var path = Run.Example("survey.csv");
        var shards = new List<PsmShard>();
        var rows = SurveyShards.Stream(path, "weight", nms: true, limits: null, rowsPerShard: 20, shards.Add);
        var bad = shards[3] with { Cheap = [.. shards[3].Cheap] };
        bad.Cheap[5] = -5;
        shards[3] = bad;
        var row = bad.FirstRow + 5;
        var coordinator = new Coordinator(fixture.Cluster.Client, new CoordinatorOptions { SurveyShard = 20 });

        var (tally, failed) = await coordinator.TallyAsync(shards.ToAsyncEnumerable(), nms: true).WaitAsync(Run.Bound);
        var error = OrleansCli.Located(failed!, path, rows, "weight");

        Assert.Null(tally);
        Assert.StartsWith($"{path}: line {rows.Line(row)}, column 'cheap': ", error.Message, StringComparison.Ordinal);
        Assert.Equal(row + 2, rows.Line(row));
    }

    [Fact]
    public void Stream_TwelveShardsOfTwentyRows_SendsEveryRowOnceInFileOrder()
    {
        var path = Run.Example("survey.csv");
        var shards = new List<PsmShard>();

        var rows = SurveyShards.Stream(path, null, nms: false, limits: null, rowsPerShard: 20, shards.Add);

        Assert.Equal(240, rows.Count);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => 20 * i), shards.Select(s => s.FirstRow));
        Assert.All(shards, s => Assert.Equal(20, s.Count));
    }

    [Fact]
    public async Task Rank_InvalidFile_FailsWithTheCliError()
    {
        var path = Run.TempFile("""{"customers":[{"id":"c","goals":[{"id":"g","importance":2}]}],"solutions":[{"id":"s","price":1,"achievements":{"g":1}}]}""", ".json");
        var expected = Run.Cli("rank", path, "--top", "10", "--json");

        var actual = await Run.Cluster((o, e) => OrleansCli.RankAsync(fixture.Cluster.Client, path, 10, 3, new CoordinatorOptions(), o, e, default));

        Assert.Equal(2, expected.Code);
        Assert.Equal(expected, actual);
    }
}
