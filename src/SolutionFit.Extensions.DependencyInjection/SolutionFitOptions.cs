namespace SolutionFit;

/// <summary>
/// The options of the scoring model in the options pattern: a mutable mirror of <see cref="ScoringPolicy"/> that
/// configuration can bind and code can set, turned into the immutable <see cref="ScoringPolicy"/> that the registered
/// scorer and coach use.
/// </summary>
/// <remarks>
/// <para>
/// Every property starts at the value of <see cref="ScoringPolicy.Default"/>, so an empty configuration section gives
/// the default policy. The setters do not validate: <c>AddSolutionFit</c> registers a validator that checks the whole
/// object when the options are first created (at host start, with <c>ValidateOnStart</c>) and names the configuration
/// key of each bad value, for example <c>SolutionFit:EffortWeight</c>.
/// </para>
/// <para>Not thread-safe while it is configured; the options framework builds one instance per options name.</para>
/// </remarks>
public sealed class SolutionFitOptions
{
    /// <summary>The configuration section the options are read from by convention: <c>SolutionFit</c>.</summary>
    /// <remarks>Keyed registrations use <c>SolutionFit:{name}</c> in validation messages unless bound from a section.</remarks>
    public const string SectionName = "SolutionFit";

    /// <summary>Gets or sets a value indicating whether goals are weighted by their opportunity (see <see cref="ScoringPolicy.OpportunityWeighting"/>); on by default.</summary>
    public bool OpportunityWeighting { get; set; } = ScoringPolicy.Default.OpportunityWeighting;

    /// <summary>Gets or sets the weight of effort against enjoyment in the experience (see <see cref="ScoringPolicy.EffortWeight"/>); 0.5 by default.</summary>
    /// <remarks>Must be a finite number in [0, 1]; checked when the options are validated, not here.</remarks>
    public double EffortWeight { get; set; } = ScoringPolicy.Default.EffortWeight;

    /// <summary>Gets or sets the weight of the experience in the value (see <see cref="ScoringPolicy.ExperienceWeight"/>); 0.25 by default.</summary>
    /// <remarks>Must be a finite number in [0, 1]; checked when the options are validated, not here.</remarks>
    public double ExperienceWeight { get; set; } = ScoringPolicy.Default.ExperienceWeight;

    /// <summary>Gets or sets the happiness at an effective price of 0 (see <see cref="ScoringPolicy.HappinessAtZeroPrice"/>); 0.5 by default.</summary>
    /// <remarks>Must be a finite number in [0, 1]; checked when the options are validated, not here.</remarks>
    public double HappinessAtZeroPrice { get; set; } = ScoringPolicy.Default.HappinessAtZeroPrice;

    /// <summary>Gets or sets the happiness at the expensive threshold (see <see cref="ScoringPolicy.HappinessAtExpensive"/>); 0.75 by default.</summary>
    /// <remarks>Must be a finite number in [0, 1]; checked when the options are validated, not here.</remarks>
    public double HappinessAtExpensive { get; set; } = ScoringPolicy.Default.HappinessAtExpensive;

    /// <summary>Creates the immutable policy with these options; called on options that passed validation.</summary>
    internal ScoringPolicy ToPolicy() => new()
    {
        OpportunityWeighting = OpportunityWeighting,
        EffortWeight = EffortWeight,
        ExperienceWeight = ExperienceWeight,
        HappinessAtZeroPrice = HappinessAtZeroPrice,
        HappinessAtExpensive = HappinessAtExpensive,
    };
}
