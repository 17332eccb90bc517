using SolutionFit.Learning;

namespace SolutionFit.Workloads;

/// <summary>
/// Fitting the three learned models to the 100,000 simulated outcomes of <c>LearningBenchmarks</c>: price reactions
/// from a proportional-odds model, won and lost deals from a logistic model, and decisions among one to four offers
/// from a conditional logit.
/// </summary>
internal static class LearningWorkloads
{
    private const int Observations = 100_000;

    public static IEnumerable<Workload> All() =>
    [
        new("learning/reaction-fit/100k", Reactions()),
        new("learning/win-fit/100k", Wins()),
        new("learning/choice-fit/100k", Choices()),
    ];

    private static Func<Action>? Reactions()
    {
#if HAS_REACTION_MODEL
        return () =>
        {
            var random = new Random(20261127);
            double[] cutpoints = [3 * Math.Log(20), 3 * Math.Log(40), 3 * Math.Log(80), 3 * Math.Log(120)];
            var observations = new ReactionObservation[Observations];
            for (var i = 0; i < Observations; i++)
            {
                var q = Math.Exp(Math.Log(10) + (random.NextDouble() * Math.Log(48)));
                var u = random.NextDouble();
                var latent = (3 * Math.Log(q)) + Math.Log(u / (1 - u));
                observations[i] = new ReactionObservation(q, (PriceReaction)cutpoints.Count(c => latent > c));
            }

            return Sink.Of(() => ReactionModel.Fit(observations));
        };
#else
        return null;
#endif
    }

    private static Func<Action>? Wins()
    {
#if HAS_WIN_MODEL
        return () =>
        {
            var random = new Random(20261127);
            var observations = new WinObservation[Observations];
            for (var i = 0; i < Observations; i++)
            {
                var (g, x, h) = (random.NextDouble(), random.NextDouble(), random.NextDouble());
                var eta = -3 + (4 * g) + x + (2 * h);
                observations[i] = new WinObservation(g, x, h, random.NextDouble() < 1 / (1 + Math.Exp(-eta)));
            }

            return Sink.Of(() => WinModel.Fit(observations));
        };
#else
        return null;
#endif
    }

    private static Func<Action>? Choices()
    {
#if HAS_CHOICE_MODEL
        return () =>
        {
            var random = new Random(20261127);
            var sets = new ChoiceSet[Observations];
            for (var i = 0; i < Observations; i++)
            {
                var overalls = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => random.NextDouble()).ToArray();
                var best = 2 - Math.Log(-Math.Log(random.NextDouble()));
                int? chosen = null;
                for (var j = 0; j < overalls.Length; j++)
                {
                    var utility = (8 * overalls[j]) - Math.Log(-Math.Log(random.NextDouble()));
                    if (utility > best)
                    {
                        (best, chosen) = (utility, j);
                    }
                }

                sets[i] = new ChoiceSet(overalls, chosen);
            }

            return Sink.Of(() => ChoiceModel.Fit(sets));
        };
#else
        return null;
#endif
    }
}
