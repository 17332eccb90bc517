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
    private readonly GoalBreakdown[] _goals;

    internal FitScore(string customerId, string solutionId, in FitEvaluation evaluation, GoalBreakdown[] goals)
    {
        CustomerId = customerId;
        SolutionId = solutionId;
        MustHaveGate = evaluation.MustHaveGate;
        GoalFit = evaluation.GoalFit;
        Experience = evaluation.Experience;
        Value = evaluation.Value;
        EffectivePrice = evaluation.EffectivePrice;
        PriceHappiness = evaluation.PriceHappiness;
        Reaction = evaluation.Reaction;
        Overall = evaluation.Overall;
        _goals = goals;
    }

    /// <summary>Gets the id of the customer scored.</summary>
    public string CustomerId { get; }

    /// <summary>Gets the id of the solution scored.</summary>
    public string SolutionId { get; }

    /// <summary>
    /// Gets the must-have gate <c>M</c> in [0, 1]: the weighted geometric mean of the must-have achievements, 1 when
    /// the customer has no must-have of positive weight, 0 when one is not achieved at all.
    /// </summary>
    public double MustHaveGate { get; }

    /// <summary>Gets the goal fit <c>G</c> in [0, 1]: the must-have gate times the weighted achievement of performance goals, lifted by delighters.</summary>
    public double GoalFit { get; }

    /// <summary>Gets the experience <c>X</c> in [0, 1]: effortless and enjoyable is 1.</summary>
    public double Experience { get; }

    /// <summary>Gets the value <c>V</c> in [0, 1]: the goal fit, tempered by the experience.</summary>
    public double Value { get; }

    /// <summary>
    /// Gets the effective price <c>q = Price / V</c>: what the price would be for a solution that fully did what the
    /// customer wants. Positive infinity when <c>V = 0</c>; never NaN.
    /// </summary>
    public double EffectivePrice { get; }

    /// <summary>Gets the happiness <c>H</c> in [0, 1] of paying the price, or null when the customer gave no price thresholds.</summary>
    public double? PriceHappiness { get; }

    /// <summary>Gets the predicted reaction to the price, or null when the customer gave no price thresholds.</summary>
    public PriceReaction? Reaction { get; }

    /// <summary>Gets the overall score in [0, 1]: <c>V·H</c>, value delivered times happiness paying for it; <c>V</c> without thresholds.</summary>
    public double Overall { get; }

    /// <summary>Gets the per-goal breakdown, in the order of the customer's goals.</summary>
    public IReadOnlyList<GoalBreakdown> Goals => _goals;

    /// <inheritdoc />
    public override string ToString() =>
        $"{SolutionId} for {CustomerId}: overall {Guard.Format(Overall)} (goal fit {Guard.Format(GoalFit)}, value {Guard.Format(Value)}" +
        $"{(Reaction is { } r ? $", {r}" : string.Empty)})";
}
