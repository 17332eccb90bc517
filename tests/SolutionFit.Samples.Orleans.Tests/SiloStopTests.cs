using Orleans.TestingHost;
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
        var stopper = new SiloStopper(cluster, cluster.SecondarySilos[0]);
        var options = stopper.Options(log) with { CustomerBatch = 3 }; // 30 batches × 3 catalog shards = 90 work items

        var actual = await Run.Cluster((o, e) => OrleansCli.RankAsync(cluster.Client, path, 4, 3, options, o, e, default));

        stopper.AssertStoppedOnceAndIdleAfter();
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
        var stopper = new SiloStopper(cluster, cluster.SecondarySilos[1]);
        var options = stopper.Options(log) with { SurveyShard = 3 }; // 80 work items

        var actual = await Run.Cluster((o, e) => OrleansCli.PsmAsync(cluster.Client, path, null, false, options, o, e, default));

        stopper.AssertStoppedOnceAndIdleAfter();
        Assert.Equal(0, expected.Code);
        Assert.Equal(expected, actual);
    }

    /// <summary>Stops <paramref name="victim"/> once ten work items are done, and counts the items it completes after.</summary>
    private sealed class SiloStopper(TestCluster cluster, SiloHandle victim)
    {
        private int _stopped;
        private int _down;
        private int _afterStop;

        /// <summary>Coordinator options that stop the victim after the tenth item and log every retry.</summary>
        public CoordinatorOptions Options(ITestOutputHelper log) => new()
        {
            InFlight = 4,
            CallTimeout = TimeSpan.FromSeconds(15),
            OnRetry = ex => log.WriteLine($"sent again after {ex.GetType().Name}: {ex.Message.Split('\n')[0]}"),
            AfterItem = AfterItem,
        };

        public void AssertStoppedOnceAndIdleAfter()
        {
            Assert.Equal(1, _stopped);
            Assert.Equal(0, _afterStop); // nothing completed on the stopped silo once it was down
        }

        private async Task AfterItem(int done, string silo)
        {
            if (Volatile.Read(ref _down) == 1 && silo == victim.SiloAddress.ToString())
            {
                Interlocked.Increment(ref _afterStop);
            }

            if (done == 10 && Interlocked.Exchange(ref _stopped, 1) == 0)
            {
                await cluster.StopSiloAsync(victim).WaitAsync(Run.Bound);
                Volatile.Write(ref _down, 1);
            }
        }
    }
}
