using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.Hardening;

/// <summary>One test per overflow defect found at the edges of double: each failed before its fix.</summary>
public sealed class OverflowRegressionTests
{
    [Theory]
    [InlineData(PsmIntersection.Mean)]
    [InlineData(PsmIntersection.Median)]
    public void Psm_CrossingsWhoseSumOverflows_MeanAndMedianAreTheirMidpoint(PsmIntersection intersection)
    {
        // The plateau survey (prices up to 22) times 8e306: the OPP plateau's crossings are 7 × 8e306 and 17 × 8e306,
        // whose sum passes double.MaxValue. Before the fix the mean and the median were +∞ and the analysis threw.
        const double Scale = 8e306;
        var (_, survey) = Tests.PriceSensitivity.PsmReference.Survey("plateau12");
        var scaled = new PsmSurvey(
            survey.Cheap.Select(p => (double?)(p * Scale)),
            survey.Expensive.Select(p => (double?)(p * Scale)),
            survey.TooExpensive.Select(p => (double?)(p * Scale)),
            survey.TooCheap!.Select(p => (double?)(p * Scale)));

        var result = PriceSensitivityMeter.Analyze(scaled, new PsmOptions { Intersection = intersection });

        Assert.Equal(12 * Scale, result.OptimalPricePoint!.Value, 12 * Scale * 1e-15);
        Assert.Equal(PriceSensitivityMeter.Analyze(survey, new PsmOptions { Intersection = intersection }).OptimalPricePoint!.Value * Scale, result.OptimalPricePoint!.Value, 12 * Scale * 1e-15);
    }

    [Fact]
    public void Psm_NmsWithSubnormalAnswerPrices_ReachIsFinite()
    {
        // Every answer below 1e-300: the NMS slopes over gaps of 1e-323 were +∞ and the reach NaN before the sweep scaled
        // prices below 2. Scaled by 2^1000 the survey is an ordinary one, with the same reach.
        double?[][] rows = [[5e-324, 1e-320, 1e-310, 1e-300], [1e-323, 1e-322, 1e-321, 1e-320], [1e-322, 1e-320, 1e-318, 1e-316]];
        PsmSurvey Survey(double scale) => new(
            rows.Select(r => r[1] * scale),
            rows.Select(r => r[2] * scale),
            rows.Select(r => r[3] * scale),
            rows.Select(r => r[0] * scale),
            purchaseIntentCheap: [5, 4, 3],
            purchaseIntentExpensive: [2, 2, 1]);

        var tiny = PriceSensitivityMeter.Analyze(Survey(1.0)).Nms!;
        var ordinary = PriceSensitivityMeter.Analyze(Survey(Math.ScaleB(1.0, 1000))).Nms!;

        Assert.All(tiny.Reach, r => Assert.InRange(r, 0.0, 1.0));
        Assert.Equal(ordinary.Reach.Count, tiny.Reach.Count);
        for (var i = 0; i < tiny.Reach.Count; i++)
        {
            Assert.Equal(ordinary.Reach[i], tiny.Reach[i], 1e-12);
        }
    }
}
