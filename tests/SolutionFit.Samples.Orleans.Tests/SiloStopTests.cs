using Orleans.TestingHost;
using Xunit.Abstractions;

namespace SolutionFit.Samples.Orleans.Tests;

/// <summary>
/// A silo stopped in the middle of a job while it holds work that does not finish in time: the coordinator gives up on
/// that work and sends it again to the silos that remain (the retries are counted), and the result is the CLI's.
/// </summary>
public sealed class SiloStopTests(ITestOutputHelper log) : IAsyncLifetime
{
    private readonly SlowClusterFixture _fixture = new();

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Rank_SiloStoppedHoldingWork_SameResultWorkSentAgain()
    {
        var path = Run.GeneratedCatalog(customers: 90, solutions: 30, seed: 11);
        var expected = Run.Cli("rank", path, "--top", "4", "--json");
        var cluster = _fixture.Cluster;
        var stopper = new SiloStopper(cluster, cluster.SecondarySilos[0]);
        var options = stopper.Options(log) with { CustomerBatch = 3 }; // 30 batches × 3 catalog shards = 90 work items
        var coordinator = new Coordinator(cluster.Client, options);
        stopper.Coordinator = coordinator;

        var actual = await Run.Cluster((o, e) => OrleansCli.RankAsync(coordinator, new OrleansCli.RankJob(path, 4, Limits.Default, Json: true), 3, o, e, stats: false, default));

        stopper.AssertStoppedOnceAndIdleAfter();
        Assert.Equal(2, cluster.GetActiveSilos().Count());
        Assert.InRange(coordinator.Retries, 1, 90);
        Assert.Equal(90, coordinator.Items);
        Assert.Equal(0, expected.Code);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Psm_SiloStoppedHoldingWork_SameResultWorkSentAgain()
    {
        var path = Run.Example("survey.csv");
        var expected = Run.Cli("psm", path, "--json");
        var cluster = _fixture.Cluster;
        var stopper = new SiloStopper(cluster, cluster.SecondarySilos[1]);
        var options = stopper.Options(log) with { SurveyShard = 3 }; // 80 work items
        var coordinator = new Coordinator(cluster.Client, options);
        stopper.Coordinator = coordinator;

        var actual = await Run.Cluster((o, e) => OrleansCli.PsmAsync(coordinator, OrleansCli.PsmJob.JsonOf(path), o, e, stats: false, default));

        stopper.AssertStoppedOnceAndIdleAfter();
        Assert.InRange(coordinator.Retries, 1, 80);
        Assert.Equal(80, coordinator.Items);
        Assert.Equal(0, expected.Code);
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Once ten work items are done, makes <paramref name="victim"/> hold the items it takes, and once it holds one, stops
    /// it; the held items run only after the coordinator has sent one again. Counts the items the victim completes after.
    /// </summary>
    private sealed class SiloStopper(TestCluster cluster, SiloHandle victim)
    {
        /// <summary>Gets or sets the coordinator of the job (its retries are watched).</summary>
        public Coordinator? Coordinator { get; set; }

        private int _stopped;
        private int _down;
        private int _afterStop;

        /// <summary>Coordinator options that stop the victim after the tenth item and log every retry.</summary>
        public CoordinatorOptions Options(ITestOutputHelper log) => new()
        {
            InFlight = 6,
            CallTimeout = TimeSpan.FromSeconds(5),
            RetryDelay = TimeSpan.FromMilliseconds(50),
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

            if (done >= 10 && Interlocked.Exchange(ref _stopped, 1) == 0)
            {
                // From now on the victim holds every item it takes: once it holds one, stop it (the stop waits for the
                // held items), and let the held items run once the coordinator has given up on one and sent it again.
                var work = ClusterFixture.Work(victim);
                work.Hold();
                while (work.InFlight == 0)
                {
                    await Task.Delay(1);
                }

                var stop = cluster.StopSiloAsync(victim);
                while (Coordinator!.Retries == 0)
                {
                    await Task.Delay(10);
                }

                work.Release();
                await stop.WaitAsync(Run.Bound);
                Volatile.Write(ref _down, 1);
            }
        }
    }
}
