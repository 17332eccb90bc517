namespace SolutionFit.Formats;

/// <summary>Takes one respondent of a survey file as <see cref="PsmSurveyReader"/> reads it.</summary>
/// <param name="answers">The respondent's answers, checked.</param>
internal delegate void PsmAnswersHandler(in PsmAnswers answers);
