namespace SolutionFit.Formats;

/// <summary>One respondent of a survey file as <see cref="PsmSurveyReader"/> read and checked it.</summary>
/// <param name="Row">The respondent's 0-based index in the file (the row the library's errors name).</param>
/// <param name="TooCheap">The too-cheap answer; null when missing or when the file has no such column.</param>
/// <param name="Cheap">The cheap answer; null when missing.</param>
/// <param name="Expensive">The expensive answer; null when missing.</param>
/// <param name="TooExpensive">The too-expensive answer; null when missing.</param>
/// <param name="Weight">The weight; 1 without a weight column.</param>
/// <param name="IntentCheap">The purchase intention at the cheap price; null when missing or without NMS.</param>
/// <param name="IntentExpensive">The purchase intention at the expensive price; null when missing or without NMS.</param>
internal readonly record struct PsmAnswers(int Row, double? TooCheap, double? Cheap, double? Expensive, double? TooExpensive, double Weight, int? IntentCheap, int? IntentExpensive);
