namespace SolutionFit;

/// <summary>One place in a ranking of a <see cref="SolutionCatalog"/> for a customer: which solution, its overall score and the predicted reaction.</summary>
/// <remarks>
/// <para>
/// The numbers are bit-identical to <see cref="SolutionFitScorer.Evaluate(CustomerProfile, ProposedSolution)"/>; for the
/// full explanation score <see cref="Solution"/> with <see cref="SolutionCatalog.Scorer"/>.
/// </para>
/// <para><c>default</c> is an empty place: no solution (<see cref="Solution"/> is null), index 0, overall 0, no reaction.</para>
/// </remarks>
public readonly struct RankedSolution
{
    private readonly sbyte _reaction;

    internal RankedSolution(ProposedSolution solution, int index, int idRank, double overall, sbyte reaction)
    {
        Solution = solution;
        Index = index;
        IdRank = idRank;
        Overall = overall;
        _reaction = (sbyte)(reaction + 1);
    }

    /// <summary>Gets the solution.</summary>
    public ProposedSolution Solution { get; }

    /// <summary>Gets the solution's index in <see cref="SolutionCatalog.Solutions"/>.</summary>
    public int Index { get; }

    /// <summary>Gets the overall score in [0, 1].</summary>
    public double Overall { get; }

    /// <summary>Gets the predicted reaction to the price, or null when the customer gave no price thresholds.</summary>
    public PriceReaction? Reaction => _reaction > 0 ? (PriceReaction)(_reaction - 1) : null;

    /// <summary>Gets the solution's place among the catalog's ids in ordinal order (the tie-break).</summary>
    internal int IdRank { get; }

    /// <summary>Whether this place ranks below <paramref name="other"/>: a lower overall, or an equal one and a later id.</summary>
    internal bool RanksBelow(in RankedSolution other) =>
        Overall < other.Overall || (Overall == other.Overall && IdRank > other.IdRank);

    /// <inheritdoc />
    public override string ToString() =>
        Solution is null ? "(none)" : $"{Solution.Id}: overall {Guard.Format(Overall)}{(Reaction is { } r ? $", {r}" : string.Empty)}";
}
