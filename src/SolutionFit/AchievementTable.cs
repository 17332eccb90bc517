using System.Collections;
using System.Collections.ObjectModel;
using System.Numerics;

namespace SolutionFit;

/// <summary>
/// A solution's achievements by goal id (ordinal): a read-only dictionary, in the order given, whose lookup also takes
/// the goal id's hash computed beforehand (each <see cref="CustomerGoal"/> hashes its id once), so that scoring hashes no goal id.
/// </summary>
/// <remarks>
/// Open addressing with linear probing over a power-of-two table at most half full; each slot holds an entry's hash
/// (<see cref="string.GetHashCode()"/>, randomized per process, so colliding ids cannot be chosen) and its index. A
/// lookup compares hashes first and the ids only on a match. Filled once by its owner, then immutable and thread-safe.
/// </remarks>
internal sealed class AchievementTable : IDictionary<string, double>, IReadOnlyDictionary<string, double>
{
    private string[] _keys;
    private double[] _values;
    private long[] _slots;
    private int _count;

    /// <summary>Creates an empty table with room for <paramref name="capacity"/> achievements.</summary>
    public AchievementTable(int capacity)
    {
        _keys = new string[capacity];
        _values = new double[capacity];
        _slots = new long[SlotsFor(capacity)];
    }

    /// <inheritdoc cref="IReadOnlyCollection{T}.Count" />
    public int Count => _count;

    /// <inheritdoc />
    public bool IsReadOnly => true;

    /// <inheritdoc cref="IReadOnlyDictionary{TKey, TValue}.Keys" />
    public ICollection<string> Keys => Array.AsReadOnly(_keys[.._count]);

    /// <inheritdoc cref="IReadOnlyDictionary{TKey, TValue}.Values" />
    public ICollection<double> Values => Array.AsReadOnly(_values[.._count]);

    IEnumerable<string> IReadOnlyDictionary<string, double>.Keys => Keys;

    IEnumerable<double> IReadOnlyDictionary<string, double>.Values => Values;

    /// <inheritdoc cref="IReadOnlyDictionary{TKey, TValue}.this" />
    public double this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No achievement is given for goal '{key}'.");
        set => throw ReadOnly();
    }

    /// <summary>The hash a lookup takes: compute it once per goal id and look the id up in any number of tables.</summary>
    public static int Hash(string goalId) => goalId.GetHashCode(StringComparison.Ordinal);

    /// <summary>Adds an achievement while the owner fills the table; false when the goal id is already in it.</summary>
    public bool TryAdd(string goalId, double achievement)
    {
        var hash = Hash(goalId);
        if (IndexOf(goalId, hash) >= 0)
        {
            return false;
        }

        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(4, 2 * _count));
            Array.Resize(ref _values, _keys.Length);
        }

        if (2 * (_count + 1) > _slots.Length)
        {
            Rehash(SlotsFor(2 * (_count + 1)));
        }

        _keys[_count] = goalId;
        _values[_count] = achievement;
        Place(hash, _count);
        _count++;
        return true;
    }

    /// <summary>Trims the storage to the entries once the owner has filled the table.</summary>
    public void Seal()
    {
        if (_keys.Length != _count)
        {
            Array.Resize(ref _keys, _count);
            Array.Resize(ref _values, _count);
        }
    }

    /// <summary>The achievement of a goal given its id and <see cref="Hash(string)"/>; 0 when the table does not hold it.</summary>
    public double Find(string goalId, int hash)
    {
        var index = IndexOf(goalId, hash);
        return index >= 0 ? _values[index] : 0.0;
    }

    /// <inheritdoc cref="IReadOnlyDictionary{TKey, TValue}.ContainsKey" />
    public bool ContainsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return IndexOf(key, Hash(key)) >= 0;
    }

    /// <inheritdoc cref="IReadOnlyDictionary{TKey, TValue}.TryGetValue" />
    public bool TryGetValue(string key, out double value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var index = IndexOf(key, Hash(key));
        value = index >= 0 ? _values[index] : 0.0;
        return index >= 0;
    }

    /// <inheritdoc />
    public bool Contains(KeyValuePair<string, double> item) => TryGetValue(item.Key, out var value) && EqualityComparer<double>.Default.Equals(value, item.Value);

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<string, double>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_count, array.Length - arrayIndex, nameof(array));
        for (var i = 0; i < _count; i++)
        {
            array[arrayIndex + i] = KeyValuePair.Create(_keys[i], _values[i]);
        }
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return KeyValuePair.Create(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void IDictionary<string, double>.Add(string key, double value) => throw ReadOnly();

    bool IDictionary<string, double>.Remove(string key) => throw ReadOnly();

    void ICollection<KeyValuePair<string, double>>.Add(KeyValuePair<string, double> item) => throw ReadOnly();

    void ICollection<KeyValuePair<string, double>>.Clear() => throw ReadOnly();

    bool ICollection<KeyValuePair<string, double>>.Remove(KeyValuePair<string, double> item) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("A solution's achievements are read-only.");

    /// <summary>The table length for <paramref name="count"/> entries: a power of two, at least twice the count.</summary>
    private static int SlotsFor(int count) => (int)Math.Max(4, BitOperations.RoundUpToPowerOf2((uint)(2 * count)));

    private int IndexOf(string goalId, int hash)
    {
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            var index = (int)entry - 1;
            if ((int)(entry >> 32) == hash && SameId(_keys[index], goalId))
            {
                return index;
            }
        }
    }

    /// <summary>Ordinal equality, with ids of up to eight code units compared here rather than in a call.</summary>
    private static bool SameId(string x, string y)
    {
        if ((object)x == y)
        {
            return true;
        }

        if (x.Length != y.Length)
        {
            return false;
        }

        if (x.Length > 8)
        {
            return x.AsSpan().SequenceEqual(y);
        }

        var same = true;
        for (var c = 0; c < x.Length; c++)
        {
            same &= x[c] == y[c];
        }

        return same;
    }

    /// <summary>Puts entry <paramref name="index"/> in the first free slot from its hash: the hash high, index + 1 low (never 0).</summary>
    private void Place(int hash, int index)
    {
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = ((long)hash << 32) | (uint)(index + 1);
    }

    private void Rehash(int length)
    {
        _slots = new long[length];
        for (var i = 0; i < _count; i++)
        {
            Place(Hash(_keys[i]), i);
        }
    }
}
