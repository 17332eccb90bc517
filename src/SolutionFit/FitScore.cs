namespace SolutionFit;

/// <summary>How well one proposed solution fits one customer, every part explained.</summary>
/// <remarks>
/// <para>
/// Every number follows the scoring model in the README: goal fit <c>G</c>, experience <c>X</c>, value
/// <c>V = G·((1 - k) + k·X)</c>, effective price <c>q = Price / V</c>, price happiness <c>H</c> and
/// <c>Overall = V·H</c> (or <c>V</c> when the customer gave no price thresholds). All scores lie in [0, 1] and are never NaN.
/// </para>
/// <para>
/// Immutable and thread-safe; created by <see cref="ISolutionFitScorer"/>. The per-goal breakdown is built on the first
/// read of <see cref="Goals"/>, from the customer and the solution the score holds (both immutable), so a ranking does
/// not pay for explanations nobody reads. Threads that read it at once may each build it; all then see the one list
/// published first, and every build gives the same numbers.
/// </para>
/// </remarks>
public sealed class FitScore
{
    private readonly SolutionFitScorer? _scorer;
    private readonly CustomerProfile? _customer;
    private readonly ProposedSolution? _solution;
    private readonly FitEvaluation _evaluation;
    private IReadOnlyList<GoalBreakdown>? _goals;

    /// <summary>A score whose breakdown <paramref name="scorer"/> builds on the first read.</summary>
    internal FitScore(SolutionFitScorer scorer, CustomerProfile customer, ProposedSolution solution, in FitEvaluation evaluation)
    {
        _scorer = scorer;
        _customer = customer;
        _solution = solution;
        _evaluation = evaluation;
        CustomerId = customer.Id;
        SolutionId = solution.Id;
    }

    /// <summary>A score with its breakdown already built.</summary>
    internal FitScore(string customerId, string solutionId, in FitEvaluation evaluation, GoalBreakdown[] goals)
    {
        _evaluation = evaluation;
        _goals = Array.AsReadOnly(goals);
        CustomerId = customerId;
        SolutionId = solutionId;
    }

    /// <summary>Gets the id of the customer scored.</summary>
    public string CustomerId { get; }

    /// <summary>Gets the id of the solution scored.</summary>
    public string SolutionId { get; }

    /// <inheritdoc cref="FitEvaluation.MustHaveGate"/>
    public double MustHaveGate => _evaluation.MustHaveGate;

    /// <inheritdoc cref="FitEvaluation.GoalFit"/>
    public double GoalFit => _evaluation.GoalFit;

    /// <inheritdoc cref="FitEvaluation.Experience"/>
    public double Experience => _evaluation.Experience;

    /// <inheritdoc cref="FitEvaluation.Value"/>
    public double Value => _evaluation.Value;

    /// <inheritdoc cref="FitEvaluation.EffectivePrice"/>
    public double EffectivePrice => _evaluation.EffectivePrice;

    /// <inheritdoc cref="FitEvaluation.PriceHappiness"/>
    public double? PriceHappiness => _evaluation.PriceHappiness;

    /// <inheritdoc cref="FitEvaluation.Reaction"/>
    public PriceReaction? Reaction => _evaluation.Reaction;

    /// <inheritdoc cref="FitEvaluation.Overall"/>
    public double Overall => _evaluation.Overall;

    /// <summary>Gets the per-goal breakdown, in the order of the customer's goals.</summary>
    /// <remarks>Built on the first read, in O(goals), and kept: every later read returns the same list.</remarks>
    public IReadOnlyList<GoalBreakdown> Goals => Volatile.Read(ref _goals) ?? CreateGoals();

    /// <inheritdoc />
    public override string ToString() => $"{SolutionId} for {CustomerId}: {_evaluation}";

    /// <summary>Builds the breakdown and publishes it, unless another thread published one first.</summary>
    private IReadOnlyList<GoalBreakdown> CreateGoals()
    {
        // Only a score made without its breakdown gets here, and that one holds what the breakdown is built from.
        var goals = Array.AsReadOnly(_scorer!.Breakdown(_customer!, _solution!, _evaluation));
        return Interlocked.CompareExchange(ref _goals, goals, null) ?? goals;
    }
}
