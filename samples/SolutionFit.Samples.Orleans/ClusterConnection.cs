using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace SolutionFit.Samples.Orleans;

/// <summary>
/// The cluster a client command works on: <c>--silos N</c> silos started in this process (<see cref="LocalCluster"/>),
/// or the silo processes of cluster <c>--cluster-id</c> whose membership is in Redis at <c>--redis HOST:PORT</c>.
/// </summary>
internal sealed class ClusterConnection : IAsyncDisposable
{
    private readonly LocalCluster? _local;
    private readonly IHost? _client;

    private ClusterConnection(LocalCluster? local, IHost? client, IClusterClient cluster, int silos)
    {
        _local = local;
        _client = client;
        Client = cluster;
        Silos = silos;
    }

    /// <summary>Gets the client the coordinator sends work through.</summary>
    public IClusterClient Client { get; }

    /// <summary>Gets how many silos were active when the client connected (the catalog is cut into as many shards).</summary>
    public int Silos { get; }

    /// <summary>Starts <paramref name="silos"/> silos and a client in this process.</summary>
    public static async Task<ClusterConnection> StartLocalAsync(int silos, CancellationToken cancellationToken)
    {
        var local = await LocalCluster.StartAsync(silos, cancellationToken);
        return new ClusterConnection(local, null, local.Client, silos);
    }

    /// <summary>
    /// Connects a client to the silos of cluster <paramref name="clusterId"/> registered in Redis at
    /// <paramref name="redis"/> (the client finds their gateways there), and counts the active silos.
    /// </summary>
    /// <exception cref="InputException">Redis or every gateway cannot be reached, or the cluster has no active silo.</exception>
    public static async Task<ClusterConnection> ConnectAsync(string redis, string clusterId, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client
            .UseRedisClustering(redis)
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, SiloHost.ServiceId))
            // A silo that joins during a job takes work within seconds, not after the default minute.
            .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(2)));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            var client = host.Services.GetRequiredService<IClusterClient>();
            var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            if (hosts.Count == 0)
            {
                throw new InputException($"cluster '{clusterId}' (Redis at {redis}) has no active silo.");
            }

            return new ClusterConnection(null, host, client, hosts.Count);
        }
        catch (Exception ex) when (ex is not InputException and not OperationCanceledException || ex is TimeoutException)
        {
            host.Dispose();
            throw new InputException($"cannot reach cluster '{clusterId}' through Redis at {redis}: {InputException.FirstLine(ex.Message)}");
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_local is not null)
        {
            await _local.DisposeAsync();
        }

        if (_client is not null)
        {
            await _client.StopAsync();
            _client.Dispose();
        }
    }
}
