using System.Text.Json;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>pymcdm, scikit-criteria and pyDecision results (and published values) for weighted sum, TOPSIS, VIKOR and PROMETHEE II.</summary>
public sealed class MultiCriteriaRankingReferenceTests
{
    public static TheoryData<string, string> Runs()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { "mcda_hand_3x2", "mcda_tzeng2011_topsis", "mcda_ties", "mcda_zero_variance" })
        {
            foreach (var method in FitReference.Load(name).GetProperty("reference").EnumerateObject())
            {
                data.Add(name, method.Name);
            }
        }

        return data;
    }

    private static RankingResult Run(DecisionMatrix matrix, string method) => method switch
    {
        "topsis_vector" or "topsis_vector_without_const_column" => MultiCriteriaRanking.Topsis(matrix, Normalization.Vector),
        "topsis_minmax" => MultiCriteriaRanking.Topsis(matrix, Normalization.MinMax),
        "wsm_linear" => MultiCriteriaRanking.WeightedSum(matrix, Normalization.LinearMax),
        "wsm_sum" => MultiCriteriaRanking.WeightedSum(matrix, Normalization.Sum),
        "wsm_minmax" => MultiCriteriaRanking.WeightedSum(matrix, Normalization.MinMax),
        "vikor_v0.5" => MultiCriteriaRanking.Vikor(matrix, 0.5),
        "promethee2_usual" => MultiCriteriaRanking.PrometheeII(matrix),
        _ => throw new InvalidOperationException($"unknown reference method {method}"),
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Methods_ReferenceCases_AgreeWithTheReferenceTools(string name, string method)
    {
        var root = FitReference.Load(name);
        var expected = root.GetProperty("reference").GetProperty(method);

        // The "without constant column" closeness must be what the full matrix gives: a constant column changes nothing.
        var result = Run(FitReference.Matrix(root), method);

        switch (method.Split('_')[0])
        {
            case "topsis":
                var topsis = Assert.IsType<TopsisResult>(result);
                FitReference.AssertClose(FitReference.Doubles(expected.GetProperty("closeness")), topsis.Closeness, "closeness");
                if (method != "topsis_vector_without_const_column")
                {
                    FitReference.AssertClose(FitReference.Doubles(expected.GetProperty("d_plus")), topsis.DistanceToIdeal, "D+");
                    FitReference.AssertClose(FitReference.Doubles(expected.GetProperty("d_minus")), topsis.DistanceToAntiIdeal, "D-");
                    FitReference.AssertRanks(expected.GetProperty("ranks"), result.Ranks);
                }

                break;
            case "wsm":
                Assert.IsType<WeightedSumResult>(result);
                FitReference.AssertClose(FitReference.Doubles(expected.GetProperty("scores")), result.Scores, "score");
                FitReference.AssertRanks(expected.GetProperty("ranks"), result.Ranks);
                break;
            case "vikor":
                var vikor = Assert.IsType<VikorResult>(result);
                var q = expected.TryGetProperty("Q", out var exact) ? exact : expected.GetProperty("scikit_criteria_Q");
                FitReference.AssertClose(FitReference.Doubles(q), vikor.Q, "Q");
                if (expected.TryGetProperty("S", out var s))
                {
                    FitReference.AssertClose(FitReference.Doubles(s), vikor.S, "S");
                    FitReference.AssertClose(FitReference.Doubles(expected.GetProperty("R")), vikor.R, "R");
                    FitReference.AssertRanks(expected.GetProperty("ranks_by_Q"), result.Ranks);
                }

                var compromise = expected.GetProperty("scikit_criteria");
                Assert.Equal(FitReference.Ints(compromise.GetProperty("compromise_set_0based")).Order(), vikor.CompromiseSet.Order()); // ours lists best Q first
                Assert.Equal(compromise.GetProperty("acceptable_advantage").GetBoolean(), vikor.AcceptableAdvantage);
                Assert.Equal(compromise.GetProperty("acceptable_stability").GetBoolean(), vikor.AcceptableStability);
                break;
            default:
                var promethee = Assert.IsType<PrometheeIIResult>(result);
                FitReference.AssertClose(FitReference.Doubles(expected.GetProperty("phi_plus")), promethee.PositiveFlow, "phi+");
                FitReference.AssertClose(FitReference.Doubles(expected.GetProperty("phi_minus")), promethee.NegativeFlow, "phi-");
                FitReference.AssertClose(FitReference.Doubles(expected.GetProperty("net_flow")), promethee.NetFlow, "net flow");
                if (name != "mcda_ties")
                {
                    FitReference.AssertRanks(expected.GetProperty("ranks_by_net_flow"), result.Ranks);
                }

                break;
        }
    }

    [Fact]
    public void PrometheeII_NearTies_TieWithinTheTolerance()
    {
        // A4's net flow is mathematically 0.2 like A1, A2, A3, A6, but computes as 0.19999999999999996: the tools rank it
        // 5th by exact equality; with the relative tolerance it ties first.
        var result = MultiCriteriaRanking.PrometheeII(FitReference.Matrix(FitReference.Load("mcda_ties")));

        Assert.Equal([1, 1, 1, 1, 2, 1], result.Ranks.Dense);
        Assert.Equal([3.0, 3, 3, 3, 6, 3], result.Ranks.Average);
        Assert.Equal([1, 1, 1, 1, 6, 1], result.Ranks.Min);
        Assert.Equal([1, 2, 3, 4, 6, 5], result.Ranks.Ordinal);
    }

    [Fact]
    public void Topsis_Tzeng2011_MatchesThePublishedExample()
    {
        var root = FitReference.Load("mcda_tzeng2011_topsis");

        var result = MultiCriteriaRanking.Topsis(FitReference.Matrix(root));

        var published = root.GetProperty("published");
        FitReference.AssertClose(FitReference.Doubles(published.GetProperty("topsis_vector_closeness_4dp")), result.Scores.Select(c => Math.Round(c, 4)).ToArray(), "closeness (4 dp)");
        Assert.Equal(FitReference.Ints(published.GetProperty("ranking")), result.Ranks.Ordinal);
    }

    [Fact]
    public void Topsis_AllZeroColumn_IsIgnoredWithADiagnostic()
    {
        var root = FitReference.Load("mcda_zero_variance");
        var zero = FitReference.Matrix(root, root.GetProperty("all_zero_column_variant").GetProperty("matrix"));

        var vector = MultiCriteriaRanking.Topsis(zero, Normalization.Vector);
        var minmax = MultiCriteriaRanking.Topsis(zero, Normalization.MinMax);

        var withoutColumn = root.GetProperty("reference").GetProperty("topsis_vector_without_const_column");
        FitReference.AssertClose(FitReference.Doubles(withoutColumn.GetProperty("closeness")), vector.Scores, "closeness");
        Assert.Contains(vector.Diagnostics, d => d.Contains("'c_const' is 0 for every alternative", StringComparison.Ordinal));
        FitReference.AssertClose(FitReference.Doubles(root.GetProperty("all_zero_column_variant").GetProperty("topsis_minmax").GetProperty("closeness")), minmax.Scores, "closeness (min-max)");
    }

    [Fact]
    public void Methods_IdenticalAlternatives_AreDefinedTiedAndDiagnosed()
    {
        var root = FitReference.Load("mcda_degenerate").GetProperty("cases").GetProperty("all_alternatives_identical");
        var matrix = FitReference.Matrix(root);

        var topsis = MultiCriteriaRanking.Topsis(matrix);
        var wsm = MultiCriteriaRanking.WeightedSum(matrix);
        var vikor = MultiCriteriaRanking.Vikor(matrix);
        var promethee = MultiCriteriaRanking.PrometheeII(matrix);

        Assert.Equal([1.0, 1, 1], topsis.Scores);
        Assert.Equal([1, 1, 1], topsis.Ranks.Dense);
        Assert.Contains(topsis.Diagnostics, d => d.Contains("D+ = D- = 0", StringComparison.Ordinal));
        Assert.Contains(topsis.Diagnostics, d => d.Contains("same values", StringComparison.Ordinal));
        FitReference.AssertClose(FitReference.Doubles(root.GetProperty("wsm_linear").GetProperty("scores")), wsm.Scores, "score");
        FitReference.AssertRanks(root.GetProperty("wsm_linear").GetProperty("ranks"), wsm.Ranks);
        FitReference.AssertClose(FitReference.Doubles(root.GetProperty("vikor_v0.5").GetProperty("scikit_criteria_Q")), vikor.Scores, "Q");
        Assert.Equal([0, 1, 2], vikor.CompromiseSet);
        Assert.Equal([0.0, 0, 0], promethee.Scores);
    }

    [Fact]
    public void Methods_SingleAlternative_IsRankOne()
    {
        var root = FitReference.Load("mcda_degenerate").GetProperty("cases").GetProperty("single_alternative");
        var matrix = FitReference.Matrix(root);

        foreach (var result in new RankingResult[] { MultiCriteriaRanking.Topsis(matrix), MultiCriteriaRanking.WeightedSum(matrix), MultiCriteriaRanking.Vikor(matrix), MultiCriteriaRanking.PrometheeII(matrix) })
        {
            Assert.Equal([1], result.Ranks.Ordinal);
            Assert.All(result.Scores, s => Assert.True(double.IsFinite(s)));
            Assert.Contains(result.Diagnostics, d => d.Contains("one alternative", StringComparison.Ordinal));
        }

        Assert.Equal([1.0], MultiCriteriaRanking.WeightedSum(matrix).Scores);
    }

    [Fact]
    public void Methods_NegativeValues_VectorAndMinMaxAgreeRatioNormalisationsThrow()
    {
        var root = FitReference.Load("mcda_degenerate").GetProperty("cases").GetProperty("negative_values");
        var matrix = FitReference.Matrix(root);

        FitReference.AssertClose(FitReference.Doubles(root.GetProperty("topsis_vector").GetProperty("closeness")), MultiCriteriaRanking.Topsis(matrix, Normalization.Vector).Scores, "closeness");
        FitReference.AssertClose(FitReference.Doubles(root.GetProperty("topsis_minmax").GetProperty("closeness")), MultiCriteriaRanking.Topsis(matrix, Normalization.MinMax).Scores, "closeness");
        var linear = Assert.Throws<InvalidInputException>("matrix", () => MultiCriteriaRanking.WeightedSum(matrix, Normalization.LinearMax));
        Assert.Contains("alternative 'A1' has -2", linear.Message, StringComparison.Ordinal);
        Assert.Equal((0, "A1", "c0"), (linear.Index, linear.ItemId, linear.Field));
        Assert.Throws<InvalidInputException>("matrix", () => MultiCriteriaRanking.WeightedSum(matrix, Normalization.Sum));
    }

    [Fact]
    public void Methods_NegativeWeight_Throws()
    {
        var root = FitReference.Load("mcda_degenerate").GetProperty("cases").GetProperty("negative_weight");

        var ex = Assert.Throws<InvalidInputException>("weights", () => FitReference.Matrix(root));
        Assert.Contains("'c1'", ex.Message, StringComparison.Ordinal);
        Assert.Equal((1, "c1", null), (ex.Index, ex.ItemId, ex.Field));
    }
}
