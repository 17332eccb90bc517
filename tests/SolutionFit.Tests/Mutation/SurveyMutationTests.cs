using SolutionFit.Surveys;

namespace SolutionFit.Tests.Mutation;

/// <summary>
/// ODI's scores, bands at their exact boundaries and one-sided outcomes, and AHP's messages, texts and numeric paths,
/// pinned where mutation testing found them unchecked.
/// </summary>
public sealed class SurveyMutationTests
{
    private static OdiOutcome Outcome(params (int? Importance, int? Satisfaction)[] ratings) =>
        Odi.Analyze(ratings.Select((r, i) => new OdiAnswer($"r{i}", "o", r.Importance, r.Satisfaction)))[0];

    [Fact]
    public void Odi_MissingItem_SaysWhatIsMissing()
    {
        var ex = Assert.Throws<InvalidInputException>("answers", () => Odi.Analyze([new("r1", "o", 5, 1), new("r2", "", 5, 1)]));
        Assert.Equal("Every answer needs a respondent and the outcome it is about; one is missing.", ex.Detail);
        Assert.Equal((1, "r2", ""), (ex.Index, ex.ItemId, ex.Field));
    }

    [Fact]
    public void Odi_OneSidedOutcome_HasThatSideOnly()
    {
        // Two of three importance ratings are top-two; no satisfaction rating is valid (0 and 6 are off the scale, null is missing).
        var noSatisfaction = Outcome((5, 0), (4, 6), (2, null));
        Assert.Equal(10.0 * 2 / 3, noSatisfaction.Importance);
        Assert.Null(noSatisfaction.Satisfaction);
        Assert.Null(noSatisfaction.Opportunity);
        Assert.Null(noSatisfaction.Band);
        Assert.Equal((2, 3, 0), (noSatisfaction.ImportanceTopTwo, noSatisfaction.ImportanceValid, noSatisfaction.ImportanceExcluded));
        Assert.Equal((0, 0, 3), (noSatisfaction.SatisfactionTopTwo, noSatisfaction.SatisfactionValid, noSatisfaction.SatisfactionExcluded));
        Assert.Equal("o: importance 6.7, satisfaction , opportunity ", noSatisfaction.ToString());
        Assert.Equal(
            "Outcome 'o' has no valid satisfaction rating, so it cannot become a goal.",
            Assert.Throws<InvalidOperationException>(() => noSatisfaction.ToGoal()).Message);

        // And the other way round: two of four satisfaction ratings are top-two.
        var noImportance = Outcome((null, 5), (0, 4), (7, 2), (null, 3));
        Assert.Null(noImportance.Importance);
        Assert.Equal(10.0 * 2 / 4, noImportance.Satisfaction);
        Assert.Null(noImportance.Band);
        Assert.Equal(
            "Outcome 'o' has no valid importance rating, so it cannot become a goal.",
            Assert.Throws<InvalidOperationException>(() => noImportance.ToGoal()).Message);
    }

    [Fact]
    public void Odi_Bands_AtTheirExactBoundaries()
    {
        // importance = satisfaction (gap 0): not overserved; opportunity 5 is Limited.
        var even = Outcome((5, 5), (1, 1));
        Assert.Equal((5.0, 5.0, 5.0, (OdiBand?)OdiBand.Limited), (even.Importance!.Value, even.Satisfaction!.Value, even.Opportunity!.Value, even.Band));

        // Opportunity exactly 10 (importance 10, satisfaction 10): still Limited.
        var ten = Outcome((5, 5), (4, 4));
        Assert.Equal((10.0, (OdiBand?)OdiBand.Limited), (ten.Opportunity!.Value, ten.Band));

        // Opportunity exactly 12 (importance 6 + gap 6): still Good.
        var twelve = Outcome((5, 1), (5, 1), (4, 1), (1, 1), (2, 1));
        Assert.Equal((12.0, (OdiBand?)OdiBand.Good), (twelve.Opportunity!.Value, twelve.Band));

        // Opportunity exactly 15 (importance 7.5 + gap 7.5): still VeryGood.
        var fifteen = Outcome((5, 1), (5, 1), (4, 1), (1, 1));
        Assert.Equal((15.0, (OdiBand?)OdiBand.VeryGood), (fifteen.Opportunity!.Value, fifteen.Band));

        var goal = ten.ToGoal(GoalKind.Delighter);
        Assert.Equal(("o", 1.0, GoalKind.Delighter, 1.0), (goal.Id, goal.Importance, goal.Kind, goal.CurrentSatisfaction));
    }

