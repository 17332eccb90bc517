namespace SolutionFit.PriceSensitivity;

/// <summary>The Van Westendorp curves' values at one price (see <see cref="PsmCurves.ValuesAt"/>).</summary>
/// <remarks>
/// Immutable value with value equality; <c>default</c> is price 0 with every share 0 (not-cheap and not-expensive 1) and
/// no too-cheap curve. Only <see cref="PsmCurves.ValuesAt"/> creates values, and <c>with</c> cannot change them: every
/// property is get-only.
/// <para>An immutable value: safe to share across threads.</para>
/// </remarks>
public readonly record struct PsmCurveValues
{
    internal PsmCurveValues(double price, double? tooCheap, double cheap, double expensive, double tooExpensive)
    {
        Price = price;
        TooCheap = tooCheap;
        Cheap = cheap;
        Expensive = expensive;
        TooExpensive = tooExpensive;
    }

    /// <summary>Gets the price the values are for.</summary>
    public double Price { get; }

    /// <summary>Gets the too-cheap curve's value; null in a three-question survey.</summary>
    public double? TooCheap { get; }

    /// <summary>Gets the cheap curve's value.</summary>
    public double Cheap { get; }

    /// <summary>Gets the not-cheap curve's value, <c>1 - </c><see cref="Cheap"/>.</summary>
    public double NotCheap => 1.0 - Cheap;

    /// <summary>Gets the expensive curve's value.</summary>
    public double Expensive { get; }

    /// <summary>Gets the not-expensive curve's value, <c>1 - </c><see cref="Expensive"/>.</summary>
    public double NotExpensive => 1.0 - Expensive;

    /// <summary>Gets the too-expensive curve's value.</summary>
    public double TooExpensive { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"at {Guard.Format(Price)}: too cheap {(TooCheap is { } tooCheap ? Guard.Format(tooCheap) : "-")}, cheap {Guard.Format(Cheap)}, expensive {Guard.Format(Expensive)}, too expensive {Guard.Format(TooExpensive)}";
}
