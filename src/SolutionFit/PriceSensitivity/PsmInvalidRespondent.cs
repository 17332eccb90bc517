namespace SolutionFit.PriceSensitivity;

/// <summary>Why a respondent's answers are inconsistent.</summary>
public enum PsmProblem
{
    /// <summary>An answer is missing.</summary>
    MissingAnswer = 0,

    /// <summary>The answers are not strictly increasing (too cheap &lt; cheap &lt; expensive &lt; too expensive).</summary>
    NotIncreasing = 1,
}

/// <summary>A respondent whose answers are inconsistent: dropped from the analysis, or kept and reported when validation is off.</summary>
/// <remarks>
/// Immutable value with value equality (row, problem, detail); <c>default</c> is row 0 with a missing answer and no
/// detail. Only the analysis creates reports, and <c>with</c> cannot change them: every property is get-only.
/// <para>An immutable value: safe to share across threads.</para>
/// </remarks>
public readonly record struct PsmInvalidRespondent
{
    internal PsmInvalidRespondent(int row, PsmProblem problem, int question, string detail)
    {
        Row = row;
        Problem = problem;
        Question = question;
        Detail = detail;
    }

    /// <summary>Gets the respondent's row in the survey (0-based).</summary>
    public int Row { get; }

    /// <summary>Gets what is wrong.</summary>
    public PsmProblem Problem { get; }

    /// <summary>Gets which answers are wrong, for example <c>cheap 6 is not above too cheap 6</c>.</summary>
    public string Detail => field ?? string.Empty;

    /// <summary>Gets the question (<see cref="PsmQuestions"/>) whose answer is missing or not above the one before.</summary>
    internal int Question { get; }

    /// <inheritdoc />
    public override string ToString() => $"row {Row}: {Detail}";
}
