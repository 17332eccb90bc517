namespace SolutionFit.Tests;

/// <summary>The README's quick start compiles and runs here, and the README shows exactly this code.</summary>
public sealed class ReadmeQuickStartTests
{
    private const string Begin = "// begin README quick start";
    private const string End = "// end README quick start";

    [Fact]
    public void QuickStart_Runs_AndScoresAFairPrice()
    {
        var (score, report) = QuickStart();

        // Must-have: w = 0.9 + 0.7 = 1.6, a = 0.8, M = 0.8. Performance: w = 1.2, a = 0.5. G = 0.8 · 0.5 = 0.4.
        // X = 0.5·0.8 + 0.5·0.7 = 0.75; V = 0.4 · (0.75 + 0.25·0.75) = 0.375; q = 45 / 0.375 = 120: Fair, H = 1 - 0.25·40/70 = 6/7.
        Assert.Equal(0.4, score.GoalFit, 1e-12);
        Assert.Equal(0.375, score.Value, 1e-12);
        Assert.Equal(120, score.EffectivePrice, 1e-9);
        Assert.Equal(PriceReaction.Fair, score.Reaction);
        Assert.Equal(0.375 * 6 / 7, score.Overall, 1e-12);

        // Reports fully achieved: G = 0.8, V = 0.75, q = 60: a bargain, overall 0.75, the best step.
        Assert.Equal("self-serve-reports", Assert.IsType<AchieveGoalStep>(report.Steps[0]).GoalId);
        Assert.Equal(0.75, report.Steps[0].OverallAfter, 1e-12);
    }

    [Fact]
    public void Readme_SaysWhatTheQuickStartPrints()
    {
        var (score, report) = QuickStart();
        var printed = $"{score.Overall:F3} {score.Reaction}; next: {report.Steps[0]}";

        Assert.Contains($"This prints `{printed}`", ReadReadme(), StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_ShowsTheQuickStartVerbatim()
    {
        var source = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Readme", "ReadmeQuickStartTests.cs.txt"));
        var start = Array.FindIndex(source, l => l.Trim() == Begin);
        var stop = Array.FindIndex(source, l => l.Trim() == End);
        var compiled = source[(start + 1)..stop].Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("return", StringComparison.Ordinal));
        var readme = ReadReadme();

        var block = readme[(readme.IndexOf("```csharp", StringComparison.Ordinal) + "```csharp".Length)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        var shown = block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal));

        Assert.Equal(compiled, shown);
        Assert.True(block.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 15, "the quick start is at most 15 lines");
    }

    private static string ReadReadme() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Readme", "README.md"));

    private static (FitScore Score, CoachingReport Report) QuickStart()
    {
        // begin README quick start
        var customer = new CustomerProfile("acme",
            [new CustomerGoal("onboard-fast", importance: 0.9, GoalKind.MustHave, currentSatisfaction: 0.2),
             new CustomerGoal("self-serve-reports", importance: 0.6)],
            new PriceThresholds(tooCheap: 50, cheap: 80, expensive: 150, tooExpensive: 220));
        var starter = new ProposedSolution("starter", price: 45,
            new Dictionary<string, double> { ["onboard-fast"] = 0.8, ["self-serve-reports"] = 0.5 },
            effort: 0.2, enjoyment: 0.7);

        var scorer = new SolutionFitScorer();
        var score = scorer.Score(customer, starter);                 // Overall 0.321, Reaction Fair
        var report = new SolutionCoach(scorer).Coach(customer, starter);
        Console.WriteLine($"{score.Overall:F3} {score.Reaction}; next: {report.Steps[0]}");
        // end README quick start
        return (score, report);
    }
}
