using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>Classifying each respondent alone gives what the tally and the analysis report for the whole survey.</summary>
[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
public sealed class PsmRespondentPropertyTests
{
    [Property]
    public Property Classify_EachRow_IsTheTallysRule(PsmCase c)
    {
        var tally = PsmTally.FromSurvey(c.Survey());
        var excluded = tally.ExcludedRespondents().ToDictionary(r => r.Row, r => r.Problem);
        var differences = new List<string>();
        for (var i = 0; i < c.Cheap.Length; i++)
        {
            var tooCheap = tally.IsThreeQuestion ? null : c.TooCheap?[i];
            var classified = PsmRespondent.Classify(tooCheap, c.Cheap[i], c.Expensive[i], c.TooExpensive[i], tally.IsThreeQuestion);
            var reported = excluded.TryGetValue(i, out var problem) ? problem : (PsmProblem?)null;
            if (classified != reported)
            {
                differences.Add($"row {i}: classified {classified?.ToString() ?? "consistent"}, reported {reported?.ToString() ?? "consistent"}");
            }
        }

        return (differences.Count == 0).Label(string.Join("; ", differences));
    }

    [Property]
    public Property Classify_Consistent_IsTheRespondentsTheAnalysisUses(PsmCase c)
    {
        // The respondents classified consistent are the ones the analysis uses; with none, the analysis rejects the survey.
        var survey = new PsmSurvey(c.TooCheap, c.Cheap, c.Expensive, c.TooExpensive);
        var threeQuestion = survey.IsThreeQuestion;
        var consistent = Enumerable.Range(0, c.Cheap.Length)
            .Count(i => PsmRespondent.Classify(threeQuestion ? null : c.TooCheap![i], c.Cheap[i], c.Expensive[i], c.TooExpensive[i], threeQuestion) is null);
        int used;
        try
        {
            used = PriceSensitivityMeter.Analyze(survey).RespondentsUsed;
        }
        catch (InvalidInputException)
        {
            used = 0;
        }

        return (consistent == used).Label($"{consistent} classified consistent, {used} used");
    }
}
