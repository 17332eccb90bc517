using SolutionFit.Surveys;

namespace SolutionFit.Tests.Surveys;

/// <summary>AHP's priorities, consistency and guards, on hand-worked and extreme matrices; and the combination of a hierarchy.</summary>
public sealed class AhpTests
{
    private static readonly double[][] Consistent = [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]];

    private static readonly double[][] Consistent3 = [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]];

    private static readonly string[] Three = ["a", "b", "c"];

    // A consistent 3 × 3 matrix with entries near the top and bottom of double's range: a_ij = k_i / k_j.
    private static readonly double[][] ExtremeConsistent =
    [
        [1.0, 1e154, 1e308],
        [1e-154, 1.0, 1e154],
        [1e-308, 1e-154, 1.0],
    ];

    private static InvalidInputException AhpRejects(string param, IEnumerable<string> labels, IEnumerable<IEnumerable<double>> matrix, double tolerance = 0.01) =>
        Assert.Throws<InvalidInputException>(param, () => Ahp.Analyze(labels, matrix, reciprocalTolerance: tolerance));

    [Theory]
    [InlineData(AhpPriorityMethod.Eigenvector)]
    [InlineData(AhpPriorityMethod.GeometricMean)]
    [InlineData(AhpPriorityMethod.NormalizedColumnMean)]
    public void Analyze_ConsistentMatrix_HasCrZero(AhpPriorityMethod method)
    {
        var result = Ahp.Analyze(["a", "b", "c"], Consistent, method);

        Assert.Equal(4.0 / 7, result.Priorities[0], 12);
        Assert.Equal(0.0, result.ConsistencyRatio, 12);
        Assert.True(result.ConsistencyRatio >= 0);
        Assert.Equal(1.0, result.ToGoalImportance()["a"]);
        Assert.Equal(0.25, result.ToGoalImportance()["c"], 12);
    }

    [Fact]
    public void Analyze_TwoByTwo_IsAlwaysConsistent()
    {
        var result = Ahp.Analyze(["a", "b"], [[1, 9], [1.0 / 9, 1]]);

        Assert.Equal(0.9, result.Priorities[0], 12);
        Assert.Equal((0.0, 0.0, 0.0), (result.ConsistencyIndex, result.ConsistencyRatio, result.RandomIndex));
    }

    [Fact]
    public void Analyze_InconsistentMatrix_IsFlagged()
    {
        var result = Ahp.Analyze(["a", "b", "c"], [[1, 9, 1.0 / 9], [1.0 / 9, 1, 9], [9, 1.0 / 9, 1]]);

        Assert.True(result.ConsistencyRatio > 0.1);
        Assert.False(result.IsConsistent);
    }

    [Fact]
    public void Analyze_DiagonalAndReciprocityExactlyAtTheTolerance_AreAccepted()
    {
        // |1.5 − 1| and |2 · 0.75 − 1| are exactly 0.5: within a tolerance of 0.5.
        Assert.Equal(2, Ahp.Analyze(["a", "b"], [[1.5, 2], [0.75, 1]], reciprocalTolerance: 0.5).Priorities.Count);
    }

    [Fact]
    public void Analyze_RandomIndex_ZeroForTwoAndFromTheTableBeyond()
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
    public void Analyze_BadArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("labels", () => Ahp.Analyze(null!, Consistent));
        Assert.Throws<ArgumentNullException>("matrix", () => Ahp.Analyze(["a"], null!));
        Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze([], []));
        Assert.Throws<InvalidInputException>("labels", () => Ahp.Analyze(["a", "b"], Consistent));
        Assert.Throws<InvalidInputException>("labels", () => Ahp.Analyze(["a", "a", "c"], Consistent));
        Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze(["a", "b"], [[1, 2], [0.5]]));
        var negative = Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze(["a", "b"], [[1, -2], [0.5, 1]]));
        Assert.Contains("('a', 'b')", negative.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze(["a", "b"], [[2, 2], [0.5, 1]]));
        var reciprocal = Assert.Throws<InvalidInputException>("matrix", () => Ahp.Analyze(["a", "b"], [[1, 2], [2, 1]]));
        Assert.Contains("reciprocal", reciprocal.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("method", () => Ahp.Analyze(["a"], [[1.0]], (AhpPriorityMethod)7));
        Assert.Throws<ArgumentOutOfRangeException>("table", () => Ahp.Analyze(["a"], [[1.0]], table: (RandomIndexTable)7));
        var big = Enumerable.Range(0, 16).Select(i => Enumerable.Repeat(1.0, 16)).ToArray();
        Assert.Throws<InvalidInputException>("table", () => Ahp.Analyze(Enumerable.Range(0, 16).Select(i => $"x{i}"), big));
    }

    [Fact]
    public void Analyze_BadMatrix_MessageSaysWhatIsWrong()
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

    [Theory]
    [InlineData(AhpPriorityMethod.Eigenvector)]
    [InlineData(AhpPriorityMethod.GeometricMean)]
    [InlineData(AhpPriorityMethod.NormalizedColumnMean)]
    public void Analyze_LambdaBeyondTheLargestDouble_Throws(AhpPriorityMethod method)
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
    public void Analyze_ExtremeThreeByThree_EigenvectorIsTheGeometricMean(double x, double y)
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
    public void Analyze_ConsistentMatrixSpanningTheDoubles_HasExactPriorities()
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

    [Theory]
    [InlineData(AhpPriorityMethod.GeometricMean)]
    [InlineData(AhpPriorityMethod.Eigenvector)]
    [InlineData(AhpPriorityMethod.NormalizedColumnMean)]
    public void Analyze_EntriesNear1e308_PrioritiesFiniteAndLambdaMaxIsN(AhpPriorityMethod method)
    {
        var result = Ahp.Analyze(Three, ExtremeConsistent, method);

        Assert.All(result.Priorities, p => Assert.True(double.IsFinite(p) && p >= 0.0, $"priority {p}"));
        Assert.Equal(1.0, result.Priorities.Sum(), 12);
        Assert.True(result.Priorities[0] > result.Priorities[1] && result.Priorities[1] > result.Priorities[2]);

        // Consistent: λmax = n, CI = CR = 0 (in plain doubles the weights would be NaN and λmax below n).
        Assert.Equal(3.0, result.LambdaMax, 9);
        Assert.Equal(0.0, result.ConsistencyRatio, 9);
    }

    [Fact]
    public void Analyze_GeometricMeanOfSubnormalEntries_PrioritiesFinite()
    {
        var result = Ahp.Analyze(["a", "b"], [[1.0, 5e-324], [1e308, 1.0]], AhpPriorityMethod.GeometricMean, reciprocalTolerance: 1.0);

        Assert.All(result.Priorities, p => Assert.True(double.IsFinite(p)));
        Assert.Equal(1.0, result.Priorities[1], 12);
        Assert.True(double.IsFinite(result.LambdaMax));
    }

    [Fact]
    public void Analyze_CyclicAtDoublesLimit_LambdaMaxFiniteAndInconsistent()
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

    [Fact]
    public void Combine_Hierarchy_WeighsEachCriterionsPriorities()
    {
        var criteria = Ahp.Analyze(["price", "fit"], [[1, 3], [1.0 / 3, 1]]); // 0.75, 0.25
        var underPrice = Ahp.Analyze(["x", "y"], [[1, 1], [1, 1]]); // 0.5, 0.5
        var underFit = Ahp.Analyze(["x", "y"], [[1, 4], [0.25, 1]]); // 0.8, 0.2

        var global = Ahp.Combine(criteria, [underPrice, underFit]);

        Assert.Equal(["x", "y"], global.Keys);
        Assert.Equal((0.75 * 0.5) + (0.25 * 0.8), global["x"], 12);
        Assert.Throws<InvalidInputException>("alternatives", () => Ahp.Combine(criteria, [underPrice]));
        Assert.Throws<InvalidInputException>("alternatives", () => Ahp.Combine(criteria, [underPrice, Ahp.Analyze(["y", "x"], [[1, 1], [1, 1]])]));
    }

    [Fact]
    public void Combine_BadInputOrTwoCriteria_ThrowsOrGivesTheWeightedSums()
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
        Assert.Equal(["x", "y"], combined.Keys);
        Assert.Equal((0.75 * 2.0 / 3) + (0.25 * 0.2), combined["x"], 12);
        Assert.Equal((0.75 * 1.0 / 3) + (0.25 * 0.8), combined["y"], 12);
    }

    [Fact]
    public void Combine_LabelsOutOfAlphabeticalOrder_KeepsTheFirstResultsOrderInAReadOnlyView()
    {
        var criteria = Ahp.Analyze(["price", "fit"], [[1, 3], [1.0 / 3, 1]]);
        string[] labels = ["zeta", "alpha", "mid"];
        var underPrice = Ahp.Analyze(labels, Consistent);
        var underFit = Ahp.Analyze(labels, [[1, 0.5, 0.25], [2, 1, 0.5], [4, 2, 1]]);

        var global = Ahp.Combine(criteria, [underPrice, underFit]);

        Assert.Equal(labels, global.Keys);
        Assert.Equal(labels, global.Select(p => p.Key));
        Assert.Equal((0.75 * 4.0 / 7) + (0.25 * 1.0 / 7), global["zeta"], 12);
        Assert.False(global is IDictionary<string, double> { IsReadOnly: false });
        Assert.False(global is Dictionary<string, double> or OrderedDictionary<string, double>);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, double>)global)["zeta"] = 0);
    }
}
