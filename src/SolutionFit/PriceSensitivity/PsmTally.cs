using System.Buffers;
using System.Runtime.CompilerServices;

namespace SolutionFit.PriceSensitivity;

/// <summary>
/// A mergeable tally of a shard of Van Westendorp survey rows: per distinct price, the weight of each question's answers,
/// plus the inconsistent respondents and (with purchase intentions) the weight of each combination of answers. Built row
/// by row (<see cref="Add"/>) or from a <see cref="PsmSurvey"/>, merged with other shards (<see cref="Merge"/>), and
/// analysed once by <see cref="PriceSensitivityMeter.Analyze(PsmTally, PsmOptions?)"/> with the same result as the whole
/// survey.
/// </summary>
/// <remarks>
/// <para>
/// Rows are numbered globally: a shard starts at its first row, and <see cref="Add"/> takes the next one, so the
/// inconsistent respondents are reported with their rows in the whole survey. Shards must not share a row.
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
public sealed class PsmTally
{
    private const int PerPrice = 8; // 2 kinds × 4 questions
    private const int MaxExponent = 1100;
    private const double MaxWholeWeight = 2147483648.0; // 2^31: fewer than 2^31 rows of such weights sum below 2^62
    private const int Consistent = PsmRespondent.Consistent;
    private const int WithoutTooCheap = PsmRespondent.WithoutTooCheap;
    private const int Inconsistent = PsmRespondent.Inconsistent;
    private readonly PriceSlots _prices = new(64);
    private readonly List<PsmRowRange> _rows = [];
    private readonly List<PsmRowRange> _withoutTooCheapRows = [];
    private readonly List<PsmTallyRespondent> _inconsistent = [];
    private readonly CombinationTable? _combinations;
    private long[]? _counts = new long[64 * PerPrice]; // per price, kind and question: the whole weights; null once a weight is not whole
    private double[]? _sums; // per price, kind and question: (sum, residual) in units of 2^_exponent, once a weight is not whole
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

        tally._rows.Add(new PsmRowRange(firstRow, cheap.Length));
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

