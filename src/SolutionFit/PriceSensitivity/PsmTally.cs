using System.Buffers;

namespace SolutionFit.PriceSensitivity;

/// <summary>
/// A mergeable tally of a shard of Van Westendorp survey rows: per distinct price, the weight of each question's answers,
/// plus the inconsistent respondents and (with purchase intentions) the weight of each combination of answers. Built row
/// by row (<see cref="Add"/>) or from a <see cref="PsmSurvey"/>, merged with other shards (<see cref="Merge"/>), saved
/// and restored as bytes (<see cref="ToBytes"/>, <see cref="FromBytes"/>), and analysed once by
/// <see cref="PriceSensitivityMeter.Analyze(PsmTally, PsmOptions?)"/> with the same result as the whole survey.
/// </summary>
/// <remarks>
/// <para>
/// Rows are numbered globally: a shard starts at its first row, and <see cref="Add"/> takes the next one, so the
/// excluded respondents are reported with their rows in the whole survey. Shards must not share a row.
/// </para>
/// <para>
/// Exact: while every weight is a whole number up to 2^31 (the common case, equal weights among them), sums are counted
/// in 64-bit integers, which cannot overflow (fewer than 2^31 rows); once a weight is not, every weight sum is carried as
/// a sum and its rounding residual (an error-free transformation). Either way all weights are held in units of one power
/// of two, raised (exactly, by scaling with a power of two) when a larger weight arrives or a shard with larger weights is
/// merged. So sums never overflow, the order of rows and merges does not change the rounded sums, the two ways of
/// summing give the same sums, and <see cref="Merge"/> is associative and commutative.
/// </para>
/// <para>
/// Memory grows with the number of distinct prices, the inconsistent respondents and, with purchase intentions, the
/// distinct combinations of four answers and two intentions; never with the number of consistent rows.
/// </para>
/// <para>Not thread-safe: one writer at a time; merge shards built on different threads once they are complete.</para>
/// </remarks>
public sealed partial class PsmTally
{
    private const int PerPrice = 8; // 2 kinds × 4 questions
    private const int Consistent = PsmRespondent.Consistent;
    private const int WithoutTooCheap = PsmRespondent.WithoutTooCheap;
    private const int Inconsistent = PsmRespondent.Inconsistent;
    private readonly PriceSlots _prices = new(64);
    private readonly RowRanges _rows = new();
    private readonly RowRanges _withoutTooCheapRows = new();
    private readonly List<Respondent> _inconsistent = [];
    private readonly CombinationTable? _combinations;
    private long[]? _counts = new long[64 * PerPrice]; // per price, kind and question: the whole weights; null once a weight is not whole
    private ScaledSum[]? _sums; // per price, kind and question: in units of 2^_exponent, once a weight is not whole
    private byte[] _kinds = new byte[64];
    private int _exponent;
    private int _nextRow;
    private bool _anyTooCheap;

