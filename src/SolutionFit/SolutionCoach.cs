namespace SolutionFit;

/// <summary>Says what would raise a solution's fit for a customer: which goal to achieve more fully, which price makes the customer smile, which alternative fits better.</summary>
/// <remarks>
/// <para>
/// Every step's <see cref="CoachingStep.OverallAfter"/> is what the scorer it was given says: the coach only proposes
/// changes and asks the scorer what each would score (<see cref="ISolutionFitScorer.Score"/> for the solution as it is,
/// <see cref="ISolutionFitScorer.Evaluate"/> for each change), so it agrees with any implementation of the interface,
/// not only the built-in model.
/// </para>
/// <para>Pure and thread-safe: it only scores, with the scorer it was given.</para>
/// </remarks>
public sealed class SolutionCoach
{
    private readonly ISolutionFitScorer _scorer;

    /// <summary>Creates a coach that scores with <paramref name="scorer"/>.</summary>
    /// <param name="scorer">The scorer whose overall score the steps raise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scorer"/> is null.</exception>
    public SolutionCoach(ISolutionFitScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        _scorer = scorer;
    }

    /// <summary>Ranks the next best steps for a solution, by the overall score each would add.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="solution">The solution on offer.</param>
    /// <param name="alternatives">Other solutions that could be offered instead; null or empty for none. One with the id of <paramref name="solution"/> is skipped.</param>
    /// <returns>The current score, the smile price range and the steps, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> or <paramref name="solution"/> is null.</exception>
    /// <exception cref="InvalidInputException">An alternative is null, or two alternatives share an id (<see cref="InvalidInputException.Index"/> is its position).</exception>
    /// <remarks>
    /// <list type="bullet">
    /// <item><description><see cref="AchieveGoalStep"/>: for each goal, the overall if it were fully achieved (<see cref="GoalBreakdown.OverallIfFullyAchieved"/>).</description></item>
    /// <item><description>
    /// <see cref="PriceInSmileRangeStep"/>: the prices at which the customer smiles, <c>[TC·V, CH·V)</c> for the
    /// score's value <c>V</c> and the customer's thresholds (<see cref="CoachingReport.SmilePriceRange"/>); the step's overall is
    /// the scorer's overall for the solution at the range's lower bound, and it is a step when that is higher than now. With the
    /// built-in model the happiness there is 1 and the overall is <c>V</c>.
    /// </description></item>
    /// <item><description><see cref="SwitchSolutionStep"/>: each alternative with a higher overall.</description></item>
    /// </list>
    /// </remarks>
    public CoachingReport Coach(CustomerProfile customer, ProposedSolution solution, IEnumerable<ProposedSolution>? alternatives = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(solution);
        var others = alternatives is null ? [] : ProposedSolution.CopyAlternatives(alternatives, nameof(alternatives));

        var score = _scorer.Score(customer, solution);
        var steps = new List<CoachingStep>();
        foreach (var goal in score.Goals)
        {
            if (goal.OverallIfFullyAchieved > score.Overall)
            {
                steps.Add(new AchieveGoalStep(goal.GoalId, goal.OverallIfFullyAchieved, goal.OverallIfFullyAchieved - score.Overall));
            }
        }

        PriceRange? smile = null;
        if (customer.PriceThresholds is { } thresholds && score.Value > 0.0)
        {
            var range = PriceHappiness.SmileRange(score.Value, thresholds);
            smile = range;
            var repriced = _scorer.Evaluate(customer, solution.WithValidPrice(range.Lower)).Overall;
            if (repriced > score.Overall)
            {
                steps.Add(new PriceInSmileRangeStep(range, repriced, repriced - score.Overall));
            }
        }

        foreach (var alternative in others)
        {
            if (!string.Equals(alternative.Id, solution.Id, StringComparison.Ordinal))
            {
                var overall = _scorer.Evaluate(customer, alternative).Overall;
                if (overall > score.Overall)
                {
                    steps.Add(new SwitchSolutionStep(alternative.Id, overall, overall - score.Overall));
                }
            }
        }

        steps.Sort(static (x, y) =>
        {
            var byGain = y.Gain.CompareTo(x.Gain);
            if (byGain != 0)
            {
                return byGain;
            }

            var byAction = x.Action.CompareTo(y.Action);
            return byAction != 0 ? byAction : string.CompareOrdinal(x.OrderId, y.OrderId);
        });
        return new CoachingReport(score, smile, [.. steps]);
    }
}
