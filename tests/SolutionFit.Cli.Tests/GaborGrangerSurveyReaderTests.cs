using System.Text.Json;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli.Tests;

public sealed class GaborGrangerSurveyReaderTests
{
    private static GaborGrangerFile ReadText(string csv, string? weightColumn = null, string? segmentColumn = null, Limits? limits = null) =>
        GaborGrangerSurveyReader.Read(new StringReader(csv), "survey.csv", weightColumn, segmentColumn, limits);

    private static JsonElement DemandJson(GaborGrangerTally tally)
    {
        using var output = new StringWriter();
        JsonOutput.WriteDemand(output, GaborGranger.Analyze(tally));
        return JsonDocument.Parse(output.ToString()).RootElement;
    }

    [Theory]
    [InlineData("dart54")]
    [InlineData("segments300")]
    [InlineData("dirty120")]
    public void Read_ReferenceCase_AnalysesAsExpected(string name)
    {
        var expected = DemandReference.Expected(name);
        var file = GaborGrangerSurveyReader.Read(DemandReference.Csv(name), DemandReference.Option(expected, "--weight-column"), DemandReference.Option(expected, "--segment-column"));
        DemandReference.AssertAgrees(expected, DemandJson(file.Tally));
    }

    [Fact]
    public void Read_Dirty120_NamesTheFirstDroppedRespondentsByLineAndId()
    {
        var file = GaborGrangerSurveyReader.Read(DemandReference.Csv("dirty120"), null, "segment");
        var lines = File.ReadAllLines(DemandReference.Csv("dirty120"));
        Assert.Equal(8, file.Dropped.Count(d => d.Reason == GaborGrangerAnswer.Inconsistent));
        Assert.Equal(6, file.Dropped.Count(d => d.Reason == GaborGrangerAnswer.NoAnswer));
        Assert.All(file.Dropped, d => Assert.StartsWith(d.Id + ",", lines[d.Line - 1], StringComparison.Ordinal));
        Assert.Equal(file.Dropped.OrderBy(d => d.Line).Select(d => d.Line), file.Dropped.Select(d => d.Line));
    }

