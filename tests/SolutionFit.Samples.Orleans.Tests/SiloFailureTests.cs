using System.Globalization;
using System.Text;

namespace SolutionFit.Samples.Orleans.Tests;

/// <summary>
/// Silo processes that fail in the middle of a job: one killed with SIGKILL while it holds work (its calls in flight are
/// lost and sent again), the only silo restarted (the new process takes the rest of the work). The output stays the CLI's, byte for byte.
/// </summary>
public sealed class SiloFailureTests
{
    /// <summary>How long each work item waits on its silo, so that a silo holds work when it is killed.</summary>
    private const string WorkDelay = "300";

    [Fact]
    public async Task RankThenPsm_SiloKilledWhileHoldingWork_SameOutputAsTheCliAndWorkSentAgain()
    {
        var path = Run.GeneratedCatalog(customers: 240, solutions: 60, seed: 31);
        var survey = Run.Example("survey.csv");
        var expectedRank = Run.Cli("rank", path, "--top", "5", "--json");
        var expectedPsm = Run.Cli("psm", survey, "--json");
        await using var cluster = await ProcessCluster.StartAsync(3, "--work-delay", WorkDelay);

        // 30 batches × 3 catalog shards = 90 work items; silo 2 killed as soon as it has started one.
        var rank = cluster.ClientAsync("rank", path, "--top", "5", "--json", "--batch", "8", "--catalog-shards", "3", "--stats", "--call-timeout", "20");
        await KillWhenItHoldsWork(cluster, 2, rank);
        var rankResult = await rank;

        // 48 work items on the two silos left; silo 3 killed likewise.
        var psm = cluster.ClientAsync("psm", survey, "--json", "--shard-rows", "5", "--stats", "--call-timeout", "20");
        await KillWhenItHoldsWork(cluster, 3, psm);
        var psmResult = await psm;

        Assert.Equal((0, expectedRank.Output), (rankResult.Code, rankResult.Output));
        var rankStats = RedisClusterTests.StatsLine().Match(rankResult.Error);
        Assert.True(rankStats.Success, rankResult.Error);
        Assert.Equal(90, int.Parse(rankStats.Groups["items"].Value, CultureInfo.InvariantCulture));
        Assert.InRange(int.Parse(rankStats.Groups["retries"].Value, CultureInfo.InvariantCulture), 1, 90);

        Assert.Equal((0, expectedPsm.Output), (psmResult.Code, psmResult.Output));
        var psmStats = RedisClusterTests.StatsLine().Match(psmResult.Error);
        Assert.True(psmStats.Success, psmResult.Error);
        Assert.Equal(48, int.Parse(psmStats.Groups["items"].Value, CultureInfo.InvariantCulture));
        Assert.InRange(int.Parse(psmStats.Groups["retries"].Value, CultureInfo.InvariantCulture), 1, 48);
    }

    [Fact]
    public async Task Rank_OnlySiloRestartedMidJob_TheNewProcessTakesTheRestOfTheWork()
    {
        var path = Run.GeneratedCatalog(customers: 120, solutions: 40, seed: 37);
        var expected = Run.Cli("rank", path, "--top", "3", "--json");
        await using var cluster = await ProcessCluster.StartAsync(1, "--work-delay", "100");

        // 30 batches of 4 customers against the one silo's catalog: the job cannot finish without the restarted silo.
        var rank = cluster.ClientAsync("rank", path, "--top", "3", "--json", "--batch", "4", "--stats", "--call-timeout", "20");
        await WaitForWork(cluster, 1, rank);
        await cluster.TerminateAsync(1);
        var log = new StringBuilder();
        cluster.StartSilo(log, "--work-delay", "100");
        var result = await rank;

        Assert.Equal((0, expected.Output), (result.Code, result.Output));
        Assert.Contains("silo left", cluster.Log(1), StringComparison.Ordinal);
        Assert.Contains("silo joined", Text(log), StringComparison.Ordinal);
        Assert.Contains(SiloWork.StartedLine, Text(log), StringComparison.Ordinal);
        var stats = RedisClusterTests.StatsLine().Match(result.Error);
        Assert.True(stats.Success, result.Error);
        Assert.Equal("30", stats.Groups["items"].Value);
        Assert.Equal("2", stats.Groups["silos"].Value); // the silo before and the silo after
    }

    private static async Task KillWhenItHoldsWork(ProcessCluster cluster, int silo, Task job)
    {
        await WaitForWork(cluster, silo, job);
        cluster.Kill(silo);
    }

    /// <summary>Waits until silo <paramref name="silo"/> has announced a work item (each takes at least 100 ms there).</summary>
    private static async Task WaitForWork(ProcessCluster cluster, int silo, Task job)
    {
        var started = cluster.Log(silo).Split('\n').Count(l => l == SiloWork.StartedLine);
        while (cluster.Log(silo).Split('\n').Count(l => l == SiloWork.StartedLine) == started)
        {
            Assert.False(job.IsCompleted, $"the job ended before silo {silo} took a work item");
            await Task.Delay(10);
        }
    }

    private static string Text(StringBuilder log)
    {
        lock (log)
        {
            return log.ToString();
        }
    }
}
