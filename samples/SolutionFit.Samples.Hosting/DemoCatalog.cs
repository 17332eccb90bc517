using System.Text.Json;
using System.Text.Json.Serialization;

namespace SolutionFit.Samples.Hosting;

/// <summary>The customers and solutions of the demo catalog (the CLI's <c>examples/demo.json</c>).</summary>
internal sealed record DemoCatalog(IReadOnlyList<CustomerProfile> Customers, IReadOnlyList<ProposedSolution> Solutions)
{
    /// <summary>Reads the catalog from a JSON file of the CLI's input format.</summary>
    public static async Task<DemoCatalog> LoadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        var input = await JsonSerializer.DeserializeAsync(stream, DemoJsonContext.Default.CatalogDto).ConfigureAwait(false)
            ?? throw new InvalidDataException($"{path} holds no catalog.");
        return new(
            [.. input.Customers.Select(c => new CustomerProfile(
                c.Id,
                c.Goals.Select(g => new CustomerGoal(g.Id, g.Importance, Enum.Parse<GoalKind>(g.Kind ?? nameof(GoalKind.Performance), ignoreCase: true), g.CurrentSatisfaction, g.Description)),
                c.PriceThresholds is { } t ? new PriceThresholds(t.TooCheap, t.Cheap, t.Expensive, t.TooExpensive) : null))],
            [.. input.Solutions.Select(s => new ProposedSolution(s.Id, s.Price, s.Achievements, s.Effort, s.Enjoyment, s.Name))]);
    }
}

internal sealed record CatalogDto(List<CustomerDto> Customers, List<SolutionDto> Solutions);

internal sealed record CustomerDto(string Id, List<GoalDto> Goals, ThresholdsDto? PriceThresholds);

internal sealed record GoalDto(string Id, double Importance, string? Kind, double CurrentSatisfaction, string? Description);

internal sealed record ThresholdsDto(double TooCheap, double Cheap, double Expensive, double TooExpensive);

internal sealed record SolutionDto(string Id, string? Name, double Price, double Effort, double Enjoyment, Dictionary<string, double> Achievements);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CatalogDto))]
internal sealed partial class DemoJsonContext : JsonSerializerContext;
