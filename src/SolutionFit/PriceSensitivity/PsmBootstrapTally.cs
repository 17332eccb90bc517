using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SolutionFit.PriceSensitivity;

/// <summary>
/// A mergeable tally of a shard of Van Westendorp survey rows that carries Poisson bootstrap replicates: for each of
/// <see cref="Replicates"/> replicates, per distinct price, the weight of each question's answers of the rows the
/// replicate keeps. Built row by row (<see cref="Add"/>) or from a <see cref="PsmSurvey"/>, merged with other shards
/// (<see cref="Merge"/>), and analysed once by
/// <see cref="PriceSensitivityMeter.Bootstrap(PsmBootstrapTally, PsmOptions?, double)"/> with the same intervals as the
/// whole survey.
/// </summary>
/// <remarks>
/// <para>
/// Replicate weights: global row r (0-based, counting every row, inconsistent ones included) in replicate b (0-based)
/// has the weight <c>w·k(seed, r, b)</c>, w the row's weight and k a Poisson(1) draw that depends only on the seed, the
/// row and the replicate. A row whose replicate weight is 0 is left out of that replicate entirely (no price on its
/// grid, no answer for the boundary rule, not counted); a row whose own weight is 0 is left out of every replicate.
/// Because the weights depend on nothing else, shards tallied anywhere merge into the whole survey's replicates.
/// </para>
/// <para>
/// Exact as <see cref="PsmTally"/> is: while every weight is a whole number up to 2^27 the replicate sums are 64-bit
/// integers (which cannot overflow: k is at most 18 and there are fewer than 2^31 rows); once a weight is not, every sum
/// is carried as a sum and its rounding residual in units of a power of two. So the order of rows and merges does not
/// change the sums, and <see cref="Merge"/> is associative and commutative.
/// </para>
/// <para>
/// Memory: 7 sums per distinct price and replicate (8 bytes each with whole weights, 16 otherwise), plus the
/// inconsistent respondents and, with purchase intentions, every row's answers and intentions (the reach of each
/// replicate is summed from the rows it keeps). Adding a row costs one Poisson draw per replicate.
/// </para>
/// <para>Not thread-safe: one writer at a time; merge shards built on different threads once they are complete.</para>
/// </remarks>
public sealed partial class PsmBootstrapTally
{
    private const int Cells = 7; // the consistent kind's four questions, then the without-too-cheap kind's three
    private const double MaxWholeWeight = 134217728.0; // 2^27: 18 · 2^27 · 2^31 rows < 2^63
    private const int PendingRows = 512; // respondents queued before their replicate weights are added
    private const int ReplicatesPerRange = 128; // replicates summed by one thread at a time
    private const int Consistent = PsmRespondent.Consistent;
    private const int Inconsistent = PsmRespondent.Inconsistent;
    private readonly PriceSlots _prices = new(64);
    private readonly RowRanges _rows = new();
    private readonly List<long[]> _counts = []; // per price slot: Cells × Replicates whole-weight sums, while every weight is whole
    private readonly List<ScaledSum[]> _sums = []; // per price slot: the same in units of 2^_exponent, once a weight is not whole
    private readonly List<Respondent> _inconsistent = [];
    private readonly List<Respondent>? _withIntentions;
    private readonly List<Pending> _pending = [];
    private bool _counting = true;
    private int _exponent;
    private int _nextRow;

    /// <summary>Creates an empty tally of a shard.</summary>
    /// <param name="seed">The seed of the replicate weights; shards of one survey use the same seed.</param>
    /// <param name="replicates">The number of bootstrap replicates, at least 1.</param>
    /// <param name="firstRow">The global row (0-based) of the shard's first respondent; <see cref="Add"/> numbers rows from it.</param>
    /// <param name="hasPurchaseIntentions">Whether the respondents carry Newton–Miller–Smith purchase intentions.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replicates"/> is below 1, or <paramref name="firstRow"/> is negative.</exception>
    public PsmBootstrapTally(ulong seed, int replicates, int firstRow = 0, bool hasPurchaseIntentions = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(replicates);
        ArgumentOutOfRangeException.ThrowIfNegative(firstRow);
        Seed = seed;
        Replicates = replicates;
        _nextRow = firstRow;
        HasPurchaseIntentions = hasPurchaseIntentions;
        _withIntentions = hasPurchaseIntentions ? [] : null;
    }

