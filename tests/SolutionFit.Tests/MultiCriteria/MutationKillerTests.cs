using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>Small hand-worked cases that pin lines mutation testing found unchecked.</summary>
public sealed class MutationKillerTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void PrometheeII_UsualCriterion_PerCriterionFlowsAndContributionsAreHandWorked()
    {
        // x benefit (weight 1/4), y cost (weight 3/4); usual criterion P(d) = 1 for d > 0; m = 3, so each pair counts 1/2.
        // x: a > c > b, so per-criterion net flows a = (1 + 1)/2 = 1, b = -1, c = (1 - 1)/2 = 0.
        // y (cost): a = c = 10 beat b = 20, so a = 1/2, b = -1, c = 1/2.
        // Contributions are w_j times those: a (0.25, 0.375), b (-0.25, -0.75), c (0, 0.375).
        // pi(a, b) = 1, pi(a, c) = 0.25, pi(c, b) = 1, the rest 0: phi+ = (0.625, 0, 0.5), phi- = (0, 1, 0.125).
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x"), Criterion.Cost("y")], [[3, 10], [1, 20], [2, 10]], [1, 3]);

        var result = MultiCriteriaRanking.PrometheeII(matrix);

        AssertRows([[1, 0.5], [-1, -1], [0, 0.5]], result.Normalized);
        AssertRows([[0.25, 0.375], [-0.25, -0.75], [0, 0.375]], result.Contributions);
        AssertAll([0.625, 0, 0.5], result.PositiveFlow);
        AssertAll([0, 1, 0.125], result.NegativeFlow);
        AssertAll([0.625, -1, 0.375], result.NetFlow);
    }

    [Fact]
    public void Vikor_FlatS_AdvantageAtTheBoundaryAndStable_CompromiseIsTheBestAlone()
    {
        // Equal weights; regrets d: a (0, 1), b (1, 0), c (1/2, 1/2). S = 1/2 for all (flat: its part of Q is 0, not 0/0);
        // R = (1/2, 1/2, 1/4). Q = (1/2)(R - 1/4)/(1/4) = (1/2, 1/2, 0). Order c, a, b; 1/(m - 1) = 1/2.
        // C1: Q(a) - Q(c) = 1/2 >= 1/2 holds; C2: c is best by R. Compromise {c}.
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[2, 0], [0, 2], [1, 1]], [1, 1]);

        var result = MultiCriteriaRanking.Vikor(matrix);

        AssertAll([0.5, 0.5, 0.5], result.S);
        AssertAll([0.5, 0.5, 0.25], result.R);
        AssertAll([0.5, 0.5, 0], result.Q);
        Assert.True(result.AcceptableAdvantage);
        Assert.True(result.AcceptableStability);
        Assert.Equal([2], result.CompromiseSet);
        Assert.Contains("S is the same for every alternative: its part of Q is 0.", result.Diagnostics);
    }

    [Fact]
    public void Vikor_FlatR_NoAdvantageButStable_CompromiseIsTheCloseOnes()
    {
        // Equal weights; d: a (0, 1), b (1, 0), c (1, 1). R = 1/2 for all (flat); S = (1/2, 1/2, 1).
        // Q = (1/2)(S - 1/2)/(1/2) = (0, 0, 1/2). Order a, b, c; 1/(m - 1) = 1/2.
        // C1 fails (Q(b) - Q(a) = 0); C2 holds (a best by S). Set: Q - Q(a) < 1/2, so {a, b} (c is exactly 1/2 away).
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[2, 0], [0, 2], [0, 0]], [1, 1]);

        var result = MultiCriteriaRanking.Vikor(matrix);

        AssertAll([0, 0, 0.5], result.Q);
        Assert.False(result.AcceptableAdvantage);
        Assert.True(result.AcceptableStability);
        Assert.Equal([0, 1], result.CompromiseSet);
        Assert.Contains("R is the same for every alternative: its part of Q is 0.", result.Diagnostics);
    }

    [Fact]
    public void Vikor_BestQNeitherBestByS_NorByR_IsNotStable()
    {
        // Three equal weights; raw values are 1 - d with d: a (0, 0, 1), b (1/2, 1/2, 1/2), c (0.55, 0.55, 0), d (1, 1, 0).
        // S = (1/3, 1/2, 0.3667, 2/3), R = (1/3, 1/6, 0.1833, 1/3): a is best by S, b by R.
        // Q = (1/2, 1/4, 0.05 + 0.05 = 0.1, 1): c is best by Q but by neither S nor R, so C2 fails; C1 fails too
        // (Q(b) - Q(c) = 0.15 < 1/3). Set: Q - Q(c) < 1/3, so {c, b}.
        var matrix = new DecisionMatrix(
            ["a", "b", "c", "d"],
            [Criterion.Benefit("x"), Criterion.Benefit("y"), Criterion.Benefit("z")],
            [[1, 1, 0], [0.5, 0.5, 0.5], [0.45, 0.45, 1], [0, 0, 1]],
            [1, 1, 1]);

        var result = MultiCriteriaRanking.Vikor(matrix);

        AssertAll([0.5, 0.25, 0.1, 1], result.Q, 1e-9);
        Assert.False(result.AcceptableAdvantage);
        Assert.False(result.AcceptableStability);
        Assert.Equal([2, 1], result.CompromiseSet);
    }

    [Fact]
    public void Vikor_BestQOnlyBestByS_IsStable()
    {
        // Equal weights; d: a (1, 0), b (0, 1), c (2/3, 2/3). S = (1/2, 1/2, 2/3), R = (1/2, 1/2, 1/3).
        // Q = (1/2)(S - 1/2)/(1/6) + (1/2)(R - 1/3)/(1/6) = (1/2, 1/2, 1/2): all tie, a first by input order.
        // a is best by S though not by R: C2 needs only one of them, so it holds. C1 fails (gap 0), so the set is all three.
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[0, 3], [3, 0], [1, 1]], [1, 1]);

        var result = MultiCriteriaRanking.Vikor(matrix);

        AssertAll([0.5, 0.5, 0.5], result.Q);
        Assert.True(result.AcceptableStability);
        Assert.False(result.AcceptableAdvantage);
        Assert.Equal([0, 1, 2], result.CompromiseSet);
    }

    [Fact]
    public void Vikor_AdvantageShortOfTheBoundOnlyByRounding_Holds()
    {
        // m = 5, so 1/(m - 1) = 0.25. The best Q is e (0) and the runner-up b has Q = 0.24999999999999997: 0.25 up to
        // rounding (its S equals e's S, 0.4015..., and its R term is (1/2)(0.3409 - 0.2273)/(0.4545 - 0.2273) = 1/4).
        // Within the tie tolerance the gap counts as 1/(m - 1), so C1 holds.
        var matrix = new DecisionMatrix(
            ["a", "b", "c", "e", "f"],
            [Criterion.Benefit("x"), Criterion.Benefit("y"), Criterion.Benefit("z")],
            [[0, 4, 1], [1, 4, 1], [3, 2, 4], [1, 3, 3], [2, 4, 0]],
            [1, 5, 5]);

        var result = MultiCriteriaRanking.Vikor(matrix);

        Assert.Equal(0.0, result.Q[3]);
        Assert.Equal(0.25, result.Q[1], Tolerance);
        Assert.True(result.AcceptableAdvantage);
        Assert.True(result.AcceptableStability);
        Assert.Equal([3], result.CompromiseSet);
    }

    [Fact]
    public void Vikor_ExactlyFlatSWithZeroTolerance_IsStillFlat()
    {
        // The flat-S case above with tolerance 0: S - S* = 0 <= 0, so S is flat and Q stays (1/2, 1/2, 0), not 0/0.
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[2, 0], [0, 2], [1, 1]], [1, 1]);

        var result = MultiCriteriaRanking.Vikor(matrix, tieTolerance: 0);

        AssertAll([0.5, 0.5, 0], result.Q);
    }

    [Fact]
    public void Vikor_IdenticalAlternatives_QIsZero()
    {
        // Every column constant: every d is 0, so S = R = 0 for all; both are flat (0 <= 0) and Q = 0, never 0/0.
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Cost("y")], [[1, 2], [1, 2]], [1, 1]);

        var result = MultiCriteriaRanking.Vikor(matrix);

        AssertAll([0, 0], result.Q);
        Assert.Equal([1, 1], result.Ranks.Min);
    }

    [Fact]
    public void Vikor_SEqualUpToLastBits_IsFlat()
    {
        // Weights 0.1, 0.3, 0.4 (normalised by their largest, then by the sum): d a = (0, 0, 1), b = (1, 1, 0), so
        // S(a) = w3 = 0.5 and S(b) = w1 + w2 = 0.49999999999999994: equal within the tie tolerance, so S is flat.
        // R = (w3, w2) = (0.5, 0.375): Q = (1/2, 0). Taken literally, S would make it (1, 0).
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y"), Criterion.Benefit("z")], [[1, 1, 0], [0, 0, 1]], [0.1, 0.3, 0.4]);

        var result = MultiCriteriaRanking.Vikor(matrix);

        Assert.NotEqual(result.S[0], result.S[1]);
        AssertAll([0.5, 0], result.Q);
        Assert.Contains("S is the same for every alternative: its part of Q is 0.", result.Diagnostics);
    }

    [Fact]
    public void Vikor_REqualUpToLastBits_IsFlat()
    {
        // Weights 0.3, 0.1 + 0.2 = 0.30000000000000004, 0.2 normalise to 0.37499999999999994, 0.37500000000000006, 0.25.
        // d: a (0, 1, 0), b (1, 0, 1): R = (w2, w1), equal within the tie tolerance, so R is flat; S = (0.375, 0.625).
        // Q = (1/2)(S - S*)/(S- - S*) = (0, 1/2). Taken literally, R would make it (1/2, 1/2).
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y"), Criterion.Benefit("z")], [[1, 0, 1], [0, 1, 0]], [0.3, 0.1 + 0.2, 0.2]);

        var result = MultiCriteriaRanking.Vikor(matrix);

        Assert.NotEqual(result.R[0], result.R[1]);
        AssertAll([0, 0.5], result.Q);
        Assert.Contains("R is the same for every alternative: its part of Q is 0.", result.Diagnostics);
    }

    [Fact]
    public void WeightSensitivity_TwoOpposedAlternatives_ChangesAtTheHandWorkedDeltas()
    {
        // LinearMax leaves a = (1, 0), b = (0, 1), so scores are a = w_x, b = w_y; weights (0.6, 0.4): a wins.
        // Moving w_x by delta rescales w_y to 0.4 (1 - 0.6 - delta)/(1 - 0.6) = 0.4 - delta: they tie at delta = -0.1 (the
        // tie keeps a first by input order), so b wins just below. Moving w_y: 0.4 + delta against 0.6 - delta, b wins above
        // +0.1. No increase of w_x and no decrease of w_y changes the winner.
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 0], [0, 1]], [0.6, 0.4]);

        var result = MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.WeightedSum(m));

        Assert.Equal(-0.1, result[0].Decrease!.Value, 1e-8);
        Assert.Equal("b", result[0].WinnerAfterDecrease);
        Assert.Null(result[0].Increase);
        Assert.Null(result[1].Decrease);
        Assert.Equal(0.1, result[1].Increase!.Value, 1e-8);
        Assert.Equal("b", result[1].WinnerAfterIncrease);
    }

    [Fact]
    public void WeightSensitivity_AllWeightOnOneCriterion_SharesTheFreedWeightEqually()
    {
        // Weights (1, 0): a = (1, 0), b = (0, 1) under LinearMax score a = w_x, b = w_y. Taking δ from x gives y the whole
        // of −δ (it is the only other criterion): b wins once 1 + δ < −δ, i.e. below δ = −0.5. Before the fix the search
        // reached δ = −1 with every weight 0 and failed on NaN scores.
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 0], [0, 1]], [1, 0]);

        var result = MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.WeightedSum(m));

        Assert.Equal(-0.5, result[0].Decrease!.Value, 1e-8);
        Assert.Equal("b", result[0].WinnerAfterDecrease);
        Assert.Null(result[0].Increase);
        Assert.Null(result[1].Decrease);
        Assert.Equal(0.5, result[1].Increase!.Value, 1e-8);
    }

    [Fact]
    public void WeightSensitivity_ThreeCriteria_RescalesTheOthersInProportion()
    {
        // LinearMax: a = (1, 0, 0), b = (0, 1, 1); weights (0.6, 0.3, 0.1): a = 0.6 beats b = 0.4. Moving w_y by delta: w_x, w_z become
        // 0.6 (0.7 - delta)/0.7 and 0.1 (0.7 - delta)/0.7, so b = 0.3 + delta + 0.1 (0.7 - delta)/0.7 against
        // a = 0.6 (0.7 - delta)/0.7: 0.21 + 0.7 delta + 0.07 - 0.1 delta = 0.42 - 0.6 delta gives delta = 0.14/1.2 = 7/60.
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y"), Criterion.Benefit("z")], [[1, 0, 0], [0, 1, 1]], [0.6, 0.3, 0.1]);

        var result = MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.WeightedSum(m));

        Assert.Equal(7.0 / 60, result[1].Increase!.Value, 1e-8);
        Assert.Equal("b", result[1].WinnerAfterIncrease);
    }

    [Fact]
    public void WeightedSum_ScoresEqualUpToLastBits_TieByDefault_NotWithZeroTolerance()
    {
        // Weights 0.1, 0.3, 0.4 (normalised by their largest, then by the sum); LinearMax leaves 0/1 values: a = w3 = 0.5,
        // b = w1 + w2 = 0.49999999999999994. Within 1e-12 relative they tie; with tolerance 0 a is strictly first.
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y"), Criterion.Benefit("z")], [[0, 0, 1], [1, 1, 0]], [0.1, 0.3, 0.4]);

        var tied = MultiCriteriaRanking.WeightedSum(matrix);
        var strict = MultiCriteriaRanking.WeightedSum(matrix, tieTolerance: 0);

        Assert.NotEqual(tied.Scores[0], tied.Scores[1]);
        Assert.Equal([1, 1], tied.Ranks.Min);
        Assert.Equal([1, 2], strict.Ranks.Min);
    }

    [Fact]
    public void FromScores_GapExactlyTheTolerance_Ties()
    {
        // Scale max |score| = 1, tolerance 0.5: a gap of exactly 0.5 is within (<=) the tie distance; 0.25 more is not.
        var tied = RankSet.FromScores([1.0, 0.5], higherIsBetter: true, tolerance: 0.5);
        var apart = RankSet.FromScores([1.0, 0.25], higherIsBetter: true, tolerance: 0.5);

        Assert.Equal([1, 1], tied.Min);
        Assert.Equal([1, 2], apart.Min);
    }

    [Fact]
    public void FromScores_EqualScoresWithZeroTolerance_Tie()
    {
        // Tolerance 0: the distance 0 between equal scores is still <= 0.
        var ranks = RankSet.FromScores([2.0, 1.0, 2.0], higherIsBetter: true, tolerance: 0);

        Assert.Equal([1, 3, 1], ranks.Min);
        Assert.Equal([1, 2, 1], ranks.Dense);
    }

    [Fact]
    public void FromScores_DefaultTolerance_TiesLastBitDifferences()
    {
        // 0.1 + 0.2 = 0.30000000000000004 and 0.3 differ by 5.6e-17, far below 1e-12 of the scale 0.3.
        var ranks = RankSet.FromScores([0.1 + 0.2, 0.3, 0.2], higherIsBetter: true);

        Assert.Equal([1, 1, 3], ranks.Min);
        Assert.Equal([1, 2, 3], RankSet.FromScores([0.1 + 0.2, 0.3, 0.2], higherIsBetter: true, tolerance: 0).Min);
    }

    [Fact]
    public void FromScores_Tolerance_IsRelativeToTheLargestScore()
    {
        // 1e6 and 1e6 + 1e-7 differ by 1e-7 <= 1e-12 · 1e6 = 1e-6: tied, though 1e-7 is far above 1e-12 itself.
        // 1e-13 and 0 differ by 1e-13 > 1e-12 · 1e-13: apart, though 1e-13 is below 1e-12 itself.
        Assert.Equal([1, 1], RankSet.FromScores([1e6, 1e6 + 1e-7], higherIsBetter: true).Min);
        Assert.Equal([1, 2], RankSet.FromScores([1e-13, 0], higherIsBetter: true).Min);
    }

    [Fact]
    public void Topsis_LinearMaxWithACost_TakesTheRowByRowPathWithHandWorkedDistances()
    {
        // LinearMax of a cost is min/x, not affine, so the distances come from whole normalised rows. Both columns give
        // (1, 1/2, 1/4); equal weights make v = (1/2, 1/4, 1/8) on each. Ideal 1/2, anti-ideal 1/8:
        // D+ = (0, √2/4, 3√2/8), D− = (3√2/8, √2/8, 0), closeness (1, 1/3, 0).
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x"), Criterion.Cost("y")], [[4, 1], [2, 2], [1, 4]], [1, 1]);

        var result = MultiCriteriaRanking.Topsis(matrix, Normalization.LinearMax);

        AssertAll([0, Math.Sqrt(2) / 4, 3 * Math.Sqrt(2) / 8], result.DistanceToIdeal);
        AssertAll([3 * Math.Sqrt(2) / 8, Math.Sqrt(2) / 8, 0], result.DistanceToAntiIdeal);
        AssertAll([1, 1.0 / 3, 0], result.Closeness);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Topsis_TwoIdenticalAlternatives_SayBothAreTheIdeal()
    {
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Cost("y")], [[1, 2], [1, 2]], [1, 1]);

        var result = MultiCriteriaRanking.Topsis(matrix);

        AssertAll([1, 1], result.Closeness);
        Assert.Contains("Every alternative is both the ideal and the anti-ideal (D+ = D- = 0): closeness 0/0 is taken as 1, all tied.", result.Diagnostics);
    }

    [Fact]
    public void Topsis_MiddleAlternativeEquallyFarFromBoth_IsNoDiagnostic()
    {
        // b is halfway: D+ = D− for b, but D+ + D− > 0, so nothing is undefined.
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x")], [[0], [1], [2]], [1]);

        var result = MultiCriteriaRanking.Topsis(matrix, Normalization.MinMax);

        Assert.Equal(result.DistanceToIdeal[1], result.DistanceToAntiIdeal[1]);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Guards_NameWhatIsWrong()
    {
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x")], [[0], [1]], [1]);

        Assert.Equal("VIKOR's v must be a finite number in [0, 1], but is 2.", Assert.Throws<InvalidInputException>(() => MultiCriteriaRanking.Vikor(matrix, v: 2)).Detail);
        const string Tolerance = "The tie tolerance must be a finite number >= 0, but is -1.";
        Assert.Equal(Tolerance, Assert.Throws<InvalidInputException>(() => MultiCriteriaRanking.Vikor(matrix, tieTolerance: -1)).Detail);
        Assert.Equal(Tolerance, Assert.Throws<InvalidInputException>(() => MultiCriteriaRanking.PrometheeII(matrix, tieTolerance: -1)).Detail);
        Assert.Equal(Tolerance, Assert.Throws<InvalidInputException>(() => MultiCriteriaRanking.WeightedSum(matrix, tieTolerance: -1)).Detail);
        var normalization = Assert.Throws<ArgumentOutOfRangeException>(() => MultiCriteriaRanking.Topsis(matrix, (Normalization)99));
        Assert.StartsWith("The normalisation must be Vector, MinMax, LinearMax or Sum.", normalization.Message, StringComparison.Ordinal);
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => MultiCriteriaRanking.WeightSensitivity(null!, m => MultiCriteriaRanking.WeightedSum(m))).ParamName);
    }

    [Fact]
    public void Vikor_ConstantColumn_SaysItsRegretIsZero_OnlyForThatColumn()
    {
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 5], [2, 5]], [1, 1]);

        var result = MultiCriteriaRanking.Vikor(matrix);

        Assert.Equal(["Criterion 'y' is the same for every alternative: its regret term is 0."], result.Diagnostics);
    }

    [Fact]
    public void Vikor_SAndRApartByMoreThanTheTolerance_AreNotFlat()
    {
        // Weights 0.56 and 0.44: d a = (0, 1), b = (1, 0), so S = R = (0.44, 0.56). With tolerance 0.1 the range 0.12 is
        // more than 0.1 × 0.56, so neither is flat: Q = (0, 1).
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 0], [0, 1]], [0.56, 0.44]);

        var result = MultiCriteriaRanking.Vikor(matrix, tieTolerance: 0.1);

        AssertAll([0, 1], result.Q);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Vikor_OneAlternative_IsTheCompromiseWithBothConditions()
    {
        var result = MultiCriteriaRanking.Vikor(new DecisionMatrix(["a"], [Criterion.Benefit("x")], [[1]], [1]));

        Assert.Equal([0], result.CompromiseSet);
        Assert.True(result.AcceptableAdvantage);
        Assert.True(result.AcceptableStability);
    }

    [Fact]
    public void Vikor_AdvantageWithinTheToleranceOfTheBound_Holds_RelativeToOneNotToTheGap()
    {
        // One criterion: S = R = d = (0, 0.35, 1) = Q; m = 3, so the bound is 1/2. With tolerance 0.2 the gap 0.35 is
        // within 0.2 × max(0.35, 0.5, 1) = 0.2 of it: C1 holds, and a is the compromise alone.
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x")], [[1], [0.65], [0]], [1]);

        var result = MultiCriteriaRanking.Vikor(matrix, tieTolerance: 0.2);

        AssertAll([0, 0.35, 1], result.Q);
        Assert.True(result.AcceptableAdvantage);
        Assert.Equal([0], result.CompromiseSet);
    }

    [Fact]
    public void Vikor_GapFarFromTheBound_IsNoAdvantage_EvenWithAWideTolerance()
    {
        // The not-stable case above (Q = (1/2, 1/4, 1/10, 1), bound 1/3) with tolerance 0.05: the gap 0.15 is 0.18 short
        // of the bound, no advantage; c's S (0.367) is now within 0.05 of the best (1/3), so C2 holds: set {c, b}.
        var matrix = new DecisionMatrix(
            ["a", "b", "c", "d"],
            [Criterion.Benefit("x"), Criterion.Benefit("y"), Criterion.Benefit("z")],
            [[1, 1, 0], [0.5, 0.5, 0.5], [0.45, 0.45, 1], [0, 0, 1]],
            [1, 1, 1]);

        var result = MultiCriteriaRanking.Vikor(matrix, tieTolerance: 0.05);

        Assert.False(result.AcceptableAdvantage);
        Assert.True(result.AcceptableStability);
        Assert.Equal([2, 1], result.CompromiseSet);
    }

    [Fact]
    public void Vikor_AdvantageWithoutStability_IsTheBestTwo()
    {
        // Equal weights; S = (0.361, 0.556, 0.333, 0.556, 0.5), R = (0.25, 1/3, 1/3, 0.222, 1/3), Q = (0.1875, 1, 0.5, 0.5, 0.875).
        // a has the best Q, 0.3125 ahead of d (bound 1/4: C1 holds), but c has the best S and d the best R: C2 fails.
        var matrix = new DecisionMatrix(
            ["a", "b", "c", "d", "e"],
            [Criterion.Benefit("x"), Criterion.Benefit("y"), Criterion.Benefit("z")],
            [[1, 3, 2], [4, 2, 0], [4, 1, 2], [2, 2, 1], [0, 4, 1]],
            [1, 1, 1]);

        var result = MultiCriteriaRanking.Vikor(matrix);

        AssertAll([0.1875, 1, 0.5, 0.5, 0.875], result.Q);
        Assert.True(result.AcceptableAdvantage);
        Assert.False(result.AcceptableStability);
        Assert.Equal([0, 3], result.CompromiseSet);
    }

    [Fact]
    public void PrometheeII_AdvantagePastDoublesRange_KeepsItsSign()
    {
        // MaxValue − (−MaxValue) overflows; taken in halves it is still an advantage of a, so a is preferred to b.
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x")], [[double.MaxValue], [-double.MaxValue]], [1]);

        var result = MultiCriteriaRanking.PrometheeII(matrix);

        AssertAll([1, -1], result.NetFlow);
    }

    [Fact]
    public void DegenerateRows_SomeEqualValues_AreNotAllTheSame()
    {
        // c repeats a, and every alternative shares x; but b differs on y, so they do not all tie.
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 2], [1, 3], [1, 2]], [1, 1]);

        Assert.Empty(MultiCriteriaRanking.WeightedSum(matrix).Diagnostics);
    }

    [Fact]
    public void WeightSensitivity_OneCriterion_NothingChangesTheWinner()
    {
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x")], [[2], [1]], [1]);

        var result = Assert.Single(MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.WeightedSum(m)));

        Assert.Null(result.Decrease);
        Assert.Null(result.Increase);
        Assert.Equal("x (weight 1): no decrease changes the winner; no increase changes the winner", result.ToString());
    }

    [Fact]
    public void WeightSensitivity_ChangeInTheLastScanStep_IsFound()
    {
        // LinearMax: a = (1, 1/1.0001), b = (0, 1); with w_y = 1 − w_x, b wins once w_x < 0.0001/1.0002, that is for
        // δ below −0.5 + 0.0001/1.0002 ≈ −0.4999: inside the last of the 256 scan steps of [−0.5, 0].
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 1], [0, 1.0001]], [1, 1]);

        var result = MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.WeightedSum(m));

        Assert.Equal(-0.5 + (0.0001 / 1.0002), result[0].Decrease!.Value, 1e-8);
        Assert.Equal("b", result[0].WinnerAfterDecrease);
    }

    [Fact]
    public void WeightSensitivity_AllWeightOnOneOfThree_SharesTheFreedWeightEquallyAmongTheOthers()
    {
        // Weights (1, 0, 0); LinearMax a = (1, 0, 0), b = (0, 1, 1). Taking δ from x gives y and z −δ/2 each: a = 1 + δ
        // against b = −δ, so b wins below δ = −1/2.
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y"), Criterion.Benefit("z")], [[1, 0, 0], [0, 1, 1]], [1, 0, 0]);

        var result = MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.WeightedSum(m));

        Assert.Equal(-0.5, result[0].Decrease!.Value, 1e-8);
    }

    [Fact]
    public void WeightSensitivity_ToString_SaysEachChangeAndItsWinner()
    {
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 0], [0, 1]], [0.6, 0.4]);

        var result = MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.WeightedSum(m));

        Assert.Equal("x (weight 0.6): -0.1 makes b win; no increase changes the winner", result[0].ToString());
        Assert.Equal("y (weight 0.4): no decrease changes the winner; +0.1 makes b win", result[1].ToString());
    }

    [Fact]
    public void WeightSensitivity_NullMatrix_IsRejectedBeforeTheMethodRuns()
    {
        var any = MultiCriteriaRanking.WeightedSum(new DecisionMatrix(["a"], [Criterion.Benefit("x")], [[1]], [1]));

        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => MultiCriteriaRanking.WeightSensitivity(null!, _ => any)).ParamName);
    }

    [Fact]
    public void PrometheeII_SubnormalAdvantage_IsAnAdvantage()
    {
        // 5e-324 − 0 is exact and positive; halving first would round it to 0 and lose the preference.
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x")], [[5e-324], [0]], [1]);

        AssertAll([1, -1], MultiCriteriaRanking.PrometheeII(matrix).NetFlow);
    }

    [Fact]
    public void Vikor_ZeroTolerance_BestByS_IsStillStable()
    {
        // One criterion: S = R = Q = (0, 0.35, 1). a is best by S exactly: with tolerance 0, |0 − 0| <= 0 holds.
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x")], [[1], [0.65], [0]], [1]);

        var result = MultiCriteriaRanking.Vikor(matrix, tieTolerance: 0);

        Assert.True(result.AcceptableStability);
        Assert.False(result.AcceptableAdvantage);
        Assert.Equal([0, 1], result.CompromiseSet);
    }

    [Fact]
    public void Vikor_BestQOnlyBestByR_IsStable()
    {
        // Equal weights; S = (1/2, 2/3, 5/9, 4/9), R = (1/3, 1/3, 2/9, 1/3), Q = (0.625, 1, 0.25, 0.5). c has the best Q
        // and the best R but not the best S (d): C2 holds by R. C1 fails (0.25 < 1/3), so the set is {c, d}.
        var matrix = new DecisionMatrix(
            ["a", "b", "c", "d"],
            [Criterion.Benefit("x"), Criterion.Benefit("y"), Criterion.Benefit("z")],
            [[4, 1, 3], [2, 4, 2], [3, 2, 3], [2, 3, 4]],
            [1, 1, 1]);

        var result = MultiCriteriaRanking.Vikor(matrix);

        AssertAll([0.625, 1, 0.25, 0.5], result.Q);
        Assert.True(result.AcceptableStability);
        Assert.False(result.AcceptableAdvantage);
        Assert.Equal([2, 3], result.CompromiseSet);
    }

    private static void AssertAll(double[] expected, IReadOnlyList<double> actual, double tolerance = Tolerance)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], tolerance);
        }
    }

    private static void AssertRows(double[][] expected, IReadOnlyList<IReadOnlyList<double>> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            AssertAll(expected[i], actual[i]);
        }
    }
}
