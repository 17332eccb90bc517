using System.Text.Json;
using SolutionFit.Gauges;

namespace SolutionFit.Cli.Tests;

public sealed class GaugeCommandTests
{
    private const string Deals = """
        deal,reaction,seller,weight
        D1,bargain,ana,1
        D2,fair,ana,2
        D3,grumble,ben,1
        D4,tooExpensive,ben,1
        D5,fair,ben,1
        D6,tooCheap,ana,1
        """;

    private static CliResult RunOn(string csv, params string[] args)
    {
        var path = CliRunner.TempFile(csv, ".csv");
        try
        {
            return CliRunner.Run(["gauge", path, .. args]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Gauge_Json_IsTheLibrarysGaugePerGroup()
    {
        var result = RunOn(Deals, "--by", "seller", "--json", "--compare", "ana,ben");

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Output).RootElement;
        var groups = root.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["ana", "ben"], groups.Select(g => g.GetProperty("key").GetString()));
        var ana = PriceHappinessGauge.Measure([new("D1", PriceReaction.Bargain), new("D2", PriceReaction.Fair, 2), new("D6", PriceReaction.TooCheap)]);
        var ben = PriceHappinessGauge.Measure([new("D3", PriceReaction.Grumble), new("D4", PriceReaction.TooExpensive), new("D5", PriceReaction.Fair)]);
        Assert.Equal(ana.SmileIndex, groups[0].GetProperty("smileIndex").GetDouble());
        Assert.Equal(ana.SmileIndexInterval.Lower, groups[0].GetProperty("smileIndexLower").GetDouble());
        Assert.Equal(ben.SmileIndexInterval.Upper, groups[1].GetProperty("smileIndexUpper").GetDouble());
        Assert.Equal(2, groups[0].GetProperty("counts").GetProperty("bargain").GetInt32() + groups[0].GetProperty("counts").GetProperty("fair").GetInt32());
        Assert.Equal(0.5, groups[0].GetProperty("shares").GetProperty("fair").GetDouble());
        Assert.Equal(SmileGauge.Compare(ana, ben).Difference, root.GetProperty("comparison").GetProperty("difference").GetDouble());
    }

    [Fact]
    public void Gauge_Text_OneRowForAllDeals()
    {
        var result = RunOn(Deals);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("  all", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Gauge_ExampleDeals_ComparesSellers()
    {
        var result = CliRunner.Run("gauge", CliRunner.Example("deals.csv"), "--by", "seller", "--compare", "ana,ben");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ana - ben: ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deal,reaction\nD1,happy\n", new string[0], "line 2, column 'reaction': 'happy' is not one of tooCheap, bargain, fair, grumble, tooExpensive")]
    [InlineData("deal,reaction\nD1,fair\nD1,bargain\n", new string[0], "Deal 'D1' has more than one reaction")]
    [InlineData("deal\nD1\n", new string[0], "the required column 'reaction' is missing")]
    [InlineData("deal,reaction,weight\nD1,fair,-2\n", new string[0], "line 2, column 'weight': Deal 'D1' weight must be a finite number >= 0, but is -2.")]
    [InlineData("deal,reaction\n,fair\n", new string[0], "line 2, column 'deal': the deal id is missing")]
    [InlineData("deal,reaction\n", new string[0], "the file has no deal")]
    [InlineData("deal,reaction,weight\nD1,fair,0\n", new string[0], "all have weight 0")]
    [InlineData("deal,reaction,seller\nD1,fair,ana\nD2,fair,ben\nD3,bargain,ben\nD2,grumble,ben\n", new[] { "--by", "seller" }, ": line 5: Group 'ben': Deal 'D2' has more than one reaction")]
    [InlineData("deal,reaction\nD1,fair\n", new[] { "--compare", "a,b" }, "--compare: there is no group 'a' (use --by COLUMN to form groups)")]
    [InlineData("deal,reaction\nD1,fair\n", new[] { "--by", "seller" }, "the required column 'seller' is missing")]
    public void Gauge_BadInput_OneClearLineAndExitCode2(string csv, string[] args, string problem)
    {
        var result = RunOn(csv, args);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(problem, line, StringComparison.Ordinal);
    }
}
