using SolutionFit.Gauges;
using SolutionFit.MultiCriteria;
using SolutionFit.Surveys;

namespace SolutionFit.Tests.Hardening;

/// <summary>One test per overflow defect found at the edges of double: each failed before its fix.</summary>
public sealed class OverflowRegressionTests
{
    private static readonly string[] Three = ["a", "b", "c"];

    // A consistent 3 × 3 matrix with entries near the top and bottom of double's range: a_ij = k_i / k_j.
    private static readonly double[][] ExtremeConsistent =
    [
        [1.0, 1e154, 1e308],
        [1e-154, 1.0, 1e154],
        [1e-308, 1e-154, 1.0],
    ];

    [Theory]
    [InlineData(AhpPriorityMethod.GeometricMean)]
    [InlineData(AhpPriorityMethod.Eigenvector)]
    [InlineData(AhpPriorityMethod.NormalizedColumnMean)]
    public void Ahp_EntriesNear1e308_PrioritiesFiniteAndLambdaMaxIsN(AhpPriorityMethod method)
    {
        var result = Ahp.Analyze(Three, ExtremeConsistent, method);

        Assert.All(result.Priorities, p => Assert.True(double.IsFinite(p) && p >= 0.0, $"priority {p}"));
        Assert.Equal(1.0, result.Priorities.Sum(), 12);
        Assert.True(result.Priorities[0] > result.Priorities[1] && result.Priorities[1] > result.Priorities[2]);

        // Consistent: λmax = n, CI = CR = 0 (before the fix: NaN weights, and λmax below n).
        Assert.Equal(3.0, result.LambdaMax, 9);
        Assert.Equal(0.0, result.ConsistencyRatio, 9);
    }

    [Fact]
    public void Ahp_GeometricMean_SubnormalEntries_PrioritiesFinite()
    {
        var result = Ahp.Analyze(["a", "b"], [[1.0, 5e-324], [1e308, 1.0]], AhpPriorityMethod.GeometricMean, reciprocalTolerance: 1.0);

        Assert.All(result.Priorities, p => Assert.True(double.IsFinite(p)));
        Assert.Equal(1.0, result.Priorities[1], 12);
        Assert.True(double.IsFinite(result.LambdaMax));
    }

    [Fact]
    public void Ahp_CyclicAtDoublesLimit_LambdaMaxFiniteAndInconsistent()
    {
        // a_12 = a_23 = a_31 = MaxValue: λmax = 1 + c^(1/3) + c^(−1/3) with c = MaxValue³, so λmax ≈ MaxValue itself.
        const double M = double.MaxValue;
        double[][] matrix = [[1.0, M, 1.0 / M], [1.0 / M, 1.0, M], [M, 1.0 / M, 1.0]];

        foreach (var method in Enum.GetValues<AhpPriorityMethod>())
        {
            var result = Ahp.Analyze(Three, matrix, method, reciprocalTolerance: 1.0);

            Assert.True(double.IsFinite(result.LambdaMax) && result.LambdaMax > 1e307, $"{method}: {result.LambdaMax}");
            Assert.False(result.IsConsistent);
            Assert.All(result.Priorities, p => Assert.Equal(1.0 / 3.0, p, 12));
        }
    }

    [Theory]
    [InlineData(1e155)]
    [InlineData(1e-170)]
    [InlineData(5e-324)]
    [InlineData(double.MaxValue)]
    public void Gauge_OneDealWithExtremeWeight_IntervalIsFinite(double weight)
    {
        var gauge = PriceHappinessGauge.Measure([new ObservedReaction("d", PriceReaction.Fair, weight)]);
        var reference = PriceHappinessGauge.Measure([new ObservedReaction("d", PriceReaction.Fair)]);

        Assert.Equal(1.0, gauge.EffectiveSampleSize);
        Assert.Equal(reference.SmileIndexLower, gauge.SmileIndexLower);
        Assert.Equal(reference.SmileIndexUpper, gauge.SmileIndexUpper);
    }

    [Fact]
    public void Gauge_WeightsSummingPast1e308_SharesAsWithEqualWeights()
    {
        var reactions = Enumerable.Range(0, 50).Select(i => (Id: $"d{i}", Reaction: (PriceReaction)(i % 5))).ToArray();

        var huge = PriceHappinessGauge.Measure(reactions.Select(r => new ObservedReaction(r.Id, r.Reaction, 1e308)));
        var equal = PriceHappinessGauge.Measure(reactions.Select(r => new ObservedReaction(r.Id, r.Reaction)));

        foreach (var reaction in Enum.GetValues<PriceReaction>())
        {
            Assert.Equal(equal.ShareOf(reaction), huge.ShareOf(reaction));
        }

        Assert.Equal(equal.SmileIndex, huge.SmileIndex);
        Assert.Equal(50.0, huge.EffectiveSampleSize, 9);
    }

    [Fact]
    public void DecisionMatrix_WeightsSummingPast1e308_AreNotAllZero()
    {
        var matrix = new DecisionMatrix(["p", "q"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 0], [0, 2]], [1e308, 1e308]);

