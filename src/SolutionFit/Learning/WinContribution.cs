namespace SolutionFit.Learning;

/// <summary>
/// What one factor adds to a deal's log-odds of winning, against a typical deal: <c>β_k · (x_k − mean x_k)</c>, the mean
/// taken over the deals the model learned from.
/// </summary>
/// <remarks>An immutable value: safe to share across threads.</remarks>
/// <param name="Factor">The factor.</param>
/// <param name="Value">The deal's value of the factor.</param>
/// <param name="Contribution">The change in log-odds it brings: above 0 raises the chance of winning.</param>
public readonly record struct WinContribution(WinFactor Factor, double Value, double Contribution);
