using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>The weight sensitivity entries: their text and the list they come in.</summary>
public sealed class WeightSensitivityTests
{
    [Fact]
    public void ToString_ChangesBothWays_SaysEachChangeAndItsWinner()
    {
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 0], [0, 1]], [0.6, 0.4]);

        var result = MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.WeightedSum(m));

        Assert.Equal("x (weight 0.6): -0.1 makes b win; no increase changes the winner", result[0].ToString());
        Assert.Equal("y (weight 0.4): no decrease changes the winner; +0.1 makes b win", result[1].ToString());
    }

    [Fact]
    public void WeightSensitivity_Result_IsNotAnArrayOrList()
    {
        var matrix = new DecisionMatrix(["A1", "A2", "A3"], [Criterion.Cost("risk"), Criterion.Benefit("return")], [[1, 3000], [2, 3750], [5, 4500]], [1, 1]);

        Assert.False(MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.Topsis(m)) is WeightSensitivity[] or List<WeightSensitivity>);
    }
}
