using System.Text.Json;

namespace SolutionFit.Tests;

/// <summary>
/// A rank acceptability reference case (Reference/uncertainty, rank_*): the customers and solutions of its input file,
/// the arguments of its command and the expected rankings with their shares.
/// </summary>
internal sealed class RankAcceptabilityReference
{
    private RankAcceptabilityReference(JsonElement input, JsonElement expected)
    {
        Customers = [.. input.GetProperty("customers").EnumerateArray().Select(Customer)];
        Solutions = [.. input.GetProperty("solutions").EnumerateArray().Select(Solution)];
        var args = expected.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToList();
        string Arg(string name) => args[args.IndexOf(name) + 1];
        Uncertainty = double.Parse(Arg("--importance-uncertainty"), System.Globalization.CultureInfo.InvariantCulture);
        Samples = int.Parse(Arg("--samples"), System.Globalization.CultureInfo.InvariantCulture);
        Seed = ulong.Parse(Arg("--seed"), System.Globalization.CultureInfo.InvariantCulture);
        Top = args.Contains("--top") ? int.Parse(Arg("--top"), System.Globalization.CultureInfo.InvariantCulture) : Solutions.Count;
        Rankings = [.. expected.GetProperty("expected").GetProperty("rankings").EnumerateArray()];
    }

    public List<CustomerProfile> Customers { get; }

    public List<ProposedSolution> Solutions { get; }

    public double Uncertainty { get; }

    public int Samples { get; }

    public ulong Seed { get; }

    public int Top { get; }

    /// <summary>The expected ranking of each customer, in file order.</summary>
    public List<JsonElement> Rankings { get; }

    /// <summary>The shares' tolerance: 3/N.</summary>
    public double Tolerance => 3.0 / Samples;

    public static RankAcceptabilityReference Load(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Reference", "uncertainty");
        using var input = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, $"{name}.json")));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, $"{name}.acceptability.expected.json")));
        return new RankAcceptabilityReference(input.RootElement.Clone(), expected.RootElement.Clone());
    }

    private static CustomerProfile Customer(JsonElement customer) => new(
        customer.GetProperty("id").GetString()!,
        customer.GetProperty("goals").EnumerateArray().Select(g => new CustomerGoal(
            g.GetProperty("id").GetString()!,
            g.GetProperty("importance").GetDouble(),
            Enum.Parse<GoalKind>(g.GetProperty("kind").GetString()!, ignoreCase: true),
            g.TryGetProperty("currentSatisfaction", out var s) ? s.GetDouble() : 0.0)),
        customer.TryGetProperty("priceThresholds", out var t)
            ? new PriceThresholds(t.GetProperty("tooCheap").GetDouble(), t.GetProperty("cheap").GetDouble(), t.GetProperty("expensive").GetDouble(), t.GetProperty("tooExpensive").GetDouble())
            : null);

    private static ProposedSolution Solution(JsonElement solution) => new(
        solution.GetProperty("id").GetString()!,
        solution.GetProperty("price").GetDouble(),
        solution.GetProperty("achievements").EnumerateObject().Select(a => KeyValuePair.Create(a.Name, a.Value.GetDouble())),
        solution.GetProperty("effort").GetDouble(),
        solution.GetProperty("enjoyment").GetDouble(),
        solution.GetProperty("name").GetString());
}
