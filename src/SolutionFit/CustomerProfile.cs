namespace SolutionFit;

/// <summary>One customer: the goals they want to achieve and, optionally, the prices they would find cheap or too high.</summary>
/// <remarks>
/// Immutable and thread-safe. The goals are copied in, keep their order, and have unique ids (ordinal); at least one
/// goal has a positive importance, so that a fit can be measured.
/// </remarks>
public sealed class CustomerProfile
{
    private readonly CustomerGoal[] _goals;

    /// <summary>Creates a profile.</summary>
    /// <param name="id">The customer's id; not empty or white space.</param>
    /// <param name="goals">The customer's goals; copied in.</param>
    /// <param name="priceThresholds">
    /// The customer's price expectation for a solution that fully does what they want, or null when unknown
    /// (the score then has no price reaction, and its overall is the value alone).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="goals"/> is null.</exception>
    /// <exception cref="InvalidInputException"><paramref name="id"/> is empty or white space.</exception>
    /// <exception cref="InvalidInputException">
    /// A goal is null, or two goals share an id (<see cref="InvalidInputException.Index"/> is the goal's position in
    /// <paramref name="goals"/>; for a repeated id, <see cref="InvalidInputException.ItemId"/> is that id); or no goal has a
    /// positive importance (<see cref="InvalidInputException.ItemId"/> is the customer's id).
    /// </exception>
    public CustomerProfile(string id, IEnumerable<CustomerGoal> goals, PriceThresholds? priceThresholds = null)
    {
        Guard.Id(id, nameof(id), "customer");
        var copy = Guard.NotNullItems(goals, nameof(goals));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var anyImportant = false;
        for (var i = 0; i < copy.Length; i++)
        {
            var goal = copy[i];
            if (!seen.Add(goal.Id))
            {
                throw new InvalidInputException(nameof(goals), $"Customer '{id}' has more than one goal with id '{goal.Id}'; goal ids must be unique.", i, goal.Id);
            }

            anyImportant |= goal.Importance > 0.0;
        }

        if (!anyImportant)
        {
            throw new InvalidInputException(
                nameof(goals),
                $"Customer '{id}' needs at least one goal with importance > 0, but has {copy.Length} goal(s) and none is important.",
                itemId: id);
        }

        Id = id;
        _goals = copy;
        Goals = Array.AsReadOnly(copy);
        PriceThresholds = priceThresholds;
    }

    /// <summary>Gets the customer's id.</summary>
    public string Id { get; }

    /// <summary>Gets the customer's goals, in the order given.</summary>
    public IReadOnlyList<CustomerGoal> Goals { get; }

    /// <summary>Gets the goals without an interface call per goal, for the scorer's loops.</summary>
    internal ReadOnlySpan<CustomerGoal> GoalSpan => _goals;

    /// <summary>Gets the customer's price thresholds, or null when unknown.</summary>
    public PriceThresholds? PriceThresholds { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({_goals.Length} goal(s){(PriceThresholds is null ? string.Empty : ", with price thresholds")})";
}
