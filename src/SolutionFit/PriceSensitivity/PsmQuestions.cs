namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The four Van Westendorp questions as indexes, in price order for a consistent respondent: the one place that numbers
/// them, for the tallies, the distributions, the curves and the NMS anchors.
/// </summary>
internal static class PsmQuestions
{
    /// <summary>"At which price is it so cheap that you would doubt its quality?"</summary>
    public const int TooCheap = 0;

    /// <summary>"At which price is it a bargain?"</summary>
    public const int Cheap = 1;

    /// <summary>"At which price is it getting expensive?"</summary>
    public const int Expensive = 2;

    /// <summary>"At which price is it too expensive to consider?"</summary>
    public const int TooExpensive = 3;

    /// <summary>The number of questions.</summary>
    public const int Count = 4;

    /// <summary>The question as messages name it, for example <c>too cheap</c>.</summary>
    public static string Name(int question) => question switch
    {
        TooCheap => "too cheap",
        Cheap => "cheap",
        Expensive => "expensive",
        _ => "too expensive",
    };

    /// <summary>The <see cref="PsmSurvey"/> parameter that holds the question's answers, for example <c>tooCheap</c>.</summary>
    public static string ParameterName(int question) => question switch
    {
        TooCheap => "tooCheap",
        Cheap => "cheap",
        Expensive => "expensive",
        _ => "tooExpensive",
    };
}
