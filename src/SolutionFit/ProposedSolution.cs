using System.Buffers;
using System.Numerics;

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
    private readonly AchievementTable _achievements;

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

        _achievements = new AchievementTable(achievements.TryGetNonEnumeratedCount(out var count) ? count : 0);
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

        _achievements.Seal();
        Id = id;
        IdHash = AchievementTable.Hash(id);
        Name = name ?? id;
        Price = price;
        Effort = effort;
        Enjoyment = enjoyment;
    }

    private ProposedSolution(ProposedSolution solution, double price)
    {
        _achievements = solution._achievements;
        Id = solution.Id;
        IdHash = solution.IdHash;
        Name = solution.Name;
        Price = price;
        Effort = solution.Effort;
        Enjoyment = solution.Enjoyment;
    }

    /// <summary>Gets the solution's id.</summary>
    public string Id { get; }

    /// <summary>Gets the hash of <see cref="Id"/>, computed once: sets of solutions check their ids with it.</summary>
    internal int IdHash { get; }

    /// <summary>Gets the display name (the id when none was given).</summary>
    public string Name { get; }

    /// <summary>Gets the price asked.</summary>
    public double Price { get; }

    /// <summary>Gets how fully each goal is achieved, by goal id (ordinal), each in [0, 1].</summary>
    public IReadOnlyDictionary<string, double> Achievements => _achievements;

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
        return _achievements.Find(goalId, AchievementTable.Hash(goalId));
    }

    /// <summary>Gets the same solution at another price: the id, name, achievements, effort and enjoyment are kept.</summary>
    /// <param name="price">The new price; finite and at least 0, in the currency of the customers' thresholds.</param>
    /// <returns>A solution equal to this one but for its <see cref="Price"/>.</returns>
    /// <exception cref="InvalidInputException">
    /// <paramref name="price"/> is NaN, infinite or negative; <see cref="InvalidInputException.ItemId"/> is the solution's id.
    /// </exception>
    /// <remarks>O(1): the new solution shares this one's (immutable) achievements instead of copying them.</remarks>
    public ProposedSolution WithPrice(double price)
    {
        Guard.NonNegativeFinite(price, nameof(price), $"Solution '{Id}' price", itemId: Id);
        return new(this, price);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name}, price {Guard.Format(Price)})";

    /// <summary>
    /// The achievement of a customer's goal, 0 when not mentioned, looked up with the hash the goal computed once
    /// (<see cref="CustomerGoal.IdHash"/>): scoring hashes no goal id, however many solutions it reads.
    /// </summary>
    internal double AchievementOf(CustomerGoal goal) => _achievements.Find(goal.Id, goal.IdHash);

    /// <summary>The same solution at another price, sharing the (immutable) achievements.</summary>
    /// <param name="price">The new price; finite and at least 0 (not checked again: it comes from validated prices).</param>
    internal ProposedSolution WithValidPrice(double price) => new(this, price);

    /// <summary>Copies a set of alternatives, rejecting a null set, null items and repeated ids.</summary>
    /// <param name="solutions">The alternatives.</param>
    /// <param name="paramName">The parameter they came from.</param>
    /// <returns>The copy, in the order given.</returns>
    internal static ProposedSolution[] CopyAlternatives(IEnumerable<ProposedSolution> solutions, string paramName)
    {
        var copy = Guard.NotNullItems(solutions, paramName);

        // A set of the ids seen, open addressing over a pooled table at most half full: each slot holds an id's hash
        // (high) and its solution's index + 1 (low, never 0), so ids are compared only when their hashes match.
        var length = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, 2 * copy.Length));
        var slots = ArrayPool<long>.Shared.Rent(length);
        try
        {
            Array.Clear(slots, 0, length);
            var mask = length - 1;
            for (var i = 0; i < copy.Length; i++)
            {
                var id = copy[i].Id;
                var hash = copy[i].IdHash;
                var slot = hash & mask;
                for (var entry = slots[slot]; entry != 0; entry = slots[slot])
                {
                    if ((int)(entry >> 32) == hash && string.Equals(copy[(int)entry - 1].Id, id, StringComparison.Ordinal))
                    {
                        throw new InvalidInputException(paramName, $"More than one solution in {paramName} has id '{id}'; ids must be unique.", i, id);
                    }

                    slot = (slot + 1) & mask;
                }

                slots[slot] = ((long)hash << 32) | (uint)(i + 1);
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(slots);
        }

        return copy;
    }
}
