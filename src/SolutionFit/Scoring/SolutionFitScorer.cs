namespace SolutionFit;

/// <summary>The scoring model of SolutionFit: goal fit, experience, value, price happiness and overall, each explained.</summary>
/// <remarks>
/// <para>Per goal with importance <c>I</c>, current satisfaction <c>s</c> and achievement <c>a</c>:</para>
/// <list type="number">
/// <item><description>Weight <c>w = I + max(I - s, 0)</c> (or <c>w = I</c> with opportunity weighting off).</description></item>
/// <item><description>
/// Must-have gate <c>M = Π a^(w/W)</c> over must-haves, <c>W</c> their total weight, <c>M = 1</c> when <c>W = 0</c>;
/// goal fit <c>G = M·(Σperf w·a + Σdel w·a) / (Σperf w + Σdel w·a)</c>, with 0/0 taken as 1.
/// </description></item>
/// <item><description>Experience <c>X = e·(1 - Effort) + (1 - e)·Enjoyment</c>; value <c>V = G·((1 - k) + k·X)</c>.</description></item>
/// <item><description>Effective price <c>q = Price / V</c>; reaction and happiness <c>H</c> from the customer's thresholds.</description></item>
/// <item><description><c>Overall = V·H</c>, or <c>V</c> when the customer gave no thresholds.</description></item>
/// </list>
/// <para>Stateless apart from its immutable policy: thread-safe, allocation only for the results.</para>
/// </remarks>
public sealed class SolutionFitScorer : ISolutionFitScorer
{
    /// <summary>Creates a scorer with <see cref="ScoringPolicy.Default"/>.</summary>
    public SolutionFitScorer()
        : this(ScoringPolicy.Default)
    {
    }

    /// <summary>Creates a scorer with the given policy.</summary>
    /// <param name="policy">The options of the scoring model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public SolutionFitScorer(ScoringPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
    }

    /// <inheritdoc />
    public ScoringPolicy Policy { get; }

    /// <inheritdoc />
    public FitScore Score(CustomerProfile customer, ProposedSolution solution)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(solution);

        var goals = customer.Goals;
        var weights = new double[goals.Count];
        var achievements = new double[goals.Count];
        for (var i = 0; i < goals.Count; i++)
        {
            var goal = goals[i];
            weights[i] = Policy.OpportunityWeighting
                ? goal.Importance + Math.Max(goal.Importance - goal.CurrentSatisfaction, 0.0)
                : goal.Importance;
            achievements[i] = solution.GetAchievement(goal.Id);
        }

        var experience = (Policy.EffortWeight * (1.0 - solution.Effort)) + ((1.0 - Policy.EffortWeight) * solution.Enjoyment);
        var experienceFactor = (1.0 - Policy.ExperienceWeight) + (Policy.ExperienceWeight * experience);
        var thresholds = customer.PriceThresholds;

        var (gate, goalFit) = GoalFit(goals, weights, achievements, fullyAchieved: -1);
        var value = goalFit * experienceFactor;
        var overall = Overall(solution.Price, value, thresholds, out var happiness, out var reaction);

        var breakdown = new GoalBreakdown[goals.Count];
        for (var i = 0; i < goals.Count; i++)
        {
            var ifFull = overall;
            if (achievements[i] < 1.0)
            {
                var (_, fitIfFull) = GoalFit(goals, weights, achievements, fullyAchieved: i);
                ifFull = Overall(solution.Price, fitIfFull * experienceFactor, thresholds, out _, out _);
            }

            breakdown[i] = new GoalBreakdown(goals[i].Id, goals[i].Kind, weights[i], achievements[i], ifFull);
        }

        return new FitScore(
            customer.Id,
            solution.Id,
            gate,
            goalFit,
            experience,
            value,
            PriceHappiness.EffectivePrice(solution.Price, value),
            happiness,
            reaction,
            overall,
            breakdown);
    }

    /// <inheritdoc />
    public IReadOnlyList<FitScore> Rank(CustomerProfile customer, IEnumerable<ProposedSolution> solutions)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var candidates = ProposedSolution.CopyAlternatives(solutions, nameof(solutions));
        var scores = Array.ConvertAll(candidates, solution => Score(customer, solution));
        Array.Sort(scores, CompareRank);
        return scores;
    }

    /// <summary>Orders scores best first: descending overall, then ascending solution id (ordinal).</summary>
    private static int CompareRank(FitScore x, FitScore y)
    {
        var byOverall = y.Overall.CompareTo(x.Overall);
        return byOverall != 0 ? byOverall : string.CompareOrdinal(x.SolutionId, y.SolutionId);
    }

    /// <summary>The must-have gate M and the goal fit G, optionally with one goal taken as fully achieved.</summary>
    private static (double Gate, double Fit) GoalFit(IReadOnlyList<CustomerGoal> goals, double[] weights, double[] achievements, int fullyAchieved)
    {
        double mustWeight = 0, mustLogSum = 0, performanceAchieved = 0, performanceWeight = 0, delight = 0;
        var unmetMustHave = false;
        for (var i = 0; i < goals.Count; i++)
        {
            var w = weights[i];
            var a = i == fullyAchieved ? 1.0 : achievements[i];
            switch (goals[i].Kind)
            {
                case GoalKind.MustHave when w > 0.0:
                    mustWeight += w;
                    if (a > 0.0)
                    {
                        mustLogSum += w * Math.Log(a);
                    }
                    else
                    {
                        unmetMustHave = true;
                    }

                    break;
                case GoalKind.Performance:
                    performanceAchieved += w * a;
                    performanceWeight += w;
                    break;
                case GoalKind.Delighter:
                    delight += w * a;
                    break;
            }
        }

        var gate = unmetMustHave ? 0.0 : mustWeight > 0.0 ? Math.Exp(mustLogSum / mustWeight) : 1.0;
        var denominator = performanceWeight + delight;
        var ratio = denominator > 0.0 ? (performanceAchieved + delight) / denominator : 1.0;
        return (gate, Math.Min(gate * ratio, 1.0));
    }

    private double Overall(double price, double value, PriceThresholds? thresholds, out double? happiness, out PriceReaction? reaction)
    {
        if (thresholds is null)
        {
            happiness = null;
            reaction = null;
            return value;
        }

        reaction = PriceHappiness.Evaluate(price, value, thresholds, Policy.HappinessAtZeroPrice, Policy.HappinessAtExpensive, out var h, out var overall);
        happiness = h;
        return overall;
    }
}
