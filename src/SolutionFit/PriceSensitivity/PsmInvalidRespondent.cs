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
/// <remarks>Immutable value; <c>default</c> is row 0 with a missing answer and no detail.</remarks>
public readonly struct PsmInvalidRespondent : IEquatable<PsmInvalidRespondent>
{
    internal PsmInvalidRespondent(int row, PsmProblem problem, string detail)
    {
        Row = row;
        Problem = problem;
        Detail = detail;
    }

    /// <summary>Gets the respondent's row in the survey (0-based).</summary>
    public int Row { get; }

    /// <summary>Gets what is wrong.</summary>
    public PsmProblem Problem { get; }

    /// <summary>Gets which answers are wrong, for example <c>cheap 6 is not above too cheap 6</c>.</summary>
    public string Detail => field ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(PsmInvalidRespondent other) => Row == other.Row && Problem == other.Problem && Detail == other.Detail;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PsmInvalidRespondent other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Row, Problem, Detail);

    /// <summary>Compares two reports for equality.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>True when row, problem and detail are equal.</returns>
    public static bool operator ==(PsmInvalidRespondent left, PsmInvalidRespondent right) => left.Equals(right);

    /// <summary>Compares two reports for inequality.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns>True when row, problem or detail differ.</returns>
    public static bool operator !=(PsmInvalidRespondent left, PsmInvalidRespondent right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"row {Row}: {Detail}";
}
