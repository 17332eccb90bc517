namespace SolutionFit.PriceSensitivity;

/// <summary>The four Van Westendorp questions, in price order for a consistent respondent.</summary>
public enum PsmQuestion
{
    /// <summary>"At which price is it so cheap that you would doubt its quality?"</summary>
    TooCheap = 0,

    /// <summary>"At which price is it a bargain?"</summary>
    Cheap = 1,

    /// <summary>"At which price is it getting expensive?"</summary>
    Expensive = 2,

    /// <summary>"At which price is it too expensive to consider?"</summary>
    TooExpensive = 3,
}

/// <summary>Consecutive global survey rows <c>[First, First + Count)</c>.</summary>
/// <remarks>An immutable value: safe to share across threads.</remarks>
/// <param name="First">The first row (0-based, global).</param>
/// <param name="Count">How many rows, at least 1.</param>
public readonly record struct PsmRowRange(int First, int Count);

/// <summary>
/// Plain data of a <see cref="PsmTally"/>: the summed weight of one question's answers at one price, for the consistent
/// respondents that answered all four questions, or for those that answered only the other three.
/// </summary>
/// <remarks>An immutable value: safe to share across threads.</remarks>
/// <param name="Price">The price, finite and at least 0.</param>
/// <param name="Question">The question.</param>
/// <param name="WithoutTooCheap">
/// True for respondents without a too-cheap answer whose three answers are strictly increasing (consistent in a
/// three-question survey); false for respondents consistent on all four questions.
/// </param>
/// <param name="Weight">The sum, in units of <c>2^WeightExponent</c> (see <see cref="PsmTallyState.WeightExponent"/>).</param>
/// <param name="Residual">What the rounding of <paramref name="Weight"/> left out, in the same units, so that merges stay exact.</param>
public readonly record struct PsmTallyWeight(double Price, PsmQuestion Question, bool WithoutTooCheap, double Weight, double Residual);

/// <summary>Plain data of a <see cref="PsmTally"/>: a respondent whose answers are missing or not strictly increasing, kept whole.</summary>
/// <remarks>An immutable value: safe to share across threads.</remarks>
/// <param name="Row">The global row (0-based).</param>
/// <param name="TooCheap">The too-cheap answer; null = missing.</param>
/// <param name="Cheap">The cheap answer; null = missing.</param>
/// <param name="Expensive">The expensive answer; null = missing.</param>
/// <param name="TooExpensive">The too-expensive answer; null = missing.</param>
/// <param name="Weight">The weight, in units of <c>2^WeightExponent</c>.</param>
public readonly record struct PsmTallyRespondent(int Row, double? TooCheap, double? Cheap, double? Expensive, double? TooExpensive, double Weight);

/// <summary>
/// Plain data of a <see cref="PsmTally"/> with purchase intentions: the respondents that gave one combination of four
/// answers and two intentions, with their summed weight and the first of their rows (which locates errors).
/// </summary>
/// <remarks>An immutable value: safe to share across threads.</remarks>
/// <param name="FirstRow">The lowest global row with this combination.</param>
/// <param name="TooCheap">The too-cheap answer; null = missing.</param>
/// <param name="Cheap">The cheap answer; null = missing.</param>
/// <param name="Expensive">The expensive answer; null = missing.</param>
/// <param name="TooExpensive">The too-expensive answer; null = missing.</param>
/// <param name="PurchaseIntentCheap">The intention at the cheap price; null = missing.</param>
/// <param name="PurchaseIntentExpensive">The intention at the expensive price; null = missing.</param>
/// <param name="Weight">The summed weight, in units of <c>2^WeightExponent</c>.</param>
/// <param name="Residual">What the rounding of <paramref name="Weight"/> left out, in the same units.</param>
public readonly record struct PsmTallyCombination(
    int FirstRow,
    double? TooCheap,
    double? Cheap,
    double? Expensive,
    double? TooExpensive,
    int? PurchaseIntentCheap,
    int? PurchaseIntentExpensive,
    double Weight,
    double Residual);

/// <summary>
/// The whole state of a <see cref="PsmTally"/> as plain data (numbers, flags and lists of records), for a distributed
/// engine to serialise a tally between machines: <see cref="PsmTally.ToState"/> and <see cref="PsmTally.FromState"/>.
/// </summary>
/// <remarks>A plain, mutable-by-<c>init</c> data carrier; <see cref="PsmTally.FromState"/> validates it. Not thread-safe while it is being initialised; once built it is only read, so it can then be shared across threads.</remarks>
public sealed class PsmTallyState
{
    /// <summary>Gets a value indicating whether the respondents carry Newton–Miller–Smith purchase intentions.</summary>
    public bool HasPurchaseIntentions { get; init; }

    /// <summary>Gets the row the next <see cref="PsmTally.Add"/> takes.</summary>
    public int NextRow { get; init; }

    /// <summary>Gets the power of two every weight is stored in units of (0 to 1100): weights are rescaled so that no sum overflows.</summary>
    public int WeightExponent { get; init; }

    /// <summary>Gets the global rows tallied, as disjoint ranges.</summary>
    public IReadOnlyList<PsmRowRange> Rows { get; init; } = [];

    /// <summary>Gets the rows tallied as <see cref="PsmTallyWeight.WithoutTooCheap"/> respondents, as disjoint ranges.</summary>
    public IReadOnlyList<PsmRowRange> WithoutTooCheapRows { get; init; } = [];

    /// <summary>Gets the summed weights per price, question and kind of consistent respondent.</summary>
    public IReadOnlyList<PsmTallyWeight> Weights { get; init; } = [];

    /// <summary>Gets the respondents whose answers are missing or not strictly increasing.</summary>
    public IReadOnlyList<PsmTallyRespondent> Inconsistent { get; init; } = [];

    /// <summary>Gets the combinations of answers and intentions, with purchase intentions only.</summary>
    public IReadOnlyList<PsmTallyCombination> Combinations { get; init; } = [];
}
