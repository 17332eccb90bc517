using System.Text.Json;

namespace SolutionFit.Cli.Tests;

public sealed class UnknownGoalWarningTests
{
    // "onbord-fast" is a typo: no customer has that goal, so the scorer ignores the achievement.
    private const string Typo = """
        {"customers":[{"id":"acme","goals":[{"id":"onboard-fast","importance":0.9}]},
                      {"id":"globex","goals":[{"id":"onboard-fast","importance":0.5},{"id":"reports","importance":0.5}]}],
         "solutions":[{"id":"starter","price":99,"effort":0.2,"enjoyment":0.7,"achievements":{"onbord-fast":0.8,"reports":0.4}},
                      {"id":"pro","price":199,"effort":0.1,"enjoyment":0.8,"achievements":{"onbord-fast":1,"onboard-fast":0.5}}]}
        """;

    private static CliResult RunOn(string json, params string[] args)
    {
        var path = CliRunner.TempFile(json);
        try
        {
            return CliRunner.Run([args[0], path, .. args[1..]]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("score")]
    [InlineData("score", "--json")]
    [InlineData("rank")]
    [InlineData("rank", "--json")]
    [InlineData("rank", "--top", "1")]
    public void ScoreAndRank_AchievementForNoCustomersGoal_WarnOnceAndExit0(params string[] args)
    {
        var result = RunOn(Typo, args);

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("solutionfit: warning: ", line, StringComparison.Ordinal);
        Assert.Contains("goal 'onbord-fast' is not a goal of any customer in the file", line, StringComparison.Ordinal);
        Assert.Contains("solutions 'starter', 'pro' is ignored", line, StringComparison.Ordinal);
        Assert.NotEmpty(result.Output);
        if (args.Contains("--json"))
        {
            using var _ = JsonDocument.Parse(result.Output);
        }
    }

    [Fact]
    public void Score_GoalOfAnotherCustomer_IsNoWarning()
    {
        // "reports" is globex's goal only: fine for acme (a shared catalog).
        var result = RunOn(Typo.Replace("\"onbord-fast\":0.8,", string.Empty, StringComparison.Ordinal).Replace("\"onbord-fast\":1,", string.Empty, StringComparison.Ordinal), "score");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
    }

    [Theory]
    [InlineData("score", "demo.json")]
    [InlineData("rank", "demo.json")]
    [InlineData("score", "acme.json")]
    public void ScoreAndRank_Examples_NoWarning(string command, string example)
    {
        var result = CliRunner.Run(command, CliRunner.Example(example));

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
    }
}
