namespace SolutionFit.PriceSensitivity;

/// <summary>Which price to report when two curves meet on a plateau (several crossings).</summary>
public enum PsmIntersection
{
    /// <summary>The lowest crossing (the default).</summary>
    Min = 0,

    /// <summary>The highest crossing.</summary>
    Max = 1,

    /// <summary>The mean of the crossings.</summary>
    Mean = 2,

    /// <summary>The median of the crossings (the mean of the middle two for an even count).</summary>
    Median = 3,
}
