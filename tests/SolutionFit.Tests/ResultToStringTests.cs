using SolutionFit.MultiCriteria;
using SolutionFit.PriceSensitivity;
using SolutionFit.Surveys;

namespace SolutionFit.Tests;

/// <summary>Every result type says what it holds in one line, the same in every culture.</summary>
public sealed class ResultToStringTests
{
    [Fact]
    public void Results_ToString_AreOneInvariantLine()
    {
        CommaCulture.Run(() =>
        {
            var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x"), Criterion.Cost("y")], [[1, 2], [3, 1], [1, 2]], [0.5, 0.5]);
            var topsis = MultiCriteriaRanking.Topsis(matrix);
            var customer = new CustomerProfile("c", [new CustomerGoal("g", 1)], new PriceThresholds(1, 2, 3, 4));
            var coaching = new SolutionCoach(new SolutionFitScorer()).Coach(customer, new ProposedSolution("s", 3.5, new Dictionary<string, double> { ["g"] = 0.5 }, 0, 1));
            var psm = PriceSensitivityMeter.Analyze(new PsmSurvey([1.0, 1.5, 0.5], [2.0, 3, 2.5], [4.0, 5, 4.5], [7.0, 8, 9]));

            Assert.Equal("Topsis: 1. b, 2. a, 2. c", topsis.ToString());
            Assert.StartsWith("GeometricMean: p 0.667, q 0.333; CR 0", Ahp.Analyze(["p", "q"], [[1, 2], [0.5, 1]], AhpPriorityMethod.GeometricMean).ToString(), StringComparison.Ordinal);
            Assert.StartsWith("o: importance 10, satisfaction 0, opportunity 20 (", Odi.Analyze([new("r", "o", 5, 1)])[0].ToString(), StringComparison.Ordinal);
            Assert.StartsWith("f: OneDimensional of 1 valid answer(s), better 1, worse -1", Kano.Analyze([new("r", "f", 1, 5)])[0].ToString(), StringComparison.Ordinal);
            Assert.StartsWith("PMC ", psm.ToString(), StringComparison.Ordinal);
            Assert.EndsWith("from 3 of 3 respondent(s)", psm.ToString(), StringComparison.Ordinal);
            Assert.StartsWith("s for c: overall ", coaching.ToString(), StringComparison.Ordinal);
            Assert.Contains("next: ", coaching.ToString(), StringComparison.Ordinal);
            Assert.StartsWith("x (weight 0.5): ", MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.Topsis(m))[0].ToString(), StringComparison.Ordinal);
            var sensitivity = MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.Topsis(m));
            foreach (var text in new object[] { topsis, psm, coaching, Odi.Analyze([new("r", "o", 4, 2)])[0], sensitivity[0], sensitivity[1] }.Select(r => r.ToString()!))
            {
                Assert.DoesNotContain(",5", text, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', text);
            }
        });
    }
}
