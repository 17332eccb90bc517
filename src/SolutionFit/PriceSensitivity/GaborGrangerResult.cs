namespace SolutionFit.PriceSensitivity;

/// <summary>The Gabor–Granger analysis of a survey: respondent counts and one analysis per segment.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GaborGrangerResult
{
    internal GaborGrangerResult(long inFile, long used, long inconsistent, long noAnswer, GaborGrangerSegment[] segments)
    {
        Respondents = inFile;
        Used = used;
        Inconsistent = inconsistent;
        NoAnswer = noAnswer;
        Segments = Array.AsReadOnly(segments);
    }

    /// <summary>All respondents added, used or dropped.</summary>
    public long Respondents { get; }

    /// <summary>The respondents analysed.</summary>
    public long Used { get; }

    /// <summary>The respondents dropped as inconsistent.</summary>
    public long Inconsistent { get; }

    /// <summary>The respondents dropped for giving no answer.</summary>
    public long NoAnswer { get; }

    /// <summary><c>"all"</c> first, then each segment with a used respondent, in ordinal string order of its value.</summary>
    public IReadOnlyList<GaborGrangerSegment> Segments { get; }
}
