using System.Collections.ObjectModel;

namespace SolutionFit.Tests;

public sealed class RankAcceptabilityTests
{
    private static ProposedSolution Solution(string id, string name, params (string Goal, double Achievement)[] achievements) =>
        new(id, 10, achievements.Select(a => KeyValuePair.Create(a.Goal, a.Achievement)), effort: 0.0, enjoyment: 1.0, name);

    /// <summary>A result with the given first counts out of <paramref name="counted"/> samples, for the wording.</summary>
    private static RankAcceptability WithFirstCounts(int counted, int skipped, int top, params (string Id, string Name, int First)[] solutions) =>
        new("c", 0.2, counted + skipped, 1, top, skipped, [.. solutions.Select((s, i) => new SolutionAcceptability(
            new RankedSolution(Solution(s.Id, s.Name), i, 0.5, null), s.First, counted, counted))]);

    [Theory]
    [InlineData("rank_demo")]
    [InlineData("rank_near_ties")]
    public void Acceptability_ReferenceCase_AgreesWithinTolerance(string name)
    {
        var reference = RankAcceptabilityReference.Load(name);
        var catalog = new SolutionCatalog(reference.Solutions);
        Assert.Equal(reference.Customers.Count, reference.Rankings.Count);
        for (var c = 0; c < reference.Customers.Count; c++)
        {
            var expected = reference.Rankings[c];
            var result = catalog.Acceptability(reference.Customers[c], c, reference.Uncertainty, reference.Samples, reference.Seed, reference.Top);
            Assert.Equal(expected.GetProperty("customerId").GetString(), result.CustomerId);
            Assert.Equal(expected.GetProperty("samples").GetInt32(), result.Samples);
            Assert.Equal(expected.GetProperty("skippedSamples").GetInt32(), result.SkippedSamples);
            var solutions = expected.GetProperty("solutions").EnumerateArray().ToList();
            Assert.Equal(solutions.Select(s => s.GetProperty("solutionId").GetString()), result.Solutions.Keys);
            foreach (var solution in solutions)
            {
                var actual = result.Solutions[solution.GetProperty("solutionId").GetString()!];
                var overall = solution.GetProperty("overall").GetDouble();
                Assert.True(Math.Abs(actual.Place.Overall - overall) <= 1e-9 * Math.Abs(overall), $"{result.CustomerId} {actual}: overall {actual.Place.Overall}, expected {overall}");
                var shares = solution.GetProperty("acceptability");
                Assert.InRange(actual.First!.Value, shares.GetProperty("first").GetDouble() - reference.Tolerance, shares.GetProperty("first").GetDouble() + reference.Tolerance);
                Assert.InRange(actual.Top!.Value, shares.GetProperty("top").GetDouble() - reference.Tolerance, shares.GetProperty("top").GetDouble() + reference.Tolerance);
            }
        }
    }

    [Fact]
    public void PerturbedImportance_PublishedVector_IsBitExact()
    {
        var u = RandomDraws.Perturbation(1, 0, 0, 0);

        Assert.Equal(0.6542078825044216, RankAcceptability.PerturbedImportance(0.6, 0.2, u));
    }

    [Theory]
    [InlineData(0.95, 0.2, 0.99, 1.0)]
    [InlineData(0.05, 0.2, 0.01, 0.0)]
    [InlineData(0.5, 0.0, 0.9, 0.5)]
    [InlineData(0.5, 1.0, 0.75, 1.0)]
    public void PerturbedImportance_OutsideTheUnitInterval_IsClamped(double importance, double uncertainty, double u, double expected) =>
        Assert.Equal(expected, RankAcceptability.PerturbedImportance(importance, uncertainty, u));

    [Fact]
    public void Acceptability_CatalogTheCustomerRanksAlike_SharesFollowTheDraws()
    {
        // Two solutions that each serve one of two equally important goals: whichever goal a sample makes more important wins.
        var customer = new CustomerProfile("c", [new CustomerGoal("a", 0.5), new CustomerGoal("b", 0.5)]);
        var catalog = new SolutionCatalog([Solution("x", "X", ("a", 1.0)), Solution("y", "Y", ("b", 1.0))]);
        var expectedX = Enumerable.Range(0, 500).Count(s => RandomDraws.Perturbation(9, 3, (ulong)s, 0) >= RandomDraws.Perturbation(9, 3, (ulong)s, 1));

        var result = catalog.Acceptability(customer, 3, 0.3, 500, 9, 1);

        Assert.Equal(["x"], result.Solutions.Keys);
        Assert.Equal(expectedX, result.Solutions["x"].FirstCount);
        Assert.Equal(result.Solutions["x"].FirstCount, result.Solutions["x"].TopCount);
        Assert.InRange(expectedX, 200, 300);
    }

