using System.Buffers;

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

    /// <summary>Customers with up to this many goals are scored with their weights and achievements on the stack.</summary>
    private const int MaxStackGoals = 256;

    /// <inheritdoc />
    /// <remarks>
    /// Costs what <see cref="Evaluate(CustomerProfile, ProposedSolution)"/> costs, plus the result: the per-goal breakdown
    /// is built when <see cref="FitScore.Goals"/> is first read, in O(goals) (each goal's
    /// <see cref="GoalBreakdown.OverallIfFullyAchieved"/> is derived from the sums of the whole score in O(1)).
    /// </remarks>
    public FitScore Score(CustomerProfile customer, ProposedSolution solution) => new(this, customer, solution, Evaluate(customer, solution));

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

        var goals = customer.GoalSpan;
        Span<double> weights = goals.Length <= MaxStackGoals ? stackalloc double[goals.Length] : new double[goals.Length];
        Prepare(goals, weights);
        return Evaluate(customer, weights, solution);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One pass over the solutions with the customer's weights computed once, then a sort of the overall scores (expected
    /// linear in the number of solutions). Each <see cref="FitScore"/> builds its per-goal breakdown only when read, so
    /// ranking costs about one <see cref="Evaluate(CustomerProfile, ProposedSolution)"/> per solution.
    /// </remarks>
    public IReadOnlyList<FitScore> Rank(CustomerProfile customer, IEnumerable<ProposedSolution> solutions)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var candidates = ProposedSolution.CopyAlternatives(solutions, nameof(solutions));
        var goals = customer.GoalSpan;
        Span<double> weights = goals.Length <= MaxStackGoals ? stackalloc double[goals.Length] : new double[goals.Length];
        Prepare(goals, weights);

        var n = candidates.Length;
        var scores = new FitScore[n];
        var overall = ArrayPool<double>.Shared.Rent(n);
        var order = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var j = 0; j < n; j++)
            {
                var evaluation = Evaluate(customer, weights, candidates[j]);
                overall[j] = evaluation.Overall;
                scores[j] = new FitScore(this, customer, candidates[j], evaluation);
            }

            RankOrder.Sort(overall, order.AsSpan(0, n), new IdOrder(candidates), []);
            var ranked = new FitScore[n];
            for (var k = 0; k < n; k++)
            {
                ranked[k] = scores[order[k]];
            }

            return ranked;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(overall);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    /// <summary>
    /// Ranks every solution of a compiled catalog for its customer, best first: descending overall, ties broken by
    /// solution id (ordinal, ascending).
    /// </summary>
    /// <param name="customer">The customer, compiled against the catalog to rank.</param>
    /// <returns>
    /// Every solution of <see cref="CompiledCustomer.Catalog"/>, in the order of
    /// <see cref="Rank(CustomerProfile, IEnumerable{ProposedSolution})"/> over the catalog's solutions, with the same
    /// overall scores and reactions, bit for bit. Explain a place by scoring its <see cref="RankedSolution.Solution"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog was compiled with a policy other than this scorer's <see cref="Policy"/>.</exception>
    /// <remarks>
    /// The compiled catalog's kernel scores every solution (SIMD, nothing allocated per solution), then the overall scores
    /// are sorted by buckets (expected linear in the number of solutions). Allocates the result, about 32 bytes per
    /// solution; its scratch arrays are pooled. For the best few only, <see cref="CompiledCustomer.Top(Span{RankedSolution})"/>
    /// is faster still.
    /// </remarks>
    public IReadOnlyList<RankedSolution> Rank(CompiledCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var ranked = new RankedSolution[customer.Catalog.Count];
        Rank(customer, ranked);
        return Array.AsReadOnly(ranked);
    }

    /// <summary>
    /// Ranks every solution of a compiled catalog for its customer into <paramref name="destination"/>, best first, as
    /// <see cref="Rank(CompiledCustomer)"/> does, allocating nothing: reuse one destination for customer after customer.
    /// </summary>
    /// <param name="customer">The customer, compiled against the catalog to rank.</param>
    /// <param name="destination">Receives every solution of the catalog; at least <see cref="SolutionCatalog.Count"/> long (the rest is left alone).</param>
    /// <returns>The number of solutions written: <see cref="SolutionCatalog.Count"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The catalog was compiled with a policy other than this scorer's <see cref="Policy"/> (named
    /// <paramref name="customer"/>), or <paramref name="destination"/> is shorter than the catalog.
    /// </exception>
    public int Rank(CompiledCustomer customer, Memory<RankedSolution> destination)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var catalog = customer.Catalog;
        if (!catalog.Scorer.Policy.SameModel(Policy))
        {
            throw new ArgumentException($"The catalog was compiled with the policy ({catalog.Scorer.Policy}), not with this scorer's ({Policy}).", nameof(customer));
        }

        var n = catalog.Count;
        if (destination.Length < n)
        {
            throw new ArgumentException($"The destination holds {destination.Length} ranked solutions, but the catalog has {n}.", nameof(destination));
        }

        var hasThresholds = customer.Customer.PriceThresholds is not null;
        var overall = ArrayPool<double>.Shared.Rent(n);
        var reactions = hasThresholds ? ArrayPool<PriceReaction>.Shared.Rent(n) : [];
        var order = ArrayPool<int>.Shared.Rent(n);
        var byId = ArrayPool<int>.Shared.Rent(n);
        try
        {
            if (hasThresholds)
            {
                customer.Score(overall, reactions);
            }
            else
            {
                customer.Score(overall);
            }

            // Filled in id order, every bucket of equal scores is in rank order already.
            var idRanks = catalog.IdRanks;
            for (var j = 0; j < n; j++)
            {
                byId[idRanks[j]] = j;
            }

            RankOrder.Sort(overall, order.AsSpan(0, n), new IdRankOrder(idRanks), byId.AsSpan(0, n));
            var places = destination.Span;
            for (var k = 0; k < n; k++)
            {
                var j = order[k];
                places[k] = new RankedSolution(catalog.Solution(j), j, idRanks[j], overall[j], hasThresholds ? (sbyte)reactions[j] : (sbyte)-1);
            }

            return n;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(overall);
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<int>.Shared.Return(byId);
            if (hasThresholds)
            {
                ArrayPool<PriceReaction>.Shared.Return(reactions);
            }
        }
    }

    /// <summary>The weight <c>w</c> of a goal under this policy: its opportunity, or its importance.</summary>
    internal double Weight(CustomerGoal goal) =>
        Policy.OpportunityWeighting ? goal.Importance + Math.Max(goal.Importance - goal.CurrentSatisfaction, 0.0) : goal.Importance;

    /// <summary>The weight <c>w</c> under this policy of a goal of importance <paramref name="importance"/> served <paramref name="currentSatisfaction"/> today: <see cref="Weight(CustomerGoal)"/> with another importance.</summary>
    internal double Weight(double importance, double currentSatisfaction) =>
        Policy.OpportunityWeighting ? importance + Math.Max(importance - currentSatisfaction, 0.0) : importance;

    /// <summary>The experience <c>X = e·(1 - Effort) + (1 - e)·Enjoyment</c> of a solution under this policy.</summary>
    internal double Experience(ProposedSolution solution) =>
        (Policy.EffortWeight * (1.0 - solution.Effort)) + ((1.0 - Policy.EffortWeight) * solution.Enjoyment);

    /// <summary>The factor <c>(1 - k) + k·X</c> by which the experience tempers the goal fit.</summary>
    internal double ExperienceFactor(double experience) => (1.0 - Policy.ExperienceWeight) + (Policy.ExperienceWeight * experience);

    /// <summary>
    /// The per-goal breakdown of a score: each goal's weight, achievement and overall if fully achieved. Deterministic, so
    /// every build for the same pair gives the same numbers.
    /// </summary>
    internal GoalBreakdown[] Breakdown(CustomerProfile customer, ProposedSolution solution, in FitEvaluation evaluation)
    {
        var goals = customer.GoalSpan;
        Span<double> weights = goals.Length <= MaxStackGoals ? stackalloc double[goals.Length] : new double[goals.Length];
        Span<double> achievements = goals.Length <= MaxStackGoals ? stackalloc double[goals.Length] : new double[goals.Length];
        Prepare(goals, weights);
        var totals = default(GoalTotals);
        for (var i = 0; i < goals.Length; i++)
        {
            achievements[i] = solution.AchievementOf(goals[i]);
            totals.Add(goals[i].Kind, weights[i], achievements[i]);
        }

        var experienceFactor = ExperienceFactor(evaluation.Experience);
        var breakdown = new GoalBreakdown[goals.Length];
        for (var i = 0; i < goals.Length; i++)
        {
            var goal = goals[i];
            var ifFull = evaluation.Overall;
            if (achievements[i] < 1.0)
            {
                // Only a must-have changes the gate. At least the current overall, as the model promises, whatever the
                // rounding of the updated sums.
                var raised = totals.WithFullyAchieved(goal.Kind, weights[i], achievements[i]);
                var gate = goal.Kind == GoalKind.MustHave ? raised.Gate : evaluation.MustHaveGate;
                var value = raised.Fit(gate) * experienceFactor;
                ifFull = Math.Max(Overall(solution.Price, value, customer.PriceThresholds, out _, out _), evaluation.Overall);
            }

            breakdown[i] = new GoalBreakdown(goal.Id, goal.Kind, weights[i], achievements[i], ifFull);
        }

        return breakdown;
    }

    /// <summary>Writes each goal's weight under this policy.</summary>
    private void Prepare(ReadOnlySpan<CustomerGoal> goals, Span<double> weights)
    {
        for (var i = 0; i < goals.Length; i++)
        {
            weights[i] = Weight(goals[i]);
        }
    }

    /// <summary>Evaluates one solution for a customer whose goals' weights are given.</summary>
    private FitEvaluation Evaluate(CustomerProfile customer, ReadOnlySpan<double> weights, ProposedSolution solution)
    {
        var goals = customer.GoalSpan;
        var totals = default(GoalTotals);
        for (var i = 0; i < goals.Length; i++)
        {
            totals.Add(goals[i].Kind, weights[i], solution.AchievementOf(goals[i]));
        }

        return Evaluate(totals, Experience(solution), solution.Price, customer.PriceThresholds);
    }

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

    /// <summary>Ties broken by solution id, ordinal, ascending.</summary>
    private readonly struct IdOrder(ProposedSolution[] solutions) : RankOrder.ITieBreak, IComparer<int>
    {
        public int Compare(int x, int y) => string.CompareOrdinal(solutions[x].Id, solutions[y].Id);

        /// <summary>
        /// Sorts by a prefix of each id packed into a number, then each run of equal prefixes by the whole ids. The prefix
        /// is the first eight UTF-16 code units as bytes when every id's are below 256, else the first four; 0 past the
        /// end, so that a shorter id sorts first, as in ordinal order.
        /// </summary>
        public void SortEqual(Span<int> indexes)
        {
            var narrow = true;
            foreach (var index in indexes)
            {
                var id = solutions[index].Id;
                for (var c = 0; c < Math.Min(id.Length, 8); c++)
                {
                    narrow &= id[c] < 256;
                }
            }

            var (length, bits) = narrow ? (8, 8) : (4, 16);
            var keys = ArrayPool<ulong>.Shared.Rent(indexes.Length);
            try
            {
                var prefixes = keys.AsSpan(0, indexes.Length);
                for (var k = 0; k < indexes.Length; k++)
                {
                    var id = solutions[indexes[k]].Id;
                    var key = 0UL;
                    for (var c = 0; c < length; c++)
                    {
                        key = (key << bits) | (c < id.Length ? id[c] : 0UL);
                    }

                    prefixes[k] = key;
                }

                prefixes.Sort(indexes);
                for (var start = 0; start < prefixes.Length;)
                {
                    var end = start + 1;
                    while (end < prefixes.Length && prefixes[end] == prefixes[start])
                    {
                        end++;
                    }

                    if (end - start > 1)
                    {
                        indexes[start..end].Sort(this);
                    }

                    start = end;
                }
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(keys);
            }
        }
    }

    /// <summary>Ties broken by the catalog's place of each id in ordinal order.</summary>
    private readonly struct IdRankOrder(int[] idRanks) : RankOrder.ITieBreak, IComparer<int>
    {
        public int Compare(int x, int y) => idRanks[x].CompareTo(idRanks[y]);

        public void SortEqual(Span<int> indexes) => indexes.Sort(this);
    }
}
