namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The distinct prices of a survey with, for each, the weight of the answers of each of the four questions (<see cref="PsmQuestions"/>) at that
/// price: an open-addressing hash table keyed by the price's bits, so that a survey of n respondents with d distinct
/// prices is tallied in O(n) and only the d distinct prices are sorted.
/// </summary>
internal sealed class PriceTable
{
    private const long Empty = 0x7FF8_0000_0000_0000; // the bits of NaN: never a key, since NaN is a missing answer
    private long[] _keys;
    private int[] _slots;
    private int _shift;
    private double[] _prices;
    private double[] _weights;

    public PriceTable(int capacity)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        _keys = new long[size];
        Array.Fill(_keys, Empty);
        _slots = new int[size];
        _prices = new double[capacity];
        _weights = new double[capacity * PsmQuestions.Count];
    }

    /// <summary>Gets the number of distinct prices.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds <paramref name="weight"/> to the answers of <paramref name="question"/> at <paramref name="price"/>; a missing
    /// answer (NaN) is not tallied.
    /// </summary>
    public void Add(double price, int question, double weight)
    {
        if (!double.IsNaN(price))
        {
            var slot = SlotOf(price); // first: inserting a new price may replace _weights
            _weights[(slot * PsmQuestions.Count) + question] += weight;
        }
    }

    /// <summary>Sorts the distinct prices and returns them with each question's weight per sorted price.</summary>
    public (double[] Prices, double[][] Weights) Sorted()
    {
        var prices = _prices.AsSpan(0, Count).ToArray();
        var order = new int[Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(prices, order);
        var weights = new double[PsmQuestions.Count][];
        for (var q = 0; q < PsmQuestions.Count; q++)
        {
            weights[q] = new double[Count];
        }

        for (var k = 0; k < order.Length; k++)
        {
            for (var q = 0; q < PsmQuestions.Count; q++)
            {
                weights[q][k] = _weights[(order[k] * PsmQuestions.Count) + q];
            }
        }

        return (prices, weights);
    }

    /// <summary>The slot of a price in insertion order, inserting it when new.</summary>
    private int SlotOf(double price)
    {
        var key = BitConverter.DoubleToInt64Bits(price + 0.0); // -0 and +0 are one price
        var mask = _keys.Length - 1;
        var i = (int)(((ulong)key * 0x9E37_79B9_7F4A_7C15UL) >> _shift);
        while (true)
        {
            var k = _keys[i];
            if (k == key)
            {
                return _slots[i];
            }

            if (k == Empty)
            {
                return Insert(i, key, price);
            }

            i = (i + 1) & mask;
        }
    }

    private int Insert(int index, long key, double price)
    {
        var slot = Count++;
        if (slot == _prices.Length)
        {
            Array.Resize(ref _prices, slot * 2);
            Array.Resize(ref _weights, slot * 2 * PsmQuestions.Count);
        }

        _prices[slot] = price + 0.0;
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

            var i = (int)(((ulong)oldKeys[j] * 0x9E37_79B9_7F4A_7C15UL) >> _shift);
            while (_keys[i] != Empty)
            {
                i = (i + 1) & mask;
            }

            _keys[i] = oldKeys[j];
            _slots[i] = oldSlots[j];
        }
    }
}
