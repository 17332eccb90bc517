using System.Text.RegularExpressions;

namespace SolutionFit.Cli.Tests;

public sealed partial class TextAndUsageTests
{
    [GeneratedRegex(@"\d\.\d{5,}")]
    private static partial Regex LongDecimal();

    [Fact]
    public void Help_NamesTheCommandSolutionfit()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("solutionfit [command] [options]", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SolutionFit.Cli", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_OfASubcommand_NamesTheCommandSolutionfit()
    {
        var result = CliRunner.Run("rank", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("solutionfit rank <FILE.json> [options]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_IsAnOption()
    {
        var result = CliRunner.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.Output.Trim());
    }

    [Theory]
    [InlineData(18.000000000000004, "18")]
    [InlineData(28.800000000000004, "28.8")]
    [InlineData(46.749999999999993, "46.75")]
    [InlineData(1234.5, "1,234.5")]
    [InlineData(double.PositiveInfinity, "∞")]
    public void Price_RoundsToCents(double price, string expected) => Assert.Equal(expected, TextOutput.Price(price));

    [Theory]
    [InlineData(0.32142857142857145, "0.321")]
    [InlineData(0.1 + 0.2, "0.300")]
    public void Number_RoundsToThreeDecimals(double value, string expected) => Assert.Equal(expected, TextOutput.Number(value));

    [Theory]
    [InlineData("demo")]
    [InlineData("score", "demo.json")]
    [InlineData("rank", "demo.json")]
    [InlineData("psm", "survey.csv", "--weight-column", "weight", "--nms")]
    [InlineData("gauge", "deals.csv", "--by", "seller", "--compare", "ana,ben")]
    [InlineData("mcda", "mcda.json", "--method", "vikor")]
    [InlineData("ahp", "ahp.json")]
    [InlineData("kano", "kano.csv")]
    [InlineData("odi", "odi.csv")]
    public void TextOutput_ShowsNoFloatingPointNoise(string command, params string[] rest)
    {
        string[] args = rest.Length == 0 ? [command] : [command, CliRunner.Example(rest[0]), .. rest[1..]];

        var result = CliRunner.Run(args);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Empty(LongDecimal().Matches(result.Output).Select(m => m.Value));
    }
}