        Assert.Equal([0.5, 0.5], matrix.Weights);
        var ranking = MultiCriteriaRanking.WeightedSum(matrix, Normalization.MinMax);
        Assert.Equal([1, 1], ranking.Ranks.Min); // 0.5 each: a genuine tie, not 0 = 0
        Assert.Equal(0.5, ranking.Scores[0]);
    }

    [Fact]
    public void MinMax_RangeOverflowing_CriterionStillCounts()
    {
        // max − min = 2·MaxValue = ∞: before the fix the criterion contributed 0 to everyone and p, q tied.
        var matrix = new DecisionMatrix(["p", "q", "r"], [Criterion.Benefit("x")], [[double.MaxValue], [-double.MaxValue], [0.0]], [1.0]);

        var ranking = MultiCriteriaRanking.WeightedSum(matrix, Normalization.MinMax);

        Assert.Equal([1.0, 0.0, 0.5], ranking.Scores);
        Assert.Equal([1, 3, 2], ranking.Ranks.Ordinal);
    }

    [Fact]
    public void Topsis_VectorNormalisation_SquaresOverflowing_Finite()
    {
        var matrix = new DecisionMatrix(["p", "q"], [Criterion.Benefit("x"), Criterion.Cost("y")], [[1e200, 1e-200], [2e200, 3e-200]], [1, 1]);

        var ranking = MultiCriteriaRanking.Topsis(matrix, Normalization.Vector);
        var small = MultiCriteriaRanking.Topsis(new DecisionMatrix(["p", "q"], [Criterion.Benefit("x"), Criterion.Cost("y")], [[1, 1], [2, 3]], [1, 1]), Normalization.Vector);

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(small.Scores[i], ranking.Scores[i], 12);
        }
    }

    [Fact]
    public void Vikor_TargetCriterionFarFromExtremeValues_ScoresFinite()
    {
        // −|x − t| = −∞ for both: before the fix (best − f) / (best − worst) was ∞/∞ = NaN.
        // q is nearer the target on x (weight 2/3), p better on y (weight 1/3): q wins.
        var matrix = new DecisionMatrix(["p", "q"], [Criterion.TargetValue("x", -double.MaxValue), Criterion.Benefit("y")], [[double.MaxValue, 1], [1e308, 0]], [2, 1]);

        var ranking = MultiCriteriaRanking.Vikor(matrix);

        Assert.Equal([2.0 / 3.0, 1.0 / 3.0], ranking.S);
        Assert.Equal([1.0, 0.0], ranking.Q);
        Assert.Equal([2, 1], ranking.Ranks.Ordinal);
    }

    [Fact]
    public void TargetNormalisation_FarFromExtremeValues_Finite()
    {
        var matrix = new DecisionMatrix(["p", "q"], [Criterion.TargetValue("x", -double.MaxValue)], [[double.MaxValue], [1e308]], [1]);

        var ranking = MultiCriteriaRanking.WeightedSum(matrix, Normalization.MinMax);

        Assert.All(ranking.Scores, s => Assert.True(double.IsFinite(s)));
        Assert.True(ranking.Scores[1] > ranking.Scores[0]); // 1e308 is nearer the target
    }

    [Fact]
    public void Promethee_TargetCriterionBothInfinitelyFar_NoPreference()
    {
        // Both values are as far from the target as double can say: −∞ − (−∞) was NaN, which Usual read as full preference.
        var matrix = new DecisionMatrix(["p", "q"], [Criterion.TargetValue("x", -double.MaxValue)], [[double.MaxValue], [double.MaxValue]], [1]);

        var ranking = MultiCriteriaRanking.PrometheeII(matrix);

        Assert.Equal([0.0, 0.0], ranking.NetFlow);
        Assert.Equal([0.0, 0.0], ranking.PositiveFlow);
    }

    [Fact]
    public void SumNormalisation_CostsSpanningDoublesRange_Finite()
    {
        var matrix = new DecisionMatrix(["p", "q", "r"], [Criterion.Cost("x")], [[5e-324], [1.0], [double.MaxValue]], [1]);

        var ranking = MultiCriteriaRanking.WeightedSum(matrix, Normalization.Sum);
        var linear = MultiCriteriaRanking.WeightedSum(matrix, Normalization.LinearMax);

        Assert.All(ranking.Scores.Concat(linear.Scores), s => Assert.True(double.IsFinite(s)));
        Assert.Equal([1, 2, 3], ranking.Ranks.Ordinal);
        Assert.Equal(1.0, linear.Scores[0]);
    }

    [Fact]
    public void Vector_TinyValues_AreNotTakenForZeros()
    {
        // Squares of 1e-170 underflow to 0: before the fix the column was reported as "0 for every alternative".
        var matrix = new DecisionMatrix(["p", "q"], [Criterion.Benefit("x")], [[1e-170], [2e-170]], [1]);

        var ranking = MultiCriteriaRanking.Topsis(matrix, Normalization.Vector);

        Assert.Empty(ranking.Diagnostics);
        Assert.Equal([2, 1], ranking.Ranks.Ordinal);
    }

}
