namespace SolutionFit;

/// <summary>The library's one tolerance for comparing computed scores and shares.</summary>
internal static class Tolerance
{
    /// <summary>
    /// Two computed values tie when they differ by at most this much relative to the larger magnitude (1e-12: far above
    /// the rounding of a few hundred additions, far below any difference a user would act on).
    /// </summary>
    public const double RelativeTie = 1e-12;
}
