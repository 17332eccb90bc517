namespace SolutionFit.Oracles;

/// <summary>
/// Rank acceptability done the obvious way, the oracle of the property tests and the baseline of the benchmarks: each
/// sample builds the perturbed customer as a new <see cref="CustomerProfile"/>, scores every solution with
/// <see cref="SolutionFitScorer.Evaluate(CustomerProfile, ProposedSolution)"/> and sorts them (overall descending, id
/// ordinal ascending).
/// </summary>
public static class NaiveAcceptability
{
    /// <summary>The unperturbed top k's ids, best first, and for each how many samples it ranks first and within the top k.</summary>
    public sealed record Result(int Samples, int Skipped, string[] Printed, int[] First, int[] Top)
    {
        public int Counted => Samples - Skipped;
    }

    public static Result Run(ScoringPolicy policy, CustomerProfile customer, int customerIndex, IReadOnlyList<ProposedSolution> solutions, double uncertainty, int samples, ulong seed, int top)
    {
        var scorer = new SolutionFitScorer(policy);
        var k = Math.Min(top, solutions.Count);
        var printed = Ranking(scorer, customer, solutions).Take(k).ToArray();
        var place = printed.Select((id, p) => (id, p)).ToDictionary(x => x.id, x => x.p, StringComparer.Ordinal);
        var first = new int[k];
        var inTop = new int[k];
        var skipped = 0;
        for (var s = 0; s < samples; s++)
        {
            var goals = customer.Goals
                .Select((g, j) => new CustomerGoal(
                    g.Id,
                    Math.Clamp(g.Importance + (uncertainty * ((2.0 * RandomDraws.Perturbation(seed, (ulong)customerIndex, (ulong)s, (ulong)j)) - 1.0)), 0.0, 1.0),
                    g.Kind,
                    g.CurrentSatisfaction))
                .ToList();
            if (goals.All(g => g.Importance == 0.0))
            {
                skipped++;
                continue;
            }

            var ranking = Ranking(scorer, new CustomerProfile(customer.Id, goals, customer.PriceThresholds), solutions);
            if (k == 0)
            {
                continue;
            }

            if (place.TryGetValue(ranking[0], out var winner))
            {
                first[winner]++;
            }

            foreach (var id in ranking.Take(k))
            {
                if (place.TryGetValue(id, out var p))
                {
                    inTop[p]++;
                }
            }
        }

        return new Result(samples, skipped, printed, first, inTop);
    }

    private static List<string> Ranking(SolutionFitScorer scorer, CustomerProfile customer, IReadOnlyList<ProposedSolution> solutions) =>
        [.. solutions
            .Select(solution => (solution.Id, scorer.Evaluate(customer, solution).Overall))
            .OrderByDescending(x => x.Overall)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => x.Id)];
}
