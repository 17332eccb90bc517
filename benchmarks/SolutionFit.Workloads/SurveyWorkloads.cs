using SolutionFit.Surveys;

namespace SolutionFit.Workloads;

/// <summary>
/// The survey analyses on realistic sizes: Kano with 10,000 respondents × 20 features and ODI with 10,000 respondents ×
/// 30 outcomes (answers 1–5, one in 50 missing, a tendency per feature; every answer has its own id strings, as if
/// parsed from a file), and AHP on 9 × 9 and 15 × 15 reciprocal matrices (Saaty's 1/9–9 scale around a consistent one).
/// </summary>
internal static class SurveyWorkloads
{
    public static IEnumerable<Workload> All() =>
    [
        new("surveys/kano/10kx20", () => AnalyzeKano(10_000, 20)),
        new("surveys/odi/10kx30", () => AnalyzeOdi(10_000, 30)),
        new("surveys/ahp/9x9", () => AnalyzeAhp(9)),
        new("surveys/ahp/15x15", () => AnalyzeAhp(15)),
    ];

    private static Action AnalyzeKano(int respondents, int features)
    {
        var random = new Random(20261126);
        var lean = Enumerable.Range(0, features).Select(_ => random.NextDouble()).ToArray();
        var answers = new KanoAnswer[respondents * features];
        for (var r = 0; r < respondents; r++)
        {
            for (var f = 0; f < features; f++)
            {
                answers[(r * features) + f] = new KanoAnswer($"r{r}", $"f{f}", Answer(random, lean[f]), Answer(random, 1 - lean[f]));
            }
        }

        return Sink.Of(() => Kano.Analyze(answers));
    }

    private static Action AnalyzeOdi(int respondents, int outcomes)
    {
        var random = new Random(20261126);
        var lean = Enumerable.Range(0, outcomes).Select(_ => random.NextDouble()).ToArray();
        var answers = new OdiAnswer[respondents * outcomes];
        for (var r = 0; r < respondents; r++)
        {
            for (var o = 0; o < outcomes; o++)
            {
                answers[(r * outcomes) + o] = new OdiAnswer($"r{r}", $"o{o}", Answer(random, lean[o]), Answer(random, 1 - lean[o]));
            }
        }

        return Sink.Of(() => Odi.Analyze(answers));
    }

    private static Action AnalyzeAhp(int n)
    {
        var random = new Random(20261126);
        var weights = Enumerable.Range(0, n).Select(_ => 0.1 + random.NextDouble()).ToArray();
        var matrix = new double[n][];
        for (var i = 0; i < n; i++)
        {
            matrix[i] = new double[n];
            matrix[i][i] = 1;
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                // The consistent ratio, perturbed and snapped to the 1/9–9 scale.
                var ratio = Math.Clamp(Math.Round(weights[i] / weights[j] * Math.Exp(0.3 * ((2 * random.NextDouble()) - 1)) * 8) / 8, 1.0 / 9, 9);
                (matrix[i][j], matrix[j][i]) = (ratio, 1 / ratio);
            }
        }

        var labels = Enumerable.Range(0, n).Select(i => $"c{i}").ToArray();
        return Sink.Of(() => Ahp.Analyze(labels, matrix));
    }

    /// <summary>An answer 1–5 drawn around <paramref name="lean"/> (0 leans to 1, 1 to 5), or null one time in 50.</summary>
    private static int? Answer(Random random, double lean) =>
        random.NextDouble() < 0.02 ? null : Math.Clamp((int)Math.Round(1 + (4 * lean) + (1.5 * ((2 * random.NextDouble()) - 1))), 1, 5);
}
