namespace SolutionFit.Cli.Tests;

/// <summary>A bad input file gives one line on stderr naming the file and the problem, exit code 2, and no stack trace.</summary>
public sealed class BadInputTests
{
    private const string Goal = """{"id":"g","importance":0.5}""";

    public static TheoryData<string, string> BadFiles => new()
    {
        { "{\"customers\":[", "at $.customers[0]" },
        { "not json", "at $ (line 1)" },
        { "null", "the document is null" },
        { "{\"customers\":[]}", "at $ (line 1): expected an object with the required properties 'customers' and 'solutions'" },
        { """{"customers":[{"id":"a","goals":[{"id":"g","importance":"high"}]}],"solutions":[]}""", "at $.customers[0].goals[0].importance" },
        { """{"customers":[{"id":"a","goals":[{"id":"g","importance":1.5}]}],"solutions":[]}""", "$.customers[0].goals[0].importance (customer 'a'): Goal 'g' importance must be a finite number in [0, 1], but is 1.5." },
        { """{"customers":[{"id":"a","goals":[{"id":"g","importance":0.5,"kind":"must"}]}],"solutions":[]}""", "at $.customers[0].goals[0].kind" },
        { """{"customers":[{"id":"a","goals":[null]}],"solutions":[]}""", "$.customers[0].goals[0] is null" },
        { """{"customers":[null],"solutions":[]}""", "$.customers[0] is null" },
        { """{"customers":[{"id":null,"goals":[]}],"solutions":[]}""", "at $.customers[0].id" },
        { """{"customers":[{"id":"a","goals":[]}],"solutions":[]}""", "customer 'a'): Customer 'a' needs at least one goal with importance > 0" },
        { """{"customers":[{"id":"a","goals":[{"id":"g","importance":0.5,"extra":1}]}],"solutions":[]}""", "at $.customers[0].goals[0].extra" },
        { $$$"""{"customers":[{"id":"a","goals":[{{{Goal}}},{{{Goal}}}]}],"solutions":[]}""", "more than one goal with id 'g'" },
        { $$$"""{"customers":[{"id":"a","goals":[{{{Goal}}}]},{"id":"a","goals":[{{{Goal}}}]}],"solutions":[]}""", "$.customers[1] (customer 'a'): another customer has the same id" },
        { $$$"""{"customers":[{"id":"a","goals":[{{{Goal}}}],"priceThresholds":{"tooCheap":5,"cheap":4,"expensive":6,"tooExpensive":7}}],"solutions":[]}""", "strictly increasing" },
        { $$$"""{"customers":[{"id":"a","goals":[{{{Goal}}}],"priceThresholds":{"tooCheap":5,"cheap":6}}],"solutions":[]}""", "at $.customers[0].priceThresholds" },
        { """{"customers":[],"solutions":[{"id":"s","price":-1,"effort":0,"enjoyment":0,"achievements":{}}]}""", "$.solutions[0].price (solution 's'): Solution 's' price must be a finite number >= 0, but is -1." },
        { """{"customers":[],"solutions":[{"id":"s","effort":0,"enjoyment":0,"achievements":{}}]}""", "'price'" },
        { """{"customers":[],"solutions":[{"id":"s","price":1,"effort":0,"enjoyment":0,"achievements":{"g":2}}]}""", "achievement of goal 'g' must be a finite number in [0, 1], but is 2." },
        { """{"customers":[],"solutions":[{"id":"s","price":1,"effort":"NaN","enjoyment":0,"achievements":{}}]}""", "at $.solutions[0].effort" },
        { """{"customers":[],"solutions":[{"id":"s","price":1,"effort":0,"enjoyment":0,"achievements":{}},{"id":"s","price":1,"effort":0,"enjoyment":0,"achievements":{}}]}""", "$.solutions[1] (solution 's'): another solution has the same id" },

        // What the DTO expects where the reader stopped, from the serializer's metadata.
        { """{"customers":[{"id":"a","goals":[{"id":"g","importance":0.5,"kind":"must"}]}],"solutions":[]}""", "at $.customers[0].goals[0].kind (line 1): expected one of 'performance', 'mustHave' or 'delighter'." },
        { """{"customers":[{"id":"a","goals":[{"id":"g","importance":0.5,"extra":1}]}],"solutions":[]}""", "at $.customers[0].goals[0].extra (line 1): unknown property 'extra'; expected an object with the required properties 'id' and 'importance' (optional: 'description', 'kind', 'currentSatisfaction')." },
        { """{"customers":5,"solutions":[]}""", "at $.customers (line 1): expected an array of objects with the required properties 'id' and 'goals' (optional: 'priceThresholds')." },
        { """{"customers":[],"solutions":[{"id":"s","price":1,"effort":0,"enjoyment":0,"achievements":{"g.h":"x"}}]}""", "at $.solutions[0].achievements['g.h'] (line 1): expected a number." },
        { "{\n  \"customers\": [\n    {\"id\": \"a\", \"goals\": [{\"id\": \"g\", \"importance\": true}]}\n  ],\n  \"solutions\": []\n}", "at $.customers[0].goals[0].importance (line 3): expected a number." },

        // Library errors at the path of the member their ParamName (and Index, Field) name.
        { $$$"""{"customers":[{"id":"a","goals":[{{{Goal}}}],"priceThresholds":{"tooCheap":5,"cheap":4,"expensive":6,"tooExpensive":7}}],"solutions":[]}""", "$.customers[0].priceThresholds.cheap (customer 'a'): Price thresholds must be strictly increasing" },
        { """{"customers":[{"id":"a","goals":[{"id":"g","importance":0.5},{"id":"h","importance":0.5,"currentSatisfaction":-1}]}],"solutions":[]}""", "$.customers[0].goals[1].currentSatisfaction (customer 'a'): Goal 'h' current satisfaction must be" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void ScoreAndRank_BadFile_OneClearLineAndExitCode2(string json, string problem)
    {
        var path = CliRunner.TempFile(json);
        try
        {
            foreach (var command in new[] { "score", "rank" })
            {
                var result = CliRunner.Run(command, path, "--json");

                Assert.Equal(2, result.ExitCode);
                Assert.Empty(result.Output);
                var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Assert.StartsWith($"solutionfit: {path}: ", line, StringComparison.Ordinal);
                Assert.Contains(problem, line, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Score_MissingFile_NamesItAndExitsWith2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"solutionfit-missing-{Guid.NewGuid():N}.json");

        var result = CliRunner.Run("score", path);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"solutionfit: {path}: cannot read the file", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoFileArgument_IsAUsageError()
    {
        var result = CliRunner.Run("score");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("solutionfit: Required argument missing for command: 'score'. See 'solutionfit score --help'.", result.Error.TrimEnd());
        Assert.Empty(result.Output);
    }

    [Fact]
    public void UsageError_UnknownChoice_ListsTheChoicesOnTheLine()
    {
        var result = CliRunner.Run("psm", "x", "--method", "foo");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("solutionfit: Argument 'foo' not recognized. Must be one of: 'interpolated' 'classic' See 'solutionfit psm --help'.", result.Error.TrimEnd());
    }

    [Theory]
    [InlineData("score", "x", "--bo\ngus")]
    [InlineData("sc\u001Bore")]
    [InlineData("psm", "x", "--method", "cl\r\nassic")]
    public void UsageError_RawTokens_AreOneEscapedLineOfBoundedLength(params string[] args)
    {
        var longToken = new string('x', 5_000);

        foreach (var command in new[] { args, [.. args, longToken] })
        {
            var result = CliRunner.Run(command);

            Assert.Equal(1, result.ExitCode);
            var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("solutionfit: ", line, StringComparison.Ordinal);
            Assert.EndsWith("--help'.", line.TrimEnd('\r'), StringComparison.Ordinal);
            Assert.DoesNotContain(line, c => char.IsControl(c) && c != '\r');
            Assert.True(line.Length < 500, $"{line.Length} characters");
        }
    }
}
