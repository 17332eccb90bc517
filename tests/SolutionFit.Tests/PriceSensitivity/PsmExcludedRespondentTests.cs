using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

public sealed class PsmExcludedRespondentTests
{
    [Fact]
    public void Equality_SameRowAndProblem_AreEqual()
    {
        var survey = new PsmSurvey([2.0, 1.0, 2.0], [2.0, 2.0, 2.0], [3.0, 3.0, 3.0], [4.0, 4.0, 4.0]);
        var first = PriceSensitivityMeter.Analyze(survey).Excluded;
        var again = PriceSensitivityMeter.Analyze(survey).Excluded;

        Assert.Equal(first, again);
        Assert.True(first[0] == again[0]);
        Assert.True(first[0] != first[1]);
        Assert.Equal("row 2: cheap 2 is not above too cheap 2", first[1].ToString());
        Assert.Equal(string.Empty, default(PsmExcludedRespondent).Detail);
    }
}
