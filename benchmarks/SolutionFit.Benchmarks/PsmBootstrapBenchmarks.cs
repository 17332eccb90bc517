using BenchmarkDotNet.Attributes;
using SolutionFit.Oracles;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Benchmarks;

/// <summary>
/// The Poisson bootstrap of a Van Westendorp survey (n generated respondents, reference price about 20, prices on a
/// 0.05 lattice, 2 % inconsistent): the tally that carries every replicate's per-price sums (one pass over the rows)
/// and the analysis of every replicate, against the simple bootstrap that builds each replicate's survey of the kept rows
/// and analyses it (B passes over the rows). At 100,000 rows and 1,000 replicates (the size) the simple one takes
/// minutes, so there the baseline is one plain analysis of the whole survey: the ratio says how many plain analyses the
/// bootstrap costs.
/// </summary>
public class PsmBootstrapBenchmarks
{
    private PsmSurvey _survey = null!;
    private PsmBootstrapTally _tally = null!;

    /// <summary>Gets or sets the respondents and replicates.</summary>
    [ParamsSource(nameof(Sizes))]
    public Size Case { get; set; }

    /// <summary>Gets the sizes: a small one with the simple bootstrap as baseline, and the issue's.</summary>
    public static IEnumerable<Size> Sizes => [new(10_000, 100), new(100_000, 1_000)];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261206);
        var n = Case.Respondents;
        var (tooCheap, cheap, expensive, tooExpensive) = (new double?[n], new double?[n], new double?[n], new double?[n]);
        for (var i = 0; i < n; i++)
        {
            var tc = 2 + (random.Next(400) * 0.05);
            var c = tc + ((random.Next(100) + 1) * 0.05);
            var e = random.NextDouble() < 0.02 ? c : c + ((random.Next(100) + 1) * 0.05);
            var te = e + ((random.Next(100) + 1) * 0.05);
            (tooCheap[i], cheap[i], expensive[i], tooExpensive[i]) = (Math.Round(tc, 2), Math.Round(c, 2), Math.Round(e, 2), Math.Round(te, 2));
        }

        _survey = new PsmSurvey(tooCheap, cheap, expensive, tooExpensive);
        _tally = PsmBootstrapTally.FromSurvey(_survey, 1, Case.Replicates);
    }

    /// <summary>Small size: the simple bootstrap, a survey of each replicate's kept rows analysed in turn. Issue's size: one plain analysis.</summary>
    [Benchmark(Baseline = true)]
    public double? Baseline() => Case.Respondents <= 10_000
        ? NaiveBootstrap.Values(_survey, 1, Case.Replicates, PsmOptions.Default)[1][0]
        : PriceSensitivityMeter.Analyze(_survey).OptimalPricePoint;

    /// <summary>The bootstrap: the tally of every replicate from the rows, then every replicate's analysis.</summary>
    [Benchmark]
    public double? Bootstrap() => PriceSensitivityMeter.Bootstrap(PsmBootstrapTally.FromSurvey(_survey, 1, Case.Replicates)).OptimalPricePoint.Lower;

    /// <summary>The tally alone: one Poisson draw per row and replicate, added to the per-price sums.</summary>
    [Benchmark]
    public int Tally() => PsmBootstrapTally.FromSurvey(_survey, 1, Case.Replicates).Count;

    /// <summary>The analysis alone, of a tally built once.</summary>
    [Benchmark]
    public double? Analysis() => PriceSensitivityMeter.Bootstrap(_tally).OptimalPricePoint.Lower;

    /// <summary>A benchmark size: respondents and replicates.</summary>
    /// <param name="Respondents">The survey's rows.</param>
    /// <param name="Replicates">The bootstrap replicates.</param>
    public readonly record struct Size(int Respondents, int Replicates)
    {
        /// <inheritdoc/>
        public override string ToString() => $"{Respondents}x{Replicates}";
    }
}
