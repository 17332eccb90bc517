using SolutionFit.Tests.MultiCriteria;
using SolutionFit.Surveys;

namespace SolutionFit.Tests.Surveys;

/// <summary>AHP reference cases (Reference/fit): the reference tools and Saaty's published values.</summary>
public sealed class AhpReferenceTests
{
    private static readonly Dictionary<string, RandomIndexTable> Tables = new()
    {
        ["saaty_1980"] = RandomIndexTable.Saaty1980,
        ["saaty_2005_anp"] = RandomIndexTable.Saaty2005,
        ["donegan_dodd_1991"] = RandomIndexTable.DoneganDodd,
        ["tummala_ling_1998"] = RandomIndexTable.TummalaLing,
    };

    [Theory]
    [InlineData("ahp_consistent_3x3", "eigenvector", AhpPriorityMethod.Eigenvector)]
    [InlineData("ahp_consistent_3x3", "geometric_mean", AhpPriorityMethod.GeometricMean)]
    [InlineData("ahp_consistent_3x3", "normalized_column_mean", AhpPriorityMethod.NormalizedColumnMean)]
    [InlineData("ahp_saaty2008_drinks", "eigenvector", AhpPriorityMethod.Eigenvector)]
    [InlineData("ahp_saaty2008_drinks", "geometric_mean", AhpPriorityMethod.GeometricMean)]
    [InlineData("ahp_saaty2008_drinks", "normalized_column_mean", AhpPriorityMethod.NormalizedColumnMean)]
    public void Analyze_ReferenceMatrices_AgreeWithTheReferenceTools(string name, string methodKey, AhpPriorityMethod method)
    {
        var reference = FitReference.Load(name).GetProperty("reference");
        var labels = reference.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToArray();
        var matrix = reference.GetProperty("matrix").EnumerateArray().Select(FitReference.Doubles).ToArray();
        var expected = reference.GetProperty(methodKey);

        foreach (var (key, table) in Tables)
        {
            var result = Ahp.Analyze(labels, matrix, method, table);

            FitReference.AssertClose(FitReference.Doubles(expected.GetProperty("priority")), result.Priorities, "priority");
            var lambda = expected.TryGetProperty("lambda_max", out var exact) ? exact : expected.GetProperty("lambda_max_estimate");
            FitReference.AssertClose([lambda.GetDouble()], [result.LambdaMax], "lambda max");
            FitReference.AssertClose([expected.GetProperty("CI").GetDouble()], [result.ConsistencyIndex], "CI");
            FitReference.AssertClose([expected.GetProperty("CR").GetProperty(key).GetDouble()], [result.ConsistencyRatio], $"CR ({key})");
            Assert.True(result.IsConsistent);
        }
    }

    [Fact]
    public void Analyze_SaatysDrinks_MatchesThePublishedValues()
    {
        var root = FitReference.Load("ahp_saaty2008_drinks");
        var reference = root.GetProperty("reference");
        var labels = reference.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToArray();

        var result = Ahp.Analyze(labels, reference.GetProperty("matrix").EnumerateArray().Select(FitReference.Doubles), table: RandomIndexTable.Saaty2005);

        var published = root.GetProperty("published");
        for (var i = 0; i < labels.Length; i++)
        {
            Assert.Equal(published.GetProperty("priority_3dp").GetProperty(labels[i]).GetDouble(), Math.Round(result.Priorities[i], 3));
        }

        Assert.Equal(published.GetProperty("CR_3dp").GetDouble(), Math.Round(result.ConsistencyRatio, 3));
    }
}
