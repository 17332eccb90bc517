namespace SolutionFit.Oracles;

/// <summary>
/// The scoring model as first written, kept as the oracle of the property tests and the baseline of the benchmarks:
/// every goal's "if fully achieved" overall recomputed from scratch (O(n²) per pair), <see cref="Math.Exp(double)"/>
/// for the gate, two arrays and a breakdown allocated per pair.
/// </summary>
public static class NaiveScorer
{
    public static FitScore Score(ScoringPolicy policy, CustomerProfile customer, ProposedSolution solution)
    {
        var goals = customer.Goals;
        var weights = new double[goals.Count];
        var achievements = new double[goals.Count];
        for (var i = 0; i < goals.Count; i++)
        {
            var goal = goals[i];
            weights[i] = policy.OpportunityWeighting
                ? goal.Importance + Math.Max(goal.Importance - goal.CurrentSatisfaction, 0.0)
                : goal.Importance;
            achievements[i] = solution.GetAchievement(goal.Id);
        }

        var experience = (policy.EffortWeight * (1.0 - solution.Effort)) + ((1.0 - policy.EffortWeight) * solution.Enjoyment);
        var experienceFactor = (1.0 - policy.ExperienceWeight) + (policy.ExperienceWeight * experience);
        var thresholds = customer.PriceThresholds;

        var (gate, goalFit) = GoalFit(goals, weights, achievements, fullyAchieved: -1);
        var value = goalFit * experienceFactor;
        var overall = Overall(policy, solution.Price, value, thresholds, out var happiness, out var reaction);

        var breakdown = new GoalBreakdown[goals.Count];
        for (var i = 0; i < goals.Count; i++)
        {
            var ifFull = overall;
            if (achievements[i] < 1.0)
            {
                var (_, fitIfFull) = GoalFit(goals, weights, achievements, fullyAchieved: i);
                ifFull = Overall(policy, solution.Price, fitIfFull * experienceFactor, thresholds, out _, out _);
            }

            breakdown[i] = new GoalBreakdown(goals[i].Id, goals[i].Kind, weights[i], achievements[i], ifFull);
        }

        var evaluation = new FitEvaluation(gate, goalFit, experience, value, PriceHappiness.EffectivePrice(solution.Price, value), happiness, reaction, overall);
        return new FitScore(customer.Id, solution.Id, evaluation, breakdown);
    }

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

    private static double Overall(ScoringPolicy policy, double price, double value, PriceThresholds? thresholds, out double? happiness, out PriceReaction? reaction)
    {
        if (thresholds is null)
        {
            happiness = null;
            reaction = null;
            return value;
        }

        reaction = PriceHappiness.Evaluate(price, value, thresholds, policy.HappinessAtZeroPrice, policy.HappinessAtExpensive, out var h, out var overall);
        happiness = h;
        return overall;
    }
}
