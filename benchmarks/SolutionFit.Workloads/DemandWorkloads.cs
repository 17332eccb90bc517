#if HAS_GABOR_GRANGER
using SolutionFit.PriceSensitivity;
#endif

namespace SolutionFit.Workloads;

/// <summary>
/// Gabor–Granger over 100,000 generated respondents (those of <c>DemandBenchmarks</c>: 8 prices from 5 to 40, 4 segments,
/// one answer in ten not asked, 2 % inconsistent): the respondents added to a tally, and the analysis (demand,
/// elasticities and the WTP fit of "all" and each segment) of that tally.
/// </summary>
internal static class DemandWorkloads
{
    private const int Respondents = 100_000;

    public static IEnumerable<Workload> All() =>
    [
        new("demand/add/100k", Add()),
        new("demand/analyze/100k", Analyze()),
    ];

    private static Func<Action>? Add()
    {
#if HAS_GABOR_GRANGER
        return () =>
        {
            var (answers, segments) = Generate();
            return Sink.Of(() =>
            {
                var tally = new GaborGrangerTally(Prices);
                for (var i = 0; i < answers.Length; i++)
                {
                    tally.Add(answers[i], 1.0, segments[i]);
                }

                return tally;
            });
        };
#else
        return null;
#endif
    }

    private static Func<Action>? Analyze()
    {
#if HAS_GABOR_GRANGER
        return () =>
        {
            var (answers, segments) = Generate();
            var tally = new GaborGrangerTally(Prices);
            for (var i = 0; i < answers.Length; i++)
            {
                tally.Add(answers[i], 1.0, segments[i]);
            }

            return Sink.Of(() => GaborGranger.Analyze(tally));
        };
#else
        return null;
#endif
    }

#if HAS_GABOR_GRANGER
    private static readonly double[] Prices = [5, 10, 15, 20, 25, 30, 35, 40];

    private static (bool?[][] Answers, string[] Segments) Generate()
    {
        string[] names = ["s0", "s1", "s2", "s3"];
        var random = new Random(20261206);
        var (answers, segments) = (new bool?[Respondents][], new string[Respondents]);
        for (var i = 0; i < Respondents; i++)
        {
            var s = random.Next(4);
            var wtp = (15 + (5 * s)) * Math.Exp(0.4 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
            var flip = random.NextDouble() < 0.02 ? random.Next(7) : -1;
            var row = new bool?[Prices.Length];
            for (var p = 0; p < Prices.Length; p++)
            {
                row[p] = random.NextDouble() < 0.1 ? null : wtp >= Prices[p] || p == flip + 1;
            }

            (answers[i], segments[i]) = (row, names[s]);
        }

        return (answers, segments);
    }
#endif
}
