using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>
/// The bootstrap intervals: the shared reference cases (every replicate analysed by R's pricesensitivitymeter 1.3.3)
/// agree, counts exactly and bounds within 1e-9 relative; the quantiles are R's type 7.
/// </summary>
public sealed class PsmBootstrapResultTests
{
    public static TheoryData<string> Cases => new() { "realistic500", "pilot24" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bootstrap_ReferenceCase_MatchesR(string name)
    {
        var expected = PsmBootstrapReference.Expected(name);
        var (seed, replicates, confidence, options) = PsmBootstrapReference.Arguments(expected);
        var tally = PsmBootstrapTally.FromSurvey(PsmBootstrapReference.Survey(name), seed, replicates);

        var result = PriceSensitivityMeter.Bootstrap(tally, options, confidence);

        var bootstrap = expected.GetProperty("expected").GetProperty("bootstrap");
        Assert.Equal(bootstrap.GetProperty("replicates").GetInt32(), result.Replicates);
        Assert.Equal(bootstrap.GetProperty("seed").GetUInt64(), result.Seed);
        Assert.Equal(bootstrap.GetProperty("confidence").GetDouble(), result.Confidence);
        var intervals = bootstrap.GetProperty("intervals");
        foreach (var (point, actual) in new[] { ("pmc", result.PointOfMarginalCheapness), ("opp", result.OptimalPricePoint), ("ipp", result.IndifferencePricePoint), ("pme", result.PointOfMarginalExpensiveness) })
        {
            var interval = intervals.GetProperty(point);
            Assert.Equal(interval.GetProperty("defined").GetInt32(), actual.Defined);
            PsmReference.AssertClose(PsmReference.Number(interval.GetProperty("lower")), actual.Lower, $"{name} {point} lower");
            PsmReference.AssertClose(PsmReference.Number(interval.GetProperty("upper")), actual.Upper, $"{name} {point} upper");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bootstrap_ReferenceCase_EveryReplicateMatchesR(string name)
    {
        var expected = PsmBootstrapReference.Expected(name);
        var (seed, replicates, confidence, options) = PsmBootstrapReference.Arguments(expected);
        var result = PriceSensitivityMeter.Bootstrap(PsmBootstrapTally.FromSurvey(PsmBootstrapReference.Survey(name), seed, replicates), options, confidence);

        var values = expected.GetProperty("replicate_values");
        foreach (var (point, index) in new[] { ("pmc", 0), ("opp", 1), ("ipp", 2), ("pme", 3) })
        {
            var r = values.GetProperty(point).EnumerateArray().Select(PsmReference.Number).ToArray();
            Assert.Equal(replicates, r.Length);
            for (var b = 0; b < replicates; b++)
            {
                var actual = result.Values[index][b];
                PsmReference.AssertClose(r[b], double.IsNaN(actual) ? null : actual, $"{name} {point} replicate {b}");
            }
        }
    }

    [Fact]
    public void Quantile_Type7_InterpolatesBetweenOrderStatistics()
    {
        double[] sorted = [1.0, 2.0, 4.0, 8.0];

        Assert.Equal(1.0, PsmBootstrapInterval.Quantile(sorted, 0.0));
        Assert.Equal(1.0 + (0.3 * 1.0), PsmBootstrapInterval.Quantile(sorted, 0.1)); // h = 0.3
        Assert.Equal(2.0 + (0.5 * 2.0), PsmBootstrapInterval.Quantile(sorted, 0.5)); // h = 1.5
        Assert.Equal(8.0, PsmBootstrapInterval.Quantile(sorted, 1.0));
    }

    [Fact]
    public void Of_FewerThanTwoDefined_HasNoIntervalButCounts()
    {
        var one = PsmBootstrapInterval.Of([double.NaN, 3.0, double.NaN], 0.95);
        var none = PsmBootstrapInterval.Of([double.NaN], 0.95);

        Assert.Null(one.Interval);
        Assert.Null(one.Lower);
        Assert.Equal(1, one.Defined);
        Assert.Equal(default, none);
    }

    [Fact]
    public void Of_DefinedValues_IgnoresUndefinedOnes()
    {
        var interval = PsmBootstrapInterval.Of([5.0, double.NaN, 1.0, 3.0], 0.5);

        Assert.Equal(3, interval.Defined);
        Assert.Equal(2.0, interval.Lower); // h = 0.5 over [1, 3, 5]
        Assert.Equal(4.0, interval.Upper); // h = 1.5
    }
}
