using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SolutionFit.Cli.Tests;

/// <summary><c>rank</c> on the compiled catalog: the same output as the scorer's full ranking, truncated to <c>--top</c>.</summary>
public sealed partial class RankCommandTests
{
    private static readonly SolutionFitScorer Scorer = new();

    [Theory]
    [InlineData("demo.json", false)]
    [InlineData("demo.json", true)]
    [InlineData("acme.json", false)]
    [InlineData("acme.json", true)]
    public void Rank_TopK_IsTheFirstKEntriesOfTheFullRanking(string example, bool json)
    {
        var path = CliRunner.Example(example);
        var count = InputFile.Load(path).Solutions.Count;
        string[] format = json ? ["--json"] : [];
        var full = Rankings(CliRunner.Run(["rank", path, .. format]), json);
        Assert.All(full, r => Assert.Equal(count, r.Entries.Length));

        for (var k = 1; k <= count + 1; k++)
        {
            var result = CliRunner.Run(["rank", path, "--top", k.ToString(CultureInfo.InvariantCulture), .. format]);

            Assert.Equal(0, result.ExitCode);
            Assert.Empty(result.Error);
            var top = Rankings(result, json);
            Assert.Equal(full.Select(r => r.Customer), top.Select(r => r.Customer));
            foreach (var (expected, actual) in full.Zip(top))
            {
                Assert.Equal(expected.Entries.Take(k), actual.Entries);
            }
        }
    }

    [Fact]
    public void Rank_TiesAndZeros_AreInTheScorersOrder()
    {
        const string Json = """
            {"customers":[
              {"id":"c1","goals":[{"id":"a","importance":0.9,"kind":"mustHave"},{"id":"b","importance":0.5},{"id":"nobody","importance":0.2,"kind":"delighter"}],
               "priceThresholds":{"tooCheap":2,"cheap":5,"expensive":20,"tooExpensive":40}},
              {"id":"c2","goals":[{"id":"b","importance":1}]}],
             "solutions":[
              {"id":"z","price":4,"effort":0.5,"enjoyment":0.5,"achievements":{"a":0.5,"b":0.5}},
              {"id":"n","price":4,"effort":0.5,"enjoyment":0.5,"achievements":{"b":0.9}},
              {"id":"y","price":4,"effort":0.5,"enjoyment":0.5,"achievements":{"a":0.5,"b":0.5}},
              {"id":"m","price":1,"effort":0.1,"enjoyment":0.9,"achievements":{"a":0,"b":1}},
              {"id":"x","price":4,"effort":0.5,"enjoyment":0.5,"achievements":{"b":0.5,"a":0.5}},
              {"id":"p","price":12,"effort":0.2,"enjoyment":0.8,"achievements":{"a":0.9,"b":0.7}}]}
            """;
        var path = CliRunner.TempFile(Json);
        var input = InputFile.Load(path);

        foreach (var top in new[] { "1", "3", "6" })
        {
            var result = CliRunner.Run("rank", path, "--top", top, "--json");

            Assert.Equal(0, result.ExitCode);
            var rankings = JsonDocument.Parse(result.Output).RootElement.GetProperty("rankings").EnumerateArray().ToList();
            foreach (var (json, customer) in rankings.Zip(input.Customers))
            {
                var expected = Scorer.Rank(customer, input.Solutions).Take(int.Parse(top, CultureInfo.InvariantCulture)).ToList();
                var solutions = json.GetProperty("solutions").EnumerateArray().ToList();
                Assert.Equal(expected.Select(s => s.SolutionId), solutions.Select(s => s.GetProperty("solutionId").GetString()));
                Assert.Equal(expected.Select(s => s.Overall), solutions.Select(s => s.GetProperty("overall").GetDouble()));
                Assert.Equal(expected.Select(s => JsonOutput.ReactionName(s.Reaction)), solutions.Select(s => s.GetProperty("reaction").GetString()));
            }
        }

        // Ties above zero and at zero, listed out of id order: the test covers the tie-break.
        Assert.Equal(["p", "x", "y", "z", "m", "n"], Scorer.Rank(input.Customers[0], input.Solutions).Select(s => s.SolutionId));
        Assert.Equal(["m", "n", "p", "x", "y", "z"], Scorer.Rank(input.Customers[1], input.Solutions).Select(s => s.SolutionId));
    }

    /// <summary>Each customer's ranking as printed: JSON solution objects verbatim, or table rows as their cells.</summary>
    private static List<(string Customer, string[] Entries)> Rankings(CliResult result, bool json)
    {
        Assert.Equal(0, result.ExitCode);
        if (json)
        {
            return [.. JsonDocument.Parse(result.Output).RootElement.GetProperty("rankings").EnumerateArray().Select(r => (
                r.GetProperty("customerId").GetString()!,
                r.GetProperty("solutions").EnumerateArray().Select(s => s.GetRawText()).ToArray()))];
        }

        var rankings = new List<(string, string[])>();
        foreach (var block in result.Output.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("Customer ", lines[0], StringComparison.Ordinal);
            Assert.StartsWith("#", lines[1].TrimStart(), StringComparison.Ordinal);
            rankings.Add((lines[0], [.. lines.Skip(2).Select(l => string.Join("|", TableGap().Split(l.Trim())))]));
        }

        return rankings;
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex TableGap();
}
