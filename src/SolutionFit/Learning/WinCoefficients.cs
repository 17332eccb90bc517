using System.Globalization;

namespace SolutionFit.Learning;

/// <summary>The four numbers of <see cref="WinModel"/>: its coefficients, or their standard errors.</summary>
/// <remarks>An immutable value: safe to share across threads.</remarks>
/// <param name="Intercept">The intercept α.</param>
/// <param name="GoalFit">β_G, on the goal fit.</param>
/// <param name="Experience">β_X, on the experience.</param>
/// <param name="PriceHappiness">β_H, on the price happiness.</param>
public readonly record struct WinCoefficients(double Intercept, double GoalFit, double Experience, double PriceHappiness)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{{ Intercept = {Intercept:G6}, GoalFit = {GoalFit:G6}, Experience = {Experience:G6}, PriceHappiness = {PriceHappiness:G6} }}");
}
