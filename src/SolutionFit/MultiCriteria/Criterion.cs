namespace SolutionFit.MultiCriteria;

/// <summary>A column of a <see cref="DecisionMatrix"/>: its name and which direction is better.</summary>
/// <remarks>
/// Immutable value with value equality (name, type and target); created by <see cref="Benefit"/>, <see cref="Cost"/> and
/// <see cref="TargetValue"/>, which validate (a <c>with</c> expression cannot change a property: they are get-only).
/// <c>default</c> is an unnamed benefit criterion, which a decision matrix rejects.
/// <para>An immutable value: safe to share across threads.</para>
/// </remarks>
public readonly record struct Criterion
{
    private Criterion(string name, CriterionType type, double target)
    {
        Name = name;
        Type = type;
        Target = target;
    }

    /// <summary>Gets the criterion's name (empty for <c>default</c>).</summary>
    public string Name => field ?? string.Empty;

    /// <summary>Gets which direction is better.</summary>
    public CriterionType Type { get; }

    /// <summary>Gets the target value of a <see cref="CriterionType.Target"/> criterion; 0 otherwise.</summary>
    public double Target { get; }

    /// <summary>A criterion where more is better.</summary>
    /// <param name="name">The criterion's name; not empty or white space.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="InvalidInputException"><paramref name="name"/> is empty or white space.</exception>
    public static Criterion Benefit(string name)
    {
        Guard.Id(name, nameof(name), "criterion");
        return new(name, CriterionType.Benefit, 0.0);
    }

    /// <summary>A criterion where less is better.</summary>
    /// <param name="name">The criterion's name; not empty or white space.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="InvalidInputException"><paramref name="name"/> is empty or white space.</exception>
    public static Criterion Cost(string name)
    {
        Guard.Id(name, nameof(name), "criterion");
        return new(name, CriterionType.Cost, 0.0);
    }

    /// <summary>A criterion where closer to <paramref name="target"/> is better.</summary>
    /// <param name="name">The criterion's name; not empty or white space.</param>
    /// <param name="target">The ideal value; finite.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="InvalidInputException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="InvalidInputException">
    /// <paramref name="target"/> is NaN or infinite (<see cref="InvalidInputException.ItemId"/> is the criterion's name).
    /// </exception>
    public static Criterion TargetValue(string name, double target)
    {
        Guard.Id(name, nameof(name), "criterion");
        return new(name, CriterionType.Target, Guard.Finite(target, nameof(target), $"Criterion '{name}' target", itemId: name));
    }

    /// <summary>The criterion as text: its name and type, or its target.</summary>
    /// <returns>For example <c>price (Cost)</c> or <c>seats (target 40)</c>.</returns>
    public override string ToString() => Type == CriterionType.Target ? $"{Name} (target {Guard.Format(Target)})" : $"{Name} ({Type})";
}
