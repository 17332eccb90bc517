namespace SolutionFit;

/// <summary>
/// Something a customer wants to do: the answer to "what do you want to do?", with how much it matters and how
/// well it is served today.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Goal ids are compared ordinally (case-sensitive) and must be unique within a
/// <see cref="CustomerProfile"/>; a <see cref="ProposedSolution"/> refers to goals by the same ids.
/// </remarks>
public sealed class CustomerGoal
{
    /// <summary>Creates a goal.</summary>
    /// <param name="id">The goal's id, unique within a profile; not empty or white space.</param>
    /// <param name="importance">How much the goal matters to the customer, in [0, 1].</param>
    /// <param name="kind">The Kano category; <see cref="GoalKind.Performance"/> by default.</param>
    /// <param name="currentSatisfaction">How well the goal is served today, in [0, 1]; 0 (not at all) by default.</param>
    /// <param name="description">An optional human description, for display only.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="InvalidInputException"><paramref name="id"/> is empty or white space.</exception>
    /// <exception cref="InvalidInputException">
    /// <paramref name="importance"/> or <paramref name="currentSatisfaction"/> is NaN, infinite or outside [0, 1];
    /// or <paramref name="kind"/> is not a defined <see cref="GoalKind"/> (<see cref="InvalidInputException.ItemId"/> is the goal's id).
    /// </exception>
    public CustomerGoal(string id, double importance, GoalKind kind = GoalKind.Performance, double currentSatisfaction = 0.0, string? description = null)
    {
        Guard.Id(id, nameof(id), "goal");
        if (!Enum.IsDefined(kind))
        {
            throw new InvalidInputException(nameof(kind), $"Goal '{id}' kind must be MustHave, Performance or Delighter, but is {kind}.", itemId: id);
        }

        Id = id;
        IdHash = AchievementTable.Hash(id);
        Importance = Guard.UnitInterval(importance, nameof(importance), $"Goal '{id}' importance", itemId: id);
        Kind = kind;
        CurrentSatisfaction = Guard.UnitInterval(currentSatisfaction, nameof(currentSatisfaction), $"Goal '{id}' current satisfaction", itemId: id);
        Description = description;
    }

    /// <summary>Gets the goal's id, unique within its profile (ordinal comparison).</summary>
    public string Id { get; }

    /// <summary>Gets the hash of <see cref="Id"/> with which solutions look up their achievement, computed once.</summary>
    internal int IdHash { get; }

    /// <summary>Gets the optional human description.</summary>
    public string? Description { get; }

    /// <summary>Gets how much the goal matters, in [0, 1].</summary>
    public double Importance { get; }

    /// <summary>Gets the goal's Kano category.</summary>
    public GoalKind Kind { get; }

    /// <summary>Gets how well the goal is served today, in [0, 1].</summary>
    public double CurrentSatisfaction { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Kind}, importance {Guard.Format(Importance)}, served {Guard.Format(CurrentSatisfaction)})";
}
