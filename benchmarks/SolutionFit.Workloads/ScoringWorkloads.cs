namespace SolutionFit.Workloads;

/// <summary>
/// Scoring one customer against generated solutions (<see cref="SyntheticCatalog"/>, the generator of
/// <c>solutionfit bench-rank</c> and the benchmarks): <c>Score</c> and <c>Evaluate</c> per pair while walking 1,000
/// solutions, <c>Rank</c> over 10,000, and the compiled catalog of 10,000 solutions (every overall and the best 10 for
/// one customer on one thread, the best 10 for each of 1,000 customers on every core).
/// </summary>
internal static class ScoringWorkloads
{
    private const int Walk = 1_000;

    public static IEnumerable<Workload> All() =>
    [
        new("scoring/score-per-pair/4g", () => ScoreWalk(4), Walk),
        new("scoring/score-per-pair/16g", () => ScoreWalk(16), Walk),
        new("scoring/score-per-pair/64g", () => ScoreWalk(64), Walk),
        new("scoring/evaluate-per-pair/4g", EvaluateWalk(4), Walk),
        new("scoring/evaluate-per-pair/16g", EvaluateWalk(16), Walk),
        new("scoring/evaluate-per-pair/64g", EvaluateWalk(64), Walk),
        new("scoring/rank/10kx16g", Rank),
        new("catalog/all-overalls/10kx16g", CatalogOveralls()),
        new("catalog/top10/10kx16g", CatalogTop10()),
        new("catalog/batch-top10/1000x10kx16g", CatalogBatch()),
    ];

    private static Action ScoreWalk(int goals)
    {
        var (scorer, customer, solutions) = (new SolutionFitScorer(), SyntheticCatalog.Customers(1, goals)[0], SyntheticCatalog.Solutions(Walk, goals));
        return Sink.Of(() =>
        {
            var best = 0.0;
            foreach (var solution in solutions)
            {
                best = Math.Max(best, scorer.Score(customer, solution).Overall);
            }

            return best;
        });
    }

    private static Func<Action>? EvaluateWalk(int goals)
    {
#if HAS_EVALUATE
        return () =>
        {
            var (scorer, customer, solutions) = (new SolutionFitScorer(), SyntheticCatalog.Customers(1, goals)[0], SyntheticCatalog.Solutions(Walk, goals));
            return Sink.Of(() =>
            {
                var best = 0.0;
                foreach (var solution in solutions)
                {
                    best = Math.Max(best, scorer.Evaluate(customer, solution).Overall);
                }

                return best;
            });
        };
#else
        _ = goals;
        return null;
#endif
    }

    private static Action Rank()
    {
        var (scorer, customer, solutions) = (new SolutionFitScorer(), SyntheticCatalog.Customers(1, 16)[0], SyntheticCatalog.Solutions(10_000, 16));
        return Sink.Of(() => scorer.Rank(customer, solutions));
    }

    private static Func<Action>? CatalogOveralls()
    {
#if HAS_COMPILED_CATALOG
        return () =>
        {
            var catalog = new SolutionCatalog(SyntheticCatalog.Solutions(10_000, 16));
            var compiled = catalog.Compile(SyntheticCatalog.Customers(1, 16)[0]);
            var overall = new double[catalog.Count];
            return Sink.Of(() =>
            {
                compiled.Score(overall);
                return overall[^1];
            });
        };
#else
        return null;
#endif
    }

    private static Func<Action>? CatalogTop10()
    {
#if HAS_COMPILED_CATALOG
        return () =>
        {
            var compiled = new SolutionCatalog(SyntheticCatalog.Solutions(10_000, 16)).Compile(SyntheticCatalog.Customers(1, 16)[0]);
            var best = new RankedSolution[10];
            return Sink.Of(() => compiled.Top(best));
        };
#else
        return null;
#endif
    }

    private static Func<Action>? CatalogBatch()
    {
#if HAS_CATALOG_BATCH
        return () =>
        {
            var catalog = new SolutionCatalog(SyntheticCatalog.Solutions(10_000, 16));
            var customers = SyntheticCatalog.Customers(1_000, 16);
            var destination = new RankedSolution[customers.Length * 10];
            return Sink.Of(() => catalog.Top(customers, 10, destination));
        };
#else
        return null;
#endif
    }
}