    [Fact]
    public void Read_MoreDroppedThanKept_NamesTheFirstTenOfEachKind()
    {
        var csv = "id,10,20\n" + string.Concat(Enumerable.Range(1, 15).Select(i => $"{i},0,1\nn{i},,\n"));
        var file = ReadText(csv);
        Assert.Equal(15, file.Tally.Inconsistent);
        Assert.Equal(15, file.Tally.NoAnswer);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), file.Dropped.Where(d => d.Reason == GaborGrangerAnswer.Inconsistent).Select(d => d.Id));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"n{i}"), file.Dropped.Where(d => d.Reason == GaborGrangerAnswer.NoAnswer).Select(d => d.Id));
        Assert.Equal(2, file.Dropped[0].Line);
    }

    [Fact]
    public void Read_ShuffledColumnsAndGaps_AnalyseAsOrderedColumns()
    {
        var ordered = ReadText("id,seg,10,20,30\n1,a,1,1,0\n2,b,1,,0\n3,a,,1,\n4,b,0,,\n5,a,1,1,1\n", segmentColumn: "seg");
        var shuffled = ReadText("30,id,20.0,seg,1e1\n0,1,1,a,1\n0,2,,b,1\n,3,1,a,\n,4,,b,0\n1,5,1,a,1\n", segmentColumn: "seg");
        Assert.Equal(DemandJson(ordered.Tally).ToString(), DemandJson(shuffled.Tally).ToString());
    }

    [Fact]
    public void Read_WeightAndSegment_AreTallied()
    {
        var file = ReadText("id,w,s,10,20\n1,2.5,x,1,0\n2,0.5,,1,1\n3,1,y,0,0\n", "w", "s");
        var result = GaborGranger.Analyze(file.Tally);
        Assert.Equal(["all", "x", "y"], result.Segments.Select(s => s.Segment));
        Assert.Equal([4.0, 2.5, 1.0], result.Segments.Select(s => s.Weight));
        Assert.Equal(3.0 / 4.0, result.Segments[0].Prices[0].Demand); // 2.5 + 0.5 of 4 buy at 10
    }

    [Fact]
    public void Read_WithoutIdColumn_EveryOtherColumnIsAPrice()
    {
        var file = ReadText("10,20\n1,0\n0,1\n");
        Assert.Equal([10.0, 20.0], file.Tally.Prices);
        Assert.Equal(1, file.Tally.Used);
        Assert.Equal(new GaborGrangerDropped(3, null, GaborGrangerAnswer.Inconsistent), Assert.Single(file.Dropped));
    }

    public static TheoryData<string, string?, string?, string> BadFiles => new()
    {
        { "id,10,20\n1,1,0\n2,yes,0\n", null, null, "survey.csv: line 3, column '10': 'yes' is not 0, 1 or empty" },
        { "id,10,20\n1,1,0\n2,1,2\n", null, null, "survey.csv: line 3, column '20': '2' is not 0, 1 or empty" },
        { "id,10,20\n1,1,0\n2,1,NA\n", null, null, "survey.csv: line 3, column '20': 'NA' is not 0, 1 or empty" },
        { "id,10,20\n1,1,1.0\n", null, null, "survey.csv: line 2, column '20': '1.0' is not 0, 1 or empty" },
        { "id,10,Infinity\n1,1,0\n", null, null, "survey.csv: column 3 'Infinity': a price column's header must be a positive finite number" },
        { "id,-20,10\n1,1,0\n", null, null, "survey.csv: column 2 '-20': a price column's header must be a positive finite number" },
        { "id,twenty,10\n1,1,0\n", null, null, "survey.csv: column 2 'twenty': a price column's header must be a positive finite number" },
        { "id,0,10\n1,1,0\n", null, null, "survey.csv: column 2 '0': a price column's header must be a positive finite number" },
        { "id,NaN,10\n1,1,0\n", null, null, "survey.csv: column 2 'NaN': a price column's header must be a positive finite number" },
        { "id,1e999,10\n1,1,0\n", null, null, "survey.csv: column 2 '1e999': a price column's header must be a positive finite number" },
        { "id,10,20,10.0\n1,1,0,1\n", null, null, "survey.csv: columns 2 '10' and 4 '10.0' are the same price 10; give each tested price one column." },
        { "id,10,20,20\n1,1,0,0\n", null, null, "survey.csv: columns 3 '20' and 4 '20' are the same price 20" },
        { "id\n1\n", null, null, "survey.csv: there is no price column" },
        { "id,w\n1,1\n", "w", null, "survey.csv: there is no price column" },
        { "id,10\n1,1\n", "weight", null, "survey.csv: the required column 'weight' is missing (columns: 'id', '10')." },
        { "id,10\n1,1\n", null, "segment", "survey.csv: the required column 'segment' is missing" },
        { "id,w,10\n1,1,1\n2,-1,1\n", "w", null, "survey.csv: line 3, column 'w': the weight '-1' is not a finite number at least 0." },
        { "id,w,10\n1,Infinity,1\n", "w", null, "survey.csv: line 2, column 'w': the weight 'Infinity' is not a finite number at least 0." },
        { "id,w,10\n1,1e999,1\n", "w", null, "survey.csv: line 2, column 'w': the weight '1e999' is not a finite number at least 0." },
        { "id,w,10\n1,NaN,1\n", "w", null, "survey.csv: line 2, column 'w': the weight 'NaN' is not a finite number at least 0." },
        { "id,w,10\n1,,1\n", "w", null, "survey.csv: line 2, column 'w': the weight is missing." },
        { "id,w,10\n1,heavy,1\n", "w", null, "survey.csv: line 2, column 'w': 'heavy' is not a number" },
        { "id,w,10\n1,1e300,1\n2,1e300,1\n", "w", null, "survey.csv: line 3, column 'w': The used respondents' weights would sum past 1e300" },
        { "id,10,20\n", null, null, "survey.csv: the file has no respondent." },
        { "id,twenty\n", null, null, "survey.csv: column 2 'twenty'" },
        { "id,10,20\n1,1\n", null, null, "survey.csv: line 2 has 2 cells but the header has 3 cells" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_BadFile_ThrowsOneLineNamingWhere(string csv, string? weightColumn, string? segmentColumn, string message)
    {
        var e = Assert.Throws<InputException>(() => ReadText(csv, weightColumn, segmentColumn));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Read_ReferenceBadCell_NamesLineAndColumn()
    {
        var e = Assert.Throws<InputException>(() => GaborGrangerSurveyReader.Read(DemandReference.Csv("bad_cell_yes"), null, null));
        Assert.EndsWith("bad_cell_yes.csv: line 4, column '10': 'yes' is not 0, 1 or empty (1 = would buy at that price, 0 = would not, empty = not asked).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReferenceDuplicatePrice_NamesBothColumns()
    {
        var e = Assert.Throws<InputException>(() => GaborGrangerSurveyReader.Read(DemandReference.Csv("bad_dup_price"), null, null));
        Assert.EndsWith("bad_dup_price.csv: columns 3 '20' and 4 '20' are the same price 20; give each tested price one column.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreRowsThanTheLimit_Throws()
    {
        var e = Assert.Throws<InputException>(() => ReadText("id,10\n1,1\n2,1\n3,0\n", limits: Limits.Default.With(Limits.Rows, 2)));
        Assert.Contains("--max-rows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotedCells_AreReadAsCsv()
    {
        var file = ReadText("\"id\",\"10\",\"20\"\n\"a, b\",\"1\",\"0\"\n");
        Assert.Equal(1, file.Tally.Used);
        Assert.Equal([10.0, 20.0], file.Tally.Prices);
    }

    [Fact]
    public void WriteDemand_EveryKeyPresent_NullWhereUndefined()
    {
        var file = ReadText("id,10,20,30\n1,1,,\n");
        var json = DemandJson(file.Tally);
        Assert.Equal(["respondents", "segments"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["inFile", "used", "inconsistent", "noAnswer"], json.GetProperty("respondents").EnumerateObject().Select(p => p.Name));
        var segment = json.GetProperty("segments")[0];
        Assert.Equal(["segment", "weight", "prices", "revenueOptimalPrice", "model"], segment.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, segment.GetProperty("model").ValueKind);
        var price = segment.GetProperty("prices")[1];
        Assert.Equal(["price", "demand", "determinedWeight", "revenue", "elasticity", "arcElasticity"], price.EnumerateObject().Select(p => p.Name));
        Assert.All(["demand", "revenue", "elasticity", "arcElasticity"], k => Assert.Equal(JsonValueKind.Null, price.GetProperty(k).ValueKind));
    }

    [Fact]
    public void WriteDemand_Model_HasEveryKey()
    {
        var json = DemandJson(GaborGrangerSurveyReader.Read(DemandReference.Csv("dart54"), null, null).Tally);
        Assert.Equal(
            ["medianWtp", "shape", "medianWtpSe", "shapeSe", "logLikelihood", "revenueOptimalPrice", "demandAtOptimum", "revenueAtOptimum"],
            json.GetProperty("segments")[0].GetProperty("model").EnumerateObject().Select(p => p.Name));
    }
}
