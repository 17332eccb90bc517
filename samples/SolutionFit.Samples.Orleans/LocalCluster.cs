using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SolutionFit.Samples.Orleans;

/// <summary>
/// Several silos and a client in this process, on loopback ports only (localhost clustering: the first silo is the
/// membership's primary): the one-process demonstration of <c>--silos N</c>. Silos as separate processes with Redis
/// membership are <see cref="SiloHost"/> and <see cref="ClusterConnection"/>; the grains and the coordinator are the same.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    private readonly List<IHost> _silos;
    private readonly IHost _client;

    private LocalCluster(List<IHost> silos, IHost client)
    {
        _silos = silos;
        _client = client;
    }

    /// <summary>Gets the client the coordinator sends work through.</summary>
    public IClusterClient Client => _client.Services.GetRequiredService<IClusterClient>();

    /// <summary>Starts <paramref name="silos"/> silos on free loopback ports, then a client connected to all their gateways.</summary>
    public static async Task<LocalCluster> StartAsync(int silos, CancellationToken cancellationToken = default)
    {
        var ports = FreePorts(2 * silos);
        var primary = new IPEndPoint(IPAddress.Loopback, ports[0]);
        async Task<IHost> Silo(int i)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Logging.ClearProviders();
            var (siloPort, gatewayPort) = (ports[2 * i], ports[(2 * i) + 1]);
            builder.UseOrleans(silo => silo
                .UseLocalhostClustering(siloPort, gatewayPort, primary)
                .AddSolutionFitWorkers());
            var host = builder.Build();
            await host.StartAsync(cancellationToken);
            return host;
        }

        // The primary first (it holds the membership), then the others together.
        var hosts = new List<IHost> { await Silo(0) };
        hosts.AddRange(await Task.WhenAll(Enumerable.Range(1, silos - 1).Select(Silo)));

        var clientBuilder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        clientBuilder.Logging.ClearProviders();
        var gateways = Enumerable.Range(0, silos).Select(i => ports[(2 * i) + 1]).ToArray();
        clientBuilder.UseOrleansClient(client => client.UseLocalhostClustering(gateways));
        var clientHost = clientBuilder.Build();
        await clientHost.StartAsync(cancellationToken);
        return new LocalCluster(hosts, clientHost);
    }

    public async ValueTask DisposeAsync()
    {
        await _client.StopAsync();
        _client.Dispose();
        for (var i = _silos.Count - 1; i >= 0; i--)
        {
            await _silos[i].StopAsync();
            _silos[i].Dispose();
        }
    }

    /// <summary><paramref name="count"/> distinct loopback ports free at the time of the call.</summary>
    internal static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}

/// <summary>What a silo needs to run the SolutionFit workers.</summary>
internal static class SiloSetup
{
    /// <summary>
    /// Registers the silo's catalog cache (one per silo) the workers share, and what the workers do around each work
    /// item (<paramref name="work"/>; by default nothing but counting).
    /// </summary>
    public static ISiloBuilder AddSolutionFitWorkers(this ISiloBuilder silo, SiloWork? work = null)
    {
        silo.Services.AddSingleton<SiloCatalogs>();
        silo.Services.AddSingleton(work ?? new SiloWork(TimeSpan.Zero, announce: false));
        return silo;
    }
}
