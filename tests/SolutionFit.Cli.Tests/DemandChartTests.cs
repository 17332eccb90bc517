using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli.Tests;

public sealed class DemandChartTests
{
    private static string TempChart(string extension) => Path.Combine(Path.GetTempPath(), $"solutionfit-demand-{Guid.NewGuid():N}{extension}");

    private static GaborGrangerResult Analyze(string name, string? segmentColumn) =>
        GaborGranger.Analyze(GaborGrangerSurveyReader.Read(DemandReference.Csv(name), null, segmentColumn).Tally);

    [Fact]
    public void Chart_Svg_LegendNamesEverySegmentAndSeries()
    {
        var chart = TempChart(".svg");
        try
        {
            var result = CliRunner.Run("demand", DemandReference.Csv("segments300"), "--segment-column", "segment", "--chart", chart);
            Assert.Equal(0, result.ExitCode);

            var svg = File.ReadAllText(chart);
            Assert.All(["all", "Pro", "basic", "enterprise", "demand (left axis)", "revenue (right axis)", "revenue optimum"], label => Assert.Matches($@">\s*{System.Text.RegularExpressions.Regex.Escape(label)}\s*<", svg));
            Assert.Contains("Gabor–Granger demand and revenue (300 respondents)", svg, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Fact]
    public void Chart_SegmentWithoutModel_IsLabelledSo()
    {
        var csv = CliRunner.TempFile("id,s,10,20\n1,x,1,1\n2,x,1,\n3,y,1,0\n4,y,0,0\n5,y,1,1\n", ".csv");
        var chart = TempChart(".svg");
        try
        {
            Assert.Equal(0, CliRunner.Run("demand", csv, "--segment-column", "s", "--chart", chart).ExitCode);
            Assert.Matches(@">\s*x \(no model\)\s*<", File.ReadAllText(chart));
        }
        finally
        {
            File.Delete(csv);
            File.Delete(chart);
        }
    }

    [Fact]
    public void Chart_Png_IsAPng()
    {
        var chart = TempChart(".PNG");
        try
        {
            Assert.Equal(0, CliRunner.Run("demand", DemandReference.Csv("dart54"), "--chart", chart, "--json").ExitCode);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(chart).Take(4));
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Fact]
    public void PriceSpan_TakesTheTestedPricesAndTheModelOptimum()
    {
        var result = Analyze("dart54", null);
        Assert.Equal((1000.0, 3000.0), DemandChart.PriceSpan(result));
        var optimum = result.Segments[0].Model!.RevenueOptimalPrice!.Value;
        Assert.InRange(optimum, 1000.0, 3000.0);
    }

    [Fact]
    public void Curve_IsTheModelsDemandAndRevenue()
    {
        var model = Analyze("dart54", null).Segments[0].Model!;
        var (x, demand, revenue) = DemandChart.Curve(model, (1000.0, 3000.0));
        Assert.Equal(DemandChart.CurvePoints, x.Length);
        Assert.Equal((1000.0, 3000.0), (x[0], x[^1]));
        Assert.All(Enumerable.Range(0, x.Length), i => Assert.Equal(model.DemandAt(x[i]), demand[i]));
        Assert.All(Enumerable.Range(0, x.Length), i => Assert.Equal(x[i] * demand[i], revenue[i]));
        Assert.True(demand.Zip(demand.Skip(1)).All(p => p.Second <= p.First), "demand falls with price");
    }

    /// <summary>Skia's SVG canvas writes some warnings to the process's native stderr, which no TextWriter sees: the command runs as its own process here.</summary>
    [Theory]
    [InlineData(".svg")]
    [InlineData(".png")]
    public async Task Chart_AsAProcess_PrintsNothingOnStderr(string extension)
    {
        var chart = TempChart(extension);
        try
        {
            var result = await CliRunner.RunProcessAsync("demand", DemandReference.Csv("dirty120"), "--segment-column", "segment", "--chart", chart);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            Assert.Contains("Segment 'B' (weight 45)", result.Output, StringComparison.Ordinal);
            Assert.True(new FileInfo(chart).Length > 1000);
        }
        finally
        {
            File.Delete(chart);
        }
    }
}
