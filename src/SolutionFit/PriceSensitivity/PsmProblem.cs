namespace SolutionFit.PriceSensitivity;

/// <summary>Why a respondent's answers are inconsistent.</summary>
public enum PsmProblem
{
    /// <summary>An answer is missing.</summary>
    MissingAnswer = 0,

    /// <summary>The answers are not strictly increasing (too cheap &lt; cheap &lt; expensive &lt; too expensive).</summary>
    NotIncreasing = 1,
}
