using System.Text.Json;
using System.Text.Json.Nodes;

namespace SolutionFit.Cli.Tests;

/// <summary><c>learn</c> end to end: the reference cases through the JSON output, the summary, and bad input.</summary>
public sealed class LearnCommandTests
{
    public static TheoryData<string> Cases => new() { "learn_basic", "learn_weighted" };

    private static string Reference(string name) => Path.Combine(AppContext.BaseDirectory, "Reference", "learn", name);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_AgreesWithR_OnEveryNumber(string name)
    {
        var result = CliRunner.Run("learn", Reference(name + ".json"), "--json");
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var actual = JsonNode.Parse(result.Output)!;
        var expected = JsonNode.Parse(File.ReadAllText(Reference(name + ".expected.json")))!;

        Compare(expected["reactions"]!, actual["reactions"]!, "reactions");
        Compare(expected["wins"]!, actual["wins"]!, "wins");
        Compare(expected["choices"]!, actual["choices"]!, "choices");
        Assert.Equal(0.0, actual["wins"]!["ridge"]!.GetValue<double>());
        Assert.Equal(["reactions", "wins", "choices"], actual.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Json_HasOnlyTheSectionsTheFileHasDataFor_AndTheRidge()
    {
        var document = JsonNode.Parse(File.ReadAllText(CliRunner.Example("outcomes.json")))!.AsObject();
        document.Remove("choices");
        foreach (var outcome in document["outcomes"]!.AsArray())
        {
            outcome!.AsObject().Remove("reaction");
        }

        var result = CliRunner.Run("learn", CliRunner.TempFile(document.ToJsonString()), "--json", "--ridge", "2.5");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var actual = JsonNode.Parse(result.Output)!.AsObject();
        Assert.Equal(["wins"], actual.Select(p => p.Key));
        Assert.Equal(2.5, actual["wins"]!["ridge"]!.GetValue<double>());
    }

    [Fact]
    public void Text_ShowsLearnedThresholdsBesideTheSurveys_TheWinFactorsAndTheScale()
    {
        var result = CliRunner.Run("learn", CliRunner.Example("outcomes.json"));

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var lines = result.Output.Split('\n');
        Assert.Contains("Price reactions: 288 observations (112 left out: no value or a price of 0), tooCheap < bargain < fair < grumble < tooExpensive", lines);
        Assert.Contains("  threshold (effective price)  learned   survey median of 32 customers", lines);
        Assert.Contains(lines, l => l.StartsWith("  too cheap ", StringComparison.Ordinal) && l.Contains("20.68", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  goal fit ", StringComparison.Ordinal) && l.Contains("4.050", StringComparison.Ordinal) && l.Contains("0.514", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  scale ", StringComparison.Ordinal) && l.Contains("6.232 ± 1.046", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"customer":"nobody","solution":"s0","won":true}""", "$.outcomes[0].customer: no customer 'nobody' in the file.")]
    [InlineData("""{"customer":"c0","solution":"s999","won":true}""", "$.outcomes[0].solution: no solution 's999' in the file.")]
    [InlineData("""{"customer":"c0","solution":"s0"}""", "$.outcomes[0]: the outcome has neither \"reaction\" nor \"won\".")]
    [InlineData("""{"customer":"c0","solution":"s0","won":true,"weight":0}""", "$.outcomes[0].weight (customer 'c0', solution 's0'): The observation's weight must be a finite number > 0, but is 0.")]
    [InlineData("""{"customer":"c0","solution":"s0","won":true,"price":-1}""", "$.outcomes[0].price (solution 's0'): ")]
    [InlineData("""{"customer":"c0","solution":"s0","reaction":"meh"}""", "$.outcomes[0].reaction")]
    public void BadOutcome_IsOneLineNamingWhere_ExitTwo(string outcome, string expected)
    {
        var result = RunWith($"[{outcome}]", choices: null);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"customer":"c0","offered":[{"solution":"s0"}],"chosen":"s1"}""", "$.choices[0].chosen: 's1' is not one of the solutions offered.")]
    [InlineData("""{"customer":"c0","offered":[],"chosen":null}""", "$.choices[0] (customer 'c0'): A decision needs at least one offered solution.")]
    [InlineData("""{"customer":"c0","offered":[{"solution":"s0","price":-5}],"chosen":null}""", "$.choices[0].offered[0].price (solution 's0'): ")]
    [InlineData("""{"customer":"c0","offered":[{"solution":"s0"}]}""", "$.choices[0]")]
    [InlineData("""{"customer":"c0","offered":[{"solution":"s0"},{"solution":"s1"},{"solution":"s0","price":3}],"chosen":"s0"}""", "$.choices[0].offered[2].solution: 's0' is offered more than once in this decision")]
    public void BadChoice_IsOneLineNamingWhere_ExitTwo(string choice, string expected)
    {
        var result = RunWith(outcomes: null, $"[{choice}]");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DataThatCannotIdentifyAModel_IsOneLine_ExitTwo()
    {
        var nothing = RunWith(outcomes: null, choices: null);
        Assert.Contains("nothing to learn from", nothing.Error, StringComparison.Ordinal);

        var empty = RunWith("[]", "[]");
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("nothing to learn from", empty.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, empty.Output);

        var allWon = RunWith("""[{"customer":"c0","solution":"s0","won":true},{"customer":"c1","solution":"s1","won":true}]""", choices: null);
        Assert.Equal(2, allWon.ExitCode);
        Assert.Contains("$.outcomes (won): The win model needs both won and lost deals; all 2 were won.", allWon.Error, StringComparison.Ordinal);

        var oneReaction = RunWith("""[{"customer":"c0","solution":"s0","reaction":"fair"}]""", choices: null);
        Assert.Equal(2, oneReaction.ExitCode);
        Assert.Contains("$.outcomes (reactions): At least two different reactions", oneReaction.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0,5")]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("1e999")]
    public void Ridge_TakesOneInvariantNumberOfAtLeastZero(string ridge)
    {
        var result = CliRunner.Run("learn", CliRunner.Example("outcomes.json"), "--ridge", ridge);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--ridge takes one number of at least 0, such as 0.5.", result.Error, StringComparison.Ordinal);
    }

    private static CliResult RunWith(string? outcomes, string? choices)
    {
        var document = JsonNode.Parse(File.ReadAllText(CliRunner.Example("outcomes.json")))!.AsObject();
        document.Remove("outcomes");
        document.Remove("choices");
        if (outcomes is not null)
        {
            document["outcomes"] = JsonNode.Parse(outcomes);
        }

        if (choices is not null)
        {
            document["choices"] = JsonNode.Parse(choices);
        }

        return CliRunner.Run("learn", CliRunner.TempFile(document.ToJsonString()));
    }

    /// <summary>Every number of <paramref name="expected"/> at its tolerance: log-likelihoods and deviance 1e-8, standard errors 1e-4, the rest 1e-6.</summary>
    private static void Compare(JsonNode expected, JsonNode actual, string path)
    {
        switch (expected)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    Compare(value!, actual[key] ?? throw new Xunit.Sdk.XunitException($"{path}.{key} is missing"), $"{path}.{key}");
                }

                break;
            case JsonArray a:
                Assert.Equal(a.Count, actual.AsArray().Count);
                for (var i = 0; i < a.Count; i++)
                {
                    Compare(a[i]!, actual[i]!, $"{path}[{i}]");
                }

                break;
            default:
                if (expected.GetValueKind() == JsonValueKind.String)
                {
                    Assert.Equal(expected.GetValue<string>(), actual.GetValue<string>());
                    break;
                }

                var (e, x) = (expected.GetValue<double>(), actual.GetValue<double>());
                var tolerance = path.Contains("standardErrors", StringComparison.Ordinal) ? 1e-4
                    : path.EndsWith("logLikelihood", StringComparison.Ordinal) || path.EndsWith("deviance", StringComparison.Ordinal) ? 1e-8
                    : 1e-6;
                Assert.True(Math.Abs(x - e) <= tolerance * Math.Abs(e), $"{path}: expected {e:R}, got {x:R}");
                break;
        }
    }
}
