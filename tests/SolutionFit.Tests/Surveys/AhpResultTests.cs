using SolutionFit.Surveys;

namespace SolutionFit.Tests.Surveys;

/// <summary>An AHP result's text and its goal importances.</summary>
public sealed class AhpResultTests
{
    private static readonly double[][] Consistent3 = [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]];

    [Fact]
    public void ToString_ConsistentOrNot_SaysWhichItIs()
    {
        Assert.Equal("Eigenvector: a 0.571, b 0.286, c 0.143; CR 0", Ahp.Analyze(["a", "b", "c"], Consistent3).ToString());
        var inconsistent = Ahp.Analyze(["a", "b", "c"], [[1, 9, 1.0 / 9], [1.0 / 9, 1, 9], [9, 1.0 / 9, 1]], AhpPriorityMethod.GeometricMean);
        Assert.False(inconsistent.IsConsistent);
        Assert.EndsWith(" (inconsistent)", inconsistent.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToGoalImportance_LabelsOutOfAlphabeticalOrder_PriorityOverTheLargestInLabelOrder()
    {
        string[] labels = ["zeta", "alpha", "mid"];
        var result = Ahp.Analyze(labels, [[1, 0.5, 0.25], [2, 1, 0.5], [4, 2, 1]]); // priorities 1/7, 2/7, 4/7

        var importance = result.ToGoalImportance();

        Assert.Equal(labels, importance.Keys);
        Assert.Equal(labels, importance.Select(p => p.Key));
        Assert.Equal(0.25, importance["zeta"], 12);
        Assert.Equal(0.5, importance["alpha"], 12);
        Assert.Equal(1.0, importance["mid"]);
        Assert.False(importance is IDictionary<string, double> { IsReadOnly: false });
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, double>)importance)["mid"] = 0);
    }
}
