using System.Text.Json;
using SolutionFit.Tests.MultiCriteria;
using SolutionFit.Surveys;

namespace SolutionFit.Tests.Surveys;

/// <summary>AHP, Kano and ODI reference cases (Reference/fit): tools, an R cross-check and published values.</summary>
public sealed class SurveyReferenceTests
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
    public void Ahp_AgreesWithTheReferenceTools(string name, string methodKey, AhpPriorityMethod method)
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
    public void Ahp_Drinks_MatchesSaatysPublishedValues()
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

    public static TheoryData<string> KanoCases => new() { "kano_basic", "kano_invalid_answers" };

    [Theory]
    [MemberData(nameof(KanoCases))]
    public void Kano_AgreesWithTheReference(string name)
    {
        var root = FitReference.Load(name);
        var answers = root.GetProperty("answers").EnumerateObject().SelectMany(feature => feature.Value.EnumerateArray().Select((pair, r) =>
            pair.ValueKind == JsonValueKind.Null
                ? new KanoAnswer($"r{r}", feature.Name, null, null)
                : new KanoAnswer($"r{r}", feature.Name, Answer(pair[0]), Answer(pair[1]))));

        var features = Kano.Analyze(answers);
        var strength = Kano.Analyze(answers, KanoCategoryRule.CategoryStrength);

        var reference = root.GetProperty("reference");
        Assert.Equal(reference.EnumerateObject().Select(p => p.Name), features.Select(f => f.Feature));
        foreach (var (feature, strong) in features.Zip(strength))
        {
            var expected = reference.GetProperty(feature.Feature);
            Assert.Equal(expected.GetProperty("n_valid").GetInt32(), feature.ValidAnswers);
            Assert.Equal(FitReference.Ints(expected.GetProperty("excluded_respondents_0based")).Select(r => $"r{r}"), feature.ExcludedRespondents);
            foreach (var (letter, category) in Letters)
            {
                Assert.Equal(expected.GetProperty("counts").GetProperty(letter).GetInt32(), feature.CountOf(category));
                FitReference.AssertClose([expected.GetProperty("shares").GetProperty(letter).GetDouble()], [feature.ShareOf(category)], $"share {letter}");
            }

            Assert.Equal(Category(expected.GetProperty("category_mode_tiebreak_MOAI")), feature.Category);
            Assert.Equal(Category(expected.GetProperty("category_rule_6pct_MOAI")), strong.Category);
            FitReference.AssertClose([expected.GetProperty("category_strength").GetDouble()], [feature.CategoryStrength!.Value], "category strength");
            FitReference.AssertClose([expected.GetProperty("total_strength").GetDouble()], [feature.TotalStrength!.Value], "total strength");
            FitReference.AssertClose([expected.GetProperty("better").GetDouble()], [feature.Better!.Value], "better");
            FitReference.AssertClose([expected.GetProperty("worse").GetDouble()], [feature.Worse!.Value], "worse");
            Assert.Equal(expected.GetProperty("fong").GetProperty("significant").GetBoolean(), feature.FongSignificant);
        }
    }

    [Fact]
    public void Odi_AgreesWithTheReferenceExactly()
    {
        var root = FitReference.Load("odi_basic");
        var importance = root.GetProperty("importance_answers");
        var satisfaction = root.GetProperty("satisfaction_answers");
        var answers = root.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()!).SelectMany(outcome =>
            importance.GetProperty(outcome).EnumerateArray().Zip(satisfaction.GetProperty(outcome).EnumerateArray())
                .Select((pair, r) => new OdiAnswer($"r{r}", outcome, Answer(pair.First), Answer(pair.Second))));

        var outcomes = Odi.Analyze(answers);

        var reference = root.GetProperty("reference");
        Assert.Equal(6, outcomes.Count);
        foreach (var outcome in outcomes)
        {
            var expected = reference.GetProperty(outcome.Outcome);
            Assert.Equal(expected.GetProperty("importance_top2_count").GetInt32(), outcome.ImportanceTopTwo);
            Assert.Equal(expected.GetProperty("importance_n_valid").GetInt32(), outcome.ImportanceValid);
            Assert.Equal(expected.GetProperty("satisfaction_top2_count").GetInt32(), outcome.SatisfactionTopTwo);
            Assert.Equal(expected.GetProperty("importance").GetDouble(), outcome.Importance);
            Assert.Equal(expected.GetProperty("satisfaction").GetDouble(), outcome.Satisfaction);
            Assert.Equal(expected.GetProperty("opportunity").GetDouble(), outcome.Opportunity); // exactly: computed from the counts
            Assert.Equal(expected.GetProperty("category").GetString(), outcome.Band!.Value.ToString().ToLowerInvariant());
        }
    }

    private static readonly (string Letter, KanoCategory Category)[] Letters =
    [
        ("A", KanoCategory.Attractive), ("O", KanoCategory.OneDimensional), ("M", KanoCategory.MustBe),
        ("I", KanoCategory.Indifferent), ("R", KanoCategory.Reverse), ("Q", KanoCategory.Questionable),
    ];

    private static KanoCategory Category(JsonElement letter) => Letters.Single(l => l.Letter == letter.GetString()).Category;

    private static int? Answer(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();
}
