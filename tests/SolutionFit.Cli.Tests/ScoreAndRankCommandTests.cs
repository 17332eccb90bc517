using System.Text.Json;

namespace SolutionFit.Cli.Tests;

public sealed class ScoreAndRankCommandTests
{
    private static readonly SolutionFitScorer Scorer = new();

    [Fact]
    public void Score_Json_PrintsEveryPairInInputOrderRoundTripExact()
    {
        var result = CliRunner.Run("score", CliRunner.Example("demo.json"), "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var input = InputFile.Load(CliRunner.Example("demo.json"));
        var expected = input.Customers.SelectMany(c => input.Solutions.Select(s => Scorer.Score(c, s))).ToList();
        var scores = JsonDocument.Parse(result.Output).RootElement.GetProperty("scores").EnumerateArray().ToList();
        Assert.Equal(expected.Count, scores.Count);
        foreach (var (json, score) in scores.Zip(expected))
        {
            Assert.Equal(score.CustomerId, json.GetProperty("customerId").GetString());
            Assert.Equal(score.SolutionId, json.GetProperty("solutionId").GetString());
            Assert.Equal(score.Overall, json.GetProperty("overall").GetDouble());
            Assert.Equal(score.GoalFit, json.GetProperty("goalFit").GetDouble());
            Assert.Equal(score.Experience, json.GetProperty("experience").GetDouble());
            Assert.Equal(score.Value, json.GetProperty("value").GetDouble());
            AssertNumberOrNull(double.IsFinite(score.EffectivePrice) ? score.EffectivePrice : null, json.GetProperty("effectivePrice"));
            AssertNumberOrNull(score.PriceHappiness, json.GetProperty("priceHappiness"));
            var goals = json.GetProperty("goals").EnumerateArray().ToList();
            Assert.Equal(score.Goals.Select(g => g.GoalId), goals.Select(g => g.GetProperty("goalId").GetString()));
            Assert.Equal(score.Goals.Select(g => g.Weight), goals.Select(g => g.GetProperty("weight").GetDouble()));
            Assert.Equal(score.Goals.Select(g => g.Achievement), goals.Select(g => g.GetProperty("achievement").GetDouble()));
            Assert.Equal(score.Goals.Select(g => g.OverallIfFullyAchieved), goals.Select(g => g.GetProperty("overallIfFullyAchieved").GetDouble()));
        }
    }

    [Fact]
    public void Score_Json_ReactionIsCamelCaseOrNull_InfinityIsNull()
    {
        var result = CliRunner.Run("score", CliRunner.Example("demo.json"), "--json");

        var scores = JsonDocument.Parse(result.Output).RootElement.GetProperty("scores").EnumerateArray().ToList();
        var reactions = scores.Select(s => s.GetProperty("reaction")).Select(r => r.ValueKind == JsonValueKind.Null ? null : r.GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "tooCheap", "bargain", "fair", "grumble", "tooExpensive", null }, reactions);
        Assert.Contains(null, reactions);
        Assert.Contains("tooExpensive", reactions);
        Assert.Contains(scores, s => s.GetProperty("effectivePrice").ValueKind == JsonValueKind.Null && s.GetProperty("value").GetDouble() == 0);
    }

    [Fact]
    public void Score_Text_PrintsATableRowPerPair()
    {
        var result = CliRunner.Run("score", CliRunner.Example("acme.json"));

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("overall", lines[0], StringComparison.Ordinal);
        Assert.Contains("acme", lines[1], StringComparison.Ordinal);
        Assert.Contains("0.611", lines[1], StringComparison.Ordinal);
        Assert.Contains("fair", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_Json_TopK_IsTheBestKInOrder()
    {
        var result = CliRunner.Run("rank", CliRunner.Example("demo.json"), "--top", "2", "--json");

        Assert.Equal(0, result.ExitCode);
        var input = InputFile.Load(CliRunner.Example("demo.json"));
        var rankings = JsonDocument.Parse(result.Output).RootElement.GetProperty("rankings").EnumerateArray().ToList();
        Assert.Equal(input.Customers.Select(c => c.Id), rankings.Select(r => r.GetProperty("customerId").GetString()));
        foreach (var (json, customer) in rankings.Zip(input.Customers))
        {
            var expected = Scorer.Rank(customer, input.Solutions).Take(2).ToList();
            var solutions = json.GetProperty("solutions").EnumerateArray().ToList();
            Assert.Equal(expected.Select(s => s.SolutionId), solutions.Select(s => s.GetProperty("solutionId").GetString()));
            Assert.Equal(expected.Select(s => s.Overall), solutions.Select(s => s.GetProperty("overall").GetDouble()));
        }
    }

    [Fact]
    public void Rank_Text_ListsEverySolutionPerCustomer()
    {
        var result = CliRunner.Run("rank", CliRunner.Example("demo.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.Output.Split('\n').Count(l => l.StartsWith("Customer ", StringComparison.Ordinal)));
        Assert.Equal(3, result.Output.Split('\n').Count(l => l.TrimStart().StartsWith("5  ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("many")]
    public void Rank_BadTop_IsAUsageError(string top)
    {
        var result = CliRunner.Run("rank", CliRunner.Example("demo.json"), "--top", top);

        Assert.Equal(1, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public void Demo_RanksAndCoachesEveryBuiltInCustomer()
    {
        var result = CliRunner.Run("demo");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        foreach (var customer in new[] { "acme-logistics", "bloom-florists", "northwind-retail" })
        {
            Assert.Contains($"Customer {customer}", result.Output, StringComparison.Ordinal);
        }

        Assert.Equal(3, result.Output.Split('\n').Count(l => l.Contains("Coaching for ", StringComparison.Ordinal)));
        Assert.Contains("smiles at a price in [", result.Output, StringComparison.Ordinal);
        Assert.Contains("achieve '", result.Output, StringComparison.Ordinal);
    }

    private static void AssertNumberOrNull(double? expected, JsonElement actual)
    {
        if (expected is { } value)
        {
            Assert.Equal(value, actual.GetDouble());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, actual.ValueKind);
        }
    }
}
