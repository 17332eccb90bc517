using System.Runtime.CompilerServices;

namespace SolutionFit.PriceSensitivity;

/// <summary>The tally's weights: per price slot, kind of respondent and question, whole-weight counts or exact scaled sums.</summary>
public sealed partial class PsmTally
{
    private const double MaxWholeWeight = 2147483648.0; // 2^31: fewer than 2^31 rows of such weights sum below 2^62

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
            _inconsistent.Add(new Respondent(row, tooCheap, cheap, expensive, tooExpensive, ScaledSum.Scale(weight, -_exponent)));
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
            _withoutTooCheapRows.Append(row);
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
            var scaled = ScaledSum.Scale(weight, -_exponent);
            var sums = _sums!;
            if (kind == Consistent)
            {
                sums[Index(tooCheapSlot, kind, PsmQuestions.TooCheap)].Add(scaled);
            }

            sums[Index(cheapSlot, kind, PsmQuestions.Cheap)].Add(scaled);
            sums[Index(expensiveSlot, kind, PsmQuestions.Expensive)].Add(scaled);
            sums[Index(tooExpensiveSlot, kind, PsmQuestions.TooExpensive)].Add(scaled);
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

    private void AddToCombination(ref CombinationTable.Entry entry, double weight)
    {
        if (_counts is not null)
        {
            entry.Count += (long)weight;
        }
        else
        {
            ScaledSum.Add(ref entry.Weight, ref entry.Residual, ScaledSum.Scale(weight, -_exponent));
        }
    }

    /// <summary>The sum of a price, kind and question (<see cref="Index"/>), in units of <c>2^_exponent</c>.</summary>
    private ScaledSum SumAt(int index) => _counts is { } counts ? ScaledSum.FromCount(counts[index], _exponent) : _sums![index];

    /// <summary>The sum of a combination, in units of <c>2^_exponent</c>.</summary>
    private ScaledSum SumOf(in CombinationTable.Entry entry) => _counts is not null ? ScaledSum.FromCount(entry.Count, _exponent) : new(entry.Weight, entry.Residual);

    /// <summary>Leaves the integer counts for exact sums, with the same values.</summary>
    internal void CountNoLonger()
    {
        if (_counts is null)
        {
            return;
        }

        _sums = new ScaledSum[_counts.Length];
        for (var i = 0; i < _prices.Count * PerPrice; i++)
        {
            _sums[i] = ScaledSum.FromCount(_counts[i], _exponent);
        }

        for (var m = 0; m < (_combinations?.Count ?? 0); m++)
        {
            ref var entry = ref _combinations![m];
            (entry.Weight, entry.Residual) = ScaledSum.FromCount(entry.Count, _exponent);
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
            for (var i = 0; i < _prices.Count * PerPrice; i++)
            {
                _sums[i] = _sums[i].Scaled(shift);
            }

            for (var m = 0; m < (_combinations?.Count ?? 0); m++)
            {
                ref var entry = ref _combinations![m];
                (entry.Weight, entry.Residual) = new ScaledSum(entry.Weight, entry.Residual).Scaled(shift);
            }
        }

        for (var i = 0; i < _inconsistent.Count; i++)
        {
            _inconsistent[i] = _inconsistent[i] with { Weight = ScaledSum.Scale(_inconsistent[i].Weight, shift) };
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
            Array.Resize(ref _sums, _kinds.Length * PerPrice);
        }
    }

    /// <summary>The position of a price's, kind's and question's weight in the counts or sums.</summary>
    private static int Index(int slot, int kind, int question) => (slot * PerPrice) + (kind * PsmQuestions.Count) + question;
}
