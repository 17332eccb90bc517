namespace SolutionFit.MultiCriteria;

/// <summary>How a criterion's values become comparable shares in which more is better.</summary>
/// <remarks>
/// Cost criteria are turned around so that every normalised value is better when higher. Target criteria are always
/// normalised as <c>1 − |x − t| / max |x − t|</c>, whatever the choice here.
/// </remarks>
public enum Normalization
{
    /// <summary><c>x / √Σx²</c>; cost <c>1 − x / √Σx²</c> (TOPSIS's textbook normalisation).</summary>
    Vector = 0,

    /// <summary><c>(x − min) / (max − min)</c>; cost <c>(max − x) / (max − min)</c>; a constant column is 1.</summary>
    MinMax = 1,

    /// <summary><c>x / max</c>; cost <c>min / x</c> (the weighted sum's textbook normalisation). Values must not be negative, costs must be positive.</summary>
    LinearMax = 2,

    /// <summary><c>x / Σx</c>; cost <c>(1/x) / Σ(1/x)</c>. Values must not be negative, costs must be positive.</summary>
    Sum = 3,
}
