namespace SolutionFit.Workloads;

/// <summary>
/// The generator of <c>solutionfit bench-rank</c> (<c>SyntheticWorkload</c> in <c>src/SolutionFit.Formats</c>), copied so that this
/// program compiles against any commit: every customer has all <c>goals</c> goal ids (about 15 % must-haves, 65 %
/// performance, 20 % delighters) and price thresholds around a reference price of 50–150; every solution mentions every
/// goal id (3 % of achievements are 0) and costs 5–80. The seeds are those of the benchmarks.
/// </summary>
internal static class SyntheticCatalog
{
    public static ProposedSolution[] Solutions(int count, int goals)
    {
        var random = new Random(20261126);
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

    public static CustomerProfile[] Customers(int count, int goals)
    {
        var random = new Random(20261127);
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
