using System.Globalization;
using System.Text.RegularExpressions;

namespace SolutionFit.Cli.Tests;

public sealed partial class BenchRankCommandTests
{
    private static readonly SolutionFitScorer Scorer = new();

    [Fact]
    public void BenchRank_PrintsOneLineEndingInPairsPerSecond()
    {
        var result = CliRunner.Run("bench-rank", "--customers", "1200", "--solutions", "70", "--goals", "3", "--top", "4", "--seed", "7");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var match = Line().Match(line.TrimEnd('\r'));
        Assert.True(match.Success, line);
        Assert.Equal("1,200", match.Groups["customers"].Value);
        Assert.Equal("70", match.Groups["solutions"].Value);
        Assert.Equal("3", match.Groups["goals"].Value);
        Assert.Equal("4", match.Groups["top"].Value);
        Assert.Equal(Environment.ProcessorCount.ToString("N0", CultureInfo.InvariantCulture), match.Groups["cores"].Value);
        Assert.True(double.Parse(match.Groups["ms"].Value, NumberStyles.Number, CultureInfo.InvariantCulture) >= 0);
        Assert.True(double.Parse(match.Groups["rate"].Value, NumberStyles.Number, CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void BenchRank_Defaults_TopTenOrTheWholeSmallerCatalog()
    {
        var result = CliRunner.Run("bench-rank", "--customers", "1", "--solutions", "6", "--goals", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(Line(), result.Output.TrimEnd());
        Assert.StartsWith("ranked 1 customer × 6 solutions × 1 goal (top 6) on ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--customers", "0")]
    [InlineData("--customers", "-5")]
    [InlineData("--customers", "many")]
    [InlineData("--customers", "1.5")]
    [InlineData("--customers", "1,000")]
    [InlineData("--customers", "99999999999")]
    [InlineData("--solutions", "0")]
    [InlineData("--solutions", "-1")]
    [InlineData("--solutions", "ten")]
    [InlineData("--goals", "0")]
    [InlineData("--goals", "-16")]
    [InlineData("--goals", "x")]
    [InlineData("--top", "0")]
    [InlineData("--top", "-3")]
    [InlineData("--top", "all")]
    public void BenchRank_SizeNotAWholeNumberOfAtLeastOne_IsAUsageErrorNamingTheOption(string option, string value)
    {
        var args = new Dictionary<string, string> { ["--customers"] = "3", ["--solutions"] = "4", ["--goals"] = "2", ["--top"] = "2" };
        args[option] = value;

        var result = CliRunner.Run(["bench-rank", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{option} takes one whole number of at least 1.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ranked ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("seven")]
    [InlineData("2147483647")]
    public void BenchRank_BadSeed_IsAUsageError(string seed)
    {
        var result = CliRunner.Run("bench-rank", "--customers", "3", "--solutions", "4", "--goals", "2", "--seed", seed);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--seed takes one whole number from 0 to 2147483646.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--customers")]
    [InlineData("--solutions")]
    [InlineData("--goals")]
    public void BenchRank_MissingSize_IsAUsageError(string missing)
    {
        var args = new[] { "--customers", "3", "--solutions", "4", "--goals", "2" };
        var index = Array.IndexOf(args, missing);

        var result = CliRunner.Run(["bench-rank", .. args[..index], .. args[(index + 2)..]]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        Assert.Contains("required", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void BenchRank_MoreRankedSolutionsThanAnArrayHolds_IsAUsageError()
    {
        var result = CliRunner.Run("bench-rank", "--customers", "2147483647", "--solutions", "2", "--goals", "1", "--top", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--customers × --top must be at most", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Run_SameSeed_SameWinners_AndTheyAreTheLibrarysRanking()
    {
        var first = BenchRankCommand.Run(customerCount: 40, solutionCount: 300, goals: 6, top: 5, seed: 3, jitQuiet: TimeSpan.Zero);
        var again = BenchRankCommand.Run(customerCount: 40, solutionCount: 300, goals: 6, top: 5, seed: 3, jitQuiet: TimeSpan.Zero);
        var other = BenchRankCommand.Run(customerCount: 40, solutionCount: 300, goals: 6, top: 5, seed: 4, jitQuiet: TimeSpan.Zero);

        Assert.Equal(5, first.K);
        Assert.Equal(12_000, first.Pairs);
        Assert.Equal(Winners(first), Winners(again));
        Assert.NotEqual(Winners(first), Winners(other));

        // The documented workload: solutions from the seed, customers from the seed + 1.
        var solutions = SyntheticWorkload.Solutions(300, 6, seed: 3);
        var customers = SyntheticWorkload.Customers(40, 6, seed: 4);
        var expected = customers.SelectMany(c => Scorer.Rank(c, solutions).Take(5).Select(s => (s.SolutionId, s.Overall)));
        Assert.Equal(expected, Winners(first));
    }

    [Fact]
    public void Run_TopLargerThanTheCatalog_RanksTheWholeCatalog()
    {
        var run = BenchRankCommand.Run(customerCount: 3, solutionCount: 4, goals: 2, top: 10, seed: 1, jitQuiet: TimeSpan.Zero);

        Assert.Equal(4, run.K);
        Assert.Equal(12, run.Winners.Length);
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(4, run.Winners.Span.Slice(i * 4, 4).ToArray().Select(w => w.Index).Distinct().Count()));
    }

    private static (string Id, double Overall)[] Winners(BenchRankRun run) =>
        [.. run.Winners.ToArray().Select(w => (w.Solution.Id, w.Overall))];

    [GeneratedRegex(@"^ranked (?<customers>\d{1,3}(,\d{3})*) customers? × (?<solutions>\d{1,3}(,\d{3})*) solutions? × (?<goals>\d{1,3}(,\d{3})*) goals? \(top (?<top>\d+)\) on (?<cores>\d{1,3}(,\d{3})*) cores? in (?<ms>\d{1,3}(,\d{3})*\.\d+) ms: (?<rate>\d{1,3}(,\d{3})*) pairs/s$")]
    private static partial Regex Line();
}
