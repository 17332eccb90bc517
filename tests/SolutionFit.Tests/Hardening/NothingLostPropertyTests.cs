using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.Gauges;
using SolutionFit.PriceSensitivity;
using SolutionFit.Surveys;

namespace SolutionFit.Tests.Hardening;

/// <summary>Every input row is either used or reported with its reason, and the counts add up.</summary>
public sealed class NothingLostPropertyTests
{
    // Answers 0..6 (0 and 6 are out of range) or missing (null).
    private static Gen<int?> Answer { get; } = Gen.Frequency((6, Gen.Choose(0, 6).Select(i => (int?)i)), (1, Gen.Constant<int?>(null)));

    [Property(MaxTest = 200)]
    public Property Kano_EveryPairIsUsedOrExcludedByName() =>
        Prop.ForAll(Gen.ListOf(Gen.Zip(Gen.Choose(0, 3), Gen.Zip(Answer, Answer))).ToArbitrary(), rows =>
        {
            var answers = rows.Select((r, i) => new KanoAnswer($"r{i}", $"f{r.Item1}", r.Item2.Item1, r.Item2.Item2)).ToArray();
            var features = Kano.Analyze(answers);
            var valid = answers.Count(a => a.Functional is >= 1 and <= 5 && a.Dysfunctional is >= 1 and <= 5);
            return features.Sum(f => f.ValidAnswers) == valid
                && features.Sum(f => f.ValidAnswers + f.Excluded.Count) == answers.Length
                && features.All(f => f.ValidAnswers == Enum.GetValues<KanoCategory>().Sum(f.CountOf))
                && features.All(f => f.Excluded.All(r => answers.Any(a => a.Respondent == r && a.Feature == f.Feature && !(a.Functional is >= 1 and <= 5 && a.Dysfunctional is >= 1 and <= 5))));
        });

    [Property(MaxTest = 200)]
    public Property Odi_EveryRatingIsValidOrExcluded() =>
        Prop.ForAll(Gen.ListOf(Gen.Zip(Gen.Choose(0, 3), Gen.Zip(Answer, Answer))).ToArbitrary(), rows =>
        {
            var answers = rows.Select((r, i) => new OdiAnswer($"r{i}", $"o{r.Item1}", r.Item2.Item1, r.Item2.Item2)).ToArray();
            var outcomes = Odi.Analyze(answers);
            return outcomes.All(o => o.ImportanceValid + o.ImportanceExcludedCount == answers.Count(a => a.Outcome == o.Outcome)
                                     && o.SatisfactionValid + o.SatisfactionExcludedCount == answers.Count(a => a.Outcome == o.Outcome))
                && outcomes.Sum(o => o.ImportanceValid) == answers.Count(a => a.Importance is >= 1 and <= 5)
                && outcomes.Sum(o => o.SatisfactionValid) == answers.Count(a => a.Satisfaction is >= 1 and <= 5);
        });

    [Property(MaxTest = 200)]
    public Property Gauge_EveryDealIsCounted_ZeroWeightsIncluded() =>
        Prop.ForAll(Gen.NonEmptyListOf(Gen.Zip(Gen.Choose(0, 4), Gen.Elements(0.0, 1.0, 2.5, 1e-170, 1e155))).Where(d => d.Any(x => x.Item2 > 0)).ToArbitrary(), deals =>
        {
            var gauge = PriceHappinessGauge.Measure(deals.Select((d, i) => new ObservedReaction($"d{i}", (PriceReaction)d.Item1, d.Item2)));
            return gauge.Count == deals.Count
                && Enum.GetValues<PriceReaction>().All(r => gauge.CountOf(r) == deals.Count(d => d.Item1 == (int)r))
                && Math.Abs(Enum.GetValues<PriceReaction>().Sum(gauge.ShareOf) - 1.0) < 1e-12;
        });

    [Property(MaxTest = 100)]
    public Property Psm_EveryRespondentIsUsedOrListedAsInvalid() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Zip(Gen.Choose(1, 40), Gen.Zip(Gen.Choose(1, 40), Gen.Choose(0, 40)))).Where(r => r.Length > 0).ToArbitrary(), rows =>
        {
            // Some rows are in order (cheap < expensive < too expensive), some not, some missing an answer (0 = missing).
            double? Price(int x) => x == 0 ? null : x;
            var survey = new PsmSurvey(null, rows.Select(r => Price(r.Item1)), rows.Select(r => Price(r.Item2.Item1)), rows.Select(r => Price(r.Item2.Item2)));
            PsmResult result;
            try
            {
                result = PriceSensitivityMeter.Analyze(survey);
            }
            catch (InvalidInputException)
            {
                return true; // too few valid respondents: rejected as a whole, nothing silently dropped
            }

            return result.TotalRespondents == rows.Length && result.RespondentsUsed + result.ExcludedCount == result.TotalRespondents;
        });
}
