using SolutionFit.PriceSensitivity;

namespace SolutionFit.Formats;

/// <summary>A Gabor–Granger survey file as <see cref="GaborGrangerSurveyReader"/> read it.</summary>
/// <param name="Tally">Every respondent's answers, weight and segment.</param>
/// <param name="Dropped">
/// The first <see cref="GaborGrangerSurveyReader.DroppedKept"/> inconsistent respondents and the first as many with no
/// answer, in file order (the tally counts them all).
/// </param>
internal sealed record GaborGrangerFile(GaborGrangerTally Tally, IReadOnlyList<GaborGrangerDropped> Dropped);
