using System.Text.Json;

namespace SolutionFit.Cli.Tests;

public sealed class SurveyAndRankingCommandTests
{
    private static JsonElement Json(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    private static CliResult RunOn(string command, string content, string extension, params string[] args)
    {
        var path = CliRunner.TempFile(content, extension);
        try
        {
            return CliRunner.Run([command, path, .. args]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // mcda_hand_3x2 of the reference data (Opricovic and Tzeng 2004).
    private const string Hand = """
        {"alternatives":["A1","A2","A3"],"criteria":["risk","return"],"types":["cost","benefit"],
         "matrix":[[1,3000],[2,3750],[5,4500]],"weights":[0.5,0.5]}
        """;

    [Fact]
    public void Mcda_Topsis_MatchesTheReference()
    {
        var json = Json(RunOn("mcda", Hand, ".json", "--method", "topsis", "--json"));

        var scores = json.GetProperty("scores").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(0.7621405801238009, scores[0], 12);
        Assert.Equal(0.23785941987619905, scores[2], 12);
        Assert.Equal([1, 2, 3], json.GetProperty("ranks").GetProperty("ordinal").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([2.5, 1, 2.5], Json(RunOn("mcda", Hand, ".json", "--method", "topsis", "--normalization", "minmax", "--json")).GetProperty("ranks").GetProperty("average").EnumerateArray().Select(e => e.GetDouble()));
    }

    [Fact]
    public void Mcda_VikorAndPromethee_AddTheirFields()
    {
        var vikor = Json(RunOn("mcda", Hand, ".json", "--method", "vikor", "--json"));
        var promethee = Json(RunOn("mcda", Hand, ".json", "--method", "promethee", "--json"));

        Assert.Equal([1.0, 0, 1], vikor.GetProperty("q").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal([0.5, 0.375, 0.5], vikor.GetProperty("s").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(["A2"], vikor.GetProperty("compromise").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([0.5, 0.5, 0.5], promethee.GetProperty("phiPlus").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal([0.0, 0, 0], promethee.GetProperty("scores").EnumerateArray().Select(e => e.GetDouble()));
    }

    [Fact]
    public void Mcda_VikorText_SaysWhichCompromiseConditionsHold()
    {
        var result = CliRunner.Run("mcda", CliRunner.Example("mcda.json"), "--method", "vikor");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  compromise: business, team (acceptable advantage: no, acceptable stability: yes)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Mcda_ExampleWithTarget_PrintsATable()
    {
        var result = CliRunner.Run("mcda", CliRunner.Example("mcda.json"), "--method", "wsm");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("WeightedSum (LinearMax normalisation)", result.Output, StringComparison.Ordinal);
        Assert.Contains("starter", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ahp_Json_MatchesTheConsistentMatrix()
    {
        var json = Json(RunOn("ahp", """{"labels":["a","b","c"],"matrix":[[1,2,4],[0.5,1,2],[0.25,0.5,1]]}""", ".json", "--json", "--random-index", "tummala-ling", "--priority", "geometric-mean"));

        Assert.Equal(4.0 / 7, json.GetProperty("weights")[0].GetDouble(), 12);
        Assert.Equal(3.0, json.GetProperty("lambdaMax").GetDouble(), 12);
        Assert.Equal(0.0, json.GetProperty("consistencyRatio").GetDouble(), 12);
        Assert.True(json.GetProperty("consistent").GetBoolean());
    }

    [Fact]
    public void Kano_Json_ClassifiesTheExample()
    {
        var json = Json(CliRunner.Run("kano", CliRunner.Example("kano.csv"), "--json"));

        var features = json.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(["M", "O", "A", "I"], features.Select(f => f.GetProperty("category").GetString()));
        Assert.Equal(13, features[0].GetProperty("counts").GetProperty("M").GetInt32());
        Assert.Equal(0.6666666666666666, features[1].GetProperty("better").GetDouble());
    }

    [Fact]
    public void Odi_Json_ScoresTheExampleExactly()
    {
        var json = Json(CliRunner.Run("odi", CliRunner.Example("odi.csv"), "--json"));

        var first = json.GetProperty("outcomes")[0];
        Assert.Equal(("min_time_to_onboard_users", 15.2, "excellent"), (first.GetProperty("outcome").GetString(), first.GetProperty("opportunity").GetDouble(), first.GetProperty("band").GetString()));
        Assert.Equal("veryGood", json.GetProperty("outcomes")[3].GetProperty("band").GetString());
    }

    public static TheoryData<string, string, string, string[], string> BadInputs => new()
    {
        { "mcda", "{", ".json", ["--method", "wsm"], "not valid JSON" },
        { "mcda", """{"alternatives":["a"],"criteria":["c"],"types":["better"],"matrix":[[1]],"weights":[1]}""", ".json", ["--method", "wsm"], "at $.types[0] (line 1): expected \"benefit\", \"cost\" or {\"target\": x}" },
        { "mcda", """{"alternatives":["a"],"criteria":["c"],"types":["cost"],"matrix":[["x"]],"weights":[1]}""", ".json", ["--method", "wsm"], "at $.matrix[0][0] (line 1): expected a number" },
        { "mcda", """{"alternatives":["a"],"criteria":["c"],"types":["cost"],"matrix":[[1]],"weights":[-1]}""", ".json", ["--method", "wsm"], "The weight of criterion 'c' must be a finite number >= 0" },
        { "mcda", """{"alternatives":["a"],"criteria":["c"],"types":["cost"],"matrix":[[-1]],"weights":[1]}""", ".json", ["--method", "wsm"], "alternative 'a' has -1" },
        { "mcda", """{"criteria":["c"],"types":["cost"],"matrix":[[1]],"weights":[1]}""", ".json", ["--method", "wsm"], "at $ (line 1): expected an object with the required properties 'alternatives', 'criteria', 'types', 'matrix' and 'weights'" },
        { "mcda", """{"alternatives":["a"],"criteria":["c"],"types":[{"target":"x"}],"matrix":[[1]],"weights":[1]}""", ".json", ["--method", "wsm"], "at $.types[0] (line 1): expected \"benefit\", \"cost\" or {\"target\": x}" },
        { "mcda", """{"alternatives":["a"],"criteria":["c","d"],"types":["cost"],"matrix":[[1,2]],"weights":[1,1]}""", ".json", ["--method", "wsm"], "at $.types: 1 type(s) for 2 criteria." },
        { "mcda", """{"alternatives":["a"],"criteria":["c","d"],"types":["cost","benefit"],"matrix":[[1,2]],"weights":[1,-1]}""", ".json", ["--method", "wsm"], "at $.weights[1]: The weight of criterion 'd' must be a finite number >= 0, but is -1." },
        { "mcda", """{"alternatives":["a","b"],"criteria":["c","d"],"types":["benefit","cost"],"matrix":[[1,2],[3,-4]],"weights":[1,1]}""", ".json", ["--method", "wsm"], "at $.matrix[1][1]: The LinearMax normalisation divides by the values, so criterion 'd' needs values > 0, but alternative 'b' has -4" },
        { "mcda", """{"alternatives":["a","a"],"criteria":["c"],"types":["cost"],"matrix":[[1],[2]],"weights":[1]}""", ".json", ["--method", "wsm"], "at $.alternatives[1]: The alternative 'a' appears more than once" },
        { "mcda", """{"alternatives":["a","b"],"criteria":["c"],"types":["cost"],"matrix":[[1],[2,3]],"weights":[1]}""", ".json", ["--method", "topsis"], "at $.matrix[1]: Alternative 'b' has 2 value(s) but there are 1 criteria." },
        { "ahp", """{"labels":["a","b"],"matrix":[[1,2],[2,1]]}""", ".json", [], "must be reciprocal" },
        { "ahp", """{"labels":["a"],"matrix":[[1,2]]}""", ".json", [], "must be square" },
        { "ahp", """{"labels":["a","b"],"matrix":[[1,-2],[0.5,1]]}""", ".json", [], "at $.matrix[0][1]: Entry ('a', 'b') must be a finite number > 0, but is -2." },
        { "ahp", """{"labels":["a","b"],"matrix":[[1,2],[0.5,1,3]]}""", ".json", [], "at $.matrix[1]: The matrix must be square" },
        { "ahp", """{"labels":["a","b"],"matrix":[[1,"x"],[0.5,1]]}""", ".json", [], "at $.matrix[0][1] (line 1): expected a number." },
        { "ahp", """{"labels":["a","b"]}""", ".json", [], "at $ (line 1): expected an object with the required properties 'labels' and 'matrix'." },
        { "kano", "respondent,feature,functional,dysfunctional\nr1,f,like,5\n", ".csv", [], "line 2, column 'functional': 'like' is not a whole number" },
        { "kano", "respondent,feature,functional\nr1,f,1\n", ".csv", [], "the required column 'dysfunctional' is missing" },
        { "kano", "respondent,feature,functional,dysfunctional\nr1,f,1,5\nr1,f,2,5\n", ".csv", [], "Respondent 'r1' answers feature 'f' more than once" },
        { "kano", "respondent,feature,functional,dysfunctional\nr1,f,1,5\nr2,f,1,5\nr1,f,2,5\n", ".csv", [], ": line 4: Respondent 'r1' answers feature 'f' more than once" },
        { "odi", "respondent,outcome,importance,satisfaction\nr1,,4,2\n", ".csv", [], "line 2, column 'outcome': the value is missing" },
        { "odi", "respondent,outcome,importance,satisfaction\nr1,o,4.5,2\n", ".csv", [], "'4.5' is not a whole number" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInput_OneClearLineAndExitCode2(string command, string content, string extension, string[] args, string problem)
    {
        var result = RunOn(command, content, extension, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(problem, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Mcda_WithoutMethod_IsAUsageError() => Assert.Equal(1, RunOn("mcda", Hand, ".json").ExitCode);
}
