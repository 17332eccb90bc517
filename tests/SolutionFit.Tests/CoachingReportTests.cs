namespace SolutionFit.Tests;

/// <summary>The coaching report and its steps say what they hold.</summary>
public sealed class CoachingReportTests
{
    [Fact]
    public void ToString_SaysTheScoreAndTheNextStep()
    {
        var coach = new SolutionCoach(new SolutionFitScorer());
        var customer = new CustomerProfile("c", [new("a", 1), new("b", 0.5)]);
        var report = coach.Coach(customer, new ProposedSolution("s", 10, [new("a", 0.5), new("b", 1)], 0, 0));
        Assert.StartsWith("s for c: overall ", report.ToString(), StringComparison.Ordinal);
        Assert.EndsWith($"; next: {report.Steps[0]}", report.ToString(), StringComparison.Ordinal);
        Assert.Equal($"achieve goal 'a' fully: +{Guard.Format(report.Steps[0].Gain)}", report.Steps[0].ToString());

        var perfect = coach.Coach(customer, new ProposedSolution("s", 0, [new("a", 1), new("b", 1)], 0, 1));
        Assert.Empty(perfect.Steps);
        Assert.EndsWith("; no step raises it", perfect.ToString(), StringComparison.Ordinal);
    }
}
