using System.Text.Json;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli.Tests;

public sealed class PsmCommandTests
{
    // tiny10 of the reference data: pricesensitivitymeter 1.3.3 gives PMC 4.5, OPP 6, IPP 7.5, PME 11.25; 1.3.0 gives 5, 6, 8, 12.
    internal const string Tiny10 = """
        "id","too_cheap","cheap","expensive","too_expensive"
        1,2,4,8,12
        2,3,5,9,12
        3,3,6,9,13
        4,4,6,10,14
        5,5,7,11,15
        6,5,8,12,16
        7,6,8,12,18
        8,4,5,9,13
        9,2,4,7,10
        10,3,6,10,14
        """;

    /// <summary>
    /// The survey of a whole table, read column by column into a <see cref="PsmSurvey"/>: the analysis the tool's streaming
    /// reader and tally must match.
    /// </summary>
    private static PsmSurvey SurveyOf(CsvTable table, string? weightColumn, bool nms)
    {
        double?[] Prices(string name)
        {
            var column = table.Column(name);
            return [.. table.Rows.Select(row => table.Number(row, column, name))];
        }

        int?[] Intentions(string name)
        {
            var column = table.Column(name);
            return [.. table.Rows.Select(row => CsvTable.Cell(row.Cells, column) is { } cell ? int.Parse(cell, System.Globalization.CultureInfo.InvariantCulture) : (int?)null)];
        }

        double[]? weights = weightColumn is null ? null : [.. table.Rows.Select(row => table.Number(row, table.Column(weightColumn), weightColumn)!.Value)];
        return new PsmSurvey(
            tooCheap: table.Has("too_cheap") ? Prices("too_cheap") : null,
            cheap: Prices("cheap"),
            expensive: Prices("expensive"),
            tooExpensive: Prices("too_expensive"),
            weights: weights,
            purchaseIntentCheap: nms ? Intentions("pi_cheap") : null,
            purchaseIntentExpensive: nms ? Intentions("pi_expensive") : null);
    }

