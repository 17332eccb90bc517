using SolutionFit.MultiCriteria;
using static SolutionFit.Tests.MultiCriteria.McdaAssert;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>Each ranking method on small hand-worked matrices: scores, distances, flows, VIKOR's compromise conditions, degenerate and extreme input, guards; and the weight sensitivity search.</summary>
public sealed class MultiCriteriaRankingTests
{
    private const double Tolerance = 1e-12;

    private static DecisionMatrix Matrix(double[][]? values = null, Criterion[]? criteria = null, double[]? weights = null) =>
        new(["a", "b", "c"], criteria ?? [Criterion.Cost("price"), Criterion.Benefit("fit")], values ?? [[10, 0.5], [20, 0.9], [15, 0.7]], weights ?? [1, 1]);

    [Theory]
    [InlineData(Normalization.Vector)]
    [InlineData(Normalization.MinMax)]
    public void Topsis_SameRowInAGroupOfFourAndInTheRest_SameBits(Normalization normalization)
    {
        // Rows 0-3 are ranked four at a time where 256-bit vectors exist, row 4 (a copy of row 1) on its own.
        var rows = new[] { new[] { 3.7, 0.11, 93.1 }, [1.3, 0.97, 12.9], [8.8, 0.42, 57.3], [5.1, 0.05, 71.7], [1.3, 0.97, 12.9] };
        var matrix = new DecisionMatrix(
            ["a", "b", "c", "d", "e"],
            [Criterion.Cost("price"), Criterion.Benefit("fit"), Criterion.Benefit("seats")],
            rows,
            [0.3, 0.5, 0.2]);

        var ranking = MultiCriteriaRanking.Topsis(matrix, normalization);

        Assert.Equal(BitConverter.DoubleToInt64Bits(ranking.Closeness[1]), BitConverter.DoubleToInt64Bits(ranking.Closeness[4]));
        Assert.Equal(BitConverter.DoubleToInt64Bits(ranking.DistanceToIdeal[1]), BitConverter.DoubleToInt64Bits(ranking.DistanceToIdeal[4]));
        Assert.Equal(BitConverter.DoubleToInt64Bits(ranking.DistanceToAntiIdeal[1]), BitConverter.DoubleToInt64Bits(ranking.DistanceToAntiIdeal[4]));
        Assert.NotEqual(ranking.Closeness[0], ranking.Closeness[1]);
    }

    [Theory]
    [InlineData(Normalization.Vector)]
    [InlineData(Normalization.MinMax)]
    [InlineData(Normalization.Sum)]
    public void Normalized_SameColumnAmongFourAndInTheRest_SameBits(Normalization normalization)
    {
        // Columns 0-3 gather their statistics four at a time where 256-bit vectors exist, column 4 (a copy of column 2) alone.
        var rows = new[] { new[] { 3.7, 0.11, 93.1, 2.0, 93.1 }, [1.3, 0.97, 12.9, 0.5, 12.9], [8.8, 0.42, 57.3, 0.0, 57.3], [5.1, 0.05, 71.7, 1.5, 71.7], [2.2, 0.61, 0.3, 3.0, 0.3] };
        var matrix = new DecisionMatrix(
            ["a", "b", "c", "d", "e"],
            [Criterion.Cost("price"), Criterion.Benefit("fit"), Criterion.Benefit("seats"), Criterion.Benefit("support"), Criterion.Benefit("seats again")],
            rows,
            [0.3, 0.2, 0.2, 0.1, 0.2]);

        var normalized = MultiCriteriaRanking.Topsis(matrix, normalization).Normalized;

        Assert.All(normalized, row => Assert.Equal(BitConverter.DoubleToInt64Bits(row[2]), BitConverter.DoubleToInt64Bits(row[4])));
    }

