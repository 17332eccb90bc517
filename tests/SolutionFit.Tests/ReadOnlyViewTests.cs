using SolutionFit.PriceSensitivity;
using SolutionFit.Surveys;

namespace SolutionFit.Tests;

/// <summary>What the library exposes as read-only stays read-only: no view can be cast back to a mutable array or dictionary.</summary>
public sealed class ReadOnlyViewTests
{
    private static readonly CustomerProfile Customer = new("c", [new CustomerGoal("a", 1), new CustomerGoal("b", 0.5)], new PriceThresholds(1, 2, 3, 4));
    private static readonly ProposedSolution Solution = new("s", 5, new Dictionary<string, double> { ["a"] = 0.5 }, 0, 1);

    [Fact]
    public void CoreViews_AreNotMutableCollections()
    {
        var score = new SolutionFitScorer().Score(Customer, Solution);
        var report = new SolutionCoach(new SolutionFitScorer()).Coach(Customer, Solution);

        AssertReadOnly(Customer.Goals);
        AssertReadOnly(score.Goals);
        AssertReadOnly(report.Steps);
        AssertReadOnly(new SolutionCatalog([Solution]).Solutions);
        Assert.False(Solution.Achievements is IDictionary<string, double> { IsReadOnly: false });
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, double>)Solution.Achievements)["a"] = 1);
    }

    [Fact]
    public void SurveyViews_AreNotMutableCollections()
    {
        var ahp = Ahp.Analyze(["x", "y"], [[1, 2], [0.5, 1]]);
        var kano = Kano.Analyze([new("r1", "f", 1, 5), new("r2", "f", 9, 5)])[0];

        AssertReadOnly(ahp.Labels);
        AssertReadOnly(ahp.Priorities);
        AssertReadOnly(kano.Excluded);
    }

    [Fact]
    public void PriceSensitivityViews_AreNotMutableCollections()
    {
        var survey = new PsmSurvey([1.0, 1, 0.5], [2.0, 3, 2], [4.0, 5, 6], [7.0, 8, 9], purchaseIntentCheap: [5, 4, 3], purchaseIntentExpensive: [3, 2, 1]);
        var result = PriceSensitivityMeter.Analyze(survey);

        AssertReadOnly(result.Excluded);
        AssertReadOnly(result.Curves.Prices);
        AssertReadOnly(result.Curves.TooCheap!);
        AssertReadOnly(result.Curves.Cheap);
        AssertReadOnly(result.Curves.NotCheap);
        AssertReadOnly(result.Curves.Expensive);
        AssertReadOnly(result.Curves.NotExpensive);
        AssertReadOnly(result.Curves.TooExpensive);
        AssertReadOnly(result.Nms!.Prices);
        AssertReadOnly(result.Nms.Reach);
        AssertReadOnly(result.Nms.Revenue);
        AssertReadOnly(PurchaseIntentCalibration.Default.Scale);
        AssertReadOnly(PurchaseIntentCalibration.Default.Probabilities);
    }

    [Fact]
    public void Views_AreTheSameInstanceEachTime()
    {
        Assert.Same(Customer.Goals, Customer.Goals);
        Assert.Same(Solution.Achievements, Solution.Achievements);
    }

    private static void AssertReadOnly<T>(IReadOnlyList<T> list)
    {
        Assert.False(list is T[], "a view is an array");
        Assert.False(list is List<T>, "a view is a List");
        Assert.True(list is not IList<T> mutable || mutable.IsReadOnly, "a view is a mutable IList");
    }
}
