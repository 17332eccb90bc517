using System.Buffers;
using System.Buffers.Binary;

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
        Write(writer, [FormatVersion, (byte)((HasPurchaseIntentions ? IntentionsFlag : 0) | (_counting ? CountsFlag : 0))]);
        WriteUInt64(writer, Seed);
        WriteInt32(writer, Replicates);
        WriteInt32(writer, _nextRow);
        WriteInt32(writer, _exponent);
        WriteInt32(writer, _rows.RangeCount);
        for (var i = 0; i < _rows.RangeCount; i++)
        {
            WriteInt32(writer, _rows[i].First);
            WriteInt32(writer, _rows[i].End);
        }

        WriteInt32(writer, _prices.Count);
        for (var s = 0; s < _prices.Count; s++)
        {
            WriteDouble(writer, _prices[s]);
            for (var i = 0; i < Cells * Replicates; i++)
            {
                if (_counting)
                {
                    WriteUInt64(writer, (ulong)_counts[s][i]);
                }
                else
                {
                    WriteDouble(writer, _sums[s][i].Sum);
                    WriteDouble(writer, _sums[s][i].Residual);
                }
            }
        }

        foreach (var respondents in (List<Respondent>?[])[_inconsistent, _withIntentions])
        {
            if (respondents is null)
            {
                continue;
            }

            WriteInt32(writer, respondents.Count);
            foreach (var r in respondents)
            {
                WriteInt32(writer, r.Row);
                foreach (var value in (ReadOnlySpan<double>)[r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive, r.Weight])
                {
                    WriteDouble(writer, value);
                }

                Write(writer, [(byte)((r.IntentCheap.HasValue ? 1 : 0) | (r.IntentExpensive.HasValue ? 2 : 0))]);
                WriteInt32(writer, r.IntentCheap ?? 0);
                WriteInt32(writer, r.IntentExpensive ?? 0);
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
        var at = 0;
        var version = Take(bytes, ref at, 1, "Version")[0];
        if (version != FormatVersion)
        {
            throw Bad("Version", $"The format version is {version}, but only version {FormatVersion} is known.");
        }

        var flags = Take(bytes, ref at, 1, "Flags")[0];
        if ((flags & ~(IntentionsFlag | CountsFlag)) != 0)
        {
            throw Bad("Flags", $"The flags are {flags}, but only 1 (purchase intentions) and 2 (whole-weight counts) are known.");
        }

        var seed = BinaryPrimitives.ReadUInt64LittleEndian(Take(bytes, ref at, 8, "Seed"));
        var replicates = ReadInt32(bytes, ref at, "Replicates");
        var nextRow = ReadInt32(bytes, ref at, "NextRow");
        var exponent = ReadInt32(bytes, ref at, "Exponent");
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
        var ranges = ItemCount(bytes, ref at, 8, "Rows");
        var (previousEnd, count) = (0, 0L);
        for (var i = 0; i < ranges; i++)
        {
            var (first, end) = (ReadInt32(bytes, ref at, "Rows"), ReadInt32(bytes, ref at, "Rows"));
            if (first < previousEnd || end <= first || end > nextRow)
            {
                throw Bad("Rows", $"The row range {first} to {end} is empty, out of order or past the next row {nextRow}.", i);
            }

            tally._rows.Append(first, end);
            (previousEnd, count) = (end, count + end - first);
        }

        tally.Count = (int)count;
        var perPrice = Cells * replicates;
        var prices = ItemCount(bytes, ref at, 8 + ((long)perPrice * (tally._counting ? 8 : 16)), "Prices");
        for (var s = 0; s < prices; s++)
        {
            var price = BinaryPrimitives.ReadDoubleLittleEndian(Take(bytes, ref at, 8, "Prices"));
            if (!(price >= 0.0 && double.IsFinite(price)) || tally.SlotOf(price) != s)
            {
                throw Bad("Prices", $"The price {Guard.Format(price)} is not a finite number at least 0, or is given twice.", s);
            }

            for (var i = 0; i < perPrice; i++)
            {
                if (tally._counting)
                {
                    var value = BinaryPrimitives.ReadInt64LittleEndian(Take(bytes, ref at, 8, "Prices"));
                    tally._counts[s][i] = value >= 0 ? value : throw Bad("Prices", $"A count is {value}, below 0.", s);
                }
                else
                {
                    var (sum, residual) = (BinaryPrimitives.ReadDoubleLittleEndian(Take(bytes, ref at, 8, "Prices")), BinaryPrimitives.ReadDoubleLittleEndian(Take(bytes, ref at, 8, "Prices")));
                    tally._sums[s][i] = sum >= 0.0 && double.IsFinite(sum) && double.IsFinite(residual) ? new ScaledSum(sum, residual) : throw Bad("Prices", $"A sum is {Guard.Format(sum)} (residual {Guard.Format(residual)}), not a finite number at least 0.", s);
                }
            }
        }

        ReadRespondents(bytes, ref at, tally, tally._inconsistent, "Inconsistent");
        if (tally._withIntentions is { } withIntentions)
        {
            ReadRespondents(bytes, ref at, tally, withIntentions, "Respondents");
        }

        return at == bytes.Length ? tally : throw Bad("Length", $"The bytes go on for {bytes.Length - at} after the tally.");
    }

    private static void ReadRespondents(ReadOnlySpan<byte> bytes, ref int at, PsmBootstrapTally tally, List<Respondent> into, string field)
    {
        var count = ItemCount(bytes, ref at, 53, field);
        Span<double> values = stackalloc double[5];
        for (var i = 0; i < count; i++)
        {
            var row = ReadInt32(bytes, ref at, field);
            for (var v = 0; v < values.Length; v++)
            {
                values[v] = BinaryPrimitives.ReadDoubleLittleEndian(Take(bytes, ref at, 8, field));
            }

            var given = Take(bytes, ref at, 1, field)[0];
            var (intentCheap, intentExpensive) = (ReadInt32(bytes, ref at, field), ReadInt32(bytes, ref at, field));
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

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> bytes, ref int at, int size, string field)
    {
        if (bytes.Length - at < size)
        {
            throw Bad(field, $"The bytes end at {bytes.Length}, before the {field.ToLowerInvariant()} they should hold.");
        }

        var taken = bytes.Slice(at, size);
        at += size;
        return taken;
    }

    private static int ReadInt32(ReadOnlySpan<byte> bytes, ref int at, string field) => BinaryPrimitives.ReadInt32LittleEndian(Take(bytes, ref at, 4, field));

    /// <summary>A count of items of at least <paramref name="itemSize"/> bytes each, checked against the bytes left.</summary>
    private static int ItemCount(ReadOnlySpan<byte> bytes, ref int at, long itemSize, string field)
    {
        var count = ReadInt32(bytes, ref at, field);
        return count >= 0 && count * itemSize <= bytes.Length - at ? count : throw Bad(field, $"The count {count} is negative or more than the bytes left hold.");
    }

    private static InvalidInputException Bad(string field, string detail, int? index = null, string paramName = "bytes") =>
        new(paramName, detail, index: index, field: field);

    private static void Write(ArrayBufferWriter<byte> writer, ReadOnlySpan<byte> values) => writer.Write(values);

    private static void WriteInt32(ArrayBufferWriter<byte> writer, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(writer.GetSpan(4), value);
        writer.Advance(4);
    }

    private static void WriteUInt64(ArrayBufferWriter<byte> writer, ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(writer.GetSpan(8), value);
        writer.Advance(8);
    }

    private static void WriteDouble(ArrayBufferWriter<byte> writer, double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(writer.GetSpan(8), value);
        writer.Advance(8);
    }
}
