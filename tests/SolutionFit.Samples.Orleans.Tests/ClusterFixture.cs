using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace SolutionFit.Samples.Orleans.Tests;

/// <summary>A 3-silo in-process cluster, shared by the tests of a class.</summary>
public class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(3);
        Configure(builder);
        Cluster = builder.Build();
        await Cluster.DeployAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>What the work items of a live silo do around each item (its in-flight count).</summary>
    internal static SiloWork Work(SiloHandle silo) => ((InProcessSiloHandle)silo).SiloHost.Services.GetRequiredService<SiloWork>();

    /// <summary>How many times each live silo compiled each shard of <paramref name="source"/> it holds.</summary>
    internal IReadOnlyDictionary<int, int>[] Compilations(CatalogSource source) =>
        [.. Cluster.GetActiveSilos().Select(s => ((InProcessSiloHandle)s).SiloHost.Services.GetRequiredService<SiloCatalogs>().Compilations(source))];

    /// <summary>Adds the silos' configuration: the SolutionFit workers.</summary>
    protected virtual void Configure(TestClusterBuilder builder) => builder.AddSiloBuilderConfigurator<SiloConfigurator>();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddSolutionFitWorkers();
    }
}

/// <summary>A 3-silo in-process cluster whose work items each take at least 50 ms, so that a silo stopped mid-job holds work.</summary>
public sealed class SlowClusterFixture : ClusterFixture
{
    protected override void Configure(TestClusterBuilder builder) => builder.AddSiloBuilderConfigurator<SlowSiloConfigurator>();

    private sealed class SlowSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddSolutionFitWorkers(new SiloWork(TimeSpan.FromMilliseconds(50), announce: false));
    }
}

/// <summary>Runs the CLI and the cluster the same way and captures what they write.</summary>
internal static class Run
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    public static (int Code, string Output, string Error) Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SolutionFit.Cli.Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static async Task<(int Code, string Output, string Error)> Cluster(Func<TextWriter, TextWriter, Task<int>> job)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await job(output, error).WaitAsync(Bound);
        return (code, output.ToString(), error.ToString());
    }

    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    public static string TempFile(string content, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"solutionfit-orleans-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>
    /// A generated input file for <c>rank</c>: customers with goals of every kind and price thresholds, solutions with
    /// achievements (some 0, some goal ids no customer has) and equal prices, so that ties happen.
    /// </summary>
    public static string GeneratedCatalog(int customers, int solutions, int seed)
    {
        var random = new Random(seed);
        string[] kinds = ["mustHave", "performance", "performance", "delighter"];
        static double R(Random r, int places = 2) => Math.Round(r.NextDouble(), places);
        var document = new JsonObject
        {
            ["customers"] = new JsonArray([.. Enumerable.Range(0, customers).Select(i =>
            {
                var reference = 40 + (60 * random.NextDouble());
                return (JsonNode)new JsonObject
                {
                    ["id"] = $"c{i}",
                    ["goals"] = new JsonArray([.. Enumerable.Range(0, 6).Where(_ => random.NextDouble() < 0.8).Append(0).Distinct().Select(g => (JsonNode)new JsonObject
                    {
                        ["id"] = $"g{g}",
                        ["importance"] = Math.Max(0.05, R(random)),
                        ["kind"] = kinds[random.Next(kinds.Length)],
                        ["currentSatisfaction"] = R(random),
                    })]),
                    ["priceThresholds"] = new JsonObject
                    {
                        ["tooCheap"] = Math.Round(reference * 0.4, 2),
                        ["cheap"] = Math.Round(reference * 0.7, 2),
                        ["expensive"] = Math.Round(reference * 1.2, 2),
                        ["tooExpensive"] = Math.Round(reference * 1.8, 2),
                    },
                };
            })]),
            ["solutions"] = new JsonArray([.. Enumerable.Range(0, solutions).Select(j => (JsonNode)new JsonObject
            {
                ["id"] = $"s{j.ToString("000", CultureInfo.InvariantCulture)}",
                ["price"] = 10 * (1 + random.Next(8)),
                ["achievements"] = new JsonObject(Enumerable.Range(0, 6).Select(g => KeyValuePair.Create($"g{g}", (JsonNode?)JsonValue.Create(random.NextDouble() < 0.1 ? 0 : Math.Round(random.NextDouble(), 1))))),
                ["effort"] = Math.Round(random.NextDouble(), 1),
                ["enjoyment"] = Math.Round(random.NextDouble(), 1),
            })]),
        };
        return TempFile(document.ToJsonString(), ".json");
    }
}
