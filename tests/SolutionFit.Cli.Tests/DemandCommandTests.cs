using System.Text.Json;
using FsCheck.Xunit;

namespace SolutionFit.Cli.Tests;

public sealed class DemandCommandTests
{
    private static CliResult RunOn(string csv, params string[] args)
    {
        var path = CliRunner.TempFile(csv, ".csv");
        try
        {
            return CliRunner.Run(["demand", path, .. args]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static JsonElement Json(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(string.Empty, result.Error);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    /// <summary>The single line of a bad input's error, after checking the exit code 2 and that nothing else is written.</summary>
    private static string OneLine(CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var line = Assert.Single(result.Error.Split('\n'), l => l.Length > 0);
        Assert.Equal(line + Environment.NewLine, result.Error);
        Assert.StartsWith("solutionfit: ", line, StringComparison.Ordinal);
        return line;
    }

    [Theory]
    [InlineData("dart54")]
    [InlineData("segments300")]
    [InlineData("dirty120")]
    public void Demand_JsonOfReferenceCase_AgreesWithinTolerances(string name)
    {
        var expected = DemandReference.Expected(name);
        var actual = Json(CliRunner.Run(["demand", DemandReference.Csv(name), .. DemandReference.Args(expected), "--json"]));
        DemandReference.AssertAgrees(expected, actual);
    }

    [Theory]
    [InlineData("bad_cell_yes", "line 4, column '10': 'yes' is not 0, 1 or empty")]
    [InlineData("bad_dup_price", "columns 3 '20' and 4 '20' are the same price 20")]
    public void Demand_ReferenceErrorCase_ExitsTwoWithOneLine(string name, string says)
    {
        var expected = DemandReference.Expected(name).GetProperty("error");
        var result = CliRunner.Run(["demand", DemandReference.Csv(name), "--json"]);
        Assert.Equal(expected.GetProperty("exitCode").GetInt32(), result.ExitCode);
        Assert.Contains(says, OneLine(result), StringComparison.Ordinal);
    }

    public static TheoryData<string, string[], string> BadFiles => new()
    {
        { "id,10,20\n1,1,0\n2,y,0\n", [], "line 3, column '10': 'y' is not 0, 1 or empty" },
        { "id,10,20\n1,1,0\n2,1,-1\n", [], "line 3, column '20': '-1' is not 0, 1 or empty" },
        { "id,10,Infinity\n1,1,0\n", [], "column 3 'Infinity': a price column's header must be a positive finite number" },
        { "id,-20,10\n1,1,0\n", [], "column 2 '-20': a price column's header must be a positive finite number" },
        { "id,twenty,10\n1,1,0\n", [], "column 2 'twenty': a price column's header must be a positive finite number" },
        { "id,10,10.0\n1,1,0\n", [], "columns 2 '10' and 3 '10.0' are the same price 10" },
        { "id,1e1,10\n1,1,0\n", [], "columns 2 '1e1' and 3 '10' are the same price 10" },
        { "id,segment\n1,a\n", ["--segment-column", "segment"], "there is no price column" },
        { "id,10\n1,1\n", ["--weight-column", "w"], "the required column 'w' is missing" },
        { "id,10\n1,1\n", ["--segment-column", "seg"], "the required column 'seg' is missing" },
        { "id,w,10\n1,1,1\n2,-0.5,1\n", ["--weight-column", "w"], "line 3, column 'w': the weight '-0.5' is not a finite number at least 0." },
        { "id,w,10\n1,Infinity,1\n", ["--weight-column", "w"], "line 2, column 'w': the weight 'Infinity' is not a finite number at least 0." },
        { "id,w,10\n1,NaN,1\n", ["--weight-column", "w"], "line 2, column 'w': the weight 'NaN' is not a finite number at least 0." },
        { "id,w,10\n1,,1\n", ["--weight-column", "w"], "line 2, column 'w': the weight is missing." },
        { "id,10,20\n", [], "the file has no respondent." },
        { "", [], "the file is empty" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Demand_BadFile_ExitsTwoWithOneLineNamingWhere(string csv, string[] args, string says)
    {
        Assert.Contains(says, OneLine(RunOn(csv, args)), StringComparison.Ordinal);
        Assert.Contains(says, OneLine(RunOn(csv, [.. args, "--json"])), StringComparison.Ordinal);
    }

    [Fact]
    public void Demand_MissingFile_ExitsTwoWithOneLine() =>
        Assert.Contains("cannot read the file", OneLine(CliRunner.Run("demand", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.csv"))), StringComparison.Ordinal);

    [Fact]
    public void Demand_ChartOfOtherExtension_ExitsTwoWithOneLine() =>
        Assert.Contains("name the file .svg or .png", OneLine(CliRunner.Run("demand", DemandReference.Csv("dart54"), "--chart", "demand.pdf")), StringComparison.Ordinal);

    [Fact]
    public void Demand_MoreRowsThanTheLimit_ExitsTwoNamingTheOption() =>
        Assert.Contains("--max-rows", OneLine(CliRunner.Run("demand", DemandReference.Csv("dart54"), "--max-rows", "10")), StringComparison.Ordinal);

    [Fact]
    public void Demand_Json_EveryKeyPresentWithNullsWhereUndefined()
    {
        // Everyone said yes to the one price asked: no model; 20 and 30 are determined for nobody.
        var json = Json(RunOn("id,10,20,30\n1,1,,\n2,1,,\n", "--json"));
        Assert.Equal(["respondents", "segments"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["inFile", "used", "inconsistent", "noAnswer"], json.GetProperty("respondents").EnumerateObject().Select(p => p.Name));
        var all = Assert.Single(json.GetProperty("segments").EnumerateArray());
        Assert.Equal(["segment", "weight", "prices", "revenueOptimalPrice", "model"], all.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, all.GetProperty("model").ValueKind);
        Assert.Equal(10.0, all.GetProperty("revenueOptimalPrice").GetDouble());
        foreach (var price in all.GetProperty("prices").EnumerateArray())
        {
            Assert.Equal(["price", "demand", "determinedWeight", "revenue", "elasticity", "arcElasticity"], price.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Null, price.GetProperty("elasticity").ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, all.GetProperty("prices")[2].GetProperty("demand").ValueKind);
        Assert.Equal(JsonValueKind.Null, all.GetProperty("prices")[2].GetProperty("revenue").ValueKind);
    }

    [Fact]
    public void Demand_ShapeAtMostOne_ModelWithoutContinuousOptimum()
    {
        // Willingness to pay spread over decades: a shallow curve, revenue grows with the price.
        var rows = string.Concat(Enumerable.Range(0, 12).Select(i => $"{i},{(i < 10 ? 1 : 0)},{(i < 8 ? 1 : 0)},{(i < 6 ? 1 : 0)},{(i < 4 ? 1 : 0)}\n"));
        var model = Json(RunOn("id,1,10,100,1000\n" + rows, "--json")).GetProperty("segments")[0].GetProperty("model");
        Assert.True(model.GetProperty("shape").GetDouble() <= 1.0, model.ToString());
        Assert.All(["revenueOptimalPrice", "demandAtOptimum", "revenueAtOptimum"], k => Assert.Equal(JsonValueKind.Null, model.GetProperty(k).ValueKind));
    }

    [Fact]
    public void Demand_ShuffledPriceColumnsAndGaps_SameAnswerAsOrderedColumns()
    {
        var ordered = RunOn("id,seg,10,20,30,40\n1,a,1,1,0,0\n2,b,1,,0,\n3,a,,1,,0\n4,b,0,,,\n5,a,1,1,1,1\n6,b,,,1,\n7,a,1,0,1,\n", "--segment-column", "seg", "--json");
        var shuffled = RunOn("40,seg,20.0,id,10,3e1\n0,a,1,1,1,0\n,b,,2,1,0\n0,a,1,3,,\n,b,,4,0,\n1,a,1,5,1,1\n,b,,6,,1\n,a,0,7,1,1\n", "--segment-column", "seg", "--json");
        Assert.Equal(Json(ordered).ToString(), Json(shuffled).ToString());
        Assert.Equal(1, Json(ordered).GetProperty("respondents").GetProperty("inconsistent").GetInt64());
    }

    [Fact]
    public void Demand_WeightTwo_SameAsTheRowTwice()
    {
        var weighted = Json(RunOn("id,w,10,20,30\n1,2,1,1,0\n2,1,1,0,0\n3,1,0,0,0\n4,1,1,1,1\n", "--weight-column", "w", "--json"));
        var twice = Json(RunOn("id,10,20,30\n1,1,1,0\n1b,1,1,0\n2,1,0,0\n3,0,0,0\n4,1,1,1\n", "--json"));
        Assert.Equal(weighted.GetProperty("segments").ToString(), twice.GetProperty("segments").ToString());
    }

    [Fact]
    public void Demand_Text_Dart54()
    {
        var result = CliRunner.Run("demand", DemandReference.Csv("dart54"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            """
            Gabor–Granger demand
              respondents: 54 in the file, 54 used, 0 inconsistent (dropped), 0 with no answer (dropped)

            Segment 'all' (weight 54)
              price  demand  determined     revenue  elasticity  arc elasticity
              1,000  1.0000          54       1,000       0.519           0.745
              1,500  0.7407          54  1,111.1111       0.825           1.116
              2,000  0.5370          54  1,074.0741       1.241           1.653
              2,500  0.3704          54    925.9259       3.000           4.714
              3,000  0.1481          54    444.4444           -               -
              revenue-optimal tested price 1,500 (revenue 1,111.1111)
              model: median WTP 2,070.7301 ± 115.784, shape 4.3857 ± 0.5488, log-likelihood -91.6708; revenue-optimal price 1,568.0371 (demand 0.7720, revenue 1,210.5046)

            """.ReplaceLineEndings(),
            result.Output);
    }

    [Fact]
    public void Demand_Text_Dirty120_EverySegmentWithItsTableAndModelLine()
    {
        var result = CliRunner.Run("demand", DemandReference.Csv("dirty120"), "--segment-column", "segment");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split(Environment.NewLine);
        Assert.Equal("  respondents: 120 in the file, 106 used, 8 inconsistent (dropped), 6 with no answer (dropped)", lines[1]);
        Assert.Equal(8, lines.Count(l => l.EndsWith(": inconsistent: would buy at a price above one they would not buy at", StringComparison.Ordinal)));
        Assert.Contains("    line 4 (id 3): inconsistent: would buy at a price above one they would not buy at", lines);
        Assert.Equal(6, lines.Count(l => l.EndsWith(": no answer at any price", StringComparison.Ordinal)));
        Assert.Equal(["Segment 'all' (weight 106)", "Segment 'B' (weight 45)", "Segment 'a' (weight 61)"], lines.Where(l => l.StartsWith("Segment ", StringComparison.Ordinal)));
        Assert.Equal(3, lines.Count(l => l.StartsWith("  price  demand  determined", StringComparison.Ordinal)));
        Assert.Equal(3, lines.Count(l => l.StartsWith("  model: median WTP ", StringComparison.Ordinal)));
        Assert.Equal(["  revenue-optimal tested price 30 (revenue 14.8544)", "  revenue-optimal tested price 20 (revenue 12.8889)", "  revenue-optimal tested price 30 (revenue 17)"], lines.Where(l => l.StartsWith("  revenue-optimal tested price", StringComparison.Ordinal)));
    }

    [Fact]
    public void Demand_Text_MoreThanTenDropped_SaysHowManyMore()
    {
        var csv = "id,10,20\n" + string.Concat(Enumerable.Range(1, 13).Select(i => $"{i},0,1\n")) + "ok,1,0\n";
        var lines = RunOn(csv).Output.Split(Environment.NewLine);
        Assert.Equal(10, lines.Count(l => l.EndsWith(": inconsistent: would buy at a price above one they would not buy at", StringComparison.Ordinal)));
        Assert.Contains("    ... and 3 more inconsistent", lines);
    }

    [Fact]
    public void Demand_Text_NoModel_SaysWhy()
    {
        var output = RunOn("id,10,20\n1,1,1\n2,1,\n").Output;
        Assert.Contains("  model: none (the answers pin down no maximum of the likelihood", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demand_Help_ListsTheOptions()
    {
        var result = CliRunner.Run("demand", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.All(["--weight-column", "--segment-column", "--json", "--chart", "--max-rows", "--max-file-mb"], o => Assert.Contains(o, result.Output, StringComparison.Ordinal));
    }

    /// <summary>Any answers at four prices, the columns written in any order (and the prices spelt differently), give the same JSON as the columns in price order.</summary>
    [Property(MaxTest = 100)]
    public bool Demand_AnyAnswersInAnyColumnOrder_SameJsonAsOrderedColumns(byte[][] rows, int seed)
    {
        string[] prices = ["10", "20", "30", "40"];
        string[] spelt = ["1e1", "20.0", "30", "40.00"];
        string[] cells = ["1", "0", ""];
        var answers = (rows ?? []).Where(r => r is { Length: >= 5 }).Select(r => (Segment: $"s{r[4] % 3}", Cells: r.Take(4).Select(c => cells[c % 3]).ToArray())).ToList();
        if (answers.Count == 0)
        {
            return true;
        }

        int[] order = [0, 1, 2, 3];
        new Random(seed).Shuffle(order);
        var ordered = "id,seg," + string.Join(",", prices) + "\n" + string.Concat(answers.Select((a, i) => $"{i},{a.Segment},{string.Join(",", a.Cells)}\n"));
        var shuffled = string.Join(",", order.Select(j => spelt[j])) + ",seg,id\n" + string.Concat(answers.Select((a, i) => $"{string.Join(",", order.Select(j => a.Cells[j]))},{a.Segment},{i}\n"));
        var (x, y) = (RunOn(ordered, "--segment-column", "seg", "--json"), RunOn(shuffled, "--segment-column", "seg", "--json"));
        return x.ExitCode == 0 && x.Output == y.Output && y.ExitCode == 0;
    }
}
