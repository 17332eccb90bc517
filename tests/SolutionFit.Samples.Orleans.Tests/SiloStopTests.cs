using Xunit.Abstractions;

namespace SolutionFit.Samples.Orleans.Tests;

/// <summary>A silo stopped in the middle of a job: the coordinator sends its work again to the silos that remain.</summary>
public sealed class SiloStopTests(ITestOutputHelper log) : IAsyncLifetime
{
    private readonly ClusterFixture _fixture = new();

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Rank_SiloStoppedMidJob_SameResultNoShardLost()
    {
        var path = Run.GeneratedCatalog(customers: 90, solutions: 30, seed: 11);
        var expected = Run.Cli("rank", path, "--top", "4", "--json");
        var cluster = _fixture.Cluster;
        var victim = cluster.SecondarySilos[0];
        var stopped = 0;
        var options = new CoordinatorOptions
        {
            CustomerBatch = 3, // 30 batches × 3 catalog shards = 90 work items
            InFlight = 4,
            CallTimeout = TimeSpan.FromSeconds(15),
            OnRetry = ex => log.WriteLine($"sent again after {ex.GetType().Name}: {ex.Message.Split('\n')[0]}"),
            AfterItem = async done =>
            {
                if (done == 10 && Interlocked.Exchange(ref stopped, 1) == 0)
                {
                    await cluster.StopSiloAsync(victim).WaitAsync(Run.Bound);
                }
            },
        };

        var actual = await Run.Cluster((o, e) => OrleansCli.RankAsync(cluster.Client, path, 4, 3, options, o, e, default));

        Assert.Equal(1, stopped);
        Assert.Equal(2, cluster.GetActiveSilos().Count());
        Assert.Equal(0, expected.Code);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Psm_SiloStoppedMidJob_SameResultNoShardLost()
    {
        var path = Run.Example("survey.csv");
        var expected = Run.Cli("psm", path, "--json");
        var cluster = _fixture.Cluster;
        var victim = cluster.SecondarySilos[1];
        var stopped = 0;
        var options = new CoordinatorOptions
        {
            SurveyShard = 3, // 80 work items
            InFlight = 4,
            CallTimeout = TimeSpan.FromSeconds(15),
            OnRetry = ex => log.WriteLine($"sent again after {ex.GetType().Name}: {ex.Message.Split('\n')[0]}"),
            AfterItem = async done =>
            {
                if (done == 10 && Interlocked.Exchange(ref stopped, 1) == 0)
                {
                    await cluster.StopSiloAsync(victim).WaitAsync(Run.Bound);
                }
            },
        };

        var actual = await Run.Cluster((o, e) => OrleansCli.PsmAsync(cluster.Client, path, null, false, options, o, e, default));

        Assert.Equal(1, stopped);
        Assert.Equal(0, expected.Code);
        Assert.Equal(expected, actual);
    }
}
