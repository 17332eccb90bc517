namespace SolutionFit;

/// <summary>A customer compiled against a <see cref="SolutionCatalog"/>: scores every solution of the catalog, or picks the best, without allocating.</summary>
/// <remarks>
/// Created by <see cref="SolutionCatalog.Compile(CustomerProfile)"/>. Immutable and thread-safe: one compiled customer
/// may be scored on many threads at once. Every overall and reaction is bit-identical to
/// <see cref="SolutionFitScorer.Evaluate(CustomerProfile, ProposedSolution)"/> with the catalog's scorer.
/// </remarks>
public sealed class CompiledCustomer
{
    private readonly CustomerPlan _plan;

    internal CompiledCustomer(SolutionCatalog catalog, CustomerPlan plan)
    {
        Catalog = catalog;
        _plan = plan;
    }

    /// <summary>Gets the catalog the customer was compiled against.</summary>
    public SolutionCatalog Catalog { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerProfile Customer => _plan.Customer;

    /// <summary>Scores every solution of the catalog.</summary>
    /// <param name="overall">Receives each solution's overall score, in catalog order; at least <see cref="SolutionCatalog.Count"/> long (the rest is left alone).</param>
    /// <exception cref="ArgumentException"><paramref name="overall"/> is shorter than the catalog.</exception>
    public void Score(Span<double> overall)
    {
        RequireLength(overall.Length, nameof(overall));
        CatalogKernel.Score(Catalog, _plan, overall, []);
    }

    /// <summary>Scores every solution of the catalog, with the predicted reactions to their prices.</summary>
    /// <param name="overall">Receives each solution's overall score, in catalog order; at least <see cref="SolutionCatalog.Count"/> long.</param>
    /// <param name="reactions">Receives each solution's predicted reaction, in catalog order; at least <see cref="SolutionCatalog.Count"/> long.</param>
    /// <exception cref="ArgumentException"><paramref name="overall"/> or <paramref name="reactions"/> is shorter than the catalog.</exception>
    /// <exception cref="InvalidOperationException">The customer gave no price thresholds, so there are no reactions to predict.</exception>
    public void Score(Span<double> overall, Span<PriceReaction> reactions)
    {
        RequireLength(overall.Length, nameof(overall));
        RequireLength(reactions.Length, nameof(reactions));
        if (!_plan.HasThresholds)
        {
            throw new InvalidOperationException($"Customer '{Guard.Quote(Customer.Id)}' gave no price thresholds, so there are no reactions to predict.");
        }

        CatalogKernel.Score(Catalog, _plan, overall, reactions);
    }

    /// <summary>Picks the best solutions of the catalog, best first: descending overall, ties by solution id (ordinal, ascending).</summary>
    /// <param name="best">Receives the best <c>min(best.Length, Count)</c> solutions.</param>
    /// <returns>How many were written: <c>min(best.Length, Count)</c>.</returns>
    /// <remarks>
    /// One pass over the catalog with a heap of the best seen so far: O(Count + k·log k·(changes of the heap)). Blocks of
    /// solutions whose stored summaries bound them below the heap's worst are skipped unread, and the rest are bounded from
    /// a <see cref="float"/> shadow of the catalog before the ones that may enter are scored exactly; every bound is an
    /// upper bound of the exact overall, so the result is the same as scoring every solution.
    /// </remarks>
    public int Top(Span<RankedSolution> best) => CatalogKernel.Top(Catalog, _plan, best);

    /// <inheritdoc />
    public override string ToString() => $"{Customer.Id} against {Catalog}";

    private void RequireLength(int length, string paramName)
    {
        if (length < Catalog.Count)
        {
            throw new ArgumentException($"{paramName} holds {length} items, but the catalog has {Catalog.Count} solutions.", paramName);
        }
    }
}
