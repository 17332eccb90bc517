using System.Buffers;
using static SolutionFit.PriceSensitivity.TallyBytes;

namespace SolutionFit.PriceSensitivity;

/// <summary>
/// A bootstrap tally saved as bytes and rebuilt from them, checked. Format 1, little-endian: the version; flags (1 =
/// purchase intentions, 2 = whole-weight counts); the seed, the replicates, the next row and the weight exponent; the row
/// ranges (a count, then first and end of each); the prices (a count, then each price and its 7 × replicates sums: a
/// 64-bit count, or a sum and its residual); the inconsistent respondents, then with purchase intentions every respondent
/// (each a count, then row, four answers with NaN for a missing one, weight, which intentions are given and the two
/// intentions).
/// </summary>
public sealed partial class PsmBootstrapTally
{
    private const byte FormatVersion = 1;
    private const byte IntentionsFlag = 1;
    private const byte CountsFlag = 2;
    private const int MaxExponent = 1100;

    /// <summary>Saves the tally's whole state as bytes, for a distributed engine to move a tally between machines; <see cref="FromBytes"/> rebuilds it.</summary>
    /// <returns>The bytes, their first one the format version; later changes to the tally do not change them.</returns>
    /// <remarks>Exact: the rebuilt tally holds the same sums to the last bit, so it analyses and merges exactly as this one does.</remarks>
    public byte[] ToBytes()
    {
        Flush();
        var writer = new ArrayBufferWriter<byte>(1024);
        Write(writer, FormatVersion);
        Write(writer, (byte)((HasPurchaseIntentions ? IntentionsFlag : 0) | (_counting ? CountsFlag : 0)));
        Write(writer, Seed);
        Write(writer, Replicates);
        Write(writer, _nextRow);
        Write(writer, _exponent);
        Write(writer, _rows.RangeCount);
        for (var i = 0; i < _rows.RangeCount; i++)
        {
            Write(writer, _rows[i].First);
            Write(writer, _rows[i].End);
        }

        Write(writer, _prices.Count);
        for (var s = 0; s < _prices.Count; s++)
        {
            Write(writer, _prices[s]);
            for (var i = 0; i < Cells * Replicates; i++)
            {
                if (_counting)
                {
                    Write(writer, _counts[s][i]);
                }
                else
                {
                    Write(writer, _sums[s][i].Sum);
                    Write(writer, _sums[s][i].Residual);
                }
            }
        }

        foreach (var respondents in (List<Respondent>?[])[_inconsistent, _withIntentions])
        {
            if (respondents is null)
            {
                continue;
            }

            Write(writer, respondents.Count);
            foreach (var r in respondents)
            {
                Write(writer, r.Row);
                foreach (var value in (ReadOnlySpan<double>)[r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive, r.Weight])
                {
                    Write(writer, value);
                }

                Write(writer, (byte)((r.IntentCheap.HasValue ? 1 : 0) | (r.IntentExpensive.HasValue ? 2 : 0)));
                Write(writer, r.IntentCheap ?? 0);
                Write(writer, r.IntentExpensive ?? 0);
            }
        }

        return writer.WrittenSpan.ToArray();
    }

    /// <summary>Rebuilds a tally from the bytes <see cref="ToBytes"/> wrote, checking them.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The tally: it analyses and merges exactly as the one saved.</returns>
    /// <exception cref="InvalidInputException">
    /// The bytes are not a bootstrap tally (<see cref="ArgumentException.ParamName"/> <c>bytes</c>;
    /// <see cref="InvalidInputException.Field"/> names the part that is wrong, <see cref="InvalidInputException.Index"/>
    /// the position of the bad item in it): an unknown version or flag; the bytes end early or go on after the tally; no
    /// replicates; a row range that is empty, out of order or past the next row; a price that is not a finite number at
    /// least 0, or given twice; a sum that is negative or not finite; a respondent outside the rows, with an answer or a
    /// weight that is not a finite number at least 0, with intentions in a tally without them, or (among the inconsistent
    /// ones) whose answers are consistent; a weight exponent outside 0 to 1100.
    /// </exception>
    public static PsmBootstrapTally FromBytes(ReadOnlySpan<byte> bytes)
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

