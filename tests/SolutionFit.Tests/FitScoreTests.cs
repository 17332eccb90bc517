namespace SolutionFit.Tests;

/// <summary>The per-goal breakdown, built on first read: one list, the same whoever reads it first and from which thread.</summary>
public sealed class FitScoreTests
{
    private static readonly CustomerProfile Customer = new(
        "c",
        [new CustomerGoal("m", 0.9, GoalKind.MustHave, 0.2), new CustomerGoal("p", 0.6), new CustomerGoal("d", 0.4, GoalKind.Delighter)],
        new PriceThresholds(10, 20, 40, 60));

    private static readonly ProposedSolution Solution = new("s", 30, [KeyValuePair.Create("m", 0.7), KeyValuePair.Create("p", 0.5)], 0.2, 0.6);

    [Fact]
    public void Goals_ReadTwice_IsTheSameList()
    {
        var score = new SolutionFitScorer().Score(Customer, Solution);

        Assert.Same(score.Goals, score.Goals);
    }

    [Fact]
    public void Goals_ReadOnManyThreadsAtOnce_IsOneListWithTheNumbersOfTheReference()
    {
        const int Threads = 8;
        var reference = NaiveScorer.Score(ScoringPolicy.Default, Customer, Solution).Goals;
        for (var round = 0; round < 20; round++)
        {
            var score = new SolutionFitScorer().Score(Customer, Solution);
            var seen = new IReadOnlyList<GoalBreakdown>[Threads];
            using var start = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                seen[t] = score.Goals;
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            Assert.All(seen, goals => Assert.Same(seen[0], goals));
            Assert.Equal(
                reference.Select(g => (g.GoalId, g.Kind, g.Weight, g.Achievement)),
                seen[0].Select(g => (g.GoalId, g.Kind, g.Weight, g.Achievement)));
            Assert.All(seen[0].Zip(reference), p => Assert.Equal(p.Second.OverallIfFullyAchieved, p.First.OverallIfFullyAchieved, 1e-12));
        }
    }

    [Fact]
    public void Goals_OfARankedScore_AreThoseOfTheScoreAlone()
    {
        var scorer = new SolutionFitScorer();
        var other = new ProposedSolution("t", 15, [KeyValuePair.Create("m", 1.0), KeyValuePair.Create("d", 0.3)], 0.5, 0.5);

        var ranked = scorer.Rank(Customer, [Solution, other]);

        Assert.All(ranked, r => Assert.Equal(
            scorer.Score(Customer, r.SolutionId == "s" ? Solution : other).Goals.Select(g => g.ToString()),
            r.Goals.Select(g => g.ToString())));
    }

    [Fact]
    public void ToString_SaysEveryPart()
    {
        var customer = new CustomerProfile("c", [new("a", 1, GoalKind.MustHave)], new PriceThresholds(1, 2, 3, 4));
        var score = new SolutionFitScorer().Score(customer, new ProposedSolution("s", 2.5, [new("a", 0.5)], 0, 0));
        Assert.Equal(
            $"s for c: overall {Guard.Format(score.Overall)} (goal fit {Guard.Format(score.GoalFit)}, value {Guard.Format(score.Value)}, {score.Reaction!.Value})",
            score.ToString());
        Assert.Equal(
            $"a (MustHave): weight {Guard.Format(score.Goals[0].Weight)}, achieved 0.5, overall if fully achieved {Guard.Format(score.Goals[0].OverallIfFullyAchieved)}",
            score.Goals[0].ToString());
        var noReaction = new SolutionFitScorer().Score(new CustomerProfile("c", [new("a", 1)]), new ProposedSolution("s", 2.5, [new("a", 0.5)], 0, 0));
        Assert.EndsWith($"value {Guard.Format(noReaction.Value)})", noReaction.ToString(), StringComparison.Ordinal);
    }
}
