namespace SolutionFit.MultiCriteria;

/// <summary>How much an advantage d on one criterion makes one alternative preferred to another, in [0, 1] (PROMETHEE).</summary>
/// <remarks>
/// Immutable value with value equality (shape and thresholds); created by the static members, which validate (a
/// <c>with</c> expression cannot change a property: they are get-only). <c>default</c> is <see cref="Usual"/>.
/// P(d) = 0 for d ≤ 0 in every shape.
/// <para>An immutable value: safe to share across threads.</para>
/// </remarks>
public readonly record struct PreferenceFunction
{
    private PreferenceFunction(PreferenceShape shape, double q, double p)
    {
        Shape = shape;
        Q = q;
        P = p;
    }

    /// <summary>Gets the usual criterion: any advantage is full preference.</summary>
    public static PreferenceFunction Usual => default;

    /// <summary>Gets the shape.</summary>
    public PreferenceShape Shape { get; }

    /// <summary>Gets the indifference threshold q (U-shape, level, linear); 0 otherwise.</summary>
    public double Q { get; }

    /// <summary>Gets the preference threshold p (V-shape, level, linear); 0 otherwise.</summary>
    public double P { get; }

    /// <summary>Full preference beyond the indifference threshold <paramref name="q"/>.</summary>
    /// <param name="q">The indifference threshold; finite, at least 0.</param>
    /// <returns>The function.</returns>
    /// <exception cref="InvalidInputException"><paramref name="q"/> is negative, NaN or infinite.</exception>
    public static PreferenceFunction UShape(double q) => new(PreferenceShape.UShape, Guard.NonNegativeFinite(q, nameof(q), "The indifference threshold"), 0.0);

    /// <summary>Preference growing linearly to full at <paramref name="p"/>.</summary>
    /// <param name="p">The preference threshold; finite, &gt; 0.</param>
    /// <returns>The function.</returns>
    /// <exception cref="InvalidInputException"><paramref name="p"/> is not a finite number &gt; 0.</exception>
    public static PreferenceFunction VShape(double p) => new(PreferenceShape.VShape, 0.0, Guard.PositiveFinite(p, nameof(p), "The preference threshold"));

    /// <summary>Half preference between <paramref name="q"/> and <paramref name="p"/>, full beyond.</summary>
    /// <param name="q">The indifference threshold; finite, at least 0.</param>
    /// <param name="p">The preference threshold; finite, &gt; q.</param>
    /// <returns>The function.</returns>
    /// <exception cref="InvalidInputException">
    /// <paramref name="q"/> is negative, NaN or infinite; or <paramref name="p"/> is NaN, infinite or not above <paramref name="q"/>.
    /// </exception>
    public static PreferenceFunction Level(double q, double p) => new(PreferenceShape.Level, Guard.NonNegativeFinite(q, nameof(q), "The indifference threshold"), Above(p, q));

    /// <summary>No preference up to <paramref name="q"/>, linear to full at <paramref name="p"/>.</summary>
    /// <param name="q">The indifference threshold; finite, at least 0.</param>
    /// <param name="p">The preference threshold; finite, &gt; q.</param>
    /// <returns>The function.</returns>
    /// <exception cref="InvalidInputException">
    /// <paramref name="q"/> is negative, NaN or infinite; or <paramref name="p"/> is NaN, infinite or not above <paramref name="q"/>.
    /// </exception>
    public static PreferenceFunction Linear(double q, double p) => new(PreferenceShape.Linear, Guard.NonNegativeFinite(q, nameof(q), "The indifference threshold"), Above(p, q));

    /// <summary>The preference for an advantage <paramref name="d"/>.</summary>
    /// <param name="d">The advantage (positive when the first alternative is better).</param>
    /// <returns>The preference in [0, 1].</returns>
    public double Evaluate(double d) => d <= 0.0 ? 0.0 : Shape switch
    {
        PreferenceShape.UShape => d > Q ? 1.0 : 0.0,
        PreferenceShape.VShape => d >= P ? 1.0 : d / P,
        PreferenceShape.Level => d <= Q ? 0.0 : d <= P ? 0.5 : 1.0,
        PreferenceShape.Linear => d <= Q ? 0.0 : d <= P ? (d - Q) / (P - Q) : 1.0,
        _ => 1.0,
    };

    /// <summary>The function as text: its shape and thresholds.</summary>
    /// <returns>For example <c>Usual</c>, <c>VShape(p = 4)</c> or <c>Linear(q = 1, p = 4)</c>.</returns>
    public override string ToString() => Shape switch
    {
        PreferenceShape.UShape => $"UShape(q = {Guard.Format(Q)})",
        PreferenceShape.VShape => $"VShape(p = {Guard.Format(P)})",
        PreferenceShape.Level or PreferenceShape.Linear => $"{Shape}(q = {Guard.Format(Q)}, p = {Guard.Format(P)})",
        _ => "Usual",
    };

    private static double Above(double p, double q)
    {
        Guard.Finite(p, nameof(p), "The preference threshold p");
        return p > q ? p : throw new InvalidInputException(nameof(p), $"The preference threshold p must be above q = {Guard.Format(q)}, but is {Guard.Format(p)}.");
    }
}
