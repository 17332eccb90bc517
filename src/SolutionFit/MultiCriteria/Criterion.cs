namespace SolutionFit.MultiCriteria;

/// <summary>Which direction of a criterion is better.</summary>
public enum CriterionType
{
    /// <summary>More is better (quality, fit, reach).</summary>
    Benefit = 0,

    /// <summary>Less is better (price, effort, risk).</summary>
    Cost = 1,

    /// <summary>Closer to a target value is better (a size, a delivery date).</summary>
    Target = 2,
}

/// <summary>A column of a <see cref="DecisionMatrix"/>: its name and which direction is better.</summary>
/// <remarks>Immutable value. <c>default</c> is an unnamed benefit criterion, which a decision matrix rejects.</remarks>
public readonly struct Criterion : IEquatable<Criterion>
{
    private Criterion(string name, CriterionType type, double target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
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
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static Criterion Benefit(string name) => new(name, CriterionType.Benefit, 0.0);

    /// <summary>A criterion where less is better.</summary>
    /// <param name="name">The criterion's name; not empty or white space.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static Criterion Cost(string name) => new(name, CriterionType.Cost, 0.0);

    /// <summary>A criterion where closer to <paramref name="target"/> is better.</summary>
    /// <param name="name">The criterion's name; not empty or white space.</param>
    /// <param name="target">The ideal value; finite.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is NaN or infinite.</exception>
    public static Criterion TargetValue(string name, double target) =>
        double.IsFinite(target)
            ? new(name, CriterionType.Target, target)
            : throw new ArgumentOutOfRangeException(nameof(target), target, $"Criterion '{name}' target must be a finite number.");

    /// <inheritdoc />
    public bool Equals(Criterion other) => Name == other.Name && Type == other.Type && Target.Equals(other.Target);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Criterion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Type, Target);

    /// <summary>Compares two criteria for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when name, type and target are equal.</returns>
    public static bool operator ==(Criterion left, Criterion right) => left.Equals(right);

    /// <summary>Compares two criteria for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when name, type or target differ.</returns>
    public static bool operator !=(Criterion left, Criterion right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Type == CriterionType.Target ? $"{Name} (target {Guard.Format(Target)})" : $"{Name} ({Type})";
}
