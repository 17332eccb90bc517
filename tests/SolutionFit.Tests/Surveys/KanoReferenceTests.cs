using System.Text.Json;
using SolutionFit.Tests.MultiCriteria;
using SolutionFit.Surveys;

namespace SolutionFit.Tests.Surveys;

/// <summary>Kano reference cases (Reference/fit): counts, shares, categories by both rules, strengths, coefficients and Fong's test.</summary>
public sealed class KanoReferenceTests
{
    public static TheoryData<string> KanoCases => new() { "kano_basic", "kano_invalid_answers" };

    [Theory]
    [MemberData(nameof(KanoCases))]
    public void Analyze_ReferenceSurveys_AgreeWithTheReference(string name)
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
            Assert.Equal(FitReference.Ints(expected.GetProperty("excluded_respondents_0based")).Select(r => $"r{r}"), feature.Excluded);
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

    private static readonly (string Letter, KanoCategory Category)[] Letters =
    [
        ("A", KanoCategory.Attractive), ("O", KanoCategory.OneDimensional), ("M", KanoCategory.MustBe),
        ("I", KanoCategory.Indifferent), ("R", KanoCategory.Reverse), ("Q", KanoCategory.Questionable),
    ];

    private static KanoCategory Category(JsonElement letter) => Letters.Single(l => l.Letter == letter.GetString()).Category;

    private static int? Answer(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();
}
