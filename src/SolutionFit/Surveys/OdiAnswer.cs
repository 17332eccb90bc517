namespace SolutionFit.Surveys;

/// <summary>One respondent's 1–5 ratings of how important a desired outcome is and how satisfied they are with how it is served today.</summary>
/// <remarks>Immutable value; a rating that is null is missing, one outside 1..5 out of range: both are excluded and counted. Safe to share across threads.</remarks>
public readonly record struct OdiAnswer(string Respondent, string Outcome, int? Importance, int? Satisfaction);
