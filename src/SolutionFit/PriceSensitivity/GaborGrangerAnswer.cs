namespace SolutionFit.PriceSensitivity;

/// <summary>What a <see cref="GaborGrangerTally"/> did with a respondent's answers.</summary>
public enum GaborGrangerAnswer
{
    /// <summary>The answers are monotone and at least one is given: the respondent counts with the interval it gives.</summary>
    Used = 0,

    /// <summary>A "would buy" at a price above a price answered "would not buy": the respondent is dropped.</summary>
    Inconsistent = 1,

    /// <summary>No price was answered: the respondent is dropped.</summary>
    NoAnswer = 2,
}
