namespace SolutionFit;

/// <summary>A closed interval <c>[Lower, Upper]</c> of plausible values of an estimate, such as a 95 % confidence interval.</summary>
/// <remarks>
/// Immutable value, equal when both ends are equal. Both ends are finite and <c>Lower &lt;= Upper</c>; <c>default</c> is the
/// zero-width interval <c>[0, 0]</c>.
/// <para>An immutable value: safe to share across threads.</para>
/// </remarks>
public readonly record struct ConfidenceInterval
{
    /// <summary>Creates the interval <c>[lower, upper]</c>.</summary>
    /// <param name="lower">The lower end; a finite number.</param>
    /// <param name="upper">The upper end; a finite number, at least <paramref name="lower"/>.</param>
    /// <exception cref="InvalidInputException">An end is NaN or infinite, or <paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public ConfidenceInterval(double lower, double upper)
    {
        Guard.Finite(lower, nameof(lower), "The lower end of a confidence interval");
        Guard.Finite(upper, nameof(upper), "The upper end of a confidence interval");
        if (upper < lower)
        {
            throw new InvalidInputException(nameof(upper), $"A confidence interval's upper end {Guard.Format(upper)} is below its lower end {Guard.Format(lower)}.");
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>Gets the lower end (inclusive).</summary>
    public double Lower { get; }

    /// <summary>Gets the upper end (inclusive).</summary>
    public double Upper { get; }

    /// <summary>Tells whether a value lies in the interval, <c>Lower &lt;= value &lt;= Upper</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when the value is in the interval; false for NaN.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <inheritdoc />
    public override string ToString() => $"[{Guard.Format(Lower)}, {Guard.Format(Upper)}]";
}
