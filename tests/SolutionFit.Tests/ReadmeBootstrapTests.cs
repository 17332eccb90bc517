using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests;

/// <summary>The README's "How sure: bootstrap intervals" example compiles and runs here, and the README shows exactly this code.</summary>
public sealed class ReadmeBootstrapTests
{
    private const string Begin = "// begin README bootstrap";
    private const string End = "// end README bootstrap";
    private const string Heading = "### How sure: bootstrap intervals";

    [Fact]
    public void Example_GivesTheIntervalsOfTheWholeSurvey()
    {
        var rows = Enumerable.Range(0, 40).Select(i => new Row(5 + (i % 7), 10 + (i % 9), 20 + (i % 11), 30 + (i % 13), 1 + (i % 3))).ToList();

        var opp = Example(rows);

        var survey = new PsmSurvey(rows.Select(r => r.TooCheap), rows.Select(r => r.Cheap), rows.Select(r => r.Expensive), rows.Select(r => r.TooExpensive), rows.Select(r => r.Weight));
        Assert.Equal(PriceSensitivityMeter.Bootstrap(PsmBootstrapTally.FromSurvey(survey, 42, 1000)).OptimalPricePoint, opp);
        Assert.Equal(1000, opp.Defined);
    }

    [Fact]
    public void Readme_ShowsTheExampleVerbatim() =>
        Assert.Equal(ReadmeCode.Compiled("ReadmeBootstrapTests.cs.txt", Begin, End), ReadmeCode.Lines(ReadmeCode.Block(Heading)));

    private static PsmBootstrapInterval Example(List<Row> rows)
    {
        // begin README bootstrap
        var tally = new PsmBootstrapTally(seed: 42, replicates: 1000);                     // or PsmBootstrapTally.FromSurvey
        foreach (var r in rows)
        {
            tally.Add(r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive, r.Weight);         // the next global row
        }

        var intervals = PriceSensitivityMeter.Bootstrap(tally, PsmOptions.Default, confidence: 0.95);
        var opp = intervals.OptimalPricePoint;                                              // opp.Lower, opp.Upper, opp.Defined
        // end README bootstrap
        return opp;
    }

    private sealed record Row(double? TooCheap, double? Cheap, double? Expensive, double? TooExpensive, double Weight);
}