    private static readonly double[][] Consistent3 = [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]];

    private static InvalidInputException AhpRejects(string param, IEnumerable<string> labels, IEnumerable<IEnumerable<double>> matrix, double tolerance = 0.01) =>
        Assert.Throws<InvalidInputException>(param, () => Ahp.Analyze(labels, matrix, reciprocalTolerance: tolerance));

    [Fact]
    public void Ahp_BadMatrices_SayWhatIsWrong()
    {
        Assert.Equal("The comparison matrix is empty.", AhpRejects("matrix", [], []).Detail);
        Assert.Equal("The matrix has 3 rows, so it needs 3 labels; 2 are given.", AhpRejects("labels", ["a", "b"], Consistent3).Detail);
        var blank = AhpRejects("labels", ["a", " ", "c"], Consistent3);
        Assert.Equal(("Label 1 is null, empty or white space; every row needs a name.", 1), (blank.Detail, blank.Index));
        var twice = AhpRejects("labels", ["a", "b", "a"], Consistent3);
        Assert.Equal(("The label 'a' appears more than once; labels must be unique.", 2, "a"), (twice.Detail, twice.Index, twice.ItemId));
        var nullRow = AhpRejects("matrix", ["a", "b", "c"], [[1, 2, 4], null!, [0.25, 0.5, 1]]);
        Assert.Equal(("Row 'b' is null.", 1, "b"), (nullRow.Detail, nullRow.Index, nullRow.ItemId));
        var ragged = AhpRejects("matrix", ["a", "b", "c"], [[1, 2, 4], [0.5, 1], [0.25, 0.5, 1]]);
        Assert.Equal(("The matrix must be square: row 'b' has 2 entries, not 3.", 1, "b"), (ragged.Detail, ragged.Index, ragged.ItemId));
        var diagonal = AhpRejects("matrix", ["a", "b"], [[1, 2], [0.5, 2]]);
        Assert.Equal(("The diagonal must be 1, but entry ('b', 'b') is 2.", 1, "b", "b"), (diagonal.Detail, diagonal.Index, diagonal.ItemId, diagonal.Field));
        Assert.Equal(
            "The matrix must be reciprocal, but ('a', 'b') = 2 and ('b', 'a') = 2 are not each other's inverse.",
            AhpRejects("matrix", ["a", "b"], [[1, 2], [2, 1]]).Detail);
        Assert.Equal("The reciprocity tolerance must be a finite number >= 0, but is -1.", AhpRejects("reciprocalTolerance", ["a"], [[1.0]], -1).Detail);
        Assert.StartsWith(
            "The method must be Eigenvector, GeometricMean or NormalizedColumnMean.",
            Assert.Throws<ArgumentOutOfRangeException>("method", () => Ahp.Analyze(["a"], [[1.0]], (AhpPriorityMethod)9)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "Not a random-index table.",
            Assert.Throws<ArgumentOutOfRangeException>("table", () => Ahp.Analyze(["a"], [[1.0]], table: (RandomIndexTable)9)).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Ahp_Tolerances_AreInclusive()
    {
        // |1.5 − 1| and |2 · 0.75 − 1| are exactly 0.5: within a tolerance of 0.5.
        Assert.Equal(2, Ahp.Analyze(["a", "b"], [[1.5, 2], [0.75, 1]], reciprocalTolerance: 0.5).Priorities.Count);
    }

    [Fact]
    public void Ahp_RandomIndex_ForSmallAndLargeMatrices()
    {
        // Two alternatives need no random index, even from a table that starts at n = 3.
        var two = Ahp.Analyze(["a", "b"], [[1, 3], [1.0 / 3, 1]], table: RandomIndexTable.Saaty2005);
        Assert.Equal((0.0, 0.0, 0.0), (two.RandomIndex, two.ConsistencyIndex, two.ConsistencyRatio));
        Assert.Equal(0.58, Ahp.Analyze(["a", "b", "c"], Consistent3).RandomIndex);
        Assert.Equal(0.52, Ahp.Analyze(["a", "b", "c"], Consistent3, table: RandomIndexTable.Saaty2005).RandomIndex);

        var labels = Enumerable.Range(0, 16).Select(i => $"x{i}").ToArray();
        var ones = labels.Select(_ => labels.Select(_ => 1.0)).ToArray();
        Assert.Equal(
            "The Saaty2005 random-index table has no value for n = 16 (it covers n = 3..15).",
            Assert.Throws<InvalidInputException>("table", () => Ahp.Analyze(labels, ones, table: RandomIndexTable.Saaty2005)).Detail);
    }

    [Fact]
    public void Ahp_Text_SaysWhetherItIsConsistent()
    {
        Assert.Equal("Eigenvector: a 0.571, b 0.286, c 0.143; CR 0", Ahp.Analyze(["a", "b", "c"], Consistent3).ToString());
        var inconsistent = Ahp.Analyze(["a", "b", "c"], [[1, 9, 1.0 / 9], [1.0 / 9, 1, 9], [9, 1.0 / 9, 1]], AhpPriorityMethod.GeometricMean);
        Assert.False(inconsistent.IsConsistent);
        Assert.EndsWith(" (inconsistent)", inconsistent.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AhpPriorityMethod.Eigenvector)]
    [InlineData(AhpPriorityMethod.GeometricMean)]
    [InlineData(AhpPriorityMethod.NormalizedColumnMean)]
    public void Ahp_LambdaBeyondTheLargestDouble_IsRejected(AhpPriorityMethod method)
    {
        // A 5 × 5 circulant with first row (1, x, x, 1/x, 1/x) is reciprocal, with λmax = 1 + 2x + 2/x: for x = 1e308 past double.MaxValue.
        const double X = 1e308;
        double[] first = [1, X, X, 1 / X, 1 / X];
        var matrix = Enumerable.Range(0, 5).Select(i => Enumerable.Range(0, 5).Select(j => first[(j - i + 5) % 5]).ToArray()).ToArray();

        var error = Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze(["a", "b", "c", "d", "e"], matrix, method));

        Assert.Equal(
            $"The comparison matrix is too inconsistent to analyse: its principal eigenvalue λmax is beyond the largest double ({Guard.Format(double.MaxValue)}); bring its entries closer to the 1–9 scale.",
            error.Detail);
    }

    [Theory]
    [InlineData(1e305, 1e-300)] // entries past 1e300 after balancing (whose exponents are not 0): the rescaled path
    [InlineData(1e299, 1e-299)] // entries of 1e299, kept as they are: the iteration's sums reach 1e299
    public void Ahp_ExtremeThreeByThree_EigenvectorIsTheGeometricMean(double x, double y)
    {
        // For n = 3 the principal eigenvector is the geometric-mean vector and λmax = 1 + c^(1/3) + c^(−1/3), c = a12·a23/a13.
        double[][] matrix = [[1, x, y], [1 / x, 1, x], [1 / y, 1 / x, 1]];
        string[] labels = ["a", "b", "c"];

        var eigen = Ahp.Analyze(labels, matrix);
        var geometric = Ahp.Analyze(labels, matrix, AhpPriorityMethod.GeometricMean);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1.0, eigen.Priorities[i] / geometric.Priorities[i], 9);
        }

        var logC = (Math.Log(x) + Math.Log(x) - Math.Log(y)) / 3;
        Assert.Equal(1.0, eigen.LambdaMax / (1 + Math.Exp(logC) + Math.Exp(-logC)), 9);
    }

    [Fact]
    public void Ahp_ConsistentMatrixSpanningTheDoubles_HasExactPriorities()
    {
        // a12 = a13 = 1e308 and a23 = 1: priorities ∝ (1e308, 1, 1), whose logarithms are far apart.
        double[][] matrix = [[1, 1e308, 1e308], [1e-308, 1, 1], [1e-308, 1, 1]];
        foreach (var method in new[] { AhpPriorityMethod.Eigenvector, AhpPriorityMethod.GeometricMean, AhpPriorityMethod.NormalizedColumnMean })
        {
            var result = Ahp.Analyze(["a", "b", "c"], matrix, method);
            Assert.Equal(1.0, result.Priorities[0], 12);
            Assert.Equal(1.0, result.Priorities[1] / 1e-308, 6);
            Assert.Equal(result.Priorities[1], result.Priorities[2]);
        }
    }

    [Fact]
    public void Ahp_Combine_BadInput_AndWeightedSums()
    {
        var criteria = Ahp.Analyze(["price", "speed"], [[1, 3], [1.0 / 3, 1]]);
        var byPrice = Ahp.Analyze(["x", "y"], [[1, 2], [0.5, 1]]);
        var bySpeed = Ahp.Analyze(["x", "y"], [[1, 0.25], [4, 1]]);

        Assert.Throws<ArgumentNullException>("criteria", () => Ahp.Combine(null!, [byPrice, bySpeed]));
        Assert.Throws<ArgumentNullException>("alternatives", () => Ahp.Combine(criteria, null!));
        Assert.Equal("There are 2 criteria but 1 alternative result(s).", Assert.Throws<InvalidInputException>("alternatives", () => Ahp.Combine(criteria, [byPrice])).Detail);
        var nullFirst = Assert.Throws<InvalidInputException>("alternatives", () => Ahp.Combine(criteria, [null!, bySpeed]));
        Assert.Equal(("The result under criterion 'price' is null.", 0, "price"), (nullFirst.Detail, nullFirst.Index, nullFirst.ItemId));
        var other = Ahp.Analyze(["y", "x"], [[1, 2], [0.5, 1]]);
        var mismatch = Assert.Throws<InvalidInputException>("alternatives", () => Ahp.Combine(criteria, [byPrice, other]));
        Assert.Equal(("The alternatives under criterion 'speed' are not those of the first criterion, in the same order.", 1, "speed"), (mismatch.Detail, mismatch.Index, mismatch.ItemId));

        var combined = Ahp.Combine(criteria, [byPrice, bySpeed]);
        Assert.Equal(["x", "y"], combined.Select(p => p.Key));
        Assert.Equal((0.75 * 2.0 / 3) + (0.25 * 0.2), combined[0].Value, 12);
        Assert.Equal((0.75 * 1.0 / 3) + (0.25 * 0.8), combined[1].Value, 12);
    }
}
