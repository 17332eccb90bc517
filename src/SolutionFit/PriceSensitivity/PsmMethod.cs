namespace SolutionFit.PriceSensitivity;

/// <summary>Which version of the reference algorithm (R package <c>pricesensitivitymeter</c>) a PSM analysis follows.</summary>
public enum PsmMethod
{
    /// <summary>
    /// The current algorithm (package 1.3.3, the default): each column's empirical distribution is 0 at that column's
    /// lowest answer, crossings are linearly interpolated between grid prices, NMS probabilities are linear in price and
    /// constant beyond the first and last anchor.
    /// </summary>
    Interpolated = 0,

    /// <summary>
    /// The classic algorithm (package 1.3.0, used from 2019 to 2025): a crossing is the first grid price where the rising
    /// curve reaches the falling one; NMS probabilities are linear in grid steps and 0 outside the anchors.
    /// </summary>
    Classic = 1,
}
