using System.Globalization;
using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace SolutionFit.Samples.Orleans;

/// <summary>
/// <c>silo --redis HOST:PORT</c>: one silo as a process, its membership in Redis, running until SIGINT or SIGTERM, on
/// which it leaves the cluster gracefully (its membership entry marked dead, its activations stopped).
/// </summary>
internal static class SiloHost
{
    /// <summary>The Orleans service id of every SolutionFit cluster (clusters differ by cluster id).</summary>
    public const string ServiceId = "solutionfit";

    /// <summary>The Orleans default silo-to-silo port.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>The Orleans default gateway (client) port.</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>The start of the line a silo writes once it has joined its cluster.</summary>
    public const string JoinedLine = "silo joined";

    /// <summary>
    /// Runs the silo until the process is told to stop. Writes <c>silo joined …</c> once it is active in the cluster and
    /// <c>silo left …</c> once it has left.
    /// </summary>
    /// <param name="settings">Where the silo listens and which cluster it joins.</param>
    /// <param name="output">Where the two lines go.</param>
    /// <param name="cancellationToken">Stops the silo, as a signal does.</param>
    public static async Task RunAsync(SiloSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var ports = LocalCluster.FreePorts(2);
        var siloPort = settings.SiloPort == 0 ? ports[0] : settings.SiloPort;
        var gatewayPort = settings.GatewayPort == 0 ? ports[1] : settings.GatewayPort;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo
            .UseRedisClustering(settings.Redis)
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, ServiceId))
            .ConfigureEndpoints(settings.Address, siloPort, gatewayPort)
            .AddSolutionFitWorkers(new SiloWork(settings.WorkDelay, announce: settings.WorkDelay > TimeSpan.Zero)));
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var where = string.Create(CultureInfo.InvariantCulture, $"{settings.Address}: silo port {siloPort}, gateway port {gatewayPort}, cluster '{settings.ClusterId}', Redis at {settings.Redis}");
        await output.WriteLineAsync($"{JoinedLine} {where}");
        await output.FlushAsync(CancellationToken.None);
        await host.WaitForShutdownAsync(cancellationToken); // then stops the host: the graceful leave

        await output.WriteLineAsync($"silo left {where}");
        await output.FlushAsync(CancellationToken.None);
    }
}

/// <summary>Where a silo listens and which cluster it joins.</summary>
/// <param name="Redis">The Redis server holding the membership, HOST:PORT.</param>
/// <param name="ClusterId">The cluster to join.</param>
/// <param name="Address">The address to listen on and advertise to the other silos and clients.</param>
/// <param name="SiloPort">The silo-to-silo port (0: any free one).</param>
/// <param name="GatewayPort">The client port (0: any free one).</param>
/// <param name="WorkDelay">For tests of failures: how long each work item waits before it runs (and is announced on standard output).</param>
internal sealed record SiloSettings(string Redis, string ClusterId, IPAddress Address, int SiloPort, int GatewayPort, TimeSpan WorkDelay);