    [Fact]
    public void Methods_NullOrBadArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.WeightedSum(null!));
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.Topsis(null!));
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.Vikor(null!));
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.PrometheeII(null!));
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.WeightSensitivity(null!, m => MultiCriteriaRanking.Topsis(m)));
        Assert.Throws<ArgumentNullException>("method", () => MultiCriteriaRanking.WeightSensitivity(Matrix(), null!));
        Assert.Throws<ArgumentOutOfRangeException>("normalization", () => MultiCriteriaRanking.Topsis(Matrix(), (Normalization)9));
        Invalid("v", () => MultiCriteriaRanking.Vikor(Matrix(), 1.5));
        Invalid("v", () => MultiCriteriaRanking.Vikor(Matrix(), double.NaN));
        Invalid("tieTolerance", () => MultiCriteriaRanking.WeightedSum(Matrix(), tieTolerance: -1));
        Invalid("tieTolerance", () => MultiCriteriaRanking.Topsis(Matrix(), tieTolerance: double.NaN));
        Invalid("tieTolerance", () => MultiCriteriaRanking.Vikor(Matrix(), tieTolerance: double.PositiveInfinity));
        Invalid("tieTolerance", () => MultiCriteriaRanking.PrometheeII(Matrix(), tieTolerance: -1));
        Invalid("preferences", () => MultiCriteriaRanking.PrometheeII(Matrix(), [PreferenceFunction.Usual]));
    }

    [Fact]
    public void Methods_BadArguments_MessagesSayWhatIsWrong()
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
    public void Methods_RatioNormalisationMeetsAZeroCostOrNegativeValue_ThrowNamingTheAlternativeAndCriterion()
    {
        var zeroCost = Invalid("matrix", () => MultiCriteriaRanking.WeightedSum(Matrix([[10, 0.5], [0, 0.9], [15, 0.7]])), index: 1, itemId: "b", field: "price");
        Assert.Contains("'price' needs values > 0", zeroCost.Message, StringComparison.Ordinal);
        Assert.Contains("alternative 'b' has 0", zeroCost.Detail, StringComparison.Ordinal);
        Invalid("matrix", () => MultiCriteriaRanking.Topsis(Matrix([[10, 0.5], [20, 0.9], [15, -0.7]]), Normalization.Sum), index: 2, itemId: "c", field: "fit");

        // A benefit of 0 is fine for a ratio normalisation; a cost of 0 or a negative value only for Vector and MinMax.
        Assert.Equal(3, MultiCriteriaRanking.WeightedSum(Matrix([[10, 0], [20, 0.9], [15, 0.7]]), Normalization.Sum).Scores.Count);
        Assert.Equal(3, MultiCriteriaRanking.WeightedSum(Matrix([[0, -1], [20, 0.9], [15, 0.7]]), Normalization.MinMax).Scores.Count);
    }

    [Fact]
    public void WeightedSum_TargetCriterion_CloserIsBetter()
    {
        var matrix = new DecisionMatrix(["small", "right", "big"], [Criterion.TargetValue("seats", 40)], [[5], [38], [500]], [1]);

        var result = MultiCriteriaRanking.WeightedSum(matrix);

        // 1 − |x − 40| / 460: 0.9239..., 0.99565..., 0.
        Assert.Equal([2, 1, 3], result.Ranks.Ordinal);
        Assert.Equal(1 - (35.0 / 460), result.Scores[0], 12);
        Assert.Equal(0.0, result.Scores[2]);
    }

    [Fact]
    public void WeightedSum_Contributions_SumToTheScore()
    {
        var result = MultiCriteriaRanking.WeightedSum(Matrix());

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(result.Scores[i], result.Contributions[i].Sum(), 12);
        }

        // price: min/x = 10/10 for a; fit: x/max = 0.5/0.9.
        Assert.Equal([1.0, 0.5 / 0.9], result.Normalized[0]);
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
    public void WeightedSum_SomeEqualValues_NoDiagnostic()
    {
        // c repeats a, and every alternative shares x; but b differs on y, so they do not all tie.
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 2], [1, 3], [1, 2]], [1, 1]);

        Assert.Empty(MultiCriteriaRanking.WeightedSum(matrix).Diagnostics);
    }

    [Fact]
    public void WeightedSum_MinMaxRangeOverflowing_CriterionStillCounts()
    {
        // max − min = 2·MaxValue = ∞ in plain doubles: taken in the column's units, the criterion still tells p, q and r apart.
        var matrix = new DecisionMatrix(["p", "q", "r"], [Criterion.Benefit("x")], [[double.MaxValue], [-double.MaxValue], [0.0]], [1.0]);

        var ranking = MultiCriteriaRanking.WeightedSum(matrix, Normalization.MinMax);

        Assert.Equal([1.0, 0.0, 0.5], ranking.Scores);
        Assert.Equal([1, 3, 2], ranking.Ranks.Ordinal);
    }

    [Fact]
    public void WeightedSum_TargetFarFromExtremeValues_ScoresFinite()
    {
        var matrix = new DecisionMatrix(["p", "q"], [Criterion.TargetValue("x", -double.MaxValue)], [[double.MaxValue], [1e308]], [1]);

        var ranking = MultiCriteriaRanking.WeightedSum(matrix, Normalization.MinMax);

        Assert.All(ranking.Scores, s => Assert.True(double.IsFinite(s)));
        Assert.True(ranking.Scores[1] > ranking.Scores[0]); // 1e308 is nearer the target
    }

    [Fact]
    public void WeightedSum_SumNormalisationOfCostsSpanningDoublesRange_ScoresFinite()
    {
        var matrix = new DecisionMatrix(["p", "q", "r"], [Criterion.Cost("x")], [[5e-324], [1.0], [double.MaxValue]], [1]);

        var ranking = MultiCriteriaRanking.WeightedSum(matrix, Normalization.Sum);
        var linear = MultiCriteriaRanking.WeightedSum(matrix, Normalization.LinearMax);

        Assert.All(ranking.Scores.Concat(linear.Scores), s => Assert.True(double.IsFinite(s)));
        Assert.Equal([1, 2, 3], ranking.Ranks.Ordinal);
        Assert.Equal(1.0, linear.Scores[0]);
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
    public void Topsis_TargetBetweenTheValues_TheNearestAlternativeIsTheIdeal()
    {
        // Values 2, 4, 10 around the target 5: b is the best alternative there is, so its closeness is 1 (the ideal is the
        // column's best value, not the target no alternative reaches).
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.TargetValue("t", 5)], [[2.0], [4.0], [10.0]], [1.0]);

        var topsis = MultiCriteriaRanking.Topsis(matrix);

        Assert.Equal(1.0, topsis.Closeness[1]);
        Assert.Equal(0.0, topsis.Closeness[2]);
        Assert.Equal(0.4 / 0.8, topsis.Closeness[0], 12);
    }

    [Fact]
    public void Topsis_VectorNormalisationSquaresOverflowing_SameScoresAsSmallValues()
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
    public void Topsis_VectorNormalisationOfTinyValues_NotTakenForZeros()
    {
        // Squares of 1e-170 underflow to 0 in plain doubles: the column is not "0 for every alternative".
        var matrix = new DecisionMatrix(["p", "q"], [Criterion.Benefit("x")], [[1e-170], [2e-170]], [1]);

        var ranking = MultiCriteriaRanking.Topsis(matrix, Normalization.Vector);

        Assert.Empty(ranking.Diagnostics);
        Assert.Equal([2, 1], ranking.Ranks.Ordinal);
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
    public void Vikor_BestQNeitherBestBySNorByR_IsNotStable()
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

    [Fact]
    public void Vikor_AdvantageShortOfTheBoundOnlyByRounding_ConditionHolds()
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
    public void Vikor_AdvantageWithinTheToleranceOfTheBound_HoldsRelativeToOneNotToTheGap()
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
    public void Vikor_GapFarFromTheBoundWithAWideTolerance_IsNoAdvantage()
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
    public void Vikor_TargetCriterionFarFromExtremeValues_ScoresFinite()
    {
        // −|x − t| = −∞ for both in plain doubles, where (best − f) / (best − worst) would be ∞/∞ = NaN.
        // q is nearer the target on x (weight 2/3), p better on y (weight 1/3): q wins.
        var matrix = new DecisionMatrix(["p", "q"], [Criterion.TargetValue("x", -double.MaxValue), Criterion.Benefit("y")], [[double.MaxValue, 1], [1e308, 0]], [2, 1]);

        var ranking = MultiCriteriaRanking.Vikor(matrix);

        Assert.Equal([2.0 / 3.0, 1.0 / 3.0], ranking.S);
        Assert.Equal([1.0, 0.0], ranking.Q);
        Assert.Equal([2, 1], ranking.Ranks.Ordinal);
    }

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
    public void PrometheeII_AdvantagePastDoublesRange_KeepsItsSign()
    {
        // MaxValue − (−MaxValue) overflows; taken in halves it is still an advantage of a, so a is preferred to b.
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x")], [[double.MaxValue], [-double.MaxValue]], [1]);

        var result = MultiCriteriaRanking.PrometheeII(matrix);

        AssertAll([1, -1], result.NetFlow);
    }

    [Fact]
    public void PrometheeII_SubnormalAdvantage_IsAnAdvantage()
    {
        // 5e-324 − 0 is exact and positive; halving first would round it to 0 and lose the preference.
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x")], [[5e-324], [0]], [1]);

        AssertAll([1, -1], MultiCriteriaRanking.PrometheeII(matrix).NetFlow);
    }

    [Fact]
    public void PrometheeII_TargetCriterionBothInfinitelyFar_NoPreference()
    {
        // Both values are as far from the target as double can say: −∞ − (−∞) was NaN, which Usual read as full preference.
        var matrix = new DecisionMatrix(["p", "q"], [Criterion.TargetValue("x", -double.MaxValue)], [[double.MaxValue], [double.MaxValue]], [1]);

        var ranking = MultiCriteriaRanking.PrometheeII(matrix);

        Assert.Equal([0.0, 0.0], ranking.NetFlow);
        Assert.Equal([0.0, 0.0], ranking.PositiveFlow);
    }

    [Fact]
    public void WeightSensitivity_PriceWeightDecreased_WinnerChangesAtTheHandWorkedDelta()
    {
        // Weighted sum, linear-max: a = (1, 0.5/0.9), b = (0.5, 1). With price weight w: a wins while w + (1 − w)·0.5556 > 0.5w + (1 − w),
        // i.e. w > 0.4706 (exactly 0.4 / 0.85): from 0.5 the winner changes at δ = −0.0294.
        var sensitivity = MultiCriteriaRanking.WeightSensitivity(Matrix([[10, 0.5], [20, 0.9], [15, 0.1]]), m => MultiCriteriaRanking.WeightedSum(m));

        var price = sensitivity[0];
        Assert.Equal("price", price.Criterion);
        Assert.Equal(0.5, price.Weight);
        Assert.Equal((0.4 / 0.85) - 0.5, price.Decrease!.Value, 6);
        Assert.Equal("b", price.WinnerAfterDecrease);
        Assert.Null(price.Increase);
        Assert.Equal(0.5 - (0.4 / 0.85), sensitivity[1].Increase!.Value, 6);
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
        // of −δ (it is the only other criterion): b wins once 1 + δ < −δ, i.e. below δ = −0.5. The search never
        // reaches δ = −1 with every weight 0.
        var matrix = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x"), Criterion.Benefit("y")], [[1, 0], [0, 1]], [1, 0]);

        var result = MultiCriteriaRanking.WeightSensitivity(matrix, m => MultiCriteriaRanking.WeightedSum(m));

        Assert.Equal(-0.5, result[0].Decrease!.Value, 1e-8);
        Assert.Equal("b", result[0].WinnerAfterDecrease);
        Assert.Null(result[0].Increase);
        Assert.Null(result[1].Decrease);
        Assert.Equal(0.5, result[1].Increase!.Value, 1e-8);
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
    public void WeightSensitivity_NullMatrix_IsRejectedBeforeTheMethodRuns()
    {
        var any = MultiCriteriaRanking.WeightedSum(new DecisionMatrix(["a"], [Criterion.Benefit("x")], [[1]], [1]));

        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => MultiCriteriaRanking.WeightSensitivity(null!, _ => any)).ParamName);
    }
}
