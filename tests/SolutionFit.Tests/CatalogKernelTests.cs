using System.Numerics;

namespace SolutionFit.Tests;

public sealed class CatalogKernelTests
{
    private static readonly CustomerProfile Customer = new(
        "c",
        [new CustomerGoal("must", 0.8, GoalKind.MustHave), new CustomerGoal("perf", 0.6), new CustomerGoal("delight", 0.4, GoalKind.Delighter)],
        new PriceThresholds(10, 20, 40, 60));

    /// <summary>640 solutions (ten blocks on 4-lane vectors): the first block serves every goal fully, the rest barely.</summary>
    private static SolutionCatalog FirstBlockBest() => new(Enumerable.Range(0, 640).Select(j =>
    {
        var achievement = j < CatalogKernel.BlockVectors * Vector<double>.Count ? 1.0 : 0.2;
        return new ProposedSolution($"s{j:D3}", 25, [new("must", achievement), new("perf", achievement), new("delight", achievement)], 0.2, 0.8);
    }));

    [Fact]
    public void Top_LaterBlocksBoundedBelowTheHeap_AreSkippedUnread()
    {
        var catalog = FirstBlockBest();
        var plan = new CustomerPlan();
        plan.Compile(catalog, Customer);

        CatalogKernel.Top(catalog, plan, new RankedSolution[10], out var skipped, out var scored);

        Assert.Equal(catalog.Blocks - 1, skipped);
        Assert.Equal(CatalogKernel.BlockVectors, scored);
    }

    [Fact]
    public void Top_BlockReachingTheHeap_ScoresOnlyTheVectorsWhoseBoundReachesIt()
    {
        // The first block fills the heap at achievements 0.5 (a fair price); in the second, all at 0.4 but the last solution at 1.
        var solutions = Enumerable.Range(0, 128).Select(j =>
        {
            var achievement = j == 127 ? 1.0 : j < 64 ? 0.5 : 0.4;
            return new ProposedSolution($"s{j:D3}", 5, [new("must", achievement), new("perf", achievement), new("delight", achievement)], 0.2, 0.8);
        });
        var catalog = new SolutionCatalog(solutions);
        var plan = new CustomerPlan();
        plan.Compile(catalog, Customer);
        var best = new RankedSolution[10];

        CatalogKernel.Top(catalog, plan, best, out var skipped, out var scored);

        // The second block's summaries reach the heap (solution 127), so it is read, but only 127's vector is scored.
        Assert.Equal(0, skipped);
        Assert.Equal(CatalogKernel.BlockVectors + 1, scored);
        Assert.Equal("s127", best[0].Solution.Id);
    }

    [Fact]
    public void Shadow_RoundsEachValueToTheSafeSide()
    {
        var catalog = new SolutionCatalog([new ProposedSolution("a", 0.1, [new("g", 0.1)], 0.3, 0.7), new ProposedSolution("b", 1e-50, [new("g", 1e-300)], 0.5, 0.5)]);
        catalog.TryGetColumn("g", out var column);
        var achievements = SolutionCatalog.Shadow(catalog.AchievementColumn(column), catalog.ShadowStart, catalog.Stride);
        var logs = SolutionCatalog.Shadow(catalog.LogAchievementColumn(column), catalog.ShadowStart, catalog.Stride);
        var prices = SolutionCatalog.Shadow(catalog.Prices, catalog.ShadowStart, catalog.Stride);

        Assert.True(achievements[0] >= 0.1 && achievements[1] >= 1e-300 && achievements[1] > 0, "achievements round up");
        Assert.True(logs[0] >= Math.Log(0.1) && logs[2] == -float.MaxValue, "logarithms round up; ln 0 is the lowest float");
        Assert.True(prices[0] <= 0.1 && prices[1] <= 1e-50, "prices round down");
        Assert.Equal(0.0f, achievements[2]);
    }
}
