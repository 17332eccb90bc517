namespace SolutionFit;

/// <summary>The Kano category of a customer goal: how achieving it, or not, moves the fit.</summary>
/// <remarks>The default value is <see cref="Performance"/>.</remarks>
public enum GoalKind
{
    /// <summary>
    /// One-dimensional (Kano "performance"): the more it is achieved, the better the fit, in proportion to its weight.
    /// This is the default.
    /// </summary>
    Performance = 0,

    /// <summary>
    /// Must-be (Kano "must-have"): gates the whole fit. Must-haves combine as a weighted geometric mean, so a
    /// must-have with positive weight that is not achieved at all makes the goal fit 0.
    /// </summary>
    MustHave = 1,

    /// <summary>
    /// Attractive (Kano "delighter"): lifts the fit when achieved and never lowers it when it is not.
    /// </summary>
    Delighter = 2,
}
