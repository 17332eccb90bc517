using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>Demand is a share that does not rise with the price; the segments (of the used respondents) come "all" first, then in ordinal order; no NaN comes out.</summary>
[Properties(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
public sealed class GaborGrangerPropertyTests
{
    [Property]
    public Property Analyze_AnySurvey_DemandIsAShareNonIncreasingInPrice(GaborGrangerCase c)
    {
        var result = GaborGranger.Analyze(c.Tally());
        var problems = new List<string>();
        foreach (var s in result.Segments)
        {
            var defined = s.Prices.Where(p => p.Demand.HasValue).ToArray();
            for (var j = 0; j < defined.Length; j++)
            {
                if (defined[j].Demand is not (>= 0.0 and <= 1.0))
                {
                    problems.Add($"{s.Segment}: demand {defined[j].Demand} at {defined[j].Price}");
                }

                if (j > 0 && defined[j].Demand > defined[j - 1].Demand)
                {
                    problems.Add($"{s.Segment}: demand rises from {defined[j - 1].Demand} at {defined[j - 1].Price} to {defined[j].Demand} at {defined[j].Price}");
                }
            }

            if (s.Prices.Zip(s.Prices.Skip(1)).Any(p => p.First.Price >= p.Second.Price))
            {
                problems.Add($"{s.Segment}: prices not ascending");
            }
        }

        return (problems.Count == 0).Label(string.Join("; ", problems));
    }

    [Property]
    public Property Analyze_AnySurvey_SegmentsAllFirstThenOrdinalAndNoNaN(GaborGrangerCase c)
    {
        var tally = new GaborGrangerTally(c.Prices);
        var used = c.Rows.Where(r => tally.Add(r.Answers, r.Weight, r.Segment) == GaborGrangerAnswer.Used).ToArray();
        var result = GaborGranger.Analyze(tally);
        var expected = used.Where(r => r.Segment is not null).Select(r => r.Segment!).Distinct().Order(StringComparer.Ordinal).Prepend("all");
        var values = result.Segments.SelectMany(s => s.Prices.SelectMany(p => new[] { p.Demand, p.Revenue, p.Elasticity, p.ArcElasticity, p.DeterminedWeight })
            .Concat(s.Model is { } m ? [m.MedianWtp, m.Shape, m.MedianWtpSe, m.ShapeSe, m.LogLikelihood, m.RevenueOptimalPrice, m.DemandAtOptimum, m.RevenueAtOptimum] : []));
        return (result.Segments.Select(s => s.Segment).SequenceEqual(expected) && values.All(v => v is null || double.IsFinite(v.Value)))
            .Label(string.Join(", ", result.Segments.Select(s => s.Segment)));
    }
}
