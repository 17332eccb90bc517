using System.Globalization;
using Microsoft.Extensions.Options;

namespace SolutionFit;

/// <summary>
/// Checks the <see cref="SolutionFitOptions"/> of one options name against the rules of <see cref="ScoringPolicy"/>;
/// each failure names the configuration key (<c>SolutionFit:EffortWeight</c>) and the rule.
/// </summary>
/// <param name="name">The options name this validator checks; other names are skipped.</param>
/// <param name="sectionPath">The configuration path the options are bound from, empty for the root.</param>
internal sealed class SolutionFitOptionsValidator(string name, string sectionPath) : IValidateOptions<SolutionFitOptions>
{
    /// <summary>Gets the options name this validator checks.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the configuration path the options are bound from, empty for the root.</summary>
    public string SectionPath { get; } = sectionPath;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SolutionFitOptions options)
    {
        if (!string.Equals(name ?? Options.DefaultName, Name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        ArgumentNullException.ThrowIfNull(options);
        List<string>? failures = null;
        CheckUnitInterval(options.EffortWeight, nameof(SolutionFitOptions.EffortWeight), ref failures);
        CheckUnitInterval(options.ExperienceWeight, nameof(SolutionFitOptions.ExperienceWeight), ref failures);
        CheckUnitInterval(options.HappinessAtZeroPrice, nameof(SolutionFitOptions.HappinessAtZeroPrice), ref failures);
        CheckUnitInterval(options.HappinessAtExpensive, nameof(SolutionFitOptions.HappinessAtExpensive), ref failures);
        return failures is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Gets the configuration key of a property, for example <c>SolutionFit:EffortWeight</c>.</summary>
    internal string KeyOf(string property) => SectionPath.Length == 0 ? property : $"{SectionPath}:{property}";

    private void CheckUnitInterval(double value, string property, ref List<string>? failures)
    {
        if (value is >= 0.0 and <= 1.0)
        {
            return;
        }

        (failures ??= []).Add($"{KeyOf(property)} must be a finite number in [0, 1], but is {value.ToString("R", CultureInfo.InvariantCulture)}.");
    }
}