    /// <summary>Tallies one respondent as the next row (<see cref="NextRow"/>).</summary>
    /// <param name="cheap">At which price the product is a bargain; null = missing.</param>
    /// <param name="expensive">At which price it is getting expensive; null = missing.</param>
    /// <param name="tooExpensive">At which price it is too expensive to consider; null = missing.</param>
    /// <param name="tooCheap">At which price it is so cheap that quality is doubted; null = missing (or a three-question survey).</param>
    /// <param name="weight">The respondent's weight, finite and at least 0.</param>
    /// <param name="purchaseIntentCheap">The intention at the cheap price; only with <see cref="HasPurchaseIntentions"/>.</param>
    /// <param name="purchaseIntentExpensive">The intention at the expensive price; only with <see cref="HasPurchaseIntentions"/>.</param>
    /// <exception cref="InvalidInputException">
    /// An answer or the weight is NaN, infinite or negative, or an intention is given to a tally without intentions;
    /// <see cref="InvalidInputException.Index"/> is the row and <see cref="InvalidInputException.Field"/> the column, as
    /// <see cref="PsmSurvey"/> names it (<c>weights</c> for the weight).
    /// </exception>
    /// <exception cref="InvalidOperationException">The row would pass <see cref="int.MaxValue"/>.</exception>
    public void Add(
        double? cheap,
        double? expensive,
        double? tooExpensive,
        double? tooCheap = null,
        double weight = 1.0,
        int? purchaseIntentCheap = null,
        int? purchaseIntentExpensive = null)
    {
        var row = _nextRow;
        var tc = PsmRespondent.Answer(tooCheap, PsmQuestions.TooCheap, nameof(tooCheap), row);
        var c = PsmRespondent.Answer(cheap, PsmQuestions.Cheap, nameof(cheap), row);
        var e = PsmRespondent.Answer(expensive, PsmQuestions.Expensive, nameof(expensive), row);
        var te = PsmRespondent.Answer(tooExpensive, PsmQuestions.TooExpensive, nameof(tooExpensive), row);
        Guard.NonNegativeFinite(weight, nameof(weight), "The weight", index: row, field: "weights");
        if (!HasPurchaseIntentions && (purchaseIntentCheap.HasValue || purchaseIntentExpensive.HasValue))
        {
            var field = purchaseIntentCheap.HasValue ? nameof(purchaseIntentCheap) : nameof(purchaseIntentExpensive);
            throw new InvalidInputException(field, "The tally has no purchase intentions, but an intention is given.", index: row, field: field);
        }

        if (row == int.MaxValue)
        {
            throw new InvalidOperationException($"The tally has reached row {int.MaxValue}, the last row a survey can have.");
        }

        var key = AddAnswers(row, tc, c, e, te, weight, purchaseIntentCheap, purchaseIntentExpensive);
        if (_combinations is not null)
        {
            AddToCombination(ref _combinations.Find(key, row), weight);
        }

        AppendRow(_rows, row);
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

        var rows = UnionRows(_rows, other._rows, nameof(other)); // a tally merged with itself shares all its rows

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
                    var (sum, residual) = other.SumAt(from);
                    AddExact(ref _sums![2 * at], ref _sums[(2 * at) + 1], Scale(sum, shift));
                    AddExact(ref _sums[2 * at], ref _sums[(2 * at) + 1], Math.ScaleB(residual, shift));
                }
            }
        }

        foreach (var respondent in other._inconsistent)
        {
            _inconsistent.Add(respondent with { Weight = Scale(respondent.Weight, shift) });
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
                    var (sum, residual) = other.SumOf(from);
                    AddExact(ref entry.Weight, ref entry.Residual, Scale(sum, shift));
                    AddExact(ref entry.Weight, ref entry.Residual, Math.ScaleB(residual, shift));
                }
            }
        }

        _rows.Clear();
        _rows.AddRange(rows);
        var withoutTooCheap = UnionRows(_withoutTooCheapRows, other._withoutTooCheapRows, nameof(other));
        _withoutTooCheapRows.Clear();
        _withoutTooCheapRows.AddRange(withoutTooCheap);
        Count += other.Count;
        _nextRow = Math.Max(_nextRow, other._nextRow);
        _anyTooCheap |= other._anyTooCheap;
    }

    /// <summary>
    /// Gets the lowest and highest price the analysis with <paramref name="options"/> puts on its price grid: those of the
    /// respondents it uses (with validation, the consistent ones; without, every answer given). A reader can check the
    /// size of a regular grid (<see cref="PsmPriceSpan.GridPoints"/> against <see cref="PsmOptions.MaxGridPoints"/>)
    /// before analysing.
    /// </summary>
    /// <param name="options">The options of the analysis; <see cref="PsmOptions.Default"/> when null.</param>
    /// <returns>The span; null when the analysis would use no answer (it then rejects the tally).</returns>
    public PsmPriceSpan? PriceSpan(PsmOptions? options = null)
    {
        var validate = (options ?? PsmOptions.Default).Validate;
        var used = validate ? 1 << (IsThreeQuestion ? WithoutTooCheap : Consistent) : (1 << Consistent) | (1 << WithoutTooCheap);
        var (lowest, highest) = (double.PositiveInfinity, double.NegativeInfinity);
        for (var s = 0; s < _prices.Count; s++)
        {
            if ((_kinds[s] & used) != 0)
            {
                (lowest, highest) = (Math.Min(lowest, _prices[s]), Math.Max(highest, _prices[s]));
            }
        }

        if (!validate)
        {
            foreach (var r in _inconsistent)
            {
                foreach (var answer in (ReadOnlySpan<double?>)[r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive])
                {
                    if (answer is { } price)
                    {
                        (lowest, highest) = (Math.Min(lowest, price + 0.0), Math.Max(highest, price + 0.0)); // -0 is the price 0
                    }
                }
            }
        }

        return lowest <= highest ? new PsmPriceSpan(lowest, highest) : null;
    }

    /// <summary>Gets the tally's whole state as plain data, for serialisation; <see cref="FromState"/> rebuilds it.</summary>
    /// <returns>A snapshot; later changes to the tally do not change it.</returns>
    public PsmTallyState ToState()
    {
        var weights = new List<PsmTallyWeight>();
        for (var s = 0; s < _prices.Count; s++)
        {
            for (var kind = 0; kind < 2; kind++)
            {
                if ((_kinds[s] & (1 << kind)) == 0)
                {
                    continue;
                }

                for (var q = kind == 0 ? PsmQuestions.TooCheap : PsmQuestions.Cheap; q < PsmQuestions.Count; q++)
                {
                    var (sum, residual) = SumAt(Index(s, kind, q));
                    weights.Add(new PsmTallyWeight(_prices[s], (PsmQuestion)q, kind == 1, sum, residual));
                }
            }
        }

        return new PsmTallyState
        {
            HasPurchaseIntentions = HasPurchaseIntentions,
            NextRow = _nextRow,
            WeightExponent = _exponent,
            Rows = [.. _rows],
            WithoutTooCheapRows = [.. _withoutTooCheapRows],
            Weights = [.. weights],
            Inconsistent = [.. _inconsistent],
            Combinations = _combinations is null ? [] : [.. Enumerable.Range(0, _combinations.Count).Select(StateOf)],
        };

        PsmTallyCombination StateOf(int m)
        {
            ref var entry = ref _combinations[m];
            var (sum, residual) = SumOf(entry);
            return new PsmTallyCombination(
                entry.FirstRow,
                PriceOf(entry.Key.TooCheap),
                PriceOf(entry.Key.Cheap),
                PriceOf(entry.Key.Expensive),
                PriceOf(entry.Key.TooExpensive),
                entry.Key.IntentCheap,
                entry.Key.IntentExpensive,
                sum,
                residual);
        }
    }

    /// <summary>Rebuilds a tally from its plain-data state (<see cref="ToState"/>), validating it.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or one of its lists is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The state is inconsistent (<see cref="ArgumentException.ParamName"/> <c>state</c>, <see cref="InvalidInputException.Field"/>
    /// the property and <see cref="InvalidInputException.Index"/> the position of the bad item): a row range that is empty,
    /// negative, overlapping another or past <see cref="NextRow"/>; a respondent or a combination outside the rows, or a
    /// respondent whose answers are consistent; a price, weight or residual that is not finite (prices and weights at least
    /// 0); a weight repeated for the same price, question and kind, or a too-cheap weight of respondents without one; a
    /// combination without purchase intentions, or repeated; a weight exponent outside 0 to 1100.
    /// </exception>
    public static PsmTally FromState(PsmTallyState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(state.Rows, nameof(state));
        ArgumentNullException.ThrowIfNull(state.WithoutTooCheapRows, nameof(state));
        ArgumentNullException.ThrowIfNull(state.Weights, nameof(state));
        ArgumentNullException.ThrowIfNull(state.Inconsistent, nameof(state));
        ArgumentNullException.ThrowIfNull(state.Combinations, nameof(state));
        const string paramName = nameof(state);
        if (state.NextRow < 0)
        {
            throw Bad(paramName, nameof(PsmTallyState.NextRow), $"The next row is {state.NextRow}, but rows start at 0.");
        }

        if (state.WeightExponent is < 0 or > MaxExponent)
        {
            throw Bad(paramName, nameof(PsmTallyState.WeightExponent), $"The weight exponent is {state.WeightExponent}, but it must be from 0 to {MaxExponent}.");
        }

        var tally = new PsmTally(0, state.HasPurchaseIntentions);
        tally.CountNoLonger();
        tally._exponent = state.WeightExponent;
        var rows = SortedRanges(state.Rows, nameof(PsmTallyState.Rows), state.NextRow, paramName);
        tally._rows.AddRange(rows);
        tally.Count = (int)Math.Min(rows.Sum(r => (long)r.Count), int.MaxValue);
        tally._nextRow = state.NextRow;
        var withoutTooCheap = SortedRanges(state.WithoutTooCheapRows, nameof(PsmTallyState.WithoutTooCheapRows), state.NextRow, paramName);
        for (var i = 0; i < withoutTooCheap.Count; i++)
        {
            if (!Covers(rows, withoutTooCheap[i].First, withoutTooCheap[i].Count))
            {
                throw Bad(paramName, nameof(PsmTallyState.WithoutTooCheapRows), $"The rows from {withoutTooCheap[i].First} ({withoutTooCheap[i].Count}) are not all among the rows tallied.", i);
            }
        }

        tally._withoutTooCheapRows.AddRange(withoutTooCheap);
        var seen = new HashSet<(double, PsmQuestion, bool)>();
        for (var i = 0; i < state.Weights.Count; i++)
        {
            var w = state.Weights[i];
            const string field = nameof(PsmTallyState.Weights);
            RequireState(paramName, Guard.NonNegativeFiniteRule.IsValid(w.Price), field, i, $"The price {Guard.Format(w.Price)} is not a finite number >= 0.");
            RequireState(paramName, Enum.IsDefined(w.Question), field, i, $"The question {(int)w.Question} is not defined.");
            RequireState(paramName, !(w.WithoutTooCheap && w.Question == PsmQuestion.TooCheap), field, i, "Respondents without a too-cheap answer have no too-cheap weight.");
            RequireState(paramName, Guard.NonNegativeFiniteRule.IsValid(w.Weight) && double.IsFinite(w.Residual), field, i, $"The weight {Guard.Format(w.Weight)} (residual {Guard.Format(w.Residual)}) is not finite and >= 0.");
            RequireState(paramName, seen.Add((w.Price + 0.0, w.Question, w.WithoutTooCheap)), field, i, $"The weight of the {PsmQuestions.Name((int)w.Question)} answers at {Guard.Format(w.Price)} is given twice.");
            var slot = tally.SlotOf(w.Price + 0.0);
            var kind = w.WithoutTooCheap ? 1 : 0;
            tally._kinds[slot] |= (byte)(1 << kind);
            var at = 2 * Index(slot, kind, (int)w.Question);
            (tally._sums![at], tally._sums[at + 1]) = (w.Weight, w.Residual);
            tally._anyTooCheap |= !w.WithoutTooCheap;
        }

        var respondentRows = new HashSet<int>();
        for (var i = 0; i < state.Inconsistent.Count; i++)
        {
            var r = state.Inconsistent[i];
            const string field = nameof(PsmTallyState.Inconsistent);
            RequireState(paramName, Covers(rows, r.Row, 1) && !Covers(withoutTooCheap, r.Row, 1) && respondentRows.Add(r.Row), field, i, $"The row {r.Row} is not tallied, is repeated or is a consistent respondent's.");
            RequireState(paramName, AllPrices(r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive), field, i, "An answer is not a finite number >= 0.");
            RequireState(paramName, Guard.NonNegativeFiniteRule.IsValid(r.Weight), field, i, $"The weight {Guard.Format(r.Weight)} is not a finite number >= 0.");
            var (tc, c, e, te) = (r.TooCheap ?? double.NaN, r.Cheap ?? double.NaN, r.Expensive ?? double.NaN, r.TooExpensive ?? double.NaN);
            RequireState(paramName, PsmRespondent.KindOf(tc, c, e, te) == Inconsistent, field, i, $"The answers of row {r.Row} are consistent.");
            tally._inconsistent.Add(r);
            tally._anyTooCheap |= r.TooCheap.HasValue;
        }

        RequireState(paramName, state.HasPurchaseIntentions || state.Combinations.Count == 0, nameof(PsmTallyState.Combinations), 0, "A tally without purchase intentions has no combinations.");
        for (var i = 0; i < state.Combinations.Count; i++)
        {
            var m = state.Combinations[i];
            const string field = nameof(PsmTallyState.Combinations);
            RequireState(paramName, Covers(rows, m.FirstRow, 1), field, i, $"The row {m.FirstRow} is not tallied.");
            RequireState(paramName, AllPrices(m.TooCheap, m.Cheap, m.Expensive, m.TooExpensive), field, i, "An answer is not a finite number >= 0.");
            RequireState(paramName, Guard.NonNegativeFiniteRule.IsValid(m.Weight) && double.IsFinite(m.Residual), field, i, $"The weight {Guard.Format(m.Weight)} (residual {Guard.Format(m.Residual)}) is not finite and >= 0.");
            var key = tally.KeyOf(Key(m.TooCheap), Key(m.Cheap), Key(m.Expensive), Key(m.TooExpensive), m.PurchaseIntentCheap, m.PurchaseIntentExpensive);
            RequireState(paramName, !tally._combinations!.Contains(key), field, i, "The combination is given twice.");
            ref var entry = ref tally._combinations.Find(key, m.FirstRow);
            (entry.Weight, entry.Residual) = (m.Weight, m.Residual);
        }

        return tally;
    }

    /// <summary>The respondents with missing or not strictly increasing answers, by row, as the analysis reports them.</summary>
    internal PsmInvalidRespondent[] InvalidRespondents()
    {
        var threeQuestion = IsThreeQuestion;
        var invalid = new List<PsmInvalidRespondent>(_inconsistent.Count);
        foreach (var r in _inconsistent)
        {
            invalid.Add(PsmRespondent.Describe(r.Row, r.TooCheap ?? double.NaN, r.Cheap ?? double.NaN, r.Expensive ?? double.NaN, r.TooExpensive ?? double.NaN, threeQuestion));
        }

        if (!threeQuestion)
        {
            foreach (var range in _withoutTooCheapRows)
            {
                for (var row = range.First; row < range.First + range.Count; row++)
                {
                    invalid.Add(new PsmInvalidRespondent(row, PsmQuestions.TooCheap));
                }
            }
        }

        for (var i = 1; i < invalid.Count; i++)
        {
            if (invalid[i].Row < invalid[i - 1].Row)
            {
                invalid.Sort((a, b) => a.Row.CompareTo(b.Row)); // rows tallied out of order (merged shards), or both kinds
                break;
            }
        }

        return [.. invalid];
    }

    /// <summary>
    /// The per-price weights of the respondents the analysis uses, in a price table; and whether they have a positive
    /// total weight.
    /// </summary>
    internal (PriceTable Table, bool PositiveWeight) UsedWeights(bool validate)
    {
        var threeQuestion = IsThreeQuestion;
        var table = new PriceTable(Math.Max(16, _prices.Count));
        var positive = false;
        for (var s = 0; s < _prices.Count; s++)
        {
            for (var kind = 0; kind < 2; kind++)
            {
                var used = !validate || PsmRespondent.IsUsed(kind, threeQuestion);
                if (!used || (_kinds[s] & (1 << kind)) == 0)
                {
                    continue;
                }

                for (var q = kind == 0 ? PsmQuestions.TooCheap : PsmQuestions.Cheap; q < PsmQuestions.Count; q++)
                {
                    var weight = SumAt(Index(s, kind, q)).Sum;
                    positive |= weight > 0.0;
                    table.Add(_prices[s], q, weight);
                }
            }
        }

        if (!validate)
        {
            foreach (var r in SortedInconsistent())
            {
                positive |= r.Weight > 0.0;
                table.Add(r.TooCheap ?? double.NaN, PsmQuestions.TooCheap, r.Weight);
                table.Add(r.Cheap ?? double.NaN, PsmQuestions.Cheap, r.Weight);
                table.Add(r.Expensive ?? double.NaN, PsmQuestions.Expensive, r.Weight);
                table.Add(r.TooExpensive ?? double.NaN, PsmQuestions.TooExpensive, r.Weight);
            }
        }

        return (table, positive);
    }

    /// <summary>
    /// The combinations of answers and intentions the analysis uses, by first row, as positions for <see cref="UsedCombination"/>:
    /// with validation, those of the respondents consistent in a survey of this many questions.
    /// </summary>
    internal ReadOnlySpan<int> UsedCombinations(bool validate)
    {
        var order = _combinations!.ByFirstRow();
        if (!validate)
        {
            return order;
        }

        var (threeQuestion, used) = (IsThreeQuestion, 0);
        foreach (var m in order)
        {
            if (PsmRespondent.IsUsed(_combinations[m].Key.Kind, threeQuestion))
            {
                order[used++] = m;
            }
        }

        return order.AsSpan(0, used);
    }

    /// <summary>A combination of answers (as price slots, -1 = missing) and intentions, with its first row and weight (its rounded sum).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal (int FirstRow, int TooCheap, int Cheap, int Expensive, int TooExpensive, int? IntentCheap, int? IntentExpensive, double Weight) UsedCombination(int position)
    {
        ref var entry = ref _combinations![position];
        var key = entry.Key;
        var weight = _counts is not null ? InUnits(entry.Count) : entry.Weight; // the sum of SumOf, without its residual
        return (entry.FirstRow, key.TooCheap, key.Cheap, key.Expensive, key.TooExpensive, key.IntentCheap, key.IntentExpensive, weight);
    }

    /// <summary>The rank of each price slot's price among <paramref name="sortedPrices"/>, as <see cref="Array.BinarySearch(Array, object)"/> finds it.</summary>
    internal int[] RanksOfSlots(double[] sortedPrices)
    {
        var ranks = new int[_prices.Count];
        for (var s = 0; s < ranks.Length; s++)
        {
            ranks[s] = Array.BinarySearch(sortedPrices, _prices[s]);
        }

        return ranks;
    }

    /// <summary>The price of a slot.</summary>
    internal double PriceOfSlot(int slot) => _prices[slot];

    /// <summary>
    /// Adds one validated respondent's answers (NaN = missing) at <paramref name="row"/>, leaving the rows, the next row,
    /// the count and the combination to the caller; returns the key of the combination (with purchase intentions).
    /// </summary>
    /// <remarks>
    /// With <c>weightCounted</c>, the tally already counts whole weights in a unit at least as large as the weight's, so
    /// the weight needs no check.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private CombinationTable.Key AddAnswers(int row, double tooCheap, double cheap, double expensive, double tooExpensive, double weight, int? intentCheap, int? intentExpensive, bool weightCounted = false)
    {
        (tooCheap, cheap, expensive, tooExpensive) = (tooCheap + 0.0, cheap + 0.0, expensive + 0.0, tooExpensive + 0.0); // -0 is the price 0
        if (!weightCounted)
        {
            if (_counts is not null && !IsWhole(weight))
            {
                CountNoLonger();
            }

            if (weight > 0.0 && Math.ILogB(weight) > _exponent)
            {
                Rescale(Math.ILogB(weight));
            }
        }

        var kind = PsmRespondent.KindOf(tooCheap, cheap, expensive, tooExpensive);
        _anyTooCheap |= !double.IsNaN(tooCheap);
        if (kind == Inconsistent)
        {
            _inconsistent.Add(new PsmTallyRespondent(row, Nullable(tooCheap), Nullable(cheap), Nullable(expensive), Nullable(tooExpensive), Scale(weight, -_exponent)));
            return _combinations is null ? default : KeyOf(tooCheap, cheap, expensive, tooExpensive, intentCheap, intentExpensive);
        }

        var tooCheapSlot = kind == Consistent ? SlotOf(tooCheap) : -1;
        var (cheapSlot, expensiveSlot, tooExpensiveSlot) = (SlotOf(cheap), SlotOf(expensive), SlotOf(tooExpensive));
        var bit = (byte)(1 << kind);
        if (kind == Consistent)
        {
            _kinds[tooCheapSlot] |= bit;
        }
        else
        {
            AppendRow(_withoutTooCheapRows, row);
        }

        _kinds[cheapSlot] |= bit;
        _kinds[expensiveSlot] |= bit;
        _kinds[tooExpensiveSlot] |= bit;
        var first = kind * PsmQuestions.Count;
        if (_counts is { } counts)
        {
            var whole = (long)weight;
            if (kind == Consistent)
            {
                counts[(tooCheapSlot * PerPrice) + PsmQuestions.TooCheap] += whole;
            }

            counts[(cheapSlot * PerPrice) + first + PsmQuestions.Cheap] += whole;
            counts[(expensiveSlot * PerPrice) + first + PsmQuestions.Expensive] += whole;
            counts[(tooExpensiveSlot * PerPrice) + first + PsmQuestions.TooExpensive] += whole;
        }
        else
        {
            var scaled = Scale(weight, -_exponent);
            if (kind == Consistent)
            {
                AddToSum(Index(tooCheapSlot, kind, PsmQuestions.TooCheap), scaled);
            }

            AddToSum(Index(cheapSlot, kind, PsmQuestions.Cheap), scaled);
            AddToSum(Index(expensiveSlot, kind, PsmQuestions.Expensive), scaled);
            AddToSum(Index(tooExpensiveSlot, kind, PsmQuestions.TooExpensive), scaled);
        }

        return _combinations is null ? default : new CombinationTable.Key(tooCheapSlot, cheapSlot, expensiveSlot, tooExpensiveSlot, intentCheap, intentExpensive, kind);
    }

    /// <summary>Whether a weight (finite, at least 0) is counted in integers: a whole number up to 2^31.</summary>
    private static bool IsWhole(double weight) => weight <= MaxWholeWeight && weight == Math.Floor(weight);

    /// <summary>The exponent of the unit of whole weights (0 for equal weights): that of the largest; -1 when a weight is not whole.</summary>
    private static int WholeWeightsExponent(double[]? weights)
    {
        var largest = 1.0;
        foreach (var weight in weights ?? [])
        {
            if (!IsWhole(weight))
            {
                return -1;
            }

            largest = Math.Max(largest, weight);
        }

        return Math.ILogB(largest);
    }

    /// <summary>The key of a combination of answers (NaN = missing) and intentions, its prices given slots.</summary>
    private CombinationTable.Key KeyOf(double tooCheap, double cheap, double expensive, double tooExpensive, int? intentCheap, int? intentExpensive) =>
        new(SlotOrMissing(tooCheap), SlotOrMissing(cheap), SlotOrMissing(expensive), SlotOrMissing(tooExpensive), intentCheap, intentExpensive, PsmRespondent.KindOf(tooCheap, cheap, expensive, tooExpensive));

    private int SlotOrMissing(double price) => double.IsNaN(price) ? -1 : SlotOf(price);

    private static int Slot(int[] slotOf, int slot) => slot < 0 ? -1 : slotOf[slot];

    private double? PriceOf(int slot) => slot < 0 ? null : _prices[slot];

    private void AddToCombination(ref CombinationTable.Entry entry, double weight)
    {
        if (_counts is not null)
        {
            entry.Count += (long)weight;
        }
        else
        {
            AddExact(ref entry.Weight, ref entry.Residual, Scale(weight, -_exponent));
        }
    }

    private void AddToSum(int index, double weight) => AddExact(ref _sums![2 * index], ref _sums[(2 * index) + 1], weight);

    /// <summary>The sum and residual of a price, kind and question (<see cref="Index"/>), in units of <c>2^_exponent</c>.</summary>
    private (double Sum, double Residual) SumAt(int index) => _counts is { } counts ? FromCount(counts[index]) : (_sums![2 * index], _sums[(2 * index) + 1]);

    /// <summary>The sum and residual of a combination, in units of <c>2^_exponent</c>.</summary>
    private (double Sum, double Residual) SumOf(in CombinationTable.Entry entry) => _counts is not null ? FromCount(entry.Count) : (entry.Weight, entry.Residual);

    /// <summary>
    /// A whole-weight count (below 2^62) as the exact sum carries it: the count rounded to a double, and what that rounding
    /// left out (exact in a double), both in units of <c>2^_exponent</c> (exact: the count has at most 31 bits above it).
    /// </summary>
    private (double Sum, double Residual) FromCount(long count) => (InUnits(count), Math.ScaleB((double)(count - (long)(double)count), -_exponent));

    /// <summary>A whole-weight count rounded to a double, in units of <c>2^_exponent</c>.</summary>
    private double InUnits(long count) => Math.ScaleB((double)count, -_exponent);

    /// <summary>Leaves the integer counts for exact sums and residuals, with the same values.</summary>
    private void CountNoLonger()
    {
        if (_counts is null)
        {
            return;
        }

        _sums = new double[2 * _counts.Length];
        for (var i = 0; i < _prices.Count * PerPrice; i++)
        {
            (_sums[2 * i], _sums[(2 * i) + 1]) = FromCount(_counts[i]);
        }

        for (var m = 0; m < (_combinations?.Count ?? 0); m++)
        {
            ref var entry = ref _combinations![m];
            (entry.Weight, entry.Residual) = FromCount(entry.Count);
        }

        _counts = null;
    }

    /// <summary>Raises the unit of every stored weight to <c>2^exponent</c> (exact: a scaling by a power of two; integer counts stay counts).</summary>
    private void Rescale(int exponent)
    {
        if (exponent <= _exponent)
        {
            return;
        }

        var shift = _exponent - exponent;
        if (_sums is not null)
        {
            for (var i = 0; i < _prices.Count * PerPrice * 2; i += 2)
            {
                (_sums[i], _sums[i + 1]) = (Scale(_sums[i], shift), Math.ScaleB(_sums[i + 1], shift));
            }

            for (var m = 0; m < (_combinations?.Count ?? 0); m++)
            {
                ref var entry = ref _combinations![m];
                (entry.Weight, entry.Residual) = (Scale(entry.Weight, shift), Math.ScaleB(entry.Residual, shift));
            }
        }

        for (var i = 0; i < _inconsistent.Count; i++)
        {
            _inconsistent[i] = _inconsistent[i] with { Weight = Scale(_inconsistent[i].Weight, shift) };
        }

        _exponent = exponent;
    }

    /// <summary>The slot of a price (+0 for -0), added with empty sums when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(double price)
    {
        var slot = _prices.SlotOf(price);
        if (slot == _kinds.Length)
        {
            Grow();
        }

        return slot;
    }

    private void Grow()
    {
        Array.Resize(ref _kinds, _kinds.Length * 2);
        if (_counts is not null)
        {
            Array.Resize(ref _counts, _kinds.Length * PerPrice);
        }
        else
        {
            Array.Resize(ref _sums, _kinds.Length * PerPrice * 2);
        }
    }

    private List<PsmTallyRespondent> SortedInconsistent()
    {
        var sorted = new List<PsmTallyRespondent>(_inconsistent);
        sorted.Sort((a, b) => a.Row.CompareTo(b.Row));
        return sorted;
    }

    /// <summary>
    /// A weight or sum in units of a power of two higher by <c>-shift</c>: exact, except that a positive value that would
    /// underflow to 0 keeps the smallest positive double, so that a price answered with a positive weight stays answered.
    /// </summary>
    private static double Scale(double value, int shift) => value > 0.0 ? Math.Max(Math.ScaleB(value, shift), double.Epsilon) : Math.ScaleB(value, shift);

    /// <summary>The position of a price's, kind's and question's weight in the counts (twice that in the sums).</summary>
    private static int Index(int slot, int kind, int question) => (slot * PerPrice) + (kind * PsmQuestions.Count) + question;

    /// <summary>Adds <paramref name="value"/> to the sum <paramref name="sum"/> + <paramref name="residual"/> without losing its rounding error (Knuth's two-sum).</summary>
    private static void AddExact(ref double sum, ref double residual, double value)
    {
        var s = sum + value;
        var v = s - sum;
        var error = (sum - (s - v)) + (value - v);
        var r = residual + error;
        sum = s + r;
        residual = r - (sum - s);
    }

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;

    private static double Key(double? value) => value is { } v ? v + 0.0 : double.NaN;

    private static bool AllPrices(params ReadOnlySpan<double?> answers)
    {
        foreach (var answer in answers)
        {
            if (answer is { } price && !Guard.NonNegativeFiniteRule.IsValid(price))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendRow(List<PsmRowRange> ranges, int row)
    {
        if (ranges.Count > 0 && ranges[^1].First + ranges[^1].Count == row)
        {
            ranges[^1] = ranges[^1] with { Count = ranges[^1].Count + 1 };
        }
        else
        {
            ranges.Add(new PsmRowRange(row, 1));
        }
    }

    /// <summary>The union of two sorted lists of disjoint ranges, adjacent ones joined; throws when they overlap.</summary>
    private static List<PsmRowRange> UnionRows(List<PsmRowRange> a, List<PsmRowRange> b, string paramName)
    {
        var union = new List<PsmRowRange>(a.Count + b.Count);
        var (i, j) = (0, 0);
        while (i < a.Count || j < b.Count)
        {
            var next = j >= b.Count || (i < a.Count && a[i].First < b[j].First) ? a[i++] : b[j++];
            if (union.Count > 0 && (long)union[^1].First + union[^1].Count > next.First)
            {
                throw new InvalidInputException(paramName, $"The tallies share rows from {next.First}: a row can be tallied only once.");
            }

            if (union.Count > 0 && union[^1].First + union[^1].Count == next.First)
            {
                union[^1] = union[^1] with { Count = union[^1].Count + next.Count };
            }
            else
            {
                union.Add(next);
            }
        }

        return union;
    }

    /// <summary>Validated ranges of a state, sorted and joined where adjacent.</summary>
    private static List<PsmRowRange> SortedRanges(IReadOnlyList<PsmRowRange> ranges, string field, int nextRow, string paramName)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            var r = ranges[i];
            RequireState(paramName, r.First >= 0 && r.Count >= 1 && (long)r.First + r.Count <= nextRow, field, i, $"The rows from {r.First} ({r.Count}) are not a range of at least one row from 0 up to the next row {nextRow}.");
        }

        var sorted = ranges.OrderBy(r => r.First).ToList();
        var joined = new List<PsmRowRange>(sorted.Count);
        foreach (var r in sorted)
        {
            if (joined.Count > 0 && joined[^1].First + joined[^1].Count > r.First)
            {
                throw Bad(paramName, field, $"The rows from {r.First} overlap others.");
            }

            if (joined.Count > 0 && joined[^1].First + joined[^1].Count == r.First)
            {
                joined[^1] = joined[^1] with { Count = joined[^1].Count + r.Count };
            }
            else
            {
                joined.Add(r);
            }
        }

        return joined;
    }

    /// <summary>Whether the sorted disjoint <paramref name="ranges"/> hold all of <c>[first, first + count)</c>.</summary>
    private static bool Covers(List<PsmRowRange> ranges, int first, int count)
    {
        var (lo, hi) = (0, ranges.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (ranges[mid].First <= first)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return hi >= 0 && (long)first + count <= (long)ranges[hi].First + ranges[hi].Count;
    }

    private static void RequireState(string paramName, bool ok, string field, int index, string detail)
    {
        if (!ok)
        {
            throw Bad(paramName, field, detail, index);
        }
    }

    private static InvalidInputException Bad(string paramName, string field, string detail, int? index = null) =>
        new(paramName, detail, index: index, field: field);
}
