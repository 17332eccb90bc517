using System.Buffers;
using static SolutionFit.PriceSensitivity.TallyBytes;

namespace SolutionFit.PriceSensitivity;

/// <summary>
/// A tally saved as bytes and rebuilt from them, checked. Format 1, little-endian: the version; flags (1 = purchase
/// intentions, 2 = whole-weight counts); the next row; the weight exponent; the row ranges and the without-too-cheap row
/// ranges (a count, then first and end of each); the prices (a count, then each price, its kinds and each kind's
/// question weights: a 64-bit count, or a sum and its residual); the inconsistent respondents (a count, then row, four
/// answers with NaN for a missing one, weight); the combinations (a count, then first row, four price positions with -1
/// for a missing answer, which intentions are given, the two intentions, and the weight as a count or a sum and residual).
/// </summary>
public sealed partial class PsmTally
{
    private const byte FormatVersion = 1;
    private const byte IntentionsFlag = 1;
    private const byte CountsFlag = 2;
    private const int MaxExponent = 1100;

    /// <summary>Saves the tally's whole state as bytes, for a distributed engine to move a tally between machines; <see cref="FromBytes"/> rebuilds it.</summary>
    /// <returns>The bytes, their first one the format version; later changes to the tally do not change them.</returns>
    /// <remarks>
    /// Exact: the rebuilt tally holds the same sums to the last bit, so it analyses and merges exactly as this one does.
    /// The format is versioned; a later version of the library reads the bytes an earlier one wrote.
    /// </remarks>
    public byte[] ToBytes()
    {
        var counts = _counts is not null;
        var writer = new ArrayBufferWriter<byte>(256);
        Write(writer, FormatVersion);
        Write(writer, (byte)((HasPurchaseIntentions ? IntentionsFlag : 0) | (counts ? CountsFlag : 0)));
        Write(writer, _nextRow);
        Write(writer, _exponent);
        foreach (var ranges in (ReadOnlySpan<RowRanges>)[_rows, _withoutTooCheapRows])
        {
            Write(writer, ranges.RangeCount);
            for (var i = 0; i < ranges.RangeCount; i++)
            {
                Write(writer, ranges[i].First);
                Write(writer, ranges[i].End);
            }
        }

        Write(writer, _prices.Count);
        for (var s = 0; s < _prices.Count; s++)
        {
            Write(writer, _prices[s]);
            Write(writer, _kinds[s]);
            for (var kind = 0; kind < 2; kind++)
            {
                for (var q = kind == 0 ? PsmQuestions.TooCheap : PsmQuestions.Cheap; q < PsmQuestions.Count && (_kinds[s] & (1 << kind)) != 0; q++)
                {
                    WriteSum(writer, counts ? _counts![Index(s, kind, q)] : 0, counts ? default : _sums![Index(s, kind, q)]);
                }
            }
        }

        Write(writer, _inconsistent.Count);
        foreach (var r in _inconsistent)
        {
            Write(writer, r.Row);
            Write(writer, r.TooCheap);
            Write(writer, r.Cheap);
            Write(writer, r.Expensive);
            Write(writer, r.TooExpensive);
            Write(writer, r.Weight);
        }

        Write(writer, _combinations?.Count ?? 0);
        for (var m = 0; m < (_combinations?.Count ?? 0); m++)
        {
            ref var entry = ref _combinations![m];
            var key = entry.Key;
            Write(writer, entry.FirstRow);
            Write(writer, key.TooCheap);
            Write(writer, key.Cheap);
            Write(writer, key.Expensive);
            Write(writer, key.TooExpensive);
            Write(writer, (byte)((key.IntentCheap.HasValue ? 1 : 0) | (key.IntentExpensive.HasValue ? 2 : 0)));
            Write(writer, key.IntentCheap ?? 0);
            Write(writer, key.IntentExpensive ?? 0);
            WriteSum(writer, entry.Count, new ScaledSum(entry.Weight, entry.Residual));
        }

        return writer.WrittenSpan.ToArray();

        void WriteSum(ArrayBufferWriter<byte> w, long count, ScaledSum sum)
        {
            if (counts)
            {
                Write(w, count);
            }
            else
            {
                Write(w, sum.Sum);
                Write(w, sum.Residual);
            }
        }
    }

