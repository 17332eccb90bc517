using System.Text.Json.Nodes;

namespace SolutionFit.Samples.Web.BrowserTests;

/// <summary>The CLI's demo data as JSON the tests edit as they edit the page, and as the library's types.</summary>
internal static class DemoData
{
    public static JsonObject Load() => (JsonObject)JsonNode.Parse(File.ReadAllText(TestPaths.Data("examples/demo.json")))!;

    public static CustomerProfile Customer(JsonObject document, int index)
    {
        var c = document["customers"]![index]!;
        var goals = c["goals"]!.AsArray().Select(g => new CustomerGoal(
            (string)g!["id"]!,
            (double)g["importance"]!,
            g["kind"] is { } kind ? Enum.Parse<GoalKind>((string)kind!, ignoreCase: true) : GoalKind.Performance,
            g["currentSatisfaction"] is { } satisfaction ? (double)satisfaction : 0.0,
            (string?)g["description"])).ToList();
        var thresholds = c["priceThresholds"] is { } t
            ? new PriceThresholds((double)t["tooCheap"]!, (double)t["cheap"]!, (double)t["expensive"]!, (double)t["tooExpensive"]!)
            : (PriceThresholds?)null;
        return new CustomerProfile((string)c["id"]!, goals, thresholds);
    }

    public static IReadOnlyList<ProposedSolution> Solutions(JsonObject document) => document["solutions"]!.AsArray().Select(s => new ProposedSolution(
        (string)s!["id"]!,
        (double)s["price"]!,
        s["achievements"]!.AsObject().ToDictionary(a => a.Key, a => (double)a.Value!),
        (double)s["effort"]!,
        (double)s["enjoyment"]!,
        (string?)s["name"])).ToList();
}
