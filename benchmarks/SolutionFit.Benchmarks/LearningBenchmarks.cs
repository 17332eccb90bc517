using BenchmarkDotNet.Attributes;
using SolutionFit.Learning;

namespace SolutionFit.Benchmarks;

/// <summary>
/// Fitting the three learned models to 100,000 simulated outcomes (reactions, won/lost deals) and 100,000 decisions
/// (one to four offers each), against one pass of the win model's log-likelihood over the same deals: a Newton fit costs a
/// few passes with derivatives, so the ratios say how many.
/// </summary>
[MemoryDiagnoser]
public class LearningBenchmarks
{
    private ReactionObservation[] _reactions = [];
    private WinObservation[] _wins = [];
    private ChoiceSet[] _choices = [];
    private double[][] _x = [];
    private bool[] _y = [];
    private double[] _w = [];

    [Params(100_000)]
    public int Observations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261127);
        double[] cutpoints = [3 * Math.Log(20), 3 * Math.Log(40), 3 * Math.Log(80), 3 * Math.Log(120)];
        _reactions = new ReactionObservation[Observations];
        _wins = new WinObservation[Observations];
        _choices = new ChoiceSet[Observations];
        for (var i = 0; i < Observations; i++)
        {
            var q = Math.Exp(Math.Log(10) + (random.NextDouble() * Math.Log(48)));
            var u = random.NextDouble();
            var latent = (3 * Math.Log(q)) + Math.Log(u / (1 - u));
            _reactions[i] = new ReactionObservation(q, (PriceReaction)cutpoints.Count(c => latent > c));

            var (g, x, h) = (random.NextDouble(), random.NextDouble(), random.NextDouble());
            var eta = -3 + (4 * g) + x + (2 * h);
            _wins[i] = new WinObservation(g, x, h, random.NextDouble() < 1 / (1 + Math.Exp(-eta)));

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

            _choices[i] = new ChoiceSet(overalls, chosen);
        }

        _x = Array.ConvertAll(_wins, o => new[] { o.GoalFit, o.Experience, o.PriceHappiness });
        _y = Array.ConvertAll(_wins, o => o.Won);
        _w = Array.ConvertAll(_wins, o => o.Weight);
    }

    [Benchmark(Baseline = true)]
    public double OneLikelihoodPass() => LogisticRegression.LogLikelihood([-3, 4, 1, 2], _x, _y, _w);

    [Benchmark]
    public ReactionModel FitReactions() => ReactionModel.Fit(_reactions);

    [Benchmark]
    public WinModel FitWins() => WinModel.Fit(_wins);

    [Benchmark]
    public ChoiceModel FitChoices() => ChoiceModel.Fit(_choices);
}
