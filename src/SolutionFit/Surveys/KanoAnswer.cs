namespace SolutionFit.Surveys;

/// <summary>One respondent's functional and dysfunctional answer about a feature (1 like, 2 must-be, 3 neutral, 4 live with, 5 dislike).</summary>
/// <remarks>A missing answer (null) or one outside 1..5 excludes the pair; exclusions are counted and reported. An immutable value: safe to share across threads.</remarks>
public readonly record struct KanoAnswer(string Respondent, string Feature, int? Functional, int? Dysfunctional);