    /// <summary>Gets the seed of the replicate weights.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the number of bootstrap replicates.</summary>
    public int Replicates { get; }

    /// <summary>Gets the number of respondents tallied.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the global row the next <see cref="Add"/> takes.</summary>
    public int NextRow => _nextRow;

    /// <summary>Gets a value indicating whether the respondents carry purchase intentions.</summary>
    public bool HasPurchaseIntentions { get; }

    /// <summary>Gets a value indicating whether the sums are still counted in integers (every weight so far whole and at most 2^27).</summary>
    internal bool CountsWholeWeights => _counting;

    /// <summary>Tallies a whole survey as a shard starting at <paramref name="firstRow"/>.</summary>
    /// <param name="survey">The survey; its row <c>i</c> becomes global row <c>firstRow + i</c>.</param>
    /// <param name="seed">The seed of the replicate weights.</param>
    /// <param name="replicates">The number of bootstrap replicates, at least 1.</param>
    /// <param name="firstRow">The global row of the survey's first respondent.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="replicates"/> is below 1, <paramref name="firstRow"/> is negative, or the rows would pass <see cref="int.MaxValue"/>.
    /// </exception>
    public static PsmBootstrapTally FromSurvey(PsmSurvey survey, ulong seed, int replicates, int firstRow = 0)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentOutOfRangeException.ThrowIfNegative(firstRow);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstRow, int.MaxValue - survey.Count);
        var tally = new PsmBootstrapTally(seed, replicates, firstRow, survey.HasPurchaseIntentions);
        var (tooCheap, cheap, expensive, tooExpensive) = (survey.TooCheap, survey.Cheap, survey.Expensive, survey.TooExpensive);
        var (weights, intentCheap, intentExpensive) = (survey.Weights, survey.IntentCheap, survey.IntentExpensive);
        for (var i = 0; i < cheap.Length; i++)
        {
            tally.AddValidated(tooCheap is null ? double.NaN : tooCheap[i], cheap[i], expensive[i], tooExpensive[i], weights is null ? 1.0 : weights[i], intentCheap?[i], intentExpensive?[i]);
        }

        return tally;
    }

    /// <summary>Tallies one respondent as the next row (<see cref="NextRow"/>); the answers come in the order of <see cref="PriceThresholds"/>.</summary>
    /// <param name="tooCheap">At which price it is so cheap that quality is doubted; null = missing (or a three-question survey).</param>
    /// <param name="cheap">At which price the product is a bargain; null = missing.</param>
    /// <param name="expensive">At which price it is getting expensive; null = missing.</param>
    /// <param name="tooExpensive">At which price it is too expensive to consider; null = missing.</param>
    /// <param name="weight">The respondent's weight, finite and at least 0.</param>
    /// <param name="purchaseIntentCheap">The intention at the cheap price; only with <see cref="HasPurchaseIntentions"/>.</param>
    /// <param name="purchaseIntentExpensive">The intention at the expensive price; only with <see cref="HasPurchaseIntentions"/>.</param>
    /// <exception cref="InvalidInputException">As <see cref="PsmTally.Add"/>: an answer or the weight is NaN, infinite or negative, or an intention is given to a tally without intentions.</exception>
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

        AddValidated(tc, c, e, te, weight, purchaseIntentCheap, purchaseIntentExpensive);
    }

    /// <summary>Merges another shard's tally into this one; the other is left unchanged.</summary>
    /// <param name="other">The other tally.</param>
    /// <remarks>
    /// Associative and commutative: any split of a survey into shards, merged in any order, gives a tally whose intervals
    /// are those of the whole survey. <see cref="NextRow"/> becomes the larger of the two.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="InvalidInputException">
    /// The two tallies share a row (or are the same tally), differ in seed or number of replicates, or one has purchase
    /// intentions and the other not (<see cref="ArgumentException.ParamName"/> <c>other</c>).
    /// </exception>
    public void Merge(PsmBootstrapTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Seed != Seed || other.Replicates != Replicates)
        {
            throw new InvalidInputException(nameof(other), $"Only tallies with the same seed and number of replicates merge; this one has seed {Seed} and {Replicates} replicates, the other seed {other.Seed} and {other.Replicates}.");
        }

        if (other.HasPurchaseIntentions != HasPurchaseIntentions)
        {
            throw new InvalidInputException(nameof(other), $"Only tallies that both have purchase intentions, or both have none, merge; this one has{(HasPurchaseIntentions ? string.Empty : " none")}.");
        }

        _rows.UnionWith(other._rows, nameof(other)); // first: a tally merged with itself shares all its rows
        Flush();
        other.Flush();
        if (!other._counting)
        {
            CountNoLonger();
        }

        var exponent = Math.Max(_exponent, other._exponent);
        Rescale(exponent);
        var shift = other._exponent - exponent;
        var length = Cells * Replicates;
        for (var s = 0; s < other._prices.Count; s++)
        {
            var slot = SlotOf(other._prices[s]);
            if (_counting)
            {
                var (to, from) = (_counts[slot], other._counts[s]);
                AddVector(to, from);
            }
            else
            {
                var to = _sums[slot];
                for (var i = 0; i < length; i++)
                {
                    to[i].Add(other.SumAt(s, i).Scaled(shift));
                }
            }
        }

        _inconsistent.AddRange(other._inconsistent);
        _withIntentions?.AddRange(other._withIntentions!);
        Count += other.Count;
        _nextRow = Math.Max(_nextRow, other._nextRow);
    }

    /// <summary>Adds one validated respondent (NaN = missing) at the next row.</summary>
    private void AddValidated(double tooCheap, double cheap, double expensive, double tooExpensive, double weight, int? intentCheap, int? intentExpensive)
    {
        var row = _nextRow;
        (tooCheap, cheap, expensive, tooExpensive) = (tooCheap + 0.0, cheap + 0.0, expensive + 0.0, tooExpensive + 0.0); // -0 is the price 0
        var kind = PsmRespondent.KindOf(tooCheap, cheap, expensive, tooExpensive);
        var respondent = new Respondent(row, tooCheap, cheap, expensive, tooExpensive, weight, intentCheap, intentExpensive, kind);
        if (weight > 0.0)
        {
            FitUnit(weight);
        }

        _withIntentions?.Add(respondent);
        if (kind == Inconsistent)
        {
            _inconsistent.Add(respondent);
        }
        else if (weight > 0.0)
        {
            AddAnswers(row, respondent, weight);
        }

        _rows.Append(row);
        _nextRow++;
        Count++;
    }

    /// <summary>Queues a consistent respondent (of positive weight) for <see cref="Flush"/>, its answers' prices given slots.</summary>
    private void AddAnswers(int row, in Respondent respondent, double weight)
    {
        var first = respondent.Kind == Consistent ? 0 : PsmQuestions.Count - 1; // the without-too-cheap kind's cells follow the consistent kind's four
        var tooCheap = respondent.Kind == Consistent ? SlotOf(respondent.TooCheap) : -1;
        _pending.Add(new Pending(row, tooCheap, SlotOf(respondent.Cheap), SlotOf(respondent.Expensive), SlotOf(respondent.TooExpensive), first, _counting ? weight : ScaledSum.Scale(weight, -_exponent)));
        if (_pending.Count == PendingRows)
        {
            Flush();
        }
    }

    /// <summary>
    /// Adds the queued respondents' replicate weights to their cells: one Poisson draw per respondent and replicate, the
    /// replicates split into ranges summed in parallel (each sum gets its rows in row order, whatever the threads).
    /// </summary>
    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var pending = _pending.ToArray();
        _pending.Clear();
        var ranges = (Replicates + ReplicatesPerRange - 1) / ReplicatesPerRange;
        if (ranges == 1 || (long)pending.Length * Replicates < 65536)
        {
            FlushRange(pending, 0, Replicates);
        }
        else
        {
            Parallel.For(0, ranges, range => FlushRange(pending, range * ReplicatesPerRange, Math.Min(Replicates, (range + 1) * ReplicatesPerRange)));
        }
    }

    /// <summary>The queued respondents' replicate weights in replicates <paramref name="first"/> to <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FlushRange(Pending[] pending, int first, int end)
    {
        var multipliers = new int[end - first];
        foreach (var p in pending)
        {
            RandomDraws.PoissonMultipliers(Seed, (ulong)p.Row, (ulong)first, multipliers);
            if (_counting)
            {
                var counts = CollectionsMarshal.AsSpan(_counts);
                var whole = (long)p.Weight;
                AddCounts(QuestionCells(counts, p.Cheap, p.First + PsmQuestions.Cheap)[first..end], multipliers, whole);
                AddCounts(QuestionCells(counts, p.Expensive, p.First + PsmQuestions.Expensive)[first..end], multipliers, whole);
                AddCounts(QuestionCells(counts, p.TooExpensive, p.First + PsmQuestions.TooExpensive)[first..end], multipliers, whole);
                if (p.TooCheap >= 0)
                {
                    AddCounts(QuestionCells(counts, p.TooCheap, PsmQuestions.TooCheap)[first..end], multipliers, whole);
                }
            }
            else
            {
                var sums = CollectionsMarshal.AsSpan(_sums);
                AddSums(QuestionCells(sums, p.Cheap, p.First + PsmQuestions.Cheap)[first..end], multipliers, p.Weight);
                AddSums(QuestionCells(sums, p.Expensive, p.First + PsmQuestions.Expensive)[first..end], multipliers, p.Weight);
                AddSums(QuestionCells(sums, p.TooExpensive, p.First + PsmQuestions.TooExpensive)[first..end], multipliers, p.Weight);
                if (p.TooCheap >= 0)
                {
                    AddSums(QuestionCells(sums, p.TooCheap, PsmQuestions.TooCheap)[first..end], multipliers, p.Weight);
                }
            }
        }
    }

    /// <summary><c>cells[b] += whole·k[b]</c>.</summary>
    private static void AddCounts(Span<long> cells, int[] multipliers, long whole)
    {
        cells = cells[..multipliers.Length];
        if (whole == 1)
        {
            for (var b = 0; b < cells.Length; b++)
            {
                cells[b] += multipliers[b];
            }
        }
        else
        {
            for (var b = 0; b < cells.Length; b++)
            {
                cells[b] += whole * multipliers[b];
            }
        }
    }

    /// <summary><c>cells[b] += scaled·k[b]</c> where k[b] is not 0, summed exactly.</summary>
    private static void AddSums(Span<ScaledSum> cells, int[] multipliers, double scaled)
    {
        cells = cells[..multipliers.Length];
        for (var b = 0; b < cells.Length; b++)
        {
            if (multipliers[b] != 0)
            {
                cells[b].Add(scaled * multipliers[b]);
            }
        }
    }

    /// <summary>The cells of a slot's question (one per replicate); empty for slot -1.</summary>
    private Span<T> QuestionCells<T>(Span<T[]> slots, int slot, int cell) => slot < 0 ? [] : slots[slot].AsSpan(cell * Replicates, Replicates);

    /// <summary><c>to[i] += from[i]</c>, vectorised.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddVector(Span<long> to, ReadOnlySpan<long> from)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && to.Length >= Vector<long>.Count)
        {
            var vectorsTo = MemoryMarshal.Cast<long, Vector<long>>(to);
            var vectorsFrom = MemoryMarshal.Cast<long, Vector<long>>(from);
            for (var v = 0; v < vectorsTo.Length; v++)
            {
                vectorsTo[v] += vectorsFrom[v];
            }

            i = vectorsTo.Length * Vector<long>.Count;
        }

        for (; i < to.Length; i++)
        {
            to[i] += from[i];
        }
    }

    /// <summary>Whether a weight (finite, at least 0) is counted in integers: a whole number up to 2^27.</summary>
    private static bool IsWhole(double weight) => weight <= MaxWholeWeight && weight == Math.Floor(weight);

    /// <summary>The sum of a slot's cell <paramref name="index"/> (cell · replicates + replicate), in units of <c>2^_exponent</c>.</summary>
    private ScaledSum SumAt(int slot, int index) => _counting ? ScaledSum.FromCount(_counts[slot][index], _exponent) : _sums[slot][index];

    /// <summary>The rounded sum of a slot's cell and replicate, in units of <c>2^_exponent</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double ValueAt(int slot, int cell, int replicate) =>
        _counting ? _counts[slot][(cell * Replicates) + replicate] : _sums[slot][(cell * Replicates) + replicate].Sum;

    /// <summary>Makes the sums hold a weight: leaves the integer counts for a weight that is not whole, raises the unit for a larger one.</summary>
    private void FitUnit(double weight)
    {
        if (_counting && !IsWhole(weight))
        {
            CountNoLonger();
        }

        if (!_counting && ScaledSum.Outgrows(weight, _exponent, out var unit))
        {
            Rescale(unit);
        }
    }

    /// <summary>Leaves the integer counts for exact sums, with the same values.</summary>
    private void CountNoLonger()
    {
        if (!_counting)
        {
            return;
        }

        Flush();
        foreach (var counts in _counts)
        {
            var sums = new ScaledSum[counts.Length];
            for (var i = 0; i < counts.Length; i++)
            {
                sums[i] = ScaledSum.FromCount(counts[i], _exponent);
            }

            _sums.Add(sums);
        }

        _counts.Clear();
        _counting = false;
    }

    /// <summary>Raises the unit of every stored sum to <c>2^exponent</c> (exact: a scaling by a power of two).</summary>
    private void Rescale(int exponent)
    {
        if (exponent <= _exponent)
        {
            return;
        }

        Flush();
        var shift = _exponent - exponent;
        foreach (var sums in _sums)
        {
            for (var i = 0; i < sums.Length; i++)
            {
                sums[i] = sums[i].Scaled(shift);
            }
        }

        _exponent = exponent;
    }

    /// <summary>The slot of a price, added with empty sums when new.</summary>
    private int SlotOf(double price)
    {
        var slot = _prices.SlotOf(price);
        if (slot == (_counting ? _counts.Count : _sums.Count))
        {
            if (_counting)
            {
                _counts.Add(new long[Cells * Replicates]);
            }
            else
            {
                _sums.Add(new ScaledSum[Cells * Replicates]);
            }
        }

        return slot;
    }

    /// <summary>A queued respondent: the row, its answers' price slots (-1 = none), its kind's first cell and its weight (whole, or scaled to the sums' unit).</summary>
    private readonly record struct Pending(int Row, int TooCheap, int Cheap, int Expensive, int TooExpensive, int First, double Weight);

    /// <summary>A respondent kept whole: the row, the answers (NaN = missing, never -0), the weight as given, the intentions and the kind.</summary>
    private readonly record struct Respondent(int Row, double TooCheap, double Cheap, double Expensive, double TooExpensive, double Weight, int? IntentCheap, int? IntentExpensive, int Kind);
}
