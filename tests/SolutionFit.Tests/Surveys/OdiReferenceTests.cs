using System.Text.Json;
using SolutionFit.Tests.MultiCriteria;
using SolutionFit.Surveys;

namespace SolutionFit.Tests.Surveys;

/// <summary>The ODI reference case (Reference/fit): counts, scores and bands, exactly.</summary>
public sealed class OdiReferenceTests
{
    [Fact]
    public void Analyze_ReferenceSurvey_AgreesExactly()
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

    private static int? Answer(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();
}
