using System.Buffers.Binary;
using static SolutionFit.PriceSensitivity.TallyBytes;

namespace SolutionFit.PriceSensitivity;

/// <summary>Reads a tally's saved bytes in order; every read names the part it is in, for the error when the bytes end early.</summary>
internal ref struct TallyReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _at;

    public readonly int Remaining => _bytes.Length - _at;

    public byte Byte(string field) => Take(1, field)[0];

    public int Int32(string field) => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int), field));

    public long Int64(string field) => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long), field));

    public ulong UInt64(string field) => BinaryPrimitives.ReadUInt64LittleEndian(Take(sizeof(ulong), field));

    public double Double(string field) => BinaryPrimitives.ReadDoubleLittleEndian(Take(sizeof(double), field));

    /// <summary>A count of items of at least <paramref name="itemSize"/> bytes each: at least 0, and no more than the bytes left hold.</summary>
    public int Count(string field, long itemSize)
    {
        var count = Int32(field);
        if (count < 0 || count > Remaining / itemSize)
        {
            throw Bad(field, $"The count {count} is negative or more than the {Remaining} bytes left hold.");
        }

        return count;
    }

    /// <summary>An answer: NaN (missing) or a finite price at least 0 (-0 read as 0).</summary>
    public double Answer(string field, int index)
    {
        var price = Double(field) + 0.0;
        if (!double.IsNaN(price) && !Guard.NonNegativeFiniteRule.IsValid(price))
        {
            throw Bad(field, $"The answer {Guard.Format(price)} is not a finite number at least 0.", index);
        }

        return price;
    }

    /// <summary>A whole-weight count: from 0 to <paramref name="max"/>.</summary>
    public long Weight(string field, int index, long max)
    {
        var count = Int64(field);
        if (count < 0 || count > max)
        {
            throw Bad(field, $"The weight {count} is negative or larger than the rows tallied allow ({max}).", index);
        }

        return count;
    }

    /// <summary>A sum (finite, at least 0) and its residual (finite).</summary>
    public ScaledSum Sum(string field, int index)
    {
        var (sum, residual) = (Double(field), Double(field));
        if (!Guard.NonNegativeFiniteRule.IsValid(sum) || !double.IsFinite(residual))
        {
            throw Bad(field, $"The weight {Guard.Format(sum)} (residual {Guard.Format(residual)}) is not a finite number at least 0.", index);
        }

        return new ScaledSum(sum, residual);
    }

    private ReadOnlySpan<byte> Take(int size, string field)
    {
        if (size > Remaining)
        {
            throw Bad(field, $"The bytes end at byte {_bytes.Length}, inside {field}.");
        }

        var taken = _bytes.Slice(_at, size);
        _at += size;
        return taken;
    }
}
