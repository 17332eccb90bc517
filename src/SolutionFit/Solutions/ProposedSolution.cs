namespace SolutionFit;

/// <summary>
/// An offer to a customer: how fully it achieves each goal, how much effort it asks of the customer, how enjoyable
/// it is, and its price.
/// </summary>
/// <remarks>
/// <para>
/// Solutions usually come from a shared catalog, so achievements are keyed by goal id: a goal the solution does not
/// mention counts as not achieved (0), and achievements for goals a customer does not have are ignored.
/// </para>
/// <para>Immutable and thread-safe; the achievements are copied in.</para>
/// </remarks>
public sealed class ProposedSolution
{
    private readonly Dictionary<string, double> _achievements;

    /// <summary>Creates a proposed solution.</summary>
    /// <param name="id">The solution's id; not empty or white space.</param>
    /// <param name="price">The price asked; finite and at least 0, in the currency of the customers' thresholds.</param>
    /// <param name="achievements">How fully each goal is achieved, by goal id (ordinal), each in [0, 1]; copied in.</param>
    /// <param name="effort">How much effort the solution asks of the customer, in [0, 1] (0 = effortless).</param>
    /// <param name="enjoyment">How enjoyable the solution is to use, in [0, 1].</param>
    /// <param name="name">A display name; the id when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="achievements"/> is null.</exception>
    /// <exception cref="InvalidInputException"><paramref name="id"/> is empty or white space.</exception>
    /// <exception cref="InvalidInputException">
    /// <paramref name="price"/> is NaN, infinite or negative; <paramref name="effort"/> or <paramref name="enjoyment"/> is
    /// NaN, infinite or outside [0, 1]; or an achievement is, or its goal id is null, empty or white space, or appears twice.
    /// <see cref="InvalidInputException.ItemId"/> is the solution's id; for an achievement,
    /// <see cref="InvalidInputException.Index"/> is its position and <see cref="InvalidInputException.Field"/> its goal id.
    /// </exception>
    public ProposedSolution(
        string id,
        double price,
        IEnumerable<KeyValuePair<string, double>> achievements,
        double effort,
        double enjoyment,
        string? name = null)
    {
        Guard.Id(id, nameof(id), "solution");
        ArgumentNullException.ThrowIfNull(achievements);
        Guard.NonNegativeFinite(price, nameof(price), $"Solution '{id}' price", itemId: id);
        Guard.UnitInterval(effort, nameof(effort), $"Solution '{id}' effort", itemId: id);
        Guard.UnitInterval(enjoyment, nameof(enjoyment), $"Solution '{id}' enjoyment", itemId: id);

        _achievements = new Dictionary<string, double>(achievements.TryGetNonEnumeratedCount(out var count) ? count : 0, StringComparer.Ordinal);
        var index = 0;
        foreach (var (goalId, achievement) in achievements)
        {
            if (string.IsNullOrWhiteSpace(goalId))
            {
                throw new InvalidInputException(nameof(achievements), $"Solution '{id}' has an achievement whose goal id is null, empty or white space.", index, id, goalId);
            }

            Guard.UnitInterval(achievement, nameof(achievements), $"Solution '{id}' achievement of goal '{goalId}'", index, id, goalId);
            if (!_achievements.TryAdd(goalId, achievement))
            {
                throw new InvalidInputException(nameof(achievements), $"Solution '{id}' gives the achievement of goal '{goalId}' more than once.", index, id, goalId);
            }

            index++;
        }

        Achievements = _achievements.AsReadOnly();
        Id = id;
        Name = name ?? id;
        Price = price;
        Effort = effort;
        Enjoyment = enjoyment;
    }

    private ProposedSolution(ProposedSolution solution, double price)
    {
        _achievements = solution._achievements;
        Achievements = solution.Achievements;
        Id = solution.Id;
        Name = solution.Name;
        Price = price;
        Effort = solution.Effort;
        Enjoyment = solution.Enjoyment;
    }

    /// <summary>Gets the solution's id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name (the id when none was given).</summary>
    public string Name { get; }

    /// <summary>Gets the price asked.</summary>
    public double Price { get; }

    /// <summary>Gets how fully each goal is achieved, by goal id (ordinal), each in [0, 1].</summary>
    public IReadOnlyDictionary<string, double> Achievements { get; }

    /// <summary>Gets how much effort the solution asks of the customer, in [0, 1] (0 = effortless).</summary>
    public double Effort { get; }

    /// <summary>Gets how enjoyable the solution is to use, in [0, 1].</summary>
    public double Enjoyment { get; }

    /// <summary>Gets how fully the solution achieves a goal: its achievement, or 0 when the solution does not mention the goal.</summary>
    /// <param name="goalId">The goal's id (ordinal).</param>
    /// <returns>The achievement in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goalId"/> is null.</exception>
    public double GetAchievement(string goalId)
    {
        ArgumentNullException.ThrowIfNull(goalId);
        return AchievementOf(goalId);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name}, price {Guard.Format(Price)})";

    /// <summary>The achievement of a goal, 0 when not mentioned; <paramref name="goalId"/> is not null (a validated goal's id).</summary>
    internal double AchievementOf(string goalId) => _achievements.GetValueOrDefault(goalId);

    /// <summary>The same solution at another price, sharing the (immutable) achievements.</summary>
    /// <param name="price">The new price; finite and at least 0 (not checked again: it comes from validated prices).</param>
    internal ProposedSolution WithPrice(double price) => new(this, price);

    /// <summary>Copies a set of alternatives, rejecting a null set, null items and repeated ids.</summary>
    /// <param name="solutions">The alternatives.</param>
    /// <param name="paramName">The parameter they came from.</param>
    /// <returns>The copy, in the order given.</returns>
    internal static ProposedSolution[] CopyAlternatives(IEnumerable<ProposedSolution> solutions, string paramName)
    {
        var copy = Guard.NotNullItems(solutions, paramName);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < copy.Length; i++)
        {
            if (!ids.Add(copy[i].Id))
            {
                throw new InvalidInputException(paramName, $"More than one solution in {paramName} has id '{copy[i].Id}'; ids must be unique.", i, copy[i].Id);
            }
        }

        return copy;
    }
}
