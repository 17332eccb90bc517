namespace SolutionFit;

/// <summary>Every option of the scoring model, with the defaults of the design.</summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe. Set options with an object initializer; each property validates the value it is
/// given: <c>new ScoringPolicy { OpportunityWeighting = false, ExperienceWeight = 0.4 }</c>.
/// </para>
/// <para>
/// The happiness curve passes through the knots (0, <see cref="HappinessAtZeroPrice"/>), (TC, 1), (CH, 1),
/// (EX, <see cref="HappinessAtExpensive"/>) and (TE, 0) of the effective price. Any heights in [0, 1] keep the
/// overall score non-decreasing in the value of a solution.
/// </para>
/// </remarks>
public sealed class ScoringPolicy
{
    /// <summary>Gets the policy with every default: opportunity weighting on, effort weight 0.5, experience weight 0.25,
    /// happiness 0.5 at a price of 0 and 0.75 at the expensive threshold.</summary>
    public static ScoringPolicy Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether goals are weighted by their opportunity, <c>w = I + max(I - s, 0)</c>
    /// (Outcome-Driven Innovation on a unit scale: important, underserved goals count most), rather than by their
    /// importance alone, <c>w = I</c>. On by default.
    /// </summary>
    public bool OpportunityWeighting { get; init; } = true;

    /// <summary>Gets the weight <c>e</c> of effort against enjoyment in the experience, <c>X = e·(1 - Effort) + (1 - e)·Enjoyment</c>; 0.5 by default.</summary>
    /// <exception cref="InvalidInputException">Set to NaN, an infinity or a value outside [0, 1].</exception>
    public double EffortWeight
    {
        get;
        init => field = Guard.UnitInterval(value, nameof(EffortWeight), "The effort weight");
    } = 0.5;

    /// <summary>Gets the weight <c>k</c> of the experience in the value, <c>V = G·((1 - k) + k·X)</c>; 0.25 by default.</summary>
    /// <exception cref="InvalidInputException">Set to NaN, an infinity or a value outside [0, 1].</exception>
    public double ExperienceWeight
    {
        get;
        init => field = Guard.UnitInterval(value, nameof(ExperienceWeight), "The experience weight");
    } = 0.25;

    /// <summary>Gets the happiness at an effective price of 0, from which it rises linearly to 1 at the too-cheap threshold; 0.5 by default.</summary>
    /// <exception cref="InvalidInputException">Set to NaN, an infinity or a value outside [0, 1].</exception>
    public double HappinessAtZeroPrice
    {
        get;
        init => field = Guard.UnitInterval(value, nameof(HappinessAtZeroPrice), "The happiness at a price of 0");
    } = 0.5;

    /// <summary>
    /// Gets the happiness at the expensive threshold: it falls linearly from 1 at the cheap threshold to this height,
    /// then to 0 at the too-expensive threshold; 0.75 by default.
    /// </summary>
    /// <exception cref="InvalidInputException">Set to NaN, an infinity or a value outside [0, 1].</exception>
    public double HappinessAtExpensive
    {
        get;
        init => field = Guard.UnitInterval(value, nameof(HappinessAtExpensive), "The happiness at the expensive threshold");
    } = 0.75;

    /// <summary>Whether <paramref name="other"/> sets every option as this policy does, so that both score alike.</summary>
    internal bool SameModel(ScoringPolicy other) =>
        OpportunityWeighting == other.OpportunityWeighting
        && EffortWeight == other.EffortWeight
        && ExperienceWeight == other.ExperienceWeight
        && HappinessAtZeroPrice == other.HappinessAtZeroPrice
        && HappinessAtExpensive == other.HappinessAtExpensive;

    /// <inheritdoc />
    public override string ToString() =>
        $"opportunity weighting {(OpportunityWeighting ? "on" : "off")}, effort weight {Guard.Format(EffortWeight)}, experience weight {Guard.Format(ExperienceWeight)}, " +
        $"happiness {Guard.Format(HappinessAtZeroPrice)} at price 0 and {Guard.Format(HappinessAtExpensive)} at the expensive threshold";
}
