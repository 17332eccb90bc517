using System.Runtime.CompilerServices;

namespace SolutionFit.PriceSensitivity;

/// <summary>What the analysis reads from a tally: the span of its prices, the excluded respondents, the weights per price and the combinations it uses.</summary>
public sealed partial class PsmTally
{
    /// <summary>
    /// Gets the lowest and highest price the analysis with <paramref name="options"/> puts on its price grid: those of the
    /// respondents it uses (with <see cref="PsmOptions.ExcludeInconsistent"/>, the consistent ones; without, every answer
    /// given). A reader can check the size of a regular grid (<see cref="PsmPriceSpan.GridPoints"/> against
    /// <see cref="PsmOptions.MaxGridPoints"/>) before analysing.
    /// </summary>
    /// <param name="options">The options of the analysis; <see cref="PsmOptions.Default"/> when null.</param>
    /// <returns>The span; null when the analysis would use no answer (it then rejects the tally).</returns>
    public PsmPriceSpan? PriceSpan(PsmOptions? options = null)
    {
        var exclude = (options ?? PsmOptions.Default).ExcludeInconsistent;
        var used = exclude ? 1 << (IsThreeQuestion ? WithoutTooCheap : Consistent) : (1 << Consistent) | (1 << WithoutTooCheap);
        var (lowest, highest) = (double.PositiveInfinity, double.NegativeInfinity);
        for (var s = 0; s < _prices.Count; s++)
        {
            if ((_kinds[s] & used) != 0)
            {
                (lowest, highest) = (Math.Min(lowest, _prices[s]), Math.Max(highest, _prices[s]));
            }
        }

        if (!exclude)
        {
            foreach (var r in _inconsistent)
            {
                foreach (var price in (ReadOnlySpan<double>)[r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive])
                {
                    if (!double.IsNaN(price))
                    {
                        (lowest, highest) = (Math.Min(lowest, price), Math.Max(highest, price));
                    }
                }
            }
        }

        return lowest <= highest ? new PsmPriceSpan(lowest, highest) : null;
    }

    /// <summary>The respondents with missing or not strictly increasing answers, by row, as the analysis reports them.</summary>
    internal PsmExcludedRespondent[] ExcludedRespondents()
    {
        var threeQuestion = IsThreeQuestion;
        var excluded = new List<PsmExcludedRespondent>(_inconsistent.Count);
        foreach (var r in _inconsistent)
        {
            excluded.Add(PsmRespondent.Describe(r.Row, r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive, threeQuestion));
        }

        if (!threeQuestion)
        {
            for (var range = 0; range < _withoutTooCheapRows.RangeCount; range++)
            {
                var (first, end) = _withoutTooCheapRows[range];
                for (var row = first; row < end; row++)
                {
                    excluded.Add(new PsmExcludedRespondent(row, PsmQuestions.TooCheap));
                }
            }
        }

        for (var i = 1; i < excluded.Count; i++)
        {
            if (excluded[i].Row < excluded[i - 1].Row)
            {
                excluded.Sort((a, b) => a.Row.CompareTo(b.Row)); // rows tallied out of order (merged shards), or both kinds
                break;
            }
        }

        return [.. excluded];
    }

    /// <summary>
    /// The per-price weights of the respondents the analysis uses, in a price table; and whether they have a positive
    /// total weight.
    /// </summary>
    internal (PriceTable Table, bool PositiveWeight) UsedWeights(bool excludeInconsistent)
    {
        var threeQuestion = IsThreeQuestion;
        var table = new PriceTable(Math.Max(16, _prices.Count));
        var positive = false;
        for (var s = 0; s < _prices.Count; s++)
        {
            for (var kind = 0; kind < 2; kind++)
            {
                var used = !excludeInconsistent || PsmRespondent.IsUsed(kind, threeQuestion);
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

        if (!excludeInconsistent)
        {
            var sorted = new List<Respondent>(_inconsistent);
            sorted.Sort((a, b) => a.Row.CompareTo(b.Row));
            foreach (var r in sorted)
            {
                positive |= r.Weight > 0.0;
                table.Add(r.TooCheap, PsmQuestions.TooCheap, r.Weight);
                table.Add(r.Cheap, PsmQuestions.Cheap, r.Weight);
                table.Add(r.Expensive, PsmQuestions.Expensive, r.Weight);
                table.Add(r.TooExpensive, PsmQuestions.TooExpensive, r.Weight);
            }
        }

        return (table, positive);
    }

    /// <summary>
    /// The combinations of answers and intentions the analysis uses, by first row, as positions for <see cref="UsedCombination"/>:
    /// excluding inconsistent respondents, those of the respondents consistent in a survey of this many questions.
    /// </summary>
    internal ReadOnlySpan<int> UsedCombinations(bool excludeInconsistent)
    {
        var order = _combinations!.ByFirstRow();
        if (!excludeInconsistent)
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
        var weight = _counts is not null ? Math.ScaleB((double)entry.Count, -_exponent) : entry.Weight; // the sum of SumOf, without its residual
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
}
