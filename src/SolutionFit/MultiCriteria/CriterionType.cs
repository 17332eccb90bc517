namespace SolutionFit.MultiCriteria;

/// <summary>Which direction of a criterion is better.</summary>
public enum CriterionType
{
    /// <summary>More is better (quality, fit, reach).</summary>
    Benefit = 0,

    /// <summary>Less is better (price, effort, risk).</summary>
    Cost = 1,

    /// <summary>Closer to a target value is better (a size, a delivery date).</summary>
    Target = 2,
}
