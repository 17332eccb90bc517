namespace SolutionFit.Formats;

/// <summary>
/// A generated catalog and customers for sizing hardware (<c>bench-rank</c>) and for the benchmarks, which compile this
/// file in: every customer has all <c>goals</c> goal ids (about 15 % must-haves, 65 % performance, 20 % delighters) and
/// price thresholds around a reference price of 50–150; every solution mentions every goal id (3 % of achievements are 0)
/// and costs 5–80, so that the effective prices span all five reactions. Same seed, same workload.
/// </summary>
internal static class SyntheticWorkload
{
    /// <summary>Generates <paramref name="count"/> solutions over the goal ids <c>g0 … g(goals-1)</c>.</summary>
    public static ProposedSolution[] Solutions(int count, int goals, int seed)
    {
        var random = new Random(seed);
        var ids = GoalIds(goals);
        var solutions = new ProposedSolution[count];
        for (var j = 0; j < count; j++)
        {
            var achievements = new KeyValuePair<string, double>[goals];
            for (var g = 0; g < goals; g++)
            {
                achievements[g] = KeyValuePair.Create(ids[g], random.NextDouble() < 0.03 ? 0.0 : random.NextDouble());
            }

            solutions[j] = new ProposedSolution($"s{j}", Math.Round(5 + (75 * random.NextDouble()), 2), achievements, random.NextDouble(), random.NextDouble());
        }

        return solutions;
    }

    /// <summary>Generates <paramref name="count"/> customers, each with the goal ids <c>g0 … g(goals-1)</c> and price thresholds.</summary>
    public static CustomerProfile[] Customers(int count, int goals, int seed)
    {
        var random = new Random(seed);
        var ids = GoalIds(goals);
        var customers = new CustomerProfile[count];
        for (var i = 0; i < count; i++)
        {
            var profile = new CustomerGoal[goals];
            for (var g = 0; g < goals; g++)
            {
                var draw = random.NextDouble();
                var kind = draw < 0.15 ? GoalKind.MustHave : draw < 0.8 ? GoalKind.Performance : GoalKind.Delighter;
                profile[g] = new CustomerGoal(ids[g], 0.05 + (0.95 * random.NextDouble()), kind, random.NextDouble());
            }

            var reference = 50 + (100 * random.NextDouble());
            var tooCheap = reference * (0.3 + (0.2 * random.NextDouble()));
            var cheap = reference * (0.6 + (0.2 * random.NextDouble()));
            var expensive = reference * (1.1 + (0.3 * random.NextDouble()));
            var tooExpensive = reference * (1.6 + (0.6 * random.NextDouble()));
            customers[i] = new CustomerProfile($"c{i}", profile, new PriceThresholds(tooCheap, cheap, expensive, tooExpensive));
        }

        return customers;
    }

    private static string[] GoalIds(int goals) => [.. Enumerable.Range(0, goals).Select(g => $"g{g}")];
}