        var seed = reader.UInt64("Seed");
        var replicates = reader.Int32("Replicates");
        var nextRow = reader.Int32("NextRow");
        var exponent = reader.Int32("Exponent");
        if (replicates < 1 || nextRow < 0 || exponent < 0 || exponent > MaxExponent)
        {
            throw Bad("Header", $"The replicates ({replicates}), the next row ({nextRow}) or the weight exponent ({exponent}) is out of range.");
        }

        var tally = new PsmBootstrapTally(seed, replicates, nextRow, (flags & IntentionsFlag) != 0);
        if ((flags & CountsFlag) == 0)
        {
            tally.CountNoLonger();
        }

        tally._exponent = exponent;
        var ranges = reader.Count("Rows", 8);
        var (previousEnd, count) = (0, 0L);
        for (var i = 0; i < ranges; i++)
        {
            var (first, end) = (reader.Int32("Rows"), reader.Int32("Rows"));
            if (first < previousEnd || end <= first || end > nextRow)
            {
                throw Bad("Rows", $"The row range {first} to {end} is empty, out of order or past the next row {nextRow}.", i);
            }

            tally._rows.Append(first, end);
            (previousEnd, count) = (end, count + end - first);
        }

        tally.Count = (int)count;
        var perPrice = Cells * replicates;
        var prices = reader.Count("Prices", 8 + ((long)perPrice * (tally._counting ? 8 : 16)));
        for (var s = 0; s < prices; s++)
        {
            var price = reader.Double("Prices");
            if (!(price >= 0.0 && double.IsFinite(price)) || tally.SlotOf(price) != s)
            {
                throw Bad("Prices", $"The price {Guard.Format(price)} is not a finite number at least 0, or is given twice.", s);
            }

            for (var i = 0; i < perPrice; i++)
            {
                if (tally._counting)
                {
                    tally._counts[s][i] = reader.Weight("Prices", s, long.MaxValue);
                }
                else
                {
                    tally._sums[s][i] = reader.Sum("Prices", s);
                }
            }
        }

        ReadRespondents(ref reader, tally, tally._inconsistent, "Inconsistent");
        if (tally._withIntentions is { } withIntentions)
        {
            ReadRespondents(ref reader, tally, withIntentions, "Respondents");
        }

        return reader.Remaining == 0 ? tally : throw Bad("End", $"The tally ends at byte {bytes.Length - reader.Remaining}, but {reader.Remaining} more bytes follow.");
    }

    private static void ReadRespondents(ref TallyReader reader, PsmBootstrapTally tally, List<Respondent> into, string field)
    {
        var count = reader.Count(field, 53);
        Span<double> values = stackalloc double[5];
        for (var i = 0; i < count; i++)
        {
            var row = reader.Int32(field);
            for (var v = 0; v < values.Length; v++)
            {
                values[v] = reader.Double(field);
            }

            var given = reader.Byte(field);
            var (intentCheap, intentExpensive) = (reader.Int32(field), reader.Int32(field));
            var answersValid = true;
            for (var v = 0; v < 4; v++)
            {
                answersValid &= double.IsNaN(values[v]) || (values[v] >= 0.0 && double.IsFinite(values[v]));
            }

            var kind = PsmRespondent.KindOf(values[0], values[1], values[2], values[3]);
            if (!answersValid || !(values[4] >= 0.0 && double.IsFinite(values[4])) || !tally._rows.Contains(row) || given > 3
                || (given != 0 && !tally.HasPurchaseIntentions) || (field == "Inconsistent" && kind != Inconsistent))
            {
                throw Bad(field, $"The respondent at row {row} is outside the rows, has an answer or weight that is not a finite number at least 0, intentions the tally has not, or (inconsistent) consistent answers.", i);
            }

            into.Add(new Respondent(row, values[0], values[1], values[2], values[3], values[4], (given & 1) != 0 ? intentCheap : null, (given & 2) != 0 ? intentExpensive : null, kind));
        }
    }
}
