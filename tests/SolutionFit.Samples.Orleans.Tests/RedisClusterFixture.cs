namespace SolutionFit.Samples.Orleans.Tests;

/// <summary>Three silo processes with Redis membership (<c>cluster.sh start 3</c>), shared by the tests of a class.</summary>
public sealed class RedisClusterFixture : IAsyncLifetime
{
    public ProcessCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await ProcessCluster.StartAsync(3);

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
    }
}
