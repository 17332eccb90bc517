using System.Text;
using System.Text.Json;

namespace SolutionFit.Cli.Tests;

/// <summary>Every size limit: the input at the limit runs, one past it is one line on stderr naming the option, exit 2.</summary>
public sealed class LimitsTests
{
    private static readonly string Demo = CliRunner.Example("demo.json");

    /// <summary>Runs the command at the limit (exit 0) and one below the input's size (exit 2, one line naming the option).</summary>
    private static void AtAndPast(Limit limit, int atLimit, params string[] command)
    {
        var at = CliRunner.Run([.. command, limit.Option, atLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(at.ExitCode == 0, at.Error);
        Assert.Equal(string.Empty, at.Error);

        var past = CliRunner.Run([.. command, limit.Option, (atLimit - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.Equal(2, past.ExitCode);
        Assert.Empty(past.Output);
        var line = Assert.Single(past.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("solutionfit: ", line, StringComparison.Ordinal);
        Assert.Contains(limit.Option, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }

    private static int Count(string example, string member) => JsonDocument.Parse(File.ReadAllText(CliRunner.Example(example))).RootElement.GetProperty(member).GetArrayLength();

    private static int Rows(string example) => File.ReadAllLines(CliRunner.Example(example)).Count(l => l.Length > 0) - 1;

    [Fact]
    public void Customers_AtAndPastTheLimit() => AtAndPast(Limits.Customers, Count("demo.json", "customers"), "score", Demo, "--json");

    [Fact]
    public void Solutions_AtAndPastTheLimit() => AtAndPast(Limits.Solutions, Count("demo.json", "solutions"), "rank", Demo, "--json");

    [Fact]
    public void Goals_AtAndPastTheLimit()
    {
        var root = JsonDocument.Parse(File.ReadAllText(Demo)).RootElement;
        var most = Math.Max(
            root.GetProperty("customers").EnumerateArray().Max(c => c.GetProperty("goals").GetArrayLength()),
            root.GetProperty("solutions").EnumerateArray().Max(s => s.GetProperty("achievements").EnumerateObject().Count()));

        AtAndPast(Limits.Goals, most, "score", Demo);
    }

    [Fact]
    public void JsonDepth_AtAndPastTheLimit()
    {
        // demo.json: document > customers > customer > goals > goal, five levels.
        AtAndPast(Limits.JsonDepth, 5, "score", Demo);

        var past = CliRunner.Run("score", Demo, "--max-json-depth", "4");
        Assert.Contains("$.customers[0].goals[0] (line ", past.Error, StringComparison.Ordinal);
        Assert.Contains("nests deeper than 4 levels", past.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonDepth_DefaultRejectsDeepNestingWithThePath()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var path = CliRunner.TempFile("{\"customers\":[],\"solutions\":[{\"id\":\"s\",\"price\":1,\"effort\":0,\"enjoyment\":0,\"achievements\":{\"g\":" + deep + "}}]}");
        try
        {
            var result = CliRunner.Run("score", path);

            Assert.Equal(2, result.ExitCode);
            var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains($"at $.solutions[0].achievements.g{string.Concat(Enumerable.Repeat("[0]", Limits.JsonDepth.Default - 4))} (line 1): the document nests deeper than {Limits.JsonDepth.Default} levels", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("mcda", "mcda.json", "alternatives")]
    public void Alternatives_AtAndPastTheLimit(string command, string example, string member) =>
        AtAndPast(Limits.Alternatives, Count(example, member), command, CliRunner.Example(example), "--method", "promethee");

    [Fact]
    public void Criteria_AtAndPastTheLimit() => AtAndPast(Limits.Criteria, Count("mcda.json", "criteria"), "mcda", CliRunner.Example("mcda.json"), "--method", "wsm");

    [Fact]
    public void Cells_AtAndPastTheLimit()
    {
        var cells = JsonDocument.Parse(File.ReadAllText(CliRunner.Example("mcda.json"))).RootElement.GetProperty("matrix").EnumerateArray().Sum(row => row.GetArrayLength());

        AtAndPast(Limits.Cells, cells, "mcda", CliRunner.Example("mcda.json"), "--method", "topsis");
    }

    [Theory]
    [InlineData("topsis")]
    [InlineData("wsm")]
    public void Defaults_Mcda100000AlternativesBy20Criteria_Ranks(string method)
    {
        const int Alternatives = 100_000, Criteria = 20;
        var json = new StringBuilder();
        json.Append("{\"alternatives\":[").AppendJoin(',', Enumerable.Range(0, Alternatives).Select(i => $"\"a{i}\""));
        json.Append("],\"criteria\":[").AppendJoin(',', Enumerable.Range(0, Criteria).Select(j => $"\"c{j}\""));
        json.Append("],\"types\":[").AppendJoin(',', Enumerable.Range(0, Criteria).Select(j => j % 3 == 0 ? "\"cost\"" : "\"benefit\""));
        json.Append("],\"matrix\":[").AppendJoin(',', Enumerable.Range(0, Alternatives).Select(i => $"[{string.Join(',', Enumerable.Range(0, Criteria).Select(j => ((((i * 7919) + (j * 104729)) % 1000) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))}]"));
        json.Append("],\"weights\":[").AppendJoin(',', Enumerable.Repeat("1", Criteria)).Append("]}");
        var path = CliRunner.TempFile(json.ToString());
        try
        {
            var result = CliRunner.Run("mcda", path, "--method", method, "--json");

            Assert.True(result.ExitCode == 0, result.Error);
            Assert.Equal(string.Empty, result.Error);
            var ranks = JsonDocument.Parse(result.Output).RootElement.GetProperty("ranks").GetProperty("ordinal").EnumerateArray().Select(r => r.GetInt32());
            Assert.Equal(Enumerable.Range(1, Alternatives), ranks.Order());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MatrixSize_AtAndPastTheLimit() => AtAndPast(Limits.MatrixSize, Count("ahp.json", "labels"), "ahp", CliRunner.Example("ahp.json"));

    [Theory]
    [InlineData("psm", "survey.csv")]
    [InlineData("gauge", "deals.csv")]
    [InlineData("kano", "kano.csv")]
    [InlineData("odi", "odi.csv")]
    public void Rows_AtAndPastTheLimit(string command, string example) => AtAndPast(Limits.Rows, Rows(example), command, CliRunner.Example(example));

    [Fact]
    public void FileSize_AtAndPastTheLimit()
    {
        // demo.json padded with spaces to exactly 1 MiB, then one byte more.
        var json = File.ReadAllText(Demo).TrimEnd();
        var at = CliRunner.TempFile(json + new string(' ', (1 << 20) - Encoding.UTF8.GetByteCount(json)));
        var past = CliRunner.TempFile(json + new string(' ', (1 << 20) - Encoding.UTF8.GetByteCount(json) + 1));
        try
        {
            Assert.Equal(1 << 20, new FileInfo(at).Length);
            Assert.Equal(0, CliRunner.Run("score", at, "--max-file-mb", "1").ExitCode);

            var result = CliRunner.Run("score", past, "--max-file-mb", "1");
            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"solutionfit: {past}: the file size in MiB: the file is 1,048,577 bytes, more than the limit of 1 MiB; raise it with --max-file-mb MB if this is intended.", result.Error.TrimEnd());
        }
        finally
        {
            File.Delete(at);
            File.Delete(past);
        }
    }

    [Theory]
    [InlineData(".csv", "kano")]
    [InlineData(".csv", "odi")]
    [InlineData(".csv", "gauge")]
    [InlineData(".csv", "psm")]
    [InlineData(".json", "rank")]
    [InlineData(".json", "ahp")]
    [InlineData(".json", "mcda", "--method", "wsm")]
    public void FileSize_EveryCommandChecksItBeforeReading(string extension, string command, params string[] options)
    {
        var past = CliRunner.TempFile(new string(' ', (1 << 20) + 1), extension);
        try
        {
            var result = CliRunner.Run([command, past, "--max-file-mb", "1", .. options]);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("1,048,577 bytes, more than the limit of 1 MiB; raise it with --max-file-mb", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(past);
        }
    }

    [Fact]
    public void GridPoints_AtAndPastTheLimit()
    {
        // Prices from 1 to 11 on a grid of step 1: 11 prices.
        var path = CliRunner.TempFile("too_cheap,cheap,expensive,too_expensive\n1,3,6,9\n2,4,7,10\n3,5,8,11\n", ".csv");
        try
        {
            AtAndPast(Limits.GridPoints, 11, "psm", path, "--interpolate-step", "1");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void GridPoints_SpanTheRowsTheAnalysisUses()
    {
        // The last row is inconsistent (too cheap above cheap): validation drops it, so the grid spans 1 to 11;
        // without validation the analysis keeps it, and the grid would span 1 to 1,000.
        var path = CliRunner.TempFile("too_cheap,cheap,expensive,too_expensive\n1,3,6,9\n2,4,7,10\n3,5,8,11\n5,4,6,1000\n", ".csv");
        try
        {
            AtAndPast(Limits.GridPoints, 11, "psm", path, "--interpolate-step", "1");

            var unvalidated = CliRunner.Run("psm", path, "--interpolate-step", "1", "--no-validate", Limits.GridPoints.Option, "999");
            Assert.Equal(2, unvalidated.ExitCode);
            Assert.Contains("makes a grid of 1,000 prices from", unvalidated.Error, StringComparison.Ordinal);
            Assert.True(CliRunner.Run("psm", path, "--interpolate-step", "1", "--no-validate", Limits.GridPoints.Option, "1000").ExitCode == 0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void GridPoints_HugeSpanOverATinyStep_RejectedNotOverflowed()
    {
        var path = CliRunner.TempFile("too_cheap,cheap,expensive,too_expensive\n1,3,6,1e300\n", ".csv");
        try
        {
            var result = CliRunner.Run("psm", path, "--interpolate-step", "1e-300");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--max-grid-points", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ChartPoints_AtTheLimit_TheCurveItself()
    {
        double[] xs = [.. Enumerable.Range(0, 100).Select(i => (double)i)];
        double[] ys = [.. xs.Select(x => Math.Sin(x))];

        var (x, y) = PsmChart.Downsample(xs, ys, 100);

        Assert.Equal(xs, x);
        Assert.Equal(ys, y);
    }

    [Theory]
    [InlineData(101, 100)]
    [InlineData(1_000_000, 2_000)]
    [InlineData(10, 4)]
    public void ChartPoints_PastTheLimit_DownsampledKeepingEndsAndExtremes(int n, int max)
    {
        double[] xs = [.. Enumerable.Range(0, n).Select(i => (double)i)];
        double[] ys = [.. xs.Select(x => Math.Sin(x / 7) + (x == n / 3 ? 5 : 0) - (x == n / 2 ? 5 : 0))];

        var (x, y) = PsmChart.Downsample(xs, ys, max);

        Assert.InRange(x.Length, 2, max);
        Assert.Equal(y.Length, x.Length);
        Assert.Equal(xs[0], x[0]);
        Assert.Equal(xs[^1], x[^1]);
        Assert.Contains(ys.Max(), y);
        Assert.Contains(ys.Min(), y);
        Assert.True(x.Zip(x.Skip(1)).All(p => p.First < p.Second), "in order, no point twice");
        Assert.All(x.Zip(y), p => Assert.Equal(ys[(int)p.First], p.Second));
    }

    [Fact]
    public void ChartPoints_ABigGridStillDrawsASmallChart()
    {
        var chart = Path.Combine(Path.GetTempPath(), $"solutionfit-chart-{Guid.NewGuid():N}.svg");
        try
        {
            var result = CliRunner.Run("psm", CliRunner.Example("survey.csv"), "--interpolate-step", "0.001", "--chart", chart, "--max-chart-points", "200");

            Assert.True(result.ExitCode == 0, result.Error);
            Assert.InRange(new FileInfo(chart).Length, 1, 1_000_000);
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Fact]
    public void Options_ZeroOrNotANumber_UsageError()
    {
        Assert.Equal(1, CliRunner.Run("score", Demo, "--max-customers", "0").ExitCode);
        Assert.Equal(1, CliRunner.Run("score", Demo, "--max-customers", "1,000").ExitCode);
    }

    [Fact]
    public void Readme_ListsEveryLimitWithItsOptionAndDefault()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cli-README.md"));

        Assert.All(Limits.All, limit => Assert.Contains(
            $"| `{limit.Option} {limit.HelpName}` | {limit.Default.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} |",
            readme,
            StringComparison.Ordinal));
    }
}
