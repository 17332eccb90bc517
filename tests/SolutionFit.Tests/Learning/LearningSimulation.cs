using SolutionFit.Learning;

namespace SolutionFit.Tests.Learning;

/// <summary>Observations for the learning models simulated from known parameters with a seed, for the property tests.</summary>
internal static class LearningSimulation
{
    /// <summary>Reactions simulated from a proportional-odds model with the given slope and thresholds (effective prices).</summary>
    internal static List<ReactionObservation> Reactions(int seed, int count, double slope, double[] thresholds)
    {
        var random = new Random(seed);
        var cutpoints = thresholds.Select(t => slope * Math.Log(t)).ToArray();
        var result = new List<ReactionObservation>(count);
        for (var i = 0; i < count; i++)
        {
            var q = Math.Exp(Math.Log(thresholds[0] / 2) + (random.NextDouble() * Math.Log(4 * thresholds[^1] / thresholds[0])));
            var u = random.NextDouble();
            var latent = (slope * Math.Log(q)) + Math.Log(u / (1 - u));
            var category = cutpoints.Count(c => latent > c);
            result.Add(new ReactionObservation(q, (PriceReaction)category));
        }

        return result;
    }

    /// <summary>Deals simulated from a logistic model with the given coefficients.</summary>
    internal static List<WinObservation> Wins(int seed, int count, WinCoefficients truth)
    {
        var random = new Random(seed);
        var result = new List<WinObservation>(count);
        for (var i = 0; i < count; i++)
        {
            var (g, x, h) = (random.NextDouble(), random.NextDouble(), random.NextDouble());
            var eta = truth.Intercept + (truth.GoalFit * g) + (truth.Experience * x) + (truth.PriceHappiness * h);
            result.Add(new WinObservation(g, x, h, random.NextDouble() < 1.0 / (1.0 + Math.Exp(-eta))));
        }

        return result;
    }

    /// <summary>Decisions among one to four offers simulated from a conditional logit with the given scale and no-choice utility.</summary>
    internal static List<ChoiceSet> Choices(int seed, int count, double scale, double noChoice)
    {
        var random = new Random(seed);
        var result = new List<ChoiceSet>(count);
        for (var i = 0; i < count; i++)
        {
            var overalls = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => random.NextDouble()).ToArray();

            // Gumbel noise on each utility: the arg max follows the conditional logit.
            double Gumbel() => -Math.Log(-Math.Log(random.NextDouble()));
            var best = noChoice + Gumbel();
            int? chosen = null;
            for (var j = 0; j < overalls.Length; j++)
            {
                var u = (scale * overalls[j]) + Gumbel();
                if (u > best)
                {
                    (best, chosen) = (u, j);
                }
            }

            result.Add(new ChoiceSet(overalls, chosen));
        }

        return result;
    }

    /// <summary>Whether two fitted values agree to 1e-9 relative (absolute below 1).</summary>
    internal static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1.0, Math.Abs(a));
}
