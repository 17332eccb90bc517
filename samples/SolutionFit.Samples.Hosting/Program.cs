using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SolutionFit.Samples.Hosting;

/// <summary>A generic host that binds <see cref="SolutionFitOptions"/> from appsettings.json and ranks the demo catalog.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            await RunAsync(args, Console.Out).ConfigureAwait(false);
            return 0;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync($"Invalid settings: {e.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>Builds and starts the host (which validates the options), ranks every customer's catalog, stops.</summary>
    internal static async Task RunAsync(string[] args, TextWriter output)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddSolutionFit(builder.Configuration.GetSection(SolutionFitOptions.SectionName));
        using var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);

        var scorer = host.Services.GetRequiredService<ISolutionFitScorer>();
        var catalog = await DemoCatalog.LoadAsync(Path.Combine(AppContext.BaseDirectory, "demo.json")).ConfigureAwait(false);
        await output.WriteLineAsync($"SolutionFit hosted sample: {catalog.Solutions.Count} solutions for {catalog.Customers.Count} customers ({scorer.Policy}).").ConfigureAwait(false);
        foreach (var customer in catalog.Customers)
        {
            await output.WriteLineAsync($"{customer.Id}:").ConfigureAwait(false);
            foreach (var (score, rank) in scorer.Rank(customer, catalog.Solutions).Select((s, i) => (s, i + 1)))
            {
                var reaction = score.Reaction?.ToString() ?? "-";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {rank}. {score.SolutionId,-16} overall {score.Overall:0.000}  {reaction}")).ConfigureAwait(false);
            }
        }

        await host.StopAsync().ConfigureAwait(false);
    }
}
