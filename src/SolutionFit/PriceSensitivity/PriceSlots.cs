using System.Numerics;

namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The distinct prices met so far, each with its slot (0, 1, 2, … in the order of first appearance): an open-addressing
/// hash table keyed by the price's bits and kept at most half full, so that finding the slot of a price costs one
/// multiplication and, almost always, one comparison. -0 and +0 are the one price +0.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class PriceSlots
{
    private const long Empty = 0x7FF8_0000_0000_0000; // the bits of NaN: never a price, since NaN is a missing answer
    private const ulong Fibonacci = 0x9E37_79B9_7F4A_7C15UL;
    private long[] _keys;
    private int[] _slots;
    private int _shift;
    private double[] _prices;

    /// <param name="capacity">The number of distinct prices expected (the table grows past it).</param>
    public PriceSlots(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(32, capacity * 2));
        _shift = 64 - BitOperations.Log2((uint)size);
        _keys = new long[size];
        Array.Fill(_keys, Empty);
        _slots = new int[size];
        _prices = new double[Math.Max(16, capacity)];
    }

    /// <summary>Gets the number of distinct prices.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the price of a slot.</summary>
    public double this[int slot] => _prices[slot];

    /// <summary>The slot of a price (not NaN; -0 is +0), added as the next slot when new.</summary>
    public int SlotOf(double price)
    {
        var key = BitConverter.DoubleToInt64Bits(price + 0.0);
        var mask = _keys.Length - 1;
        var i = (int)(((ulong)key * Fibonacci) >> _shift);
        while (true)
        {
            var k = _keys[i];
            if (k == key)
            {
                return _slots[i];
            }

            if (k == Empty)
            {
                return Insert(i, key);
            }

            i = (i + 1) & mask;
        }
    }

    private int Insert(int index, long key)
    {
        var slot = Count++;
        if (slot == _prices.Length)
        {
            Array.Resize(ref _prices, slot * 2);
        }

        _prices[slot] = BitConverter.Int64BitsToDouble(key);
        _keys[index] = key;
        _slots[index] = slot;
        if (Count * 2 > _keys.Length)
        {
            Grow();
        }

        return slot;
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldSlots = _slots;
        _keys = new long[oldKeys.Length * 2];
        Array.Fill(_keys, Empty);
        _slots = new int[_keys.Length];
        _shift--;
        var mask = _keys.Length - 1;
        for (var j = 0; j < oldKeys.Length; j++)
        {
            if (oldKeys[j] == Empty)
            {
                continue;
            }

            var i = (int)(((ulong)oldKeys[j] * Fibonacci) >> _shift);
            while (_keys[i] != Empty)
            {
                i = (i + 1) & mask;
            }

            _keys[i] = oldKeys[j];
            _slots[i] = oldSlots[j];
        }
    }
}
