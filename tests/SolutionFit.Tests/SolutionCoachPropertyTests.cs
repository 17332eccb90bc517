using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SolutionFit.Tests;

[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
public sealed class SolutionCoachPropertyTests
{
    [Property]
    public Property Coach_Steps_AddOverallBestFirst(Catalog catalog, ScoringPolicy policy)
    {
        if (catalog.Solutions.Length == 0)
        {
            return true.ToProperty();
        }

        var scorer = new SolutionFitScorer(policy);
        var report = new SolutionCoach(scorer).Coach(catalog.Customer, catalog.Solutions[0], catalog.Solutions);

        var positive = report.Steps.All(s => s.Gain > 0 && s.OverallAfter == report.Score.Overall + s.Gain || Math.Abs(s.OverallAfter - report.Score.Overall - s.Gain) < 1e-15);
        var bestFirst = report.Steps.Zip(report.Steps.Skip(1)).All(p => p.First.Gain >= p.Second.Gain);
        var noSelf = report.Steps.All(s => s is not SwitchSolutionStep { SolutionId: var id } || id != catalog.Solutions[0].Id);
        return (positive && bestFirst && noSelf).Label(string.Join("; ", report.Steps));
    }

    [Property]
    public Property Coach_SmileRange_GivesABargainAtEitherEnd(Scenario scenario, ScoringPolicy policy)
    {
        var scorer = new SolutionFitScorer(policy);
        var report = new SolutionCoach(scorer).Coach(scenario.Customer, scenario.Solution);
        if (report.SmilePriceRange is not { } range)
        {
            return (scenario.Customer.PriceThresholds is null || report.Score.Value == 0.0).ToProperty();
        }

        var s = scenario.Solution;
        var atLower = scorer.Score(scenario.Customer, new ProposedSolution(s.Id, range.Lower, s.Achievements, s.Effort, s.Enjoyment));
        var justBelowUpper = scorer.Score(scenario.Customer, new ProposedSolution(s.Id, Math.BitDecrement(range.Upper), s.Achievements, s.Effort, s.Enjoyment));
        var atUpper = scorer.Score(scenario.Customer, new ProposedSolution(s.Id, range.Upper, s.Achievements, s.Effort, s.Enjoyment));

        return (atLower.Reaction == PriceReaction.Bargain && atLower.Overall == report.Score.Value
                && justBelowUpper.Reaction == PriceReaction.Bargain
                && atUpper.Reaction == PriceReaction.Fair)
            .Label($"range {range}: {atLower.Reaction}, {justBelowUpper.Reaction}, {atUpper.Reaction}");
    }
}
