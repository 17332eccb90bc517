using System.Numerics;
using System.Runtime.CompilerServices;

namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The distinct combinations of four answers and two purchase intentions of a <see cref="PsmTally"/>, each with its first
/// row and summed weight: an open-addressing hash table over an array of structs, so that a row costs one hash and no
/// allocation. Answers are keyed by their price slots (<see cref="PriceSlots"/>) of the tally.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class CombinationTable
{
    private int[] _index; // per hash position: the entry + 1; 0 = empty
    private int _shift;
    private Entry[] _entries;
    private int _touched; // what Touch read, kept so that its reads are not optimised away

    /// <param name="capacity">The number of distinct combinations expected (the table grows past it).</param>
    public CombinationTable(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(32, capacity * 2));
        _shift = 64 - BitOperations.Log2((uint)size);
        _index = new int[size];
        _entries = new Entry[Math.Max(16, capacity)];
    }

    /// <summary>Gets the number of distinct combinations.</summary>
    public int Count { get; private set; }

    /// <summary>Gets whether the entries are in the order of their first rows (every one added later has a later first row).</summary>
    public bool InRowOrder { get; private set; } = true;

    /// <summary>Gets an entry by its position (0 to <see cref="Count"/> − 1, in the order of addition).</summary>
    public ref Entry this[int entry] => ref _entries[entry];

    /// <summary>
    /// The entry of a combination (<paramref name="hash"/> its <see cref="Key.Hash"/>), added with the sums 0 when new; its
    /// first row becomes the lower of its own and <paramref name="row"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref Entry Find(in Key key, ulong hash, int row)
    {
        var mask = _index.Length - 1;
        var i = (int)(hash >> _shift);
        while (true)
        {
            var at = _index[i] - 1;
            if (at < 0)
            {
                return ref Insert(i, key, row);
            }

            ref var entry = ref _entries[at];
            if (entry.Key.Equals(key))
            {
                if (row < entry.FirstRow)
                {
                    entry.FirstRow = row;
                    InRowOrder = false;
                }

                return ref entry;
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>
    /// Hashes <paramref name="keys"/> into <paramref name="hashes"/> and reads the index positions and entries they will
    /// look at first, all before any is needed: the reads of a block of rows then wait for the memory together, not one
    /// after the other. Changes nothing.
    /// </summary>
    public void Touch(ReadOnlySpan<Key> keys, Span<ulong> hashes)
    {
        var touched = 0;
        for (var j = 0; j < keys.Length; j++)
        {
            hashes[j] = keys[j].Hash();
            touched += _index[(int)(hashes[j] >> _shift)];
        }

        for (var j = 0; j < keys.Length; j++)
        {
            var at = _index[(int)(hashes[j] >> _shift)] - 1;
            touched += at >= 0 ? _entries[at].FirstRow : 0;
        }

        _touched = touched;
    }

    /// <summary>Whether the table holds <paramref name="key"/>.</summary>
    public bool Contains(in Key key)
    {
        var mask = _index.Length - 1;
        for (var i = (int)(key.Hash() >> _shift); _index[i] != 0; i = (i + 1) & mask)
        {
            if (_entries[_index[i] - 1].Key.Equals(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entries in the order of their first rows.</summary>
    public int[] ByFirstRow()
    {
        var order = new int[Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (!InRowOrder)
        {
            var rows = new int[Count];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = _entries[i].FirstRow;
            }

            Array.Sort(rows, order); // first rows are distinct: a row belongs to one combination
        }

        return order;
    }

    private ref Entry Insert(int index, in Key key, int row)
    {
        var at = Count++;
        if (at == _entries.Length)
        {
            Array.Resize(ref _entries, at * 2);
        }

        InRowOrder &= at == 0 || row > _entries[at - 1].FirstRow;
        _entries[at] = new Entry { Key = key, FirstRow = row };
        _index[index] = at + 1;
        if (Count * 2 > _index.Length)
        {
            Grow();
        }

        return ref _entries[at];
    }

    private void Grow()
    {
        _index = new int[_index.Length * 2];
        _shift--;
        var mask = _index.Length - 1;
        for (var at = 0; at < Count; at++)
        {
            var i = (int)(_entries[at].Key.Hash() >> _shift);
            while (_index[i] != 0)
            {
                i = (i + 1) & mask;
            }

            _index[i] = at + 1;
        }
    }

    /// <summary>
    /// A combination: the price slot of each answer (-1 = missing), the two intentions, which of them are present and the
    /// kind of respondent the answers make.
    /// </summary>
    internal readonly struct Key : IEquatable<Key>
    {
        private const int HasIntentCheap = 1;
        private const int HasIntentExpensive = 2;
        private readonly int _flags; // the intentions present, and the kind above them

        public Key(int tooCheap, int cheap, int expensive, int tooExpensive, int? intentCheap, int? intentExpensive, int kind)
        {
            (TooCheap, Cheap, Expensive, TooExpensive) = (tooCheap, cheap, expensive, tooExpensive);
            (IntentCheapValue, IntentExpensiveValue) = (intentCheap.GetValueOrDefault(), intentExpensive.GetValueOrDefault());
            _flags = (intentCheap.HasValue ? HasIntentCheap : 0) | (intentExpensive.HasValue ? HasIntentExpensive : 0) | (kind << 2);
        }

        public int TooCheap { get; }

        public int Cheap { get; }

        public int Expensive { get; }

        public int TooExpensive { get; }

        /// <summary>Gets the kind of respondent (<see cref="PsmTally"/>'s 0 consistent, 1 consistent without a too-cheap answer, 2 inconsistent).</summary>
        public int Kind => _flags >> 2;

        public int? IntentCheap => (_flags & HasIntentCheap) != 0 ? IntentCheapValue : null;

        public int? IntentExpensive => (_flags & HasIntentExpensive) != 0 ? IntentExpensiveValue : null;

        private int IntentCheapValue { get; }

        private int IntentExpensiveValue { get; }

        public bool Equals(Key other) =>
            TooCheap == other.TooCheap && Cheap == other.Cheap && Expensive == other.Expensive && TooExpensive == other.TooExpensive
            && IntentCheapValue == other.IntentCheapValue && IntentExpensiveValue == other.IntentExpensiveValue && _flags == other._flags;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => (int)(Hash() >> 32);

        /// <summary>A 64-bit hash whose high bits mix every field.</summary>
        internal ulong Hash()
        {
            const ulong K = 0x9E37_79B9_7F4A_7C15UL;
            var h = ((uint)TooCheap | ((ulong)(uint)Cheap << 32)) * K;
            h = ((h ^ (h >> 29)) + ((uint)Expensive | ((ulong)(uint)TooExpensive << 32))) * K;
            h = ((h ^ (h >> 29)) + ((uint)IntentCheapValue | ((ulong)(uint)IntentExpensiveValue << 32))) * K;
            return ((h ^ (h >> 29)) + (uint)_flags) * K;
        }
    }

    /// <summary>A combination with its first row and its summed weight: whole-weight count, or exact sum and residual.</summary>
    internal struct Entry
    {
        public Key Key;
        public int FirstRow;
        public long Count;
        public double Weight;
        public double Residual;
    }
}
