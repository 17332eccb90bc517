using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Benchmarks;

/// <summary>
/// Gabor–Granger: n generated respondents (8 prices from 5 to 40, 4 segments with log-normal willingness to pay of
/// medians 15 to 30, one answer in ten not asked, 2 % inconsistent). <c>Add</c>: the respondents added to a tally one by
/// one, as a file is streamed, against the simple path of keeping each respondent's interval (L, U) in a list; linear in
/// respondents. <c>Analyze</c>: demand, elasticities and the WTP fit of every segment of that tally, against the simple
/// demand (no fit) computed from the kept intervals, respondent by respondent; the analysis does not depend on the
/// respondents, only on the distinct intervals.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DemandBenchmarks
{
    private static readonly double[] Prices = [5, 10, 15, 20, 25, 30, 35, 40];
    private static readonly string[] SegmentNames = ["s0", "s1", "s2", "s3"];
    private bool?[][] _answers = null!;
    private string[] _segments = null!;
    private List<(double L, double U, string Segment)> _intervals = null!;
    private GaborGrangerTally _tally = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261206);
        _answers = new bool?[Respondents][];
        _segments = new string[Respondents];
        for (var i = 0; i < Respondents; i++)
        {
            var s = random.Next(4);
            var wtp = (15 + (5 * s)) * Math.Exp(0.4 * Normal(random));
            var flip = random.NextDouble() < 0.02 ? random.Next(7) : -1;
            var answers = new bool?[Prices.Length];
            for (var p = 0; p < Prices.Length; p++)
            {
                answers[p] = random.NextDouble() < 0.1 ? null : wtp >= Prices[p] || p == flip + 1;
            }

            (_answers[i], _segments[i]) = (answers, SegmentNames[s]);
        }

        _intervals = AddSimple();
        _tally = Add();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Add")]
    public List<(double L, double U, string Segment)> AddSimple()
    {
        var intervals = new List<(double, double, string)>();
        for (var i = 0; i < _answers.Length; i++)
        {
            var (lower, upper, any) = (0.0, double.PositiveInfinity, false);
            var answers = _answers[i];
            for (var p = 0; p < answers.Length; p++)
            {
                if (answers[p] is { } buys)
                {
                    any = true;
                    (lower, upper) = buys ? (Math.Max(lower, Prices[p]), upper) : (lower, Math.Min(upper, Prices[p]));
                }
            }

            if (any && lower < upper)
            {
                intervals.Add((lower, upper, _segments[i]));
            }
        }

        return intervals;
    }

    [Benchmark, BenchmarkCategory("Add")]
    public GaborGrangerTally Add()
    {
        var tally = new GaborGrangerTally(Prices);
        for (var i = 0; i < _answers.Length; i++)
        {
            tally.Add(_answers[i], 1.0, _segments[i]);
        }

        return tally;
    }

    /// <summary>Demand at each price, for everyone and per segment, from the kept intervals: a pass over the respondents per price.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Analyze")]
    public double AnalyzeSimple()
    {
        var sum = 0.0;
        foreach (var segment in (string?[])[null, .. SegmentNames])
        {
            foreach (var price in Prices)
            {
                var (buy, determined) = (0.0, 0.0);
                foreach (var (lower, upper, s) in _intervals)
                {
                    if (segment is null || ReferenceEquals(s, segment))
                    {
                        buy += lower >= price ? 1.0 : 0.0;
                        determined += lower >= price || upper <= price ? 1.0 : 0.0;
                    }
                }

                sum += buy / determined;
            }
        }

        return sum;
    }

    [Benchmark, BenchmarkCategory("Analyze")]
    public GaborGrangerResult Analyze() => GaborGranger.Analyze(_tally);

    private static double Normal(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
