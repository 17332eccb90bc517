using SolutionFit.PriceSensitivity;

namespace SolutionFit.Formats;

/// <summary>A respondent of a Gabor–Granger survey file that the analysis drops, where it is in the file.</summary>
/// <param name="Line">The file line the respondent's record starts on.</param>
/// <param name="Id">The respondent's <c>id</c> cell; null when the file has no id column or the cell is empty.</param>
/// <param name="Reason">Why it is dropped: <see cref="GaborGrangerAnswer.Inconsistent"/> or <see cref="GaborGrangerAnswer.NoAnswer"/>.</param>
internal sealed record GaborGrangerDropped(int Line, string? Id, GaborGrangerAnswer Reason);
