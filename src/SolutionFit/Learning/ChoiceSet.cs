namespace SolutionFit.Learning;

/// <summary>
/// One decision for <see cref="ChoiceModel"/>: the overall scores of the solutions offered (ours and competitors'), and
/// which one the customer chose, or that they chose to do nothing.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ChoiceSet
{
    private readonly double[] _overalls;

    /// <summary>Initializes a decision.</summary>
    /// <param name="overalls">The overall score of each offered solution, in [0, 1]; at least one.</param>
    /// <param name="chosen">The position in <paramref name="overalls"/> of the solution chosen, or <see langword="null"/>
    /// when the customer chose to do nothing.</param>
    /// <param name="weight">The decision's weight, above 0 (default 1).</param>
    /// <exception cref="ArgumentNullException"><paramref name="overalls"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidInputException"><paramref name="overalls"/> is empty or has a value outside [0, 1],
    /// <paramref name="chosen"/> is not one of its positions, or <paramref name="weight"/> is not a finite number above 0.</exception>
    public ChoiceSet(IEnumerable<double> overalls, int? chosen, double weight = 1.0)
    {
        ArgumentNullException.ThrowIfNull(overalls);
        _overalls = overalls.ToArray();
        if (_overalls.Length == 0)
        {
            throw new InvalidInputException(nameof(overalls), "A decision needs at least one offered solution.");
        }

        for (var i = 0; i < _overalls.Length; i++)
        {
            Guard.UnitInterval(_overalls[i], nameof(overalls), $"The overall of offer {i}", index: i);
        }

        if (chosen is { } c && (c < 0 || c >= _overalls.Length))
        {
            throw new InvalidInputException(nameof(chosen), $"The chosen offer must be one of the {_overalls.Length} offered (0 to {_overalls.Length - 1}) or none; got {c}.");
        }

        Chosen = chosen;
        Weight = Guard.PositiveFinite(weight, nameof(weight), "The decision's weight");
    }

    /// <summary>Gets the overall score of each offered solution.</summary>
    public IReadOnlyList<double> Overalls => Array.AsReadOnly(_overalls);

    /// <summary>Gets the position of the solution chosen, or <see langword="null"/> when the customer did nothing.</summary>
    public int? Chosen { get; }

    /// <summary>Gets the decision's weight.</summary>
    public double Weight { get; }

    internal ReadOnlySpan<double> OverallSpan => _overalls;
}
