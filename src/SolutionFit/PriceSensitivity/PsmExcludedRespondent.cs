namespace SolutionFit.PriceSensitivity;

/// <summary>A respondent whose answers are inconsistent: excluded from the analysis, or kept and reported when <see cref="PsmOptions.ExcludeInconsistent"/> is false.</summary>
/// <remarks>
/// Immutable value with value equality (row, problem, and the question and answers the detail names); <c>default</c> is
/// row 0 with a missing answer and no detail. Only the analysis creates reports, and <c>with</c> cannot change them: every property is get-only.
/// <para>An immutable value: safe to share across threads.</para>
/// </remarks>
public readonly record struct PsmExcludedRespondent
{
    private readonly bool _described;
    private readonly double _below;
    private readonly double _above;

    /// <summary>A report of a missing answer.</summary>
    internal PsmExcludedRespondent(int row, int question)
        : this(row, PsmProblem.MissingAnswer, question, 0.0, 0.0)
    {
    }

    /// <summary>A report of an answer (<paramref name="above"/>) not above the one before (<paramref name="below"/>).</summary>
    internal PsmExcludedRespondent(int row, int question, double below, double above)
        : this(row, PsmProblem.NotIncreasing, question, below, above)
    {
    }

    private PsmExcludedRespondent(int row, PsmProblem problem, int question, double below, double above)
    {
        Row = row;
        Problem = problem;
        Question = question;
        (_described, _below, _above) = (true, below, above);
    }

    /// <summary>Gets the respondent's row in the survey (0-based).</summary>
    public int Row { get; }

    /// <summary>Gets what is wrong.</summary>
    public PsmProblem Problem { get; }

    /// <summary>Gets which answers are wrong, for example <c>cheap 6 is not above too cheap 6</c>.</summary>
    /// <remarks>Worded when read, from the question and the two answers the report holds.</remarks>
    public string Detail => !_described ? string.Empty
        : Problem == PsmProblem.MissingAnswer ? $"the {PsmQuestions.Name(Question)} answer is missing"
        : $"{PsmQuestions.Name(Question)} {Guard.Format(_above)} is not above {PsmQuestions.Name(Question - 1)} {Guard.Format(_below)}";

    /// <summary>Gets the question (<see cref="PsmQuestions"/>) whose answer is missing or not above the one before.</summary>
    internal int Question { get; }

    /// <inheritdoc />
    public override string ToString() => $"row {Row}: {Detail}";
}
