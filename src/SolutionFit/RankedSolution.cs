namespace SolutionFit;

/// <summary>One place in a ranking of a <see cref="SolutionCatalog"/> for a customer: which solution, its overall score and the predicted reaction.</summary>
/// <remarks>
/// <para>
/// The numbers are bit-identical to <see cref="SolutionFitScorer.Evaluate(CustomerProfile, ProposedSolution)"/>; for the
/// full explanation score <see cref="Solution"/> with <see cref="SolutionCatalog.Scorer"/>.
/// </para>
/// <para><c>default</c> is an empty place: no solution (<see cref="Solution"/> is null), index 0, overall 0, no reaction.</para>
/// <para>An immutable value: safe to share across threads.</para>
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

    /// <summary>
    /// Creates a place in a ranking from plain data, for example a shard's ranking received from another machine, to merge
    /// with <see cref="MergeTop"/>.
    /// </summary>
    /// <param name="solution">The solution; its id identifies it across shards.</param>
    /// <param name="index">The solution's index in the catalog (or shard) it was ranked in, at least 0.</param>
    /// <param name="overall">The overall score, in [0, 1].</param>
    /// <param name="reaction">The predicted reaction to the price, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="solution"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative, or <paramref name="reaction"/> is undefined.</exception>
    /// <exception cref="InvalidInputException"><paramref name="overall"/> is NaN or outside [0, 1].</exception>
    public RankedSolution(ProposedSolution solution, int index, double overall, PriceReaction? reaction)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (reaction is { } r && !Enum.IsDefined(r))
        {
            throw new ArgumentOutOfRangeException(nameof(reaction), (int)r, "The reaction must be a defined PriceReaction.");
        }

        Solution = solution;
        Index = index;
        IdRank = -1;
        Overall = Guard.UnitInterval(overall, nameof(overall), "The overall score");
        _reaction = (sbyte)(reaction is { } value ? (int)value + 1 : 0);
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

    /// <summary>
    /// Merges the best <paramref name="top"/> of each shard of a catalog into the exact best <paramref name="top"/> of the
    /// whole catalog: best overall first, ties broken by solution id (ordinal, ascending), as every ranking of the library.
    /// </summary>
    /// <param name="shards">Each shard's ranking: its best <paramref name="top"/> (or all its solutions when it has fewer), in any order.</param>
    /// <param name="top">How many to keep; at least 1.</param>
    /// <returns>The best <c>min(top, total)</c> places, best first; each keeps its <see cref="Index"/> in its own shard.</returns>
    /// <remarks>
    /// Exact because every solution of the whole catalog's best k is among its own shard's best k (at most k − 1 places of
    /// that shard rank above it), and the order compares only the overall score and the id, which do not depend on the
    /// shard. O(m log m) for m places in all. Merging merged lists is again exact, so merges nest in any grouping and order.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="shards"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    /// <exception cref="InvalidInputException">
    /// A shard is null (<see cref="InvalidInputException.Index"/> is its position), a place is empty (no solution), or a
    /// solution id appears twice (<see cref="InvalidInputException.ItemId"/> is the id).
    /// </exception>
    public static RankedSolution[] MergeTop(IEnumerable<IEnumerable<RankedSolution>> shards, int top)
    {
        ArgumentNullException.ThrowIfNull(shards);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var all = new List<RankedSolution>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var shard = 0;
        foreach (var places in shards)
        {
            if (places is null)
            {
                throw new InvalidInputException(nameof(shards), "A shard's ranking is null.", index: shard);
            }

            foreach (var place in places)
            {
                if (place.Solution is null)
                {
                    throw new InvalidInputException(nameof(shards), "A place has no solution (a default RankedSolution).", index: shard);
                }

                if (!ids.Add(place.Solution.Id))
                {
                    throw new InvalidInputException(nameof(shards), $"The solution '{place.Solution.Id}' is ranked twice: every solution belongs to one shard.", index: shard, itemId: place.Solution.Id);
                }

                all.Add(place);
            }

            shard++;
        }

        all.Sort(static (a, b) => a.Overall != b.Overall ? b.Overall.CompareTo(a.Overall) : string.CompareOrdinal(a.Solution.Id, b.Solution.Id));
        return [.. all.Take(top)];
    }

    /// <inheritdoc />
    public override string ToString() =>
        Solution is null ? "(none)" : $"{Solution.Id}: overall {Guard.Format(Overall)}{(Reaction is { } r ? $", {r}" : string.Empty)}";
}