    /// <summary>Creates an empty tally of a shard.</summary>
    /// <param name="firstRow">The global row (0-based) of the shard's first respondent; <see cref="Add"/> numbers rows from it.</param>
    /// <param name="hasPurchaseIntentions">Whether the respondents carry Newton–Miller–Smith purchase intentions.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstRow"/> is negative.</exception>
    public PsmTally(int firstRow = 0, bool hasPurchaseIntentions = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstRow);
        _nextRow = firstRow;
        HasPurchaseIntentions = hasPurchaseIntentions;
        _combinations = hasPurchaseIntentions ? new CombinationTable(16) : null;
    }

    /// <summary>Gets the number of respondents tallied.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the global row the next <see cref="Add"/> takes.</summary>
    public int NextRow => _nextRow;

    /// <summary>Gets a value indicating whether the respondents carry purchase intentions.</summary>
    public bool HasPurchaseIntentions { get; }

    /// <summary>Gets a value indicating whether no respondent tallied answered the too-cheap question (a three-question survey).</summary>
    public bool IsThreeQuestion => !_anyTooCheap;

    /// <summary>Gets a value indicating whether the sums are still counted in integers (every weight so far whole and at most 2^31).</summary>
    internal bool CountsWholeWeights => _counts is not null;

    /// <summary>Tallies a whole survey as a shard starting at <paramref name="firstRow"/>.</summary>
    /// <param name="survey">The survey; its row <c>i</c> becomes global row <c>firstRow + i</c>.</param>
    /// <param name="firstRow">The global row of the survey's first respondent.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstRow"/> is negative, or the rows would pass <see cref="int.MaxValue"/>.</exception>
    public static PsmTally FromSurvey(PsmSurvey survey, int firstRow = 0)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentOutOfRangeException.ThrowIfNegative(firstRow);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstRow, int.MaxValue - survey.Count);
        var tally = new PsmTally(firstRow, survey.HasPurchaseIntentions);
        var (tooCheap, cheap, expensive, tooExpensive) = (survey.TooCheap, survey.Cheap, survey.Expensive, survey.TooExpensive);
        var (weights, intentCheap, intentExpensive) = (survey.Weights, survey.IntentCheap, survey.IntentExpensive);

        // Whole weights (equal weights among them) are counted from the start in the unit of the largest; any other
        // weights take the general path, row by row, so that their sums are the ones any split into shards gives.
        var whole = WholeWeightsExponent(weights);
        if (whole >= 0)
        {
            tally.Rescale(whole);
        }

        var combinations = tally._combinations;
        if (combinations is null)
        {
            for (var i = 0; i < cheap.Length; i++)
            {
                Row(i);
            }
        }
        else
        {
            // The rows' answers first, then their combinations grouped at once, then each row's weight in row order.
            var keys = ArrayPool<CombinationTable.Key>.Shared.Rent(cheap.Length);
            var entryOf = ArrayPool<int>.Shared.Rent(cheap.Length);
            for (var i = 0; i < cheap.Length; i++)
            {
                keys[i] = Row(i);
            }

            combinations.AddRows(keys.AsSpan(0, cheap.Length), firstRow, entryOf);
            for (var i = 0; i < cheap.Length; i++)
            {
                tally.AddToCombination(ref combinations[entryOf[i]], weights is null ? 1.0 : weights[i]);
            }

            ArrayPool<CombinationTable.Key>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(entryOf);
        }

        tally._rows.Append(firstRow, firstRow + cheap.Length);
        tally._nextRow = firstRow + cheap.Length;
        tally.Count = cheap.Length;
        return tally;

        CombinationTable.Key Row(int i) => tally.AddAnswers(
            firstRow + i,
            tooCheap is null ? double.NaN : tooCheap[i],
            cheap[i],
            expensive[i],
            tooExpensive[i],
            weights is null ? 1.0 : weights[i],
            intentCheap?[i],
            intentExpensive?[i],
            weightCounted: whole >= 0);
    }

    /// <summary>Tallies one respondent as the next row (<see cref="NextRow"/>); the answers come in the order of <see cref="PriceThresholds"/>.</summary>
    /// <param name="tooCheap">At which price it is so cheap that quality is doubted; null = missing (or a three-question survey).</param>
    /// <param name="cheap">At which price the product is a bargain; null = missing.</param>
    /// <param name="expensive">At which price it is getting expensive; null = missing.</param>
    /// <param name="tooExpensive">At which price it is too expensive to consider; null = missing.</param>
    /// <param name="weight">The respondent's weight, finite and at least 0.</param>
    /// <param name="purchaseIntentCheap">The intention at the cheap price; only with <see cref="HasPurchaseIntentions"/>.</param>
    /// <param name="purchaseIntentExpensive">The intention at the expensive price; only with <see cref="HasPurchaseIntentions"/>.</param>
    /// <exception cref="InvalidInputException">
    /// An answer or the weight is NaN, infinite or negative, or an intention is given to a tally without intentions;
    /// <see cref="InvalidInputException.Index"/> is the row and <see cref="InvalidInputException.Field"/> the column, as
    /// <see cref="PsmSurvey"/> names it (<c>weights</c> for the weight). <see cref="PsmRespondent"/> checks an answer or a
    /// weight alone with the same wording.
    /// </exception>
    /// <exception cref="InvalidOperationException">The row would pass <see cref="int.MaxValue"/>.</exception>
    public void Add(
        double? tooCheap,
        double? cheap,
        double? expensive,
        double? tooExpensive,
        double weight = 1.0,
        int? purchaseIntentCheap = null,
        int? purchaseIntentExpensive = null)
    {
        var row = _nextRow;
        var (tc, c, e, te) = PsmRespondent.CheckRow(
            tooCheap, cheap, expensive, tooExpensive, weight, purchaseIntentCheap, purchaseIntentExpensive, HasPurchaseIntentions, row);

        var key = AddAnswers(row, tc, c, e, te, weight, purchaseIntentCheap, purchaseIntentExpensive);
        if (_combinations is not null)
        {
            AddToCombination(ref _combinations.Find(key, row), weight);
        }

        _rows.Append(row);
        _nextRow++;
        Count++;
    }

    /// <summary>Merges another shard's tally into this one; the other is left unchanged.</summary>
    /// <param name="other">The other tally.</param>
    /// <remarks>
    /// Associative and commutative: any split of a survey into shards, merged in any order, gives a tally that analyses
    /// as the whole survey does. <see cref="NextRow"/> becomes the larger of the two.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The two tallies share a row (or are the same tally), or one has purchase intentions and the other not
    /// (<see cref="ArgumentException.ParamName"/> <c>other</c>).
    /// </exception>
    public void Merge(PsmTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.HasPurchaseIntentions != HasPurchaseIntentions)
        {
            throw new InvalidInputException(nameof(other), $"Only tallies that both have purchase intentions, or both have none, merge; this one has{(HasPurchaseIntentions ? string.Empty : " none")}.");
        }

        _rows.UnionWith(other._rows, nameof(other)); // first: a tally merged with itself shares all its rows
        _withoutTooCheapRows.UnionWith(other._withoutTooCheapRows, nameof(other));
        if (other._counts is null)
        {
            CountNoLonger();
        }

        var exponent = Math.Max(_exponent, other._exponent);
        Rescale(exponent);
        var shift = other._exponent - exponent;
        var slotOf = new int[other._prices.Count];
        for (var s = 0; s < slotOf.Length; s++)
        {
            var slot = slotOf[s] = SlotOf(other._prices[s]);
            _kinds[slot] |= other._kinds[s];
            for (var k = 0; k < PerPrice; k++)
            {
                var (at, from) = ((slot * PerPrice) + k, (s * PerPrice) + k);
                if (_counts is not null)
                {
                    _counts[at] += other._counts![from];
                }
                else
                {
                    _sums![at].Add(other.SumAt(from).Scaled(shift));
                }
            }
        }

        foreach (var respondent in other._inconsistent)
        {
            _inconsistent.Add(respondent with { Weight = ScaledSum.Scale(respondent.Weight, shift) });
        }

        if (_combinations is not null)
        {
            var theirs = other._combinations!;
            for (var m = 0; m < theirs.Count; m++)
            {
                ref var from = ref theirs[m];
                var key = from.Key;
                ref var entry = ref _combinations.Find(new CombinationTable.Key(Slot(slotOf, key.TooCheap), Slot(slotOf, key.Cheap), Slot(slotOf, key.Expensive), Slot(slotOf, key.TooExpensive), key.IntentCheap, key.IntentExpensive, key.Kind), from.FirstRow);
                if (_counts is not null)
                {
                    entry.Count += from.Count;
                }
                else
                {
                    var sum = other.SumOf(from).Scaled(shift);
                    ScaledSum.Add(ref entry.Weight, ref entry.Residual, sum.Sum);
                    ScaledSum.Add(ref entry.Weight, ref entry.Residual, sum.Residual);
                }
            }
        }

        Count += other.Count;
        _nextRow = Math.Max(_nextRow, other._nextRow);
        _anyTooCheap |= other._anyTooCheap;
    }

    /// <summary>An inconsistent respondent, kept whole: the row, the answers (NaN = missing, never -0) and the weight in units of <c>2^_exponent</c>.</summary>
    private readonly record struct Respondent(int Row, double TooCheap, double Cheap, double Expensive, double TooExpensive, double Weight);
}
