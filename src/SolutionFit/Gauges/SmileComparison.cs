using System.Globalization;

namespace SolutionFit.Gauges;

/// <summary>The difference of two groups' smile indices, with its 95 % confidence interval; made by <see cref="SmileGauge.Compare"/>.</summary>
/// <remarks>Immutable value, equal when the difference and its interval are equal; <c>default</c> is a zero difference with the zero-width interval <c>[0, 0]</c>; safe to share across threads.</remarks>
public readonly record struct SmileComparison
{
    internal SmileComparison(double difference, ConfidenceInterval interval)
    {
        Difference = difference;
        DifferenceInterval = interval;
    }

    /// <summary>Gets the first group's smile index minus the second's, in [−200, 200].</summary>
    public double Difference { get; }

    /// <summary>Gets the 95 % confidence interval of <see cref="Difference"/>, inside [−200, 200] and holding it.</summary>
    public ConfidenceInterval DifferenceInterval { get; }

    /// <summary>Gets a value indicating whether <see cref="DifferenceInterval"/> excludes 0: the groups differ at the 5 % level.</summary>
    public bool IsSignificant => !DifferenceInterval.Contains(0.0);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"difference {Difference:0.0} [{DifferenceInterval.Lower:0.0}, {DifferenceInterval.Upper:0.0}]{(IsSignificant ? ", significant" : string.Empty)}");
}
