
namespace SolutionFit.Cli.Tests;

public sealed class PsmChartTests
{
    private const string Tiny10 = PsmCommandTests.Tiny10;

    private static string TempChart(string extension) => Path.Combine(Path.GetTempPath(), $"solutionfit-chart-{Guid.NewGuid():N}{extension}");

    [Fact]
    public void CurveStyles_SixCurves_EachItsOwnColourAndDashOrMarker()
    {
        var styles = PsmChart.CurveStyles;

        Assert.Equal(["Too cheap", "Cheap", "Not cheap", "Not expensive", "Expensive", "Too expensive"], styles.Select(s => s.Label));
        Assert.Equal(styles.Length, styles.Select(s => s.Color.ToHex()).Distinct().Count());
        Assert.Equal(styles.Length, styles.Select(s => s.Marker).Distinct().Count());
        Assert.Equal(3, styles.Select(s => string.Join(",", s.Dash)).Distinct().Count());
    }

    [Fact]
    public void Dashes_StraightLine_CutIntoDashesOfThePattern()
    {
        // 100 px along x at 1 px per unit, 10 on and 5 off: dashes start at 0, 15, 30, ..., 90.
        var pieces = PsmChart.Dashes([0.0, 100.0], [0.0, 0.0], [10, 5], xPerPixel: 1, yPerPixel: 1);

        Assert.Equal(7, pieces.Count);
        Assert.Equal([0.0, 15, 30, 45, 60, 75, 90], pieces.Select(p => Math.Round(p.X[0], 9)));
        Assert.All(pieces, p => Assert.Equal(10, p.X[^1] - p.X[0], 9));
    }

    [Fact]
    public void Dashes_Solid_IsThePolylineItself()
    {
        var pieces = PsmChart.Dashes([0.0, 1, 2], [0.0, 0.5, 0.25], PsmChart.Solid, 0.01, 0.01);

        var piece = Assert.Single(pieces);
        Assert.Equal([0.0, 1, 2], piece.X);
        Assert.Equal([0.0, 0.5, 0.25], piece.Y);
    }

    [Fact]
    public void Dashes_AcrossPolylineCorners_KeepTheCorner()
    {
        // An L of 10 + 10 px with dashes of 15: the first dash turns the corner.
        var pieces = PsmChart.Dashes([0.0, 10, 10], [0.0, 0, 10], [15, 100], 1, 1);

        var first = Assert.Single(pieces);
        Assert.Equal([0.0, 10, 10], first.X);
        Assert.Equal([0.0, 0, 5], first.Y);
    }

    [Fact]
    public void Chart_Svg_LegendNamesAllSixCurvesAndTheRange()
    {
        var chart = TempChart(".svg");
        try
        {
            var path = CliRunner.TempFile(Tiny10, ".csv");
            Assert.Equal(0, CliRunner.Run("psm", path, "--chart", chart).ExitCode);
            File.Delete(path);

            var svg = File.ReadAllText(chart);
            Assert.All(["Too cheap", "Cheap", "Not cheap", "Not expensive", "Expensive", "Too expensive", "Acceptable range"],
                label => Assert.Matches($@">\s*{label}\s*<", svg));
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Theory]
    [InlineData(".svg")]
    [InlineData(".png")]
    public void Chart_WithNms_WritesASecondChartOfReachAndRevenue(string extension)
    {
        var chart = TempChart(extension);
        var nms = PsmChart.NmsPath(chart);
        try
        {
            var result = CliRunner.Run("psm", CliRunner.Example("survey.csv"), "--weight-column", "weight", "--nms", "--chart", chart);

            Assert.Equal(0, result.ExitCode);
            Assert.True(File.Exists(chart));
            Assert.True(File.Exists(nms), nms);
            Assert.EndsWith($"-nms{extension}", nms, StringComparison.Ordinal);
            if (extension == ".svg")
            {
                var svg = File.ReadAllText(nms);
                Assert.Contains("reach max 38.1 % at 37.99", svg, StringComparison.Ordinal);
                Assert.Contains("revenue max at 46", svg, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(chart);
            File.Delete(nms);
        }
    }

    [Fact]
    public void Chart_WithoutNms_WritesOneFile()
    {
        var chart = TempChart(".svg");
        try
        {
            Assert.Equal(0, CliRunner.Run("psm", CliRunner.Example("survey.csv"), "--chart", chart).ExitCode);

            Assert.False(File.Exists(PsmChart.NmsPath(chart)));
        }
        finally
        {
            File.Delete(chart);
        }
    }

    /// <summary>
    /// Skia's SVG canvas writes "Unsupported path effect in addPaint." to the process's native stderr, which no
    /// TextWriter sees: the command runs as its own process here.
    /// </summary>
    [Theory]
    [InlineData(".svg")]
    [InlineData(".png")]
    public async Task Chart_AsAProcess_PrintsNothingOnStderr(string extension)
    {
        var chart = TempChart(extension);
        var nms = PsmChart.NmsPath(chart);
        try
        {
            var result = await CliRunner.RunProcessAsync("psm", CliRunner.Example("survey.csv"), "--weight-column", "weight", "--nms", "--chart", chart);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            Assert.Contains("optimal price point (OPP)", result.Output, StringComparison.Ordinal);
            Assert.True(File.Exists(nms));
        }
        finally
        {
            File.Delete(chart);
            File.Delete(nms);
        }
    }
}
