using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SolutionFit.Oracles;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Benchmarks;

/// <summary>
/// Van Westendorp analysis of n generated respondents (reference price about 20, survey-style rounding to .99, .5 or
/// whole prices, 3 % inconsistent), plain and with NMS, against the simple implementation (sort + binary search;
/// NMS by the respondents × prices matrix); with weights that are not whole (the tally's exact sums instead of integer
/// counts); the respondents added to a tally one by one, as a stream is read; and what building the survey from the
/// columns costs next to the analysis.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PsmBenchmarks
{
    private double?[] _tooCheap = null!;
    private double?[] _cheap = null!;
    private double?[] _expensive = null!;
    private double?[] _tooExpensive = null!;
    private int?[] _intentCheap = null!;
    private int?[] _intentExpensive = null!;
    private double[] _weights = null!;
    private PsmSurvey _plain = null!;
    private PsmSurvey _nms = null!;
    private PsmSurvey _weighted = null!;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261126);
        var n = Respondents;
        var (tooCheap, cheap, expensive, tooExpensive) = (new double?[n], new double?[n], new double?[n], new double?[n]);
        var (intentCheap, intentExpensive, weights) = (new int?[n], new int?[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            var reference = 20 * Math.Exp(0.25 * Normal(random));
            double[] answers = [reference * 0.45, reference * 0.75, reference * 1.3, reference * 1.8];
            for (var q = 0; q < 4; q++)
            {
                answers[q] = Round(answers[q] * Math.Exp(0.1 * Normal(random)), random);
            }

            if (random.NextDouble() < 0.03)
            {
                (answers[1], answers[2]) = (answers[2], answers[1]);
            }

            (tooCheap[i], cheap[i], expensive[i], tooExpensive[i]) = (answers[0], answers[1], answers[2], answers[3]);
            (intentCheap[i], intentExpensive[i]) = (random.Next(3, 6), random.Next(1, 4));
            weights[i] = 0.5 + random.NextDouble();
        }

        (_tooCheap, _cheap, _expensive, _tooExpensive, _intentCheap, _intentExpensive) = (tooCheap, cheap, expensive, tooExpensive, intentCheap, intentExpensive);
        _weights = weights;
        _plain = BuildSurvey();
        _nms = BuildSurveyNms();
        _weighted = new(_tooCheap, _cheap, _expensive, _tooExpensive, _weights);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Plain")]
    public double? PlainSimple() => NaivePsm.Analyze(_plain, PsmOptions.Default).Points[1];

    [Benchmark, BenchmarkCategory("Plain")]
    public double? Plain() => PriceSensitivityMeter.Analyze(_plain).OptimalPricePoint;

    /// <summary>The plain analysis with a weight (0.5 to 1.5, not whole) per respondent: the exact sums' path.</summary>
    [Benchmark, BenchmarkCategory("Plain")]
    public double? PlainWeighted() => PriceSensitivityMeter.Analyze(_weighted).OptimalPricePoint;

    /// <summary>The plain analysis of a tally to which the respondents are added one by one, as when a file is streamed.</summary>
    [Benchmark, BenchmarkCategory("Plain")]
    public double? PlainRowByRow()
    {
        var tally = new PsmTally();
        for (var i = 0; i < _cheap.Length; i++)
        {
            tally.Add(_tooCheap[i], _cheap[i], _expensive[i], _tooExpensive[i]);
        }

        return PriceSensitivityMeter.Analyze(tally, null).OptimalPricePoint;
    }

    /// <summary>The survey of the plain analysis, built from its four columns (arrays of nullable prices).</summary>
    [Benchmark, BenchmarkCategory("Plain")]
    public PsmSurvey BuildSurvey() => new(_tooCheap, _cheap, _expensive, _tooExpensive);

    [Benchmark(Baseline = true), BenchmarkCategory("Nms")]
    public double NmsSimple() => NaivePsm.Analyze(_nms, PsmOptions.Default).Reach!.Max();

    [Benchmark, BenchmarkCategory("Nms")]
    public double Nms() => PriceSensitivityMeter.Analyze(_nms).Nms!.ReachMax;

    /// <summary>The NMS analysis of a tally to which the respondents are added one by one, as when a file is streamed.</summary>
    [Benchmark, BenchmarkCategory("Nms")]
    public double NmsRowByRow()
    {
        var tally = new PsmTally(hasPurchaseIntentions: true);
        for (var i = 0; i < _cheap.Length; i++)
        {
            tally.Add(_tooCheap[i], _cheap[i], _expensive[i], _tooExpensive[i], 1.0, _intentCheap[i], _intentExpensive[i]);
        }

        return PriceSensitivityMeter.Analyze(tally, null).Nms!.ReachMax;
    }

    /// <summary>The survey of the NMS analysis: the four price columns and the two intention columns.</summary>
    [Benchmark, BenchmarkCategory("Nms")]
    public PsmSurvey BuildSurveyNms() =>
        new(_tooCheap, _cheap, _expensive, _tooExpensive, purchaseIntentCheap: _intentCheap, purchaseIntentExpensive: _intentExpensive);

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Rounds like survey answers: to a whole price, a half, or .99 below the next whole.</summary>
    private static double Round(double price, Random random) => random.Next(3) switch
    {
        0 => Math.Round(price),
        1 => Math.Round(price * 2) / 2,
        _ => Math.Max(Math.Ceiling(price) - 0.01, 0.99),
    };
}
