using System.Text.Json;
using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests.MultiCriteria;

/// <summary>
/// <see cref="MultiCriteriaRanking.Smaa"/>: the shared reference cases (numpy, and the exact answer of a two-criteria
/// case), the published simplex weights, ties, degenerate matrices, the guards and the result's views.
/// </summary>
public sealed class SmaaResultTests
{
    private static readonly DecisionMatrix Example = new(
        ["starter", "team", "business", "enterprise"],
        [Criterion.Cost("price"), Criterion.Benefit("goal fit"), Criterion.Cost("effort"), Criterion.TargetValue("seats", 40)],
        [[29, 0.42, 0.1, 5], [149, 0.71, 0.3, 25], [590, 0.86, 0.4, 100], [1900, 0.93, 0.7, 500]],
        [0.3, 0.4, 0.2, 0.1]);

    public static TheoryData<string, string> ReferenceRuns() => new()
    {
        { "smaa_example", "wsm" },
        { "smaa_example", "topsis" },
        { "smaa_two_criteria", "wsm" },
        { "smaa_two_criteria", "topsis" },
    };

    [Theory]
    [MemberData(nameof(ReferenceRuns))]
    public void Smaa_ReferenceCases_AgreeWithinTheTolerances(string name, string id)
    {
        var (matrix, run) = Reference(name, id);
        var args = run.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();
        var (samples, seed) = (int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), ulong.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture));
        var expected = run.GetProperty("expected").GetProperty("smaa");

        var result = MultiCriteriaRanking.Smaa(matrix, id == "wsm" ? RankingMethod.WeightedSum : RankingMethod.Topsis, samples, seed);

        Assert.Equal(expected.GetProperty("samples").GetInt32(), result.Samples);
        Assert.Equal(expected.GetProperty("seed").GetUInt64(), result.Seed);
        AssertAgrees(expected, result, 3.0 / samples);
    }

    [Fact]
    public void Smaa_TwoCriteria_IsNearTheExactAcceptability()
    {
        var (matrix, run) = Reference("smaa_two_criteria", "wsm");
        var exact = run.GetProperty("exact_rank_acceptability").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();

        var result = MultiCriteriaRanking.Smaa(matrix, RankingMethod.WeightedSum, 20_000, 7);

        // The Monte Carlo error of 20,000 samples: a share's standard error is at most 0.0035.
        for (var i = 0; i < exact.Length; i++)
        {
            for (var r = 0; r < exact.Length; r++)
            {
                Assert.True(Math.Abs(exact[i][r] - result.RankAcceptability[i][r]) <= 0.01, $"alternative {i}, rank {r + 1}");
            }
        }
    }

    [Theory]
    [InlineData(RankingMethod.Vikor)]
    [InlineData(RankingMethod.PrometheeII)]
    public void Smaa_ExampleWithoutReference_RowsSumToOneAndCentralWeightsWhereFirst(RankingMethod method)
    {
        var result = MultiCriteriaRanking.Smaa(Example, method, 2000, 1);

        Assert.All(result.RankAcceptability, row => Assert.Equal(1.0, row.Sum(), 12));
        Assert.True(result.RankAcceptability.Sum(row => row[0]) >= 1.0 - 1e-12);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(result.RankAcceptability[i][0] == 0, result.CentralWeights[i] is null);
            Assert.Equal(1.0, result.CentralWeights[i]?.Sum() ?? 1.0, 12);
        }
    }

    [Theory]
    [InlineData(0UL, new[] { 0.5343092864961954, 0.026901910799164333, 0.40669360003834215, 0.032095202666298256 })]
    [InlineData(1UL, new[] { 0.3168055663588747, 0.45052737974118634, 0.1446132598418613, 0.08805379405807781 })]
    [InlineData(2UL, new[] { 0.5191931232578849, 0.16261769890246874, 0.21296542175011532, 0.10522375608953106 })]
    public void SimplexWeights_PublishedVectors_MatchBitForBit(ulong sample, double[] expected)
    {
        var weights = new double[4];

        MultiCriteriaRanking.SimplexWeights(1, sample, weights);

        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), weights.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Smaa_OneSample_IsTheMethodRunWithThatSamplesWeights()
    {
        var weights = new double[4];
        MultiCriteriaRanking.SimplexWeights(5, 0, weights);
        var ranks = MultiCriteriaRanking.Topsis(new DecisionMatrix(Example.Alternatives, Example.Criteria, Rows(Example), weights)).Ranks.Min;

        var result = MultiCriteriaRanking.Smaa(Example, RankingMethod.Topsis, 1, 5);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(Enumerable.Range(1, 4).Select(r => r == ranks[i] ? 1.0 : 0.0), result.RankAcceptability[i]);
            if (ranks[i] == 1)
            {
                Assert.Equal(weights, result.CentralWeights[i]!);
            }
            else
            {
                Assert.Null(result.CentralWeights[i]);
            }
        }
    }

    [Theory]
    [InlineData(RankingMethod.WeightedSum)]
    [InlineData(RankingMethod.Topsis)]
    [InlineData(RankingMethod.Vikor)]
    [InlineData(RankingMethod.PrometheeII)]
    public void Smaa_IdenticalPair_TiesShareTheBetterRankInEverySample(RankingMethod method)
    {
        // a and b are the same: in every sample they share rank 1 (c third) or rank 2 (c first), so rank 2 is taken twice
        // or not at all and rank 3 only by c.
        var matrix = new DecisionMatrix(["a", "b", "c"], [Criterion.Benefit("x"), Criterion.Cost("y")], [[3, 2], [3, 2], [1, 1]], [1, 1]);

        var result = MultiCriteriaRanking.Smaa(matrix, method, 500, 3);

        var (a, b, c) = (result.RankAcceptability[0], result.RankAcceptability[1], result.RankAcceptability[2]);
        Assert.Equal(a, b);
        Assert.Equal(result.CentralWeights[0], result.CentralWeights[1]);
        Assert.Equal(0.0, a[2]);
        Assert.Equal(1.0, a[0] + a[1], 12);
        Assert.Equal(a[1], c[0], 12);
        Assert.Equal(a[0], c[2], 12);
        Assert.Equal(0.0, c[1]);
        Assert.True(a[0] > 0 && a[1] > 0, "both orders occur");

        // Column sums: rank 1 is taken by two alternatives or one, rank 2 by two or none; the first r columns hold at least r.
        Assert.Equal((2 * a[0]) + c[0], result.RankAcceptability.Sum(row => row[0]), 12);
        Assert.Equal(2 * a[1], result.RankAcceptability.Sum(row => row[1]), 12);
        Assert.True(result.RankAcceptability.Sum(row => row[0] + row[1]) >= 2 - 1e-12);
    }

    [Theory]
    [InlineData(RankingMethod.WeightedSum)]
    [InlineData(RankingMethod.Topsis)]
    [InlineData(RankingMethod.Vikor)]
    [InlineData(RankingMethod.PrometheeII)]
    public void Smaa_OneAlternative_AlwaysFirstWithTheMeanWeights(RankingMethod method)
    {
        var matrix = new DecisionMatrix(["only"], [Criterion.Benefit("x"), Criterion.Cost("y"), Criterion.TargetValue("z", 3)], [[1, 2, 4]], [1, 1, 1]);
        var mean = new double[3];
        var weights = new double[3];
        for (var s = 0UL; s < 50; s++)
        {
            MultiCriteriaRanking.SimplexWeights(9, s, weights);
            for (var j = 0; j < 3; j++)
            {
                mean[j] += weights[j];
            }
        }

        var result = MultiCriteriaRanking.Smaa(matrix, method, 50, 9);

        Assert.Equal([1.0], result.RankAcceptability[0]);
        Assert.Equal(mean.Select(w => w / 50), result.CentralWeights[0]!);
    }

    [Theory]
    [InlineData(RankingMethod.WeightedSum)]
    [InlineData(RankingMethod.Topsis)]
    [InlineData(RankingMethod.Vikor)]
    [InlineData(RankingMethod.PrometheeII)]
    public void Smaa_DominatingAlternative_AlwaysFirstAndTheOthersNever(RankingMethod method)
    {
        var matrix = new DecisionMatrix(["low", "best", "mid"], [Criterion.Benefit("x"), Criterion.Cost("y")], [[1, 5], [4, 1], [2, 3]], [1, 1]);

        var result = MultiCriteriaRanking.Smaa(matrix, method, 300, 11);

        Assert.Equal(1.0, result.RankAcceptability[1][0]);
        Assert.Null(result.CentralWeights[0]);
        Assert.Null(result.CentralWeights[2]);
        Assert.Equal(1.0, result.RankAcceptability[0][2]);
    }

    [Fact]
    public void Smaa_Normalization_IsTheMethodsDefaultOrTheGivenOne()
    {
        Assert.Equal(Normalization.LinearMax, MultiCriteriaRanking.Smaa(Example, RankingMethod.WeightedSum, 1, 1).Normalization);
        Assert.Equal(Normalization.Vector, MultiCriteriaRanking.Smaa(Example, RankingMethod.Topsis, 1, 1).Normalization);
        Assert.Equal(Normalization.MinMax, MultiCriteriaRanking.Smaa(Example, RankingMethod.Topsis, 1, 1, Normalization.MinMax).Normalization);
        Assert.Null(MultiCriteriaRanking.Smaa(Example, RankingMethod.Vikor, 1, 1).Normalization);
        Assert.Null(MultiCriteriaRanking.Smaa(Example, RankingMethod.PrometheeII, 1, 1).Normalization);
    }

    [Fact]
    public void Smaa_InvalidArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("matrix", () => MultiCriteriaRanking.Smaa(null!, RankingMethod.Topsis, 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>("method", () => MultiCriteriaRanking.Smaa(Example, (RankingMethod)4, 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>("samples", () => MultiCriteriaRanking.Smaa(Example, RankingMethod.Topsis, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>("normalization", () => MultiCriteriaRanking.Smaa(Example, RankingMethod.Topsis, 10, 1, (Normalization)9));
        Assert.Throws<InvalidInputException>("tieTolerance", () => MultiCriteriaRanking.Smaa(Example, RankingMethod.Vikor, 10, 1, tieTolerance: double.NaN));
        Assert.Throws<InvalidInputException>("tieTolerance", () => MultiCriteriaRanking.Smaa(Example, RankingMethod.WeightedSum, 10, 1, tieTolerance: -1));

        var vikor = Assert.Throws<InvalidInputException>("normalization", () => MultiCriteriaRanking.Smaa(Example, RankingMethod.Vikor, 10, 1, Normalization.Vector));
        Assert.Contains("Vikor", vikor.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidInputException>("normalization", () => MultiCriteriaRanking.Smaa(Example, RankingMethod.PrometheeII, 10, 1, Normalization.MinMax));

        var negative = new DecisionMatrix(["a", "b"], [Criterion.Benefit("x")], [[-1], [2]], [1]);
        var ratio = Assert.Throws<InvalidInputException>("matrix", () => MultiCriteriaRanking.Smaa(negative, RankingMethod.WeightedSum, 10, 1));
        Assert.Equal("a", ratio.ItemId);
    }

    [Fact]
    public void Result_Views_AreReadOnlyAndTheSameEachTime()
    {
        var result = MultiCriteriaRanking.Smaa(Example, RankingMethod.Topsis, 100, 1);

        Assert.Same(result.RankAcceptability[0], result.RankAcceptability[0]);
        Assert.Same(result.CentralWeights, result.CentralWeights);
        Assert.IsNotType<double[]>(result.RankAcceptability[0]);
        Assert.IsNotType<double[]>(result.CentralWeights.First(w => w is not null));
        Assert.False(result.CentralWeights is IList<IReadOnlyList<double>?> { IsReadOnly: false });
        Assert.Equal(Example.Alternatives, result.Alternatives);
        Assert.Equal(Example.Criteria, result.Criteria);
        Assert.Equal(RankingMethod.Topsis, result.Method);
    }

    [Fact]
    public void ToString_IsOneInvariantLineWithTheFirstRankShares()
    {
        var result = MultiCriteriaRanking.Smaa(Example, RankingMethod.Topsis, 2000, 1);

        Assert.Equal("Topsis SMAA (2000 samples, seed 1): first starter 0.481, team 0.4, business 0.119, enterprise 0.001", result.ToString());
    }

    private static double[][] Rows(DecisionMatrix matrix) =>
        Enumerable.Range(0, matrix.Alternatives.Count).Select(i => Enumerable.Range(0, matrix.Criteria.Count).Select(j => matrix[i, j]).ToArray()).ToArray();

    /// <summary>Rank acceptability within <paramref name="share"/> (3/N); central weights within 0.01 where the expected first share is at least 0.01.</summary>
    private static void AssertAgrees(JsonElement expected, SmaaResult result, double share)
    {
        var table = expected.GetProperty("rankAcceptability").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray();
        var central = expected.GetProperty("centralWeights").EnumerateArray().ToArray();
        Assert.Equal(table.Length, result.RankAcceptability.Count);
        for (var i = 0; i < table.Length; i++)
        {
            Assert.Equal(table.Length, result.RankAcceptability[i].Count);
            for (var r = 0; r < table.Length; r++)
            {
                Assert.True(Math.Abs(table[i][r] - result.RankAcceptability[i][r]) <= share, $"rank acceptability of {result.Alternatives[i]} at rank {r + 1}: expected {table[i][r]}, got {result.RankAcceptability[i][r]}");
            }

            if (central[i].ValueKind == JsonValueKind.Null)
            {
                Assert.True(result.CentralWeights[i] is null || result.RankAcceptability[i][0] <= share, $"{result.Alternatives[i]} is never first");
            }
            else if (table[i][0] >= 0.01)
            {
                var weights = central[i].EnumerateArray().Select(e => e.GetDouble()).ToArray();
                Assert.NotNull(result.CentralWeights[i]);
                Assert.All(weights.Zip(result.CentralWeights[i]!), p => Assert.True(Math.Abs(p.First - p.Second) <= 0.01, $"central weights of {result.Alternatives[i]}"));
            }
        }
    }

    private static (DecisionMatrix Matrix, JsonElement Run) Reference(string name, string id)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Reference", "uncertainty");
        var input = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + ".json"))).RootElement;
        var criteria = input.GetProperty("criteria").EnumerateArray().Zip(input.GetProperty("types").EnumerateArray(), (c, t) =>
            t.ValueKind == JsonValueKind.Object ? Criterion.TargetValue(c.GetString()!, t.GetProperty("target").GetDouble())
            : t.GetString() == "cost" ? Criterion.Cost(c.GetString()!)
            : Criterion.Benefit(c.GetString()!));
        var matrix = new DecisionMatrix(
            input.GetProperty("alternatives").EnumerateArray().Select(a => a.GetString()!),
            criteria,
            input.GetProperty("matrix").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()),
            input.GetProperty("weights").EnumerateArray().Select(w => w.GetDouble()));
        var runs = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + ".smaa.expected.json"))).RootElement.GetProperty("runs");
        return (matrix, runs.EnumerateArray().Single(r => r.GetProperty("id").GetString() == id));
    }
}
