namespace SolutionFit.PriceSensitivity;

/// <summary>The options of a Van Westendorp analysis, with the reference package's defaults.</summary>
/// <remarks>Immutable and thread-safe; set options with an object initializer, each validated as it is set.</remarks>
public sealed class PsmOptions
{
    /// <summary>Gets the options with every default: <see cref="PsmMethod.Interpolated"/>, original range, minimum crossing, no interpolation step, at most 10,000,000 grid prices, inconsistent respondents excluded, default calibration.</summary>
    public static PsmOptions Default { get; } = new();

    /// <summary>Gets the version of the algorithm; <see cref="PsmMethod.Interpolated"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value (<see cref="ArgumentException.ParamName"/> <c>Method</c>).</exception>
    public PsmMethod Method
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw Undefined(nameof(Method), "The method must be Interpolated or Classic", (int)value);
    }

    /// <summary>Gets which curves bound the acceptable range; <see cref="PsmAcceptableRange.Original"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value (<see cref="ArgumentException.ParamName"/> <c>AcceptableRange</c>).</exception>
    public PsmAcceptableRange AcceptableRange
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw Undefined(nameof(AcceptableRange), "The acceptable range must be Original or Narrower", (int)value);
    }

    /// <summary>Gets which crossing to report on a plateau; <see cref="PsmIntersection.Min"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value (<see cref="ArgumentException.ParamName"/> <c>Intersection</c>).</exception>
    public PsmIntersection Intersection
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw Undefined(nameof(Intersection), "The intersection method must be Min, Max, Mean or Median", (int)value);
    }

    /// <summary>
    /// Gets the step of a regular price grid <c>min + i·step</c> onto which the curves are linearly interpolated, or
    /// null (the default) to use the respondents' distinct answers as the grid.
    /// </summary>
    /// <exception cref="InvalidInputException">
    /// Set to a value that is not a finite number &gt; 0 (<see cref="ArgumentException.ParamName"/> <c>InterpolationStep</c>).
    /// </exception>
    public double? InterpolationStep
    {
        get;
        init => field = value is { } step ? Guard.PositiveFinite(step, nameof(InterpolationStep), "The interpolation step") : null;
    }

    /// <summary>
    /// Gets the most prices a regular grid (<see cref="InterpolationStep"/>) may have; 10,000,000 by default. The analysis
    /// rejects a step that makes a larger grid before it allocates it (<see cref="PsmPriceSpan.GridPoints"/> says how many
    /// prices a step makes over a tally's <see cref="PsmTally.PriceSpan"/>). The grid of distinct answers used without a
    /// step is not limited.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value below 1 (<see cref="ArgumentException.ParamName"/> <c>MaxGridPoints</c>).</exception>
    public int MaxGridPoints
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxGridPoints));
            field = value;
        }
    } = 10_000_000;

    /// <summary>
    /// Gets a value indicating whether respondents with missing or not strictly increasing answers are excluded from the
    /// analysis (true, the default) or kept (false; each curve then uses its own non-missing answers). Either way they are
    /// reported in <see cref="PsmResult.Excluded"/>; <see cref="PsmRespondent.Classify"/> tells which they are.
    /// </summary>
    public bool ExcludeInconsistent { get; init; } = true;

    /// <summary>Gets how purchase intentions become probabilities for the Newton–Miller–Smith extension.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public PurchaseIntentCalibration Calibration
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Calibration));
    } = PurchaseIntentCalibration.Default;

    private static ArgumentOutOfRangeException Undefined(string paramName, string rule, int value) =>
        new(paramName, value, $"{rule}.");
}
