using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace SolutionFit.PriceSensitivity;

/// <summary>
/// The distinct combinations of four answers and two purchase intentions of a <see cref="PsmTally"/>, each with its first
/// row and summed weight: an array of structs with an open-addressing hash index, so that a row costs one hash and no
/// allocation. Answers are keyed by their price slots (<see cref="PriceSlots"/>) of the tally. Many rows at once
/// (<see cref="AddRows"/>) are grouped in cache-sized partitions of their hashes instead, and the index is built only
/// when a single combination is next looked up.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class CombinationTable
{
    private const int PartitionRows = 4096; // rows per partition of AddRows: its table (2^13 to 2^14 entries of 16 bytes) stays in a core's cache
    private int[]? _index; // per hash position: the entry + 1; 0 = empty; null until a lookup needs it
    private int _shift;
    private Entry[] _entries;

    /// <param name="capacity">The number of distinct combinations expected (the table grows past it).</param>
    public CombinationTable(int capacity) => _entries = new Entry[Math.Max(16, capacity)];

    /// <summary>Gets the number of distinct combinations.</summary>
    public int Count { get; private set; }

    /// <summary>Gets whether the entries are in the order of their first rows (every one added later has a later first row).</summary>
    public bool InRowOrder { get; private set; } = true;

    /// <summary>Gets an entry by its position (0 to <see cref="Count"/> − 1, in the order of addition).</summary>
    public ref Entry this[int entry] => ref _entries[entry];

    /// <summary>
    /// The entry of a combination, added with the sums 0 when new; its first row becomes the lower of its own and
    /// <paramref name="row"/>.
    /// </summary>
    public ref Entry Find(in Key key, int row)
    {
        var index = Index();
        var mask = index.Length - 1;
        var i = (int)(key.Hash() >> _shift);
        while (true)
        {
            var at = index[i] - 1;
            if (at < 0)
            {
                at = Insert(i, key, row); // first: the insertion may replace the entries' array
                return ref _entries[at];
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

    /// <summary>Whether the table holds <paramref name="key"/>.</summary>
    public bool Contains(in Key key)
    {
        var index = Index();
        var mask = index.Length - 1;
        for (var i = (int)(key.Hash() >> _shift); index[i] != 0; i = (i + 1) & mask)
        {
            if (_entries[index[i] - 1].Key.Equals(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the combinations of consecutive rows, <paramref name="firstRow"/> onwards, to an empty table, new ones in the
    /// order of their first rows; writes the position of each row's entry to <paramref name="entryOf"/>, whose sums the
    /// caller then adds in row order.
    /// </summary>
    /// <remarks>
    /// The rows are split by the top bits of their hashes into partitions of some <see cref="PartitionRows"/> rows, and each
    /// partition is grouped in a small table that stays in the cache: no row waits for a random read of a large table.
    /// </remarks>
    public void AddRows(ReadOnlySpan<Key> keys, int firstRow, Span<int> entryOf)
    {
        if (Count != 0)
        {
            throw new InvalidOperationException("Rows are added at once only to an empty table.");
        }

        var n = keys.Length;
        var bits = n > PartitionRows ? BitOperations.Log2((uint)(n / PartitionRows)) + 1 : 0;
        var hashes = ArrayPool<ulong>.Shared.Rent(n);
        var starts = new int[(1 << bits) + 1];
        for (var i = 0; i < n; i++)
        {
            hashes[i] = keys[i].Hash();
            starts[Partition(hashes[i]) + 1]++;
        }

        var largest = 0;
        for (var p = 0; p < starts.Length - 1; p++)
        {
            largest = Math.Max(largest, starts[p + 1]);
            starts[p + 1] += starts[p];
        }

        // Each row's hash, partition by partition (rows ascending in each), so that a partition is read in one sweep.
        var partitioned = ArrayPool<(ulong Hash, int Row)>.Shared.Rent(n);
        var next = starts[..^1];
        for (var i = 0; i < n; i++)
        {
            partitioned[next[Partition(hashes[i])]++] = (hashes[i], i);
        }

        ArrayPool<ulong>.Shared.Return(hashes);

        // The first row of each row's combination, into entryOf.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, largest * 2));
        var pooled = ArrayPool<(ulong Hash, int Row, int Partition)>.Shared.Rent(size);
        var local = pooled.AsSpan(0, size); // Row: the first row; an entry is in use only with the partition's number + 1
        local.Clear();
        var (mask, localShift) = (size - 1, 64 - BitOperations.Log2((uint)size)); // the hash bits after the partition's
        var distinct = 0;
        for (var p = 0; p < starts.Length - 1; p++)
        {
            for (var j = starts[p]; j < starts[p + 1]; j++)
            {
                var (hash, i) = partitioned[j];
                var at = (int)((hash << bits) >> localShift);
                while (local[at].Partition == p + 1 && !(local[at].Hash == hash && keys[local[at].Row].Equals(keys[i])))
                {
                    at = (at + 1) & mask;
                }

                if (local[at].Partition != p + 1)
                {
                    local[at] = (hash, i, p + 1);
                    distinct++;
                }

                entryOf[i] = local[at].Row;
            }
        }

        ArrayPool<(ulong, int, int)>.Shared.Return(pooled);
        ArrayPool<(ulong, int)>.Shared.Return(partitioned);

        // New combinations in the order of their first rows; each row then takes its first row's entry (already numbered).
        _entries = GC.AllocateUninitializedArray<Entry>(Math.Max(16, distinct)); // every entry is written whole before it is read
        for (var i = 0; i < n; i++)
        {
            if (entryOf[i] == i)
            {
                _entries[Count] = new Entry { Key = keys[i], FirstRow = firstRow + i };
                entryOf[i] = Count++;
            }
            else
            {
                entryOf[i] = entryOf[entryOf[i]];
            }
        }

        _index = null;

        int Partition(ulong hash) => bits == 0 ? 0 : (int)(hash >> (64 - bits));
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

    /// <summary>The hash index of the entries, built (at most half full) when missing.</summary>
    private int[] Index()
    {
        if (_index is null)
        {
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(32, Count * 2));
            (_index, _shift) = (new int[size], 64 - BitOperations.Log2((uint)size));
            Reindex();
        }

        return _index;
    }

    private int Insert(int index, in Key key, int row)
    {
        var at = Count++;
        if (at == _entries.Length)
        {
            Array.Resize(ref _entries, at * 2);
        }

        InRowOrder &= at == 0 || row > _entries[at - 1].FirstRow;
        _entries[at] = new Entry { Key = key, FirstRow = row };
        _index![index] = at + 1;
        if (Count * 2 > _index.Length)
        {
            (_index, _shift) = (new int[_index.Length * 2], _shift - 1);
            Reindex();
        }

        return at;
    }

    private void Reindex()
    {
        var mask = _index!.Length - 1;
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
    /// <remarks>
    /// 48 bytes: <see cref="Count"/> and <see cref="Weight"/> share their place, as a tally keeps either integer counts or
    /// exact sums (it converts every entry when it leaves the counts), so each entry is read as the one its tally keeps.
    /// </remarks>
    [StructLayout(LayoutKind.Explicit)]
    internal struct Entry
    {
        [FieldOffset(0)]
        public Key Key;

        [FieldOffset(28)]
        public int FirstRow;

        /// <summary>The whole weights counted, while the tally counts them.</summary>
        [FieldOffset(32)]
        public long Count;

        /// <summary>The exact sum of the weights, once the tally no longer counts them.</summary>
        [FieldOffset(32)]
        public double Weight;

        [FieldOffset(40)]
        public double Residual;
    }
}