    [Fact]
    public void Acceptability_CustomerIndex_IsACoordinateOfTheDraws()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("a", 0.5), new CustomerGoal("b", 0.5)]);
        var catalog = new SolutionCatalog([Solution("x", "X", ("a", 1.0)), Solution("y", "Y", ("b", 1.0))]);

        var counts = Enumerable.Range(0, 4).Select(c => catalog.Acceptability(customer, c, 0.3, 200, 9, 2).Solutions["x"].FirstCount).ToList();

        Assert.True(counts.Distinct().Count() > 1, string.Join(", ", counts));
    }

    [Fact]
    public void Acceptability_EverySampleSkipped_SharesAreNull()
    {
        // Importance 0.01 with U = 1: a sample keeps it only when u > 0.495, so about half the samples are skipped.
        var customer = new CustomerProfile("c", [new CustomerGoal("a", 0.01)]);
        var catalog = new SolutionCatalog([Solution("x", "X", ("a", 1.0))]);
        var skipped = Enumerable.Range(0, 200).Count(s => RankAcceptability.PerturbedImportance(0.01, 1.0, RandomDraws.Perturbation(5, 0, (ulong)s, 0)) == 0.0);

        var some = catalog.Acceptability(customer, 0, 1.0, 200, 5, 1);
        var all = Enumerable.Range(0, 10_000).Select(s => (ulong)s).First(seed => RankAcceptability.PerturbedImportance(0.01, 1.0, RandomDraws.Perturbation(seed, 0, 0, 0)) == 0.0);
        var none = catalog.Acceptability(customer, 0, 1.0, 1, all, 1);

        Assert.Equal(skipped, some.SkippedSamples);
        Assert.InRange(skipped, 70, 130);
        Assert.Equal(1, none.SkippedSamples);
        Assert.Equal(0, none.CountedSamples);
        Assert.Null(none.Solutions["x"].First);
        Assert.Null(none.Solutions["x"].Top);
        Assert.StartsWith("No plausible priorities", none.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Acceptability_EmptyCatalog_CountsTheSamplesAndShowsNoSolution()
    {
        var result = new SolutionCatalog([]).Acceptability(new CustomerProfile("c", [new CustomerGoal("a", 1)]), 0, 0.5, 10, 1, 3);

        Assert.Empty(result.Solutions);
        Assert.Equal(0, result.Top);
        Assert.Equal(10, result.CountedSamples);
        Assert.Equal("No solution to rank: the catalog is empty", result.Describe());
    }

    [Fact]
    public void Solutions_AreAReadOnlyViewInRankingOrder()
    {
        var customer = new CustomerProfile("c", [new CustomerGoal("a", 1)]);
        var catalog = new SolutionCatalog([Solution("low", "Low", ("a", 0.2)), Solution("high", "High", ("a", 0.9)), Solution("mid", "Mid", ("a", 0.5))]);

        var result = catalog.Acceptability(customer, 0, 0.1, 20, 1, 3);

        Assert.Equal(["high", "mid", "low"], result.Solutions.Keys);
        Assert.Equal([1, 2, 0], result.Solutions.Values.Select(s => s.Place.Index));
        Assert.IsType<ReadOnlyDictionary<string, SolutionAcceptability>>(result.Solutions);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, SolutionAcceptability>)result.Solutions).Clear());
        Assert.Same(result.Solutions, result.Solutions);
    }

    [Fact]
    public void Describe_TwoWinners_NamesThemByDescendingShare() =>
        Assert.Equal(
            "Team is the best fit in 87 % of plausible priorities; Business in 13 %",
            WithFirstCounts(100, 0, 3, ("business", "Business", 13), ("team", "Team", 87), ("starter", "Starter", 0)).Describe());

    [Fact]
    public void Describe_TinyAndNearlyWholeShares_AreNotRoundedToZeroOrAHundred() =>
        Assert.Equal(
            "A is the best fit in over 99 % of plausible priorities; B in under 1 %",
            WithFirstCounts(1000, 5, 2, ("a", "A", 999), ("b", "B", 1)).Describe());

    [Fact]
    public void Describe_WinsOutsideTheTop_AreSaid()
    {
        Assert.Equal(
            "A is the best fit in 60 % of plausible priorities; solutions outside the top 1 in 40 %",
            WithFirstCounts(10, 0, 1, ("a", "A", 6)).Describe());
        Assert.Equal(
            "Solutions outside the top 1 are the best fit in 100 % of plausible priorities",
            WithFirstCounts(10, 0, 1, ("a", "A", 0)).Describe());
    }

    [Fact]
    public void Describe_EqualShares_KeepTheRankingOrder() =>
        Assert.Equal(
            "B is the best fit in 50 % of plausible priorities; A in 50 %",
            WithFirstCounts(4, 0, 2, ("b", "B", 2), ("a", "A", 2)).Describe());

    [Fact]
    public void ToString_IsOneInvariantLine()
    {
        CommaCulture.Run(() =>
        {
            var text = WithFirstCounts(2000, 3, 2, ("a", "A", 1500), ("b", "B", 500)).ToString();

            Assert.Equal("c, 2003 sample(s), 3 skipped: A is the best fit in 75 % of plausible priorities; B in 25 %", text);
            Assert.Equal("a: first 0.75, top 1", WithFirstCounts(2000, 3, 2, ("a", "A", 1500)).Solutions["a"].ToString());
        });
    }

    [Fact]
    public void Default_IsAnEmptyEntry()
    {
        var empty = default(SolutionAcceptability);

        Assert.Null(empty.Place.Solution);
        Assert.Null(empty.First);
        Assert.Null(empty.Top);
        Assert.Equal("(none)", empty.ToString());
    }
}