    private static JsonElement Json(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    private static CliResult RunOn(string csv, params string[] args)
    {
        var path = CliRunner.TempFile(csv, ".csv");
        try
        {
            return CliRunner.Run(["psm", path, .. args]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Psm_Json_MatchesTheReferencePackage()
    {
        var current = Json(RunOn(Tiny10, "--json"));
        var classic = Json(RunOn(Tiny10, "--json", "--method", "classic"));

        Assert.Equal((4.5, 6.0, 7.5, 11.25), (current.GetProperty("pointOfMarginalCheapness").GetDouble(), current.GetProperty("optimalPricePoint").GetDouble(), current.GetProperty("indifferencePricePoint").GetDouble(), current.GetProperty("pointOfMarginalExpensiveness").GetDouble()));
        Assert.Equal((5.0, 6.0, 8.0, 12.0), (classic.GetProperty("pointOfMarginalCheapness").GetDouble(), classic.GetProperty("optimalPricePoint").GetDouble(), classic.GetProperty("indifferencePricePoint").GetDouble(), classic.GetProperty("pointOfMarginalExpensiveness").GetDouble()));
        Assert.Equal((10, 0, 10), (current.GetProperty("totalRespondents").GetInt32(), current.GetProperty("invalidRespondents").GetInt32(), current.GetProperty("respondentsUsed").GetInt32()));
        Assert.Equal(JsonValueKind.Null, current.GetProperty("reachOptimalPrice").ValueKind);
        Assert.Equal(JsonValueKind.Null, current.GetProperty("revenueMax").ValueKind);
    }

    [Fact]
    public void Psm_Options_ReachTheAnalysis()
    {
        var narrower = Json(RunOn(Tiny10, "--json", "--range", "narrower"));
        var stepped = Json(RunOn(Tiny10, "--json", "--interpolate-step", "0.5", "--intersection", "max"));

        Assert.Equal((6.0, 8.0), (narrower.GetProperty("pointOfMarginalCheapness").GetDouble(), narrower.GetProperty("pointOfMarginalExpensiveness").GetDouble()));
        var expected = PriceSensitivityMeter.Analyze(SurveyOf(CsvTable.Read(new StringReader(Tiny10), "tiny10"), null, false), new PsmOptions { InterpolationStep = 0.5, Intersection = PsmIntersection.Max });
        Assert.Equal(expected.OptimalPricePoint, stepped.GetProperty("optimalPricePoint").GetDouble());
        Assert.Equal(expected.PointOfMarginalExpensiveness, stepped.GetProperty("pointOfMarginalExpensiveness").GetDouble());
    }

    [Fact]
    public void Psm_ExampleSurveyWithWeightsAndNms_IsTheLibrarysAnalysisRoundTripExact()
    {
        var example = CliRunner.Example("survey.csv");
        var json = Json(CliRunner.Run("psm", example, "--json", "--weight-column", "weight", "--nms", "--pi-calibrated", "0.8,0.6,0.3,0.1,0", "--pi-toocheap", "0.05", "--no-validate"));

        var survey = SurveyOf(CsvTable.Load(example), "weight", nms: true);
        var calibration = new PurchaseIntentCalibration([5, 4, 3, 2, 1], [0.8, 0.6, 0.3, 0.1, 0], tooCheap: 0.05);
        var expected = PriceSensitivityMeter.Analyze(survey, new PsmOptions { ExcludeInconsistent = false, Calibration = calibration });
        Assert.Equal(expected.PointOfMarginalCheapness, json.GetProperty("pointOfMarginalCheapness").GetDouble());
        Assert.Equal(expected.IndifferencePricePoint, json.GetProperty("indifferencePricePoint").GetDouble());
        Assert.Equal(expected.Nms!.ReachOptimalPrice, json.GetProperty("reachOptimalPrice").GetDouble());
        Assert.Equal(expected.Nms.RevenueMax, json.GetProperty("revenueMax").GetDouble());
        Assert.Equal(expected.ExcludedCount, json.GetProperty("invalidRespondents").GetInt32());
        Assert.Equal(240, json.GetProperty("respondentsUsed").GetInt32());
    }

    [Fact]
    public void Psm_Summary_ReportsDroppedRowsByLineAndId()
    {
        var result = RunOn(Tiny10 + "\n11,5,4,9,12\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("11 in the file, 1 inconsistent (dropped), 10 used", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 12 (id 11): cheap 4 is not above too cheap 5", result.Output, StringComparison.Ordinal);
        Assert.Contains("optimal price point (OPP)             6", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Psm_ThreeQuestions_PrintsNullPmcAndOpp()
    {
        var json = Json(RunOn("cheap,expensive,too_expensive\n4,8,12\n5,9,12\n6,10,14\n", "--json"));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("pointOfMarginalCheapness").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("optimalPricePoint").ValueKind);
        Assert.Equal(JsonValueKind.Number, json.GetProperty("indifferencePricePoint").ValueKind);
    }

    [Theory]
    [InlineData(".svg", "<svg")]
    [InlineData(".png", "\u0089PNG")]
    public void Psm_Chart_WritesTheFile(string extension, string magic)
    {
        var chart = Path.Combine(Path.GetTempPath(), $"solutionfit-chart-{Guid.NewGuid():N}{extension}");
        try
        {
            var result = RunOn(Tiny10, "--chart", chart);

            Assert.Equal(0, result.ExitCode);
            var head = File.ReadAllBytes(chart).Take(64).Select(b => (char)b).ToArray();
            Assert.Contains(magic, new string(head), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Fact]
    public void Psm_ChartSvg_MarksTheFourPricePoints()
    {
        var chart = Path.Combine(Path.GetTempPath(), $"solutionfit-chart-{Guid.NewGuid():N}.svg");
        try
        {
            Assert.Equal(0, RunOn(Tiny10, "--chart", chart).ExitCode);

            var svg = File.ReadAllText(chart);
            Assert.All(["PMC 4.5", "OPP 6", "IPP 7.5", "PME 11.25"], label => Assert.Contains(label, svg, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(chart);
        }
    }

    public static TheoryData<string, string[], string> BadInputs => new()
    {
        { "too_cheap,cheap,expensive,too_expensive\n1,2,x,4\n", [], "line 2, column 'expensive': 'x' is not a number" },
        { "too_cheap,cheap,expensive,too_expensive\n1,2,3,4\n1,-2,3,4\n", [], "line 3, column 'cheap': The cheap price must be a finite number >= 0, but is -2." },
        { "too_cheap,cheap,too_expensive\n1,2,4\n", [], "the required column 'expensive' is missing" },
        { "too_cheap,cheap,expensive,too_expensive,w\n1,2,3,4,-1\n", ["--weight-column", "w"], "line 2, column 'w': The weight must be a finite number >= 0, but is -1." },
        { "too_cheap,cheap,expensive,too_expensive,w\n1,2,3,4,\n", ["--weight-column", "w"], "line 2, column 'w': the weight is missing" },
        { "too_cheap,cheap,expensive,too_expensive,w\n1,2,3,4,NaN\n", ["--weight-column", "w"], "line 2, column 'w': 'NaN' is not a number" },
        { "too_cheap,cheap,expensive,too_expensive,pi_cheap,pi_expensive\n1,2,3,4,5,3\n1,2,3,4,6,3\n", ["--nms"], "line 3, column 'pi_cheap': The purchase intention at the cheap price is 6, not on the scale 5, 4, 3, 2, 1." },
        { "too_cheap,cheap,expensive,too_expensive,pi_cheap,pi_expensive\n1,2,3,4,5,3\n1,2,3,4,5,\n", ["--nms"], "line 3, column 'pi_expensive': The purchase intention at the expensive price is missing." },
        { "too_cheap,cheap,expensive,too_expensive,pi_cheap,pi_expensive\n1,2,3,4,5,high\n", ["--nms"], "line 2, column 'pi_expensive': 'high' is not a whole number" },
        { "too_cheap,cheap,expensive,too_expensive\n1,2,3,4\n", ["--nms"], "the required column 'pi_cheap' is missing" },
        { "too_cheap,cheap,expensive,too_expensive\n2,1,3,4\n1,2,2,4\n", [], "line 2, column 'cheap': All 2 respondents have missing or not strictly increasing answers (first: cheap 1 is not above too cheap 2)" },
        { "too_cheap,cheap,expensive,too_expensive\n", [], "the file has no respondent" },
        { "", [], "the file is empty" },
        { "too_cheap,cheap,expensive,too_expensive\n1,2,3,4\n", ["--pi-calibrated", "1,2"], "--pi-calibrated takes five numbers" },
        { "too_cheap,cheap,expensive,too_expensive\n1,2,3,4\n", ["--pi-calibrated", "0.9,0.5,0.3,0.1,1.5"], "must be a finite number in [0, 1], but is 1.5" },
        { "too_cheap,cheap,expensive,too_expensive\n1,2,3,4\n", ["--interpolate-step", "0"], "The interpolation step must be a finite number > 0" },
        { "too_cheap,cheap,expensive,too_expensive\n1,2,3,4\n", ["--chart", "chart.gif"], "name the file .svg or .png" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Psm_BadInput_OneClearLineAndExitCode2(string csv, string[] args, string problem)
    {
        var result = RunOn(csv, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("solutionfit: ", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--method", "newest")]
    [InlineData("--range", "wide")]
    [InlineData("--intersection", "mode")]
    public void Psm_UnknownChoice_IsAUsageError(string option, string value) => Assert.Equal(1, RunOn(Tiny10, option, value).ExitCode);
}
