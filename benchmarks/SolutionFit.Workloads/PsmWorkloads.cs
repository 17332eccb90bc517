using SolutionFit.PriceSensitivity;

namespace SolutionFit.Workloads;

/// <summary>
/// Van Westendorp analysis of n generated respondents, from the answer columns to the result: the survey is built from
/// the columns and analysed in the timed call, so work moved between the two still counts. With NMS, every respondent
/// also gives the two purchase intentions (1–5). The respondents are those of <c>PsmBenchmarks</c>: reference price
/// about 20, survey-style rounding to .99, .5 or whole prices, 3 % inconsistent.
/// </summary>
internal static class PsmWorkloads
{
    public static IEnumerable<Workload> All() =>
    [
        new("psm/analyze/100k", () => Plain(100_000)),
        new("psm/analyze/1M", () => Plain(1_000_000)),
        new("psm/nms/10k", () => Nms(10_000)),
        new("psm/nms/100k", () => Nms(100_000)),
        new("psm/nms/1M", () => Nms(1_000_000)),
    ];

    private static Action Plain(int respondents)
    {
        var c = Columns(respondents);
#if HAS_PSM_THRESHOLDS_ORDER
        return Sink.Of(() => PriceSensitivityMeter.Analyze(new PsmSurvey(c.TooCheap, c.Cheap, c.Expensive, c.TooExpensive)));
#else
        return Sink.Of(() => PriceSensitivityMeter.Analyze(new PsmSurvey(c.Cheap, c.Expensive, c.TooExpensive, c.TooCheap)));
#endif
    }

    private static Action Nms(int respondents)
    {
        var c = Columns(respondents);
#if HAS_PSM_THRESHOLDS_ORDER
        return Sink.Of(() => PriceSensitivityMeter.Analyze(
            new PsmSurvey(c.TooCheap, c.Cheap, c.Expensive, c.TooExpensive, purchaseIntentCheap: c.IntentCheap, purchaseIntentExpensive: c.IntentExpensive)));
#else
        return Sink.Of(() => PriceSensitivityMeter.Analyze(
            new PsmSurvey(c.Cheap, c.Expensive, c.TooExpensive, c.TooCheap, purchaseIntentCheap: c.IntentCheap, purchaseIntentExpensive: c.IntentExpensive)));
#endif
    }

    private static PsmColumns Columns(int n)
    {
        var random = new Random(20261126);
        var c = new PsmColumns(new double?[n], new double?[n], new double?[n], new double?[n], new int?[n], new int?[n]);
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

            (c.TooCheap[i], c.Cheap[i], c.Expensive[i], c.TooExpensive[i]) = (answers[0], answers[1], answers[2], answers[3]);
            (c.IntentCheap[i], c.IntentExpensive[i]) = (random.Next(3, 6), random.Next(1, 4));
        }

        return c;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Rounds like survey answers: to a whole price, a half, or .99 below the next whole.</summary>
    private static double Round(double price, Random random) => random.Next(3) switch
    {
        0 => Math.Round(price),
        1 => Math.Round(price * 2) / 2,
        _ => Math.Max(Math.Ceiling(price) - 0.01, 0.99),
    };

    private sealed record PsmColumns(double?[] TooCheap, double?[] Cheap, double?[] Expensive, double?[] TooExpensive, int?[] IntentCheap, int?[] IntentExpensive);
}
