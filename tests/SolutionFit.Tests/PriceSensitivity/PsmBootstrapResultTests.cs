using SolutionFit.PriceSensitivity;
using Xunit.Abstractions;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>
/// The bootstrap intervals: the shared reference cases (every replicate analysed by R's pricesensitivitymeter 1.3.3)
/// agree, counts exactly and bounds within 1e-9 relative; the quantiles are R's type 7; the 95 % intervals cover the
/// population's points in at least 90 % of samples.
/// </summary>
public sealed class PsmBootstrapResultTests(ITestOutputHelper output)
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

    [Fact]
    public void Bootstrap_SamplesOfANormalPopulation_CoverItsPointsInAtLeast90PercentOfSamples()
    {
        // Four independent normal answers with one spread, so the curves cross in their body where two CDFs meet:
        // F_c = 1 − F_tc (PMC), F_te = 1 − F_tc (OPP), F_e = 1 − F_c (IPP), F_te = 1 − F_e (PME); with equal spreads,
        // Φ((p − μ1)/σ) = Φ((μ2 − p)/σ) at the midpoint p = (μ1 + μ2)/2. Answers below 0 become 0, far from every crossing.
        // Samples of 300, analysed keeping the respondents whose answers are not increasing (--no-validate), 500 replicates.
        double[] means = [15, 20, 25, 30];
        const double spread = 6;
        double[] population = [(means[0] + means[1]) / 2, (means[0] + means[3]) / 2, (means[1] + means[2]) / 2, (means[2] + means[3]) / 2];
        const int samples = 200;
        var options = new PsmOptions { ExcludeInconsistent = false };
        var random = new Random(20261206);
        var covered = new int[4];
        for (var sample = 0; sample < samples; sample++)
        {
            var tally = new PsmBootstrapTally((ulong)sample, 500);
            for (var i = 0; i < 300; i++)
            {
                double Answer(int q) => Math.Max(0.0, means[q] + (spread * Normal(random)));
                tally.Add(Answer(0), Answer(1), Answer(2), Answer(3));
            }

            var result = PriceSensitivityMeter.Bootstrap(tally, options);
            PsmBootstrapInterval[] intervals = [result.PointOfMarginalCheapness, result.OptimalPricePoint, result.IndifferencePricePoint, result.PointOfMarginalExpensiveness];
            for (var p = 0; p < 4; p++)
            {
                covered[p] += intervals[p].Interval is { } ci && ci.Contains(population[p]) ? 1 : 0;
            }
        }

        string[] names = ["PMC", "OPP", "IPP", "PME"];
        var coverage = string.Join(", ", names.Select((name, p) => $"{name} {covered[p] * 100.0 / samples:0.#} %"));
        output.WriteLine($"coverage of the 95 % intervals over {samples} samples: {coverage}");
        Assert.True(covered.All(c => c >= 0.9 * samples), coverage);
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random) => Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
