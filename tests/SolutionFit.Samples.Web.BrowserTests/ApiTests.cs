using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace SolutionFit.Samples.Web.BrowserTests;

/// <summary>The API answers byte for byte as the CLI's <c>--json</c> does for the same file.</summary>
[Collection(SharedWebApp.Name)]
public sealed class ApiTests(WebApp app)
{
    [Theory]
    [InlineData("/api/rank", "examples/demo.json", "rank")]
    [InlineData("/api/rank?top=2", "examples/demo.json", "rank --top 2")]
    [InlineData("/api/score", "examples/demo.json", "score")]
    public async Task ScoreAndRank_DemoFile_SameBytesAsCliJson(string url, string file, string command)
    {
        var expected = Cli($"{command} {TestPaths.Data(file)} --json");
        var actual = await Post(url, file, "application/json");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("/api/psm", "psm/realistic500.csv", "")]
    [InlineData("/api/psm", "psm/tiny10.csv", "")]
    [InlineData("/api/psm?weightColumn=weight&nms=true", "examples/survey.csv", "--weight-column weight --nms")]
    [InlineData("/api/psm?method=classic&intersection=max", "psm/tiny10.csv", "--method classic --intersection max")]
    [InlineData("/api/psm?bootstrap=200&seed=20261206", "psm/realistic500.csv", "--bootstrap 200 --seed 20261206")]
    [InlineData("/api/psm?weightColumn=weight&nms=true&bootstrap=50&seed=18446744073709551557&confidence=0.9", "examples/survey.csv", "--weight-column weight --nms --bootstrap 50 --seed 18446744073709551557 --confidence 0.9")]
    public async Task Psm_Survey_SameBytesAsCliJson(string url, string file, string options)
    {
        var expected = Cli($"psm {TestPaths.Data(file)} {options} --json");
        var actual = await Post(url, file, "text/csv");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("/api/demand?segmentColumn=segment", "demand/segments300.csv", "--segment-column segment")]
    [InlineData("/api/demand?segmentColumn=segment&weightColumn=id", "demand/segments300.csv", "--segment-column segment --weight-column id")]
    public async Task Demand_ReferenceSurvey_SameBytesAsCliJson(string url, string file, string options)
    {
        var expected = Cli($"demand {TestPaths.Data(file)} {options} --json");
        var actual = await Post(url, file, "text/csv");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Demand_SegmentColumnNotNamed_BadRequestNamingTheColumn()
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(TestPaths.Data("demand/segments300.csv")));
        using var response = await app.Client.PostAsync(new Uri("/api/demand", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("solutionfit: request body: column 2 'segment': a price column's header must be a positive finite number", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/gauge", "")]
    [InlineData("/api/gauge?by=seller", "--by seller")]
    [InlineData("/api/gauge?by=quarter&weightColumn=value", "--by quarter --weight-column value")]
    public async Task Gauge_ExampleDeals_SameBytesAsCliJson(string url, string options)
    {
        var expected = Cli($"gauge {TestPaths.Data("examples/deals.csv")} {options} --json");
        var actual = await Post(url, "examples/deals.csv", "text/csv");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Gauge_UnknownReaction_BadRequestWithLineAndColumn()
    {
        using var content = new StringContent("deal,reaction\nD1,fair\nD2,happy\n");
        using var response = await app.Client.PostAsync(new Uri("/api/gauge", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("solutionfit: request body: line 3, column 'reaction': 'happy' is not one of", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Columns_QuotedHeader_TheHeaderInFileOrder()
    {
        using var content = new StringContent("deal,\"sales, region\",reaction\nD1,north,fair\n");
        using var response = await app.Client.PostAsync(new Uri("/api/columns", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var columns = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(["deal", "sales, region", "reaction"], columns);
    }

    [Theory]
    [InlineData("bootstrap=200", "solutionfit: bootstrap needs seed (the seed of the replicate weights).")]
    [InlineData("seed=1", "solutionfit: seed needs bootstrap (the number of replicates).")]
    [InlineData("confidence=0.9", "solutionfit: confidence needs bootstrap and seed.")]
    [InlineData("bootstrap=0&seed=1", "solutionfit: bootstrap takes a whole number from 1 to 100000, not 0.")]
    [InlineData("bootstrap=10&seed=1&confidence=1", "solutionfit: confidence takes a number strictly between 0 and 1, not 1.")]
    [InlineData("bootstrap=10&seed=18446744073709551616", "solutionfit: seed takes a whole number from 0 to 18446744073709551615, not '18446744073709551616'.")]
    public async Task Psm_BadBootstrapOption_BadRequestNamingIt(string query, string message)
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(TestPaths.Data("psm/tiny10.csv")));
        using var response = await app.Client.PostAsync(new Uri($"/api/psm?{query}", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.Content.ReadAsStringAsync()).TrimEnd());
    }

    [Theory]
    [InlineData("importanceUncertainty=2", "solutionfit: importanceUncertainty takes a number from 0 to 1, not 2.")]
    [InlineData("importanceUncertainty=0.2&samples=0", "solutionfit: samples takes a whole number from 1 to 100000, not 0.")]
    [InlineData("importanceUncertainty=0.2&seed=-1", "solutionfit: seed takes a whole number from 0 to 18446744073709551615, not '-1'.")]
    public async Task Coach_BadAcceptabilityOption_BadRequestNamingIt(string query, string message)
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(TestPaths.Data("examples/demo.json")));
        using var response = await app.Client.PostAsync(new Uri($"/api/coach?{query}", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.Content.ReadAsStringAsync()).TrimEnd());
    }

    [Fact]
    public async Task Rank_BadDocument_BadRequestWithWhereTheProblemIs()
    {
        using var content = new StringContent("""{"customers":[],"solutions":[{"id":"x"}]}""");
        using var response = await app.Client.PostAsync(new Uri("/api/rank", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("solutionfit: request body: at $.solutions[0]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<byte[]> Post(string url, string file, string contentType)
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(TestPaths.Data(file)));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await app.Client.PostAsync(new Uri(url, UriKind.Relative), content);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, System.Text.Encoding.UTF8.GetString(body));
        return body;
    }

    /// <summary>Runs the built CLI and returns the bytes it writes to standard output.</summary>
    private static byte[] Cli(string arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(TestPaths.CliDll);
        foreach (var argument in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"solutionfit {arguments}: exit code {process.ExitCode}: {error.Result}");
        return output.ToArray();
    }
}
