using System.Buffers.Binary;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>
/// A reading of <see cref="PsmTally.ToBytes"/>'s format 1, written from its documentation: the tally's contents as lists
/// (sums in units of <c>2^WeightExponent</c>, whole-weight counts turned into sums), and where each field starts, so that
/// tests compare tallies to the last bit and change single fields.
/// </summary>
internal sealed class PsmTallyBytes
{
    private readonly byte[] _bytes;
    private int _at;

    private PsmTallyBytes(byte[] bytes) => _bytes = bytes;

    public bool HasPurchaseIntentions { get; private set; }

    public bool Counts { get; private set; }

    public int NextRow { get; private set; }

    public int WeightExponent { get; private set; }

    public List<(int First, int End)> Rows { get; } = [];

    public List<(int First, int End)> WithoutTooCheapRows { get; } = [];

    public List<PriceWeight> Weights { get; } = [];

    public List<Respondent> Inconsistent { get; } = [];

    public List<Combination> Combinations { get; } = [];

    /// <summary>Where each field starts, for example <c>NextRow</c>, <c>Rows[0].End</c>, <c>Prices[1].Price</c>, <c>Inconsistent[0].Weight</c>, <c>Combinations[0]</c>.</summary>
    public Dictionary<string, int> Offsets { get; } = [];

    public static PsmTallyBytes Read(byte[] bytes)
    {
        var r = new PsmTallyBytes(bytes);
        Assert.Equal(1, r.Byte("Version"));
        var flags = r.Byte("Flags");
        (r.HasPurchaseIntentions, r.Counts) = ((flags & 1) != 0, (flags & 2) != 0);
        r.NextRow = r.Int("NextRow");
        r.WeightExponent = r.Int("WeightExponent");
        foreach (var (name, ranges) in new[] { ("Rows", r.Rows), ("WithoutTooCheapRows", r.WithoutTooCheapRows) })
        {
            var count = r.Int($"{name}.Count");
            for (var i = 0; i < count; i++)
            {
                ranges.Add((r.Int($"{name}[{i}].First"), r.Int($"{name}[{i}].End")));
            }
        }

        var prices = new double[r.Int("Prices.Count")];
        for (var s = 0; s < prices.Length; s++)
        {
            prices[s] = r.Double($"Prices[{s}].Price");
            var kinds = r.Byte($"Prices[{s}].Kinds");
            for (var kind = 0; kind < 2; kind++)
            {
                for (var q = kind == 0 ? 0 : 1; q < 4 && (kinds & (1 << kind)) != 0; q++)
                {
                    var (sum, residual) = r.Sum($"Prices[{s}].Weight[{kind}][{q}]");
                    r.Weights.Add(new PriceWeight(prices[s], (PsmQuestion)q, kind == 1, sum, residual));
                }
            }
        }

        var respondents = r.Int("Inconsistent.Count");
        for (var i = 0; i < respondents; i++)
        {
            r.Inconsistent.Add(new Respondent(
                r.Int($"Inconsistent[{i}].Row"),
                r.Answer($"Inconsistent[{i}].TooCheap"),
                r.Answer($"Inconsistent[{i}].Cheap"),
                r.Answer($"Inconsistent[{i}].Expensive"),
                r.Answer($"Inconsistent[{i}].TooExpensive"),
                r.Double($"Inconsistent[{i}].Weight")));
        }

        var combinations = r.Int("Combinations.Count");
        for (var i = 0; i < combinations; i++)
        {
            r.Offsets[$"Combinations[{i}]"] = r._at;
            var firstRow = r.Int($"Combinations[{i}].FirstRow");
            double? Price(int slot) => slot < 0 ? null : prices[slot];
            var (tc, c, e, te) = (Price(r.Int($"Combinations[{i}].TooCheap")), Price(r.Int($"Combinations[{i}].Cheap")), Price(r.Int($"Combinations[{i}].Expensive")), Price(r.Int($"Combinations[{i}].TooExpensive")));
            var given = r.Byte($"Combinations[{i}].Given");
            var (ic, ie) = (r.Int($"Combinations[{i}].IntentCheap"), r.Int($"Combinations[{i}].IntentExpensive"));
            var (sum, residual) = r.Sum($"Combinations[{i}].Weight");
            r.Combinations.Add(new Combination(firstRow, tc, c, e, te, (given & 1) != 0 ? ic : null, (given & 2) != 0 ? ie : null, sum, residual));
        }

        r.Offsets["End"] = r._at;
        Assert.Equal(bytes.Length, r._at);
        return r;
    }

    /// <summary>A copy of <paramref name="bytes"/> with a 32-bit integer written at <paramref name="offset"/>.</summary>
    public static byte[] With(byte[] bytes, int offset, int value)
    {
        var copy = bytes.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(offset), value);
        return copy;
    }

    /// <summary>A copy of <paramref name="bytes"/> with a 64-bit integer written at <paramref name="offset"/>.</summary>
    public static byte[] With(byte[] bytes, int offset, long value)
    {
        var copy = bytes.ToArray();
        BinaryPrimitives.WriteInt64LittleEndian(copy.AsSpan(offset), value);
        return copy;
    }

    /// <summary>A copy of <paramref name="bytes"/> with a double written at <paramref name="offset"/>.</summary>
    public static byte[] With(byte[] bytes, int offset, double value)
    {
        var copy = bytes.ToArray();
        BinaryPrimitives.WriteDoubleLittleEndian(copy.AsSpan(offset), value);
        return copy;
    }

    /// <summary>A copy of <paramref name="bytes"/> with a byte written at <paramref name="offset"/>.</summary>
    public static byte[] With(byte[] bytes, int offset, byte value)
    {
        var copy = bytes.ToArray();
        copy[offset] = value;
        return copy;
    }

    private byte Byte(string field)
    {
        Offsets[field] = _at;
        return _bytes[_at++];
    }

    private int Int(string field)
    {
        Offsets[field] = _at;
        var value = BinaryPrimitives.ReadInt32LittleEndian(_bytes.AsSpan(_at));
        _at += 4;
        return value;
    }

    private double Double(string field)
    {
        Offsets[field] = _at;
        var value = BinaryPrimitives.ReadDoubleLittleEndian(_bytes.AsSpan(_at));
        _at += 8;
        return value;
    }

    private double? Answer(string field) => Double(field) is var price && double.IsNaN(price) ? null : price;

    private (double Sum, double Residual) Sum(string field)
    {
        if (!Counts)
        {
            return (Double(field), Double($"{field}.Residual"));
        }

        Offsets[field] = _at;
        var count = BinaryPrimitives.ReadInt64LittleEndian(_bytes.AsSpan(_at));
        _at += 8;
        var (sum, residual) = ScaledSum.FromCount(count, WeightExponent);
        return (sum, residual);
    }

    /// <summary>The summed weight of one question's answers at one price, for respondents consistent on four questions or (<paramref name="WithoutTooCheap"/>) on three.</summary>
    internal readonly record struct PriceWeight(double Price, PsmQuestion Question, bool WithoutTooCheap, double Weight, double Residual);

    /// <summary>An inconsistent respondent kept whole.</summary>
    internal readonly record struct Respondent(int Row, double? TooCheap, double? Cheap, double? Expensive, double? TooExpensive, double Weight);

    /// <summary>The respondents that gave one combination of answers and intentions.</summary>
    internal readonly record struct Combination(int FirstRow, double? TooCheap, double? Cheap, double? Expensive, double? TooExpensive, int? PurchaseIntentCheap, int? PurchaseIntentExpensive, double Weight, double Residual);
}
