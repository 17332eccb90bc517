namespace SolutionFit;

/// <summary>
/// The numbers of a <see cref="FitScore"/> without its per-goal breakdown: what
/// <see cref="SolutionFitScorer.Evaluate(CustomerProfile, ProposedSolution)"/> returns without allocating.
/// </summary>
/// <remarks>
/// <para>
/// Every number follows the scoring model: goal fit <c>G</c>, experience <c>X</c>, value <c>V = G·((1 - k) + k·X)</c>,
/// effective price <c>q = Price / V</c>, price happiness <c>H</c> and <c>Overall = V·H</c> (or <c>V</c> when the
/// customer gave no price thresholds). The numbers are bit-identical to those of the <see cref="FitScore"/> of the same
/// pair.
/// </para>
/// <para>
/// <c>default</c> is the evaluation of nothing: every number 0, no happiness and no reaction. Immutable and thread-safe.
/// </para>
/// </remarks>
public readonly struct FitEvaluation
{
    internal FitEvaluation(double mustHaveGate, double goalFit, double experience, double value, double effectivePrice, double? priceHappiness, PriceReaction? reaction, double overall)
    {
        MustHaveGate = mustHaveGate;
        GoalFit = goalFit;
        Experience = experience;
        Value = value;
        EffectivePrice = effectivePrice;
        PriceHappiness = priceHappiness;
        Reaction = reaction;
        Overall = overall;
    }

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
    /// customer wants. Positive infinity when <c>V = 0</c>, or when <c>Price / V</c> is beyond the largest double (which
    /// needs <c>V &lt; 1</c>: a price near the top of double's range, or a value near 0); never NaN. The reaction and the
    /// happiness do not divide: they compare the price with the thresholds times <c>V</c>, so they are right either way.
    /// </summary>
    public double EffectivePrice { get; }

    /// <summary>Gets the happiness <c>H</c> in [0, 1] of paying the price, or null when the customer gave no price thresholds.</summary>
    public double? PriceHappiness { get; }

    /// <summary>Gets the predicted reaction to the price, or null when the customer gave no price thresholds.</summary>
    public PriceReaction? Reaction { get; }

    /// <summary>Gets the overall score in [0, 1]: <c>V·H</c>, value delivered times happiness paying for it; <c>V</c> without thresholds.</summary>
    public double Overall { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"overall {Guard.Format(Overall)} (goal fit {Guard.Format(GoalFit)}, value {Guard.Format(Value)}{(Reaction is { } r ? $", {r}" : string.Empty)})";
}
