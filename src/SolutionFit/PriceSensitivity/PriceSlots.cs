using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The distinct prices met so far, each with its slot (0, 1, 2, … in the order of first appearance): an open-addressing
/// hash table keyed by the price's bits and kept at most a quarter full, so that finding the slot of a price costs one
/// multiplication and, almost always, one comparison in one entry. -0 and +0 are the one price +0.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class PriceSlots
{
    private const long Empty = 0x7FF8_0000_0000_0000; // the bits of NaN: never a price, since NaN is a missing answer
    private const ulong Fibonacci = 0x9E37_79B9_7F4A_7C15UL;
    private Entry[] _table;
    private int _shift;
    private double[] _prices;

    /// <param name="capacity">The number of distinct prices expected (the table grows past it).</param>
    public PriceSlots(int capacity)
    {
        _table = EmptyTable(Math.Max(64, capacity * 4), out _shift);
        _prices = new double[Math.Max(16, capacity)];
    }

    /// <summary>Gets the number of distinct prices.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the price of a slot.</summary>
    public double this[int slot] => _prices[slot];

    /// <summary>The slot of a price (not NaN; -0 is +0), added as the next slot when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SlotOf(double price)
    {
        var key = BitConverter.DoubleToInt64Bits(price + 0.0);
        ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
        var mask = (nuint)(_table.Length - 1);
        var i = (nuint)(((ulong)key * Fibonacci) >> _shift); // below the table's length, a power of two
        while (true)
        {
            ref var entry = ref Unsafe.Add(ref table, i); // i is masked to the table's length: the access is in bounds
            if (entry.Key == key)
            {
                return entry.Slot;
            }

            if (entry.Key == Empty)
            {
                return Insert(ref entry, key);
            }

            i = (i + 1) & mask;
        }
    }

    private static Entry[] EmptyTable(int size, out int shift)
    {
        var table = new Entry[(int)BitOperations.RoundUpToPowerOf2((uint)size)];
        shift = 64 - BitOperations.Log2((uint)table.Length);
        for (var i = 0; i < table.Length; i++)
        {
            table[i].Key = Empty;
        }

        return table;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Insert(ref Entry entry, long key)
    {
        var slot = Count++;
        if (slot == _prices.Length)
        {
            Array.Resize(ref _prices, slot * 2);
        }

        _prices[slot] = BitConverter.Int64BitsToDouble(key);
        (entry.Key, entry.Slot) = (key, slot);
        if (Count * 4 > _table.Length)
        {
            Grow();
        }

        return slot;
    }

    private void Grow()
    {
        var old = _table;
        _table = EmptyTable(old.Length * 2, out _shift);
        var mask = _table.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Key == Empty)
            {
                continue;
            }

            var i = (int)(((ulong)entry.Key * Fibonacci) >> _shift);
            while (_table[i].Key != Empty)
            {
                i = (i + 1) & mask;
            }

            _table[i] = entry;
        }
    }

    private struct Entry
    {
        public long Key;
        public int Slot;
    }
}
