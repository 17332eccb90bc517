namespace SolutionFit.PriceSensitivity;

/// <summary>Which curves bound the acceptable price range.</summary>
public enum PsmAcceptableRange
{
    /// <summary>PMC = not cheap × too cheap, PME = too expensive × not expensive (the default).</summary>
    Original = 0,

    /// <summary>PMC = expensive × too cheap, PME = too expensive × cheap.</summary>
    Narrower = 1,
}
