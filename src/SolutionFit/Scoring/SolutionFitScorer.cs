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

    /// <summary>Customers with up to this many goals are scored with their achievements on the stack.</summary>
    private const int MaxStackGoals = 256;

    /// <inheritdoc />
    /// <remarks>
    /// Cost grows linearly with the number of goals: each goal's <see cref="GoalBreakdown.OverallIfFullyAchieved"/> is
    /// derived from the sums of the whole score in O(1). Allocates the result and its breakdown only.
    /// </remarks>
    public FitScore Score(CustomerProfile customer, ProposedSolution solution)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(solution);

        var goals = customer.GoalSpan;
        Span<double> achievements = goals.Length <= MaxStackGoals ? stackalloc double[goals.Length] : new double[goals.Length];
        var totals = default(GoalTotals);
        for (var i = 0; i < goals.Length; i++)
        {
            achievements[i] = solution.GetAchievement(goals[i].Id);
            totals.Add(goals[i].Kind, Weight(goals[i]), achievements[i]);
        }

        var experience = Experience(solution);
        var evaluation = Evaluate(totals, experience, solution.Price, customer.PriceThresholds);
        var experienceFactor = ExperienceFactor(experience);
        var breakdown = new GoalBreakdown[goals.Length];
        for (var i = 0; i < goals.Length; i++)
        {
            var goal = goals[i];
            var weight = Weight(goal);
            var ifFull = evaluation.Overall;
            if (achievements[i] < 1.0)
            {
                // Only a must-have changes the gate. At least the current overall, as the model promises, whatever the
                // rounding of the updated sums.
                var raised = totals.WithFullyAchieved(goal.Kind, weight, achievements[i]);
                var gate = goal.Kind == GoalKind.MustHave ? raised.Gate : evaluation.MustHaveGate;
                var value = raised.Fit(gate) * experienceFactor;
                ifFull = Math.Max(Overall(solution.Price, value, customer.PriceThresholds, out _, out _), evaluation.Overall);
            }

            breakdown[i] = new GoalBreakdown(goal.Id, goal.Kind, weight, achievements[i], ifFull);
        }

        return new FitScore(customer.Id, solution.Id, evaluation, breakdown);
    }

    /// <summary>Scores one solution for one customer without the per-goal breakdown, allocating nothing.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="solution">The proposed solution.</param>
    /// <returns>The numbers of <see cref="Score(CustomerProfile, ProposedSolution)"/>, bit-identical.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> or <paramref name="solution"/> is null.</exception>
    /// <remarks>One pass over the customer's goals, one achievement lookup each.</remarks>
    public FitEvaluation Evaluate(CustomerProfile customer, ProposedSolution solution)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(solution);

        var totals = default(GoalTotals);
        foreach (var goal in customer.GoalSpan)
        {
            totals.Add(goal.Kind, Weight(goal), solution.GetAchievement(goal.Id));
        }

        return Evaluate(totals, Experience(solution), solution.Price, customer.PriceThresholds);
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

    /// <summary>The weight <c>w</c> of a goal under this policy: its opportunity, or its importance.</summary>
    internal double Weight(CustomerGoal goal) =>
        Policy.OpportunityWeighting ? goal.Importance + Math.Max(goal.Importance - goal.CurrentSatisfaction, 0.0) : goal.Importance;

    /// <summary>The experience <c>X = e·(1 - Effort) + (1 - e)·Enjoyment</c> of a solution under this policy.</summary>
    internal double Experience(ProposedSolution solution) =>
        (Policy.EffortWeight * (1.0 - solution.Effort)) + ((1.0 - Policy.EffortWeight) * solution.Enjoyment);

    /// <summary>The factor <c>(1 - k) + k·X</c> by which the experience tempers the goal fit.</summary>
    internal double ExperienceFactor(double experience) => (1.0 - Policy.ExperienceWeight) + (Policy.ExperienceWeight * experience);

    private FitEvaluation Evaluate(in GoalTotals totals, double experience, double price, PriceThresholds? thresholds)
    {
        var gate = totals.Gate;
        var goalFit = totals.Fit(gate);
        var value = goalFit * ExperienceFactor(experience);
        var overall = Overall(price, value, thresholds, out var happiness, out var reaction);
        return new FitEvaluation(gate, goalFit, experience, value, PriceHappiness.EffectivePrice(price, value), happiness, reaction, overall);
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
