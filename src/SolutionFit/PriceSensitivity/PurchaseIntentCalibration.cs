namespace SolutionFit.PriceSensitivity;

/// <summary>
/// How Newton–Miller–Smith purchase intentions become purchase probabilities: each point of the intention scale maps to
/// a probability, and the too-cheap and too-expensive prices anchor at their own probabilities.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The default is the reference package's: scale 5, 4, 3, 2, 1 to 0.7, 0.5, 0.3, 0.1, 0
/// (the "Sawtooth" values), and 0 at too cheap and too expensive.
/// </remarks>
public sealed class PurchaseIntentCalibration
{
    private readonly int[] _scale;
    private readonly double[] _probabilities;
    private readonly Dictionary<int, double> _probabilityOf;
    private readonly double[]? _probabilityAt; // for a scale spanning at most 64 points: by intention − _lowest, NaN off the scale
    private readonly int _lowest;

    /// <summary>Creates a calibration.</summary>
    /// <param name="scale">The points of the intention scale, distinct (for example 5, 4, 3, 2, 1).</param>
    /// <param name="probabilities">The probability of each scale point, in the same order, each in [0, 1].</param>
    /// <param name="tooCheap">The probability at the respondent's too-cheap price, in [0, 1].</param>
    /// <param name="tooExpensive">The probability at the respondent's too-expensive price, in [0, 1].</param>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> or <paramref name="probabilities"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The scale is empty, or repeats a point (<see cref="InvalidInputException.Index"/> is the repeat's position); the two
    /// lists differ in length (parameter <c>probabilities</c>); a probability is NaN, infinite or outside [0, 1] (parameter
    /// <c>probabilities</c> with the position as the index, or <c>tooCheap</c> or <c>tooExpensive</c>).
    /// </exception>
    public PurchaseIntentCalibration(IEnumerable<int> scale, IEnumerable<double> probabilities, double tooCheap = 0.0, double tooExpensive = 0.0)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(probabilities);
        _scale = scale.ToArray();
        _probabilities = probabilities.ToArray();
        Scale = _scale.AsReadOnly();
        Probabilities = _probabilities.AsReadOnly();
        if (_scale.Length == 0)
        {
            throw new InvalidInputException(nameof(scale), "The intention scale needs at least one point.");
        }

        _probabilityOf = new Dictionary<int, double>(_scale.Length);
        for (var i = 0; i < _scale.Length; i++)
        {
            if (!_probabilityOf.TryAdd(_scale[i], i < _probabilities.Length ? _probabilities[i] : double.NaN))
            {
                throw new InvalidInputException(nameof(scale), $"The intention scale repeats the point {_scale[i]}: {string.Join(", ", _scale)}.", index: i);
            }
        }

        if (_probabilities.Length != _scale.Length)
        {
            throw new InvalidInputException(nameof(probabilities), $"The scale has {_scale.Length} points, but {_probabilities.Length} probabilities are given.");
        }

        for (var i = 0; i < _probabilities.Length; i++)
        {
            Guard.UnitInterval(_probabilities[i], nameof(probabilities), $"The probability of intention {_scale[i]}", index: i);
        }

        _lowest = _scale.Min();
        if ((long)_scale.Max() - _lowest < 64)
        {
            _probabilityAt = new double[_scale.Max() - _lowest + 1];
            Array.Fill(_probabilityAt, double.NaN);
            for (var i = 0; i < _scale.Length; i++)
            {
                _probabilityAt[_scale[i] - _lowest] = _probabilities[i];
            }
        }

        TooCheap = Guard.UnitInterval(tooCheap, nameof(tooCheap), "The probability at the too-cheap price");
        TooExpensive = Guard.UnitInterval(tooExpensive, nameof(tooExpensive), "The probability at the too-expensive price");
    }

    /// <summary>Gets the reference package's calibration: 5, 4, 3, 2, 1 to 0.7, 0.5, 0.3, 0.1, 0; 0 at too cheap and too expensive.</summary>
    public static PurchaseIntentCalibration Default { get; } = new([5, 4, 3, 2, 1], [0.7, 0.5, 0.3, 0.1, 0.0]);

    /// <summary>Gets the points of the intention scale.</summary>
    public IReadOnlyList<int> Scale { get; }

    /// <summary>Gets the probability of each scale point, in the order of <see cref="Scale"/>.</summary>
    public IReadOnlyList<double> Probabilities { get; }

    /// <summary>Gets the probability at the respondent's too-cheap price.</summary>
    public double TooCheap { get; }

    /// <summary>Gets the probability at the respondent's too-expensive price.</summary>
    public double TooExpensive { get; }

    /// <summary>
    /// Looks an intention up in the scale: its probability, or false when it is not on the scale. An array by intention for
    /// a scale spanning at most 64 points, a hash table otherwise: nothing is allocated by a larger span.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryGetProbability(int intent, out double probability)
    {
        if (_probabilityAt is { } dense)
        {
            var at = (ulong)((long)intent - _lowest);
            probability = at < (ulong)dense.Length ? dense[at] : double.NaN;
            return !double.IsNaN(probability);
        }

        return _probabilityOf.TryGetValue(intent, out probability);
    }
}