    /// <summary>Rebuilds a tally from the bytes <see cref="ToBytes"/> wrote, checking them.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The tally: it analyses and merges exactly as the one saved.</returns>
    /// <exception cref="InvalidInputException">
    /// The bytes are not a tally (<see cref="ArgumentException.ParamName"/> <c>bytes</c>; <see cref="InvalidInputException.Field"/>
    /// names the part that is wrong, and <see cref="InvalidInputException.Index"/> the position of the bad item in it): an
    /// unknown format version or flag; the bytes end early or go on after the tally; a row range that is empty, out of
    /// order, overlapping or past the next row; without-too-cheap rows that are not tallied; a price or an answer that is not
    /// a finite number at least 0, or a price given twice; a weight that is negative, not finite, or larger than the rows
    /// allow; an inconsistent respondent outside the rows, repeated, or whose answers are consistent; a combination without
    /// purchase intentions, outside the rows, with a price position out of range, or repeated; a weight exponent outside 0 to 1100.
    /// </exception>
    public static PsmTally FromBytes(ReadOnlySpan<byte> bytes)
    {
        var reader = new TallyReader(bytes);
        var version = reader.Byte("Version");
        if (version != FormatVersion)
        {
            throw Bad("Version", $"The format version is {version}, but only version {FormatVersion} is known.");
        }

        var flags = reader.Byte("Flags");
        if ((flags & ~(IntentionsFlag | CountsFlag)) != 0)
        {
            throw Bad("Flags", $"The flags are {flags}, but only 1 (purchase intentions) and 2 (whole-weight counts) are known.");
        }

        var tally = new PsmTally(0, (flags & IntentionsFlag) != 0);
        var counts = (flags & CountsFlag) != 0;
        if (!counts)
        {
            tally.CountNoLonger();
        }

        tally._nextRow = reader.Int32("NextRow");
        if (tally._nextRow < 0)
        {
            throw Bad("NextRow", $"The next row is {tally._nextRow}, but rows start at 0.");
        }

        tally._exponent = reader.Int32("WeightExponent");
        if (tally._exponent is < 0 or > MaxExponent)
        {
            throw Bad("WeightExponent", $"The weight exponent is {tally._exponent}, but it must be from 0 to {MaxExponent}.");
        }

        ReadRanges(ref reader, tally._rows, "Rows", tally._nextRow, null);
        ReadRanges(ref reader, tally._withoutTooCheapRows, "WithoutTooCheapRows", tally._nextRow, tally._rows);
        tally.Count = (int)tally._rows.RowCount;
        var maxCount = tally._rows.RowCount * (long)MaxWholeWeight;
        var priceCount = reader.Count("Prices", sizeof(double) + 1);
        for (var s = 0; s < priceCount; s++)
        {
            var price = reader.Double("Prices") + 0.0;
            var kinds = reader.Byte("Prices");
            if (!Guard.NonNegativeFiniteRule.IsValid(price) || tally.SlotOf(price) != s || kinds > 3)
            {
                throw Bad("Prices", $"The price {Guard.Format(price)} (kinds {kinds}) is not a finite number at least 0 given once, with kinds 0 to 3.", s);
            }

            tally._kinds[s] = kinds;
            tally._anyTooCheap |= (kinds & 1) != 0;
            for (var kind = 0; kind < 2; kind++)
            {
                for (var q = kind == 0 ? PsmQuestions.TooCheap : PsmQuestions.Cheap; q < PsmQuestions.Count && (kinds & (1 << kind)) != 0; q++)
                {
                    if (counts)
                    {
                        tally._counts![Index(s, kind, q)] = reader.Weight("Prices", s, maxCount);
                    }
                    else
                    {
                        tally._sums![Index(s, kind, q)] = reader.Sum("Prices", s);
                    }
                }
            }
        }

        var respondentRows = new HashSet<int>();
        var respondentCount = reader.Count("Inconsistent", sizeof(int) + (5 * sizeof(double)));
        for (var i = 0; i < respondentCount; i++)
        {
            var row = reader.Int32("Inconsistent");
            var (tc, c, e, te) = (reader.Answer("Inconsistent", i), reader.Answer("Inconsistent", i), reader.Answer("Inconsistent", i), reader.Answer("Inconsistent", i));
            var weight = reader.Double("Inconsistent");
            if (row < 0 || row >= tally._nextRow || !tally._rows.Contains(row) || tally._withoutTooCheapRows.Contains(row) || !respondentRows.Add(row)
                || !Guard.NonNegativeFiniteRule.IsValid(weight) || PsmRespondent.KindOf(tc, c, e, te) != Inconsistent)
            {
                throw Bad("Inconsistent", $"The respondent at row {row} (weight {Guard.Format(weight)}) is not tallied, is repeated, has consistent answers or a weight that is not a finite number at least 0.", i);
            }

            tally._inconsistent.Add(new Respondent(row, tc, c, e, te, weight));
            tally._anyTooCheap |= !double.IsNaN(tc);
        }

        var combinationCount = reader.Count("Combinations", (7 * sizeof(int)) + 1 + sizeof(long));
        if (combinationCount > 0 && tally._combinations is null)
        {
            throw Bad("Combinations", "A tally without purchase intentions has no combinations.", 0);
        }

        for (var i = 0; i < combinationCount; i++)
        {
            var firstRow = reader.Int32("Combinations");
            var (tc, c, e, te) = (reader.Int32("Combinations"), reader.Int32("Combinations"), reader.Int32("Combinations"), reader.Int32("Combinations"));
            var given = reader.Byte("Combinations");
            var (intentCheap, intentExpensive) = (reader.Int32("Combinations"), reader.Int32("Combinations"));
            if (firstRow < 0 || firstRow >= tally._nextRow || !tally._rows.Contains(firstRow) || given > 3 || !InSlots(tc) || !InSlots(c) || !InSlots(e) || !InSlots(te))
            {
                throw Bad("Combinations", $"The combination at row {firstRow} is not tallied, or has a price position or intention flags out of range.", i);
            }

            var key = new CombinationTable.Key(tc, c, e, te, (given & 1) != 0 ? intentCheap : null, (given & 2) != 0 ? intentExpensive : null, PsmRespondent.KindOf(PriceAt(tc), PriceAt(c), PriceAt(e), PriceAt(te)));
            if (tally._combinations!.Contains(key))
            {
                throw Bad("Combinations", "The combination is given twice.", i);
            }

            ref var entry = ref tally._combinations.Find(key, firstRow);
            if (counts)
            {
                entry.Count = reader.Weight("Combinations", i, maxCount);
            }
            else
            {
                (entry.Weight, entry.Residual) = reader.Sum("Combinations", i);
            }
        }

        if (reader.Remaining > 0)
        {
            throw Bad("End", $"The tally ends at byte {bytes.Length - reader.Remaining}, but {reader.Remaining} more bytes follow.");
        }

        return tally;

        bool InSlots(int slot) => slot >= -1 && slot < priceCount;

        double PriceAt(int slot) => slot < 0 ? double.NaN : tally._prices[slot];
    }

    private static void ReadRanges(ref TallyReader reader, RowRanges ranges, string field, int nextRow, RowRanges? within)
    {
        var count = reader.Count(field, 2 * sizeof(int));
        for (var i = 0; i < count; i++)
        {
            var (first, end) = (reader.Int32(field), reader.Int32(field));
            var previousEnd = i == 0 ? -1 : ranges[i - 1].End;
            if (first < 0 || first <= previousEnd || end <= first || end > nextRow || (within is not null && !within.Covers(first, end)))
            {
                throw Bad(field, $"The rows from {first} to {end} are not a range of at least one row after the range before, below the next row {nextRow}{(within is null ? string.Empty : " and among the rows tallied")}.", i);
            }

            ranges.Append(first, end);
        }
    }
}
