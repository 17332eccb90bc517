namespace SolutionFit;

/// <summary>How well one proposed solution fits one customer, every part explained.</summary>
/// <remarks>
/// <para>
/// Every number follows the scoring model in the README: goal fit <c>G</c>, experience <c>X</c>, value
/// <c>V = G·((1 - k) + k·X)</c>, effective price <c>q = Price / V</c>, price happiness <c>H</c> and
/// <c>Overall = V·H</c> (or <c>V</c> when the customer gave no price thresholds). All scores lie in [0, 1] and are never NaN.
/// </para>
/// <para>Immutable and thread-safe; created by <see cref="ISolutionFitScorer"/>.</para>
/// </remarks>
public sealed class FitScore
{
    private readonly FitEvaluation _evaluation;

    internal FitScore(string customerId, string solutionId, in FitEvaluation evaluation, GoalBreakdown[] goals)
    {
        CustomerId = customerId;
        SolutionId = solutionId;
        _evaluation = evaluation;
        Goals = Array.AsReadOnly(goals);
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
    public IReadOnlyList<GoalBreakdown> Goals { get; }

    /// <inheritdoc />
    public override string ToString() => $"{SolutionId} for {CustomerId}: {_evaluation}";
}
