using SolutionFit.Formats.Json;

namespace SolutionFit.Cli.Tests;

/// <summary>Library errors are located from their properties (never their messages) at the JSON path of the DTO member.</summary>
public sealed class JsonPathsTests
{
    private static readonly CliJsonContext Json = CliJsonContext.Instance;

    public static TheoryData<string, string, ArgumentException, string> Errors => new()
    {
        { "customer", "$.customers[2]", new InvalidInputException("goals", "Customer 'a' has more than one goal with id 'g'.", index: 1, itemId: "g"), "$.customers[2].goals[1]" },
        { "customer", "$.customers[2]", new InvalidInputException("goals", "Customer 'a' needs a goal."), "$.customers[2].goals" },
        { "customer", "$.customers[2]", new InvalidInputException("customer", "Unknown."), "$.customers[2]" },
        { "customer", "$.customers[2]", new InvalidInputException("goals", "Bad kind.", index: 0, field: "kind"), "$.customers[2].goals[0].kind" },
        { "goal", "$.customers[0].goals[3]", new InvalidInputException("importance", "Goal 'g' importance must be ..."), "$.customers[0].goals[3].importance" },
        { "goal", "$.customers[0].goals[3]", new ArgumentOutOfRangeException("kind", "Goal 'g' kind must be ..."), "$.customers[0].goals[3].kind" },
        { "solution", "$.solutions[1]", new InvalidInputException("achievements", "Achievement ...", itemId: "s", field: "g1"), "$.solutions[1].achievements.g1" },
        { "solution", "$.solutions[1]", new InvalidInputException("achievements", "Achievement ...", field: "a.b's"), "$.solutions[1].achievements['a.b\\'s']" },
        { "solution", "$.solutions[1]", new InvalidInputException("price", "Price ...", field: "nothing"), "$.solutions[1].price" },
        { "thresholds", "$.customers[0].priceThresholds", new InvalidInputException("cheap", "Strictly increasing ..."), "$.customers[0].priceThresholds.cheap" },
        { "ahp", "$", new InvalidInputException("matrix", "Not reciprocal ...", index: 2), "$.matrix[2]" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Locate_FollowsParamNameIndexAndField(string dto, string at, ArgumentException error, string expected)
    {
        System.Text.Json.Serialization.Metadata.JsonTypeInfo type = dto switch
        {
            "customer" => Json.CustomerDto,
            "goal" => Json.GoalDto,
            "solution" => Json.SolutionDto,
            "thresholds" => Json.PriceThresholdsDto,
            _ => Json.AhpInputDto,
        };

        Assert.Equal(expected, JsonPaths.Locate(at, type, error));
    }

    [Fact]
    public void At_IsNullWhenTheErrorNamesNoMemberOfTheDocument()
    {
        Assert.Equal("at $.labels[1]", JsonPaths.At(Json.AhpInputDto, new InvalidInputException("labels", "Duplicate label.", index: 1)));
        Assert.Null(JsonPaths.At(Json.AhpInputDto, new InvalidInputException("table", "Too large.")));
    }

    [Fact]
    public void InputException_Plain_UsesDetailOrTheMessagesFirstLineUnedited()
    {
        Assert.Equal("Goal 'g' importance is bad.", InputException.Plain(new InvalidInputException("importance", "Goal 'g' importance is bad.", index: 0)));
        Assert.Equal("Price thresholds must be strictly increasing. (Parameter 'cheap')", InputException.Plain(new ArgumentException("Price thresholds must be strictly increasing.", "cheap")));
        Assert.Equal("Kind must be known. (Parameter 'kind')", InputException.Plain(new ArgumentOutOfRangeException("kind", 7, "Kind must be known.")));
    }

    [Fact]
    public void CsvTable_Locate_NamesTheFileLineOfTheIndexedRow()
    {
        using var reader = new StringReader("respondent,feature\n\"r1\nstill r1\",f\nr2,f\n");
        var table = CsvTable.Read(reader, "answers.csv");

        Assert.Equal("line 4", table.Locate(new InvalidInputException("answers", "Twice.", index: 1), "answers"));
        Assert.Null(table.Locate(new InvalidInputException("answers", "Twice.", index: 2), "answers"));
        Assert.Null(table.Locate(new InvalidInputException("rule", "Unknown.", index: 0), "answers"));
        Assert.Null(table.Locate(new ArgumentException("Twice.", "answers"), "answers"));
    }

    [Fact]
    public void Kano_DuplicateAnswer_NamesTheLibrarysDetailWithoutTheParameterSuffix()
    {
        var path = CliRunner.TempFile("respondent,feature,functional,dysfunctional\nr1,f,1,5\nr1,f,2,5\n", ".csv");
        try
        {
            var result = CliRunner.Run("kano", path);

            Assert.Equal(2, result.ExitCode);
            Assert.DoesNotContain("(Parameter", result.Error, StringComparison.Ordinal);
            Assert.StartsWith($"solutionfit: {path}: ", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
