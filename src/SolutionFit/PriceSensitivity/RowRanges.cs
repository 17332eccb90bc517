using System.Runtime.InteropServices;

namespace SolutionFit.PriceSensitivity;

/// <summary>
/// A set of global survey rows as sorted, disjoint ranges <c>[first, end)</c>, adjacent ones joined: rows appended in
/// order, sets united (rejecting a shared row), and membership looked up in O(log ranges).
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class RowRanges
{
    private readonly List<int> _firsts = [];
    private readonly List<int> _ends = [];

    /// <summary>Gets the number of ranges.</summary>
    public int RangeCount => _firsts.Count;

    /// <summary>Gets the number of rows.</summary>
    public long RowCount { get; private set; }

    /// <summary>Gets a range by its position (ascending).</summary>
    public (int First, int End) this[int range] => (_firsts[range], _ends[range]);

    /// <summary>Adds the rows <c>[first, end)</c>, all after every row held; joins them to the last range when adjacent.</summary>
    public void Append(int first, int end)
    {
        if (_ends.Count > 0 && _ends[^1] == first)
        {
            _ends[^1] = end;
        }
        else
        {
            _firsts.Add(first);
            _ends.Add(end);
        }

        RowCount += end - first;
    }

    /// <summary>Adds one row, after every row held.</summary>
    public void Append(int row) => Append(row, row + 1);

    /// <summary>Adds every row of <paramref name="other"/> (another set: the same set shares all its rows).</summary>
    /// <exception cref="InvalidInputException">The two sets share a row (<see cref="ArgumentException.ParamName"/> <paramref name="paramName"/>).</exception>
    public void UnionWith(RowRanges other, string paramName)
    {
        var union = new RowRanges();
        var (i, j) = (0, 0);
        while (i < RangeCount || j < other.RangeCount)
        {
            var (first, end) = j >= other.RangeCount || (i < RangeCount && _firsts[i] < other._firsts[j]) ? this[i++] : other[j++];
            if (union.RangeCount > 0 && union._ends[^1] > first)
            {
                throw new InvalidInputException(paramName, $"The tallies share rows from {first}: a row can be tallied only once.");
            }

            union.Append(first, end);
        }

        _firsts.Clear();
        _firsts.AddRange(union._firsts);
        _ends.Clear();
        _ends.AddRange(union._ends);
        RowCount = union.RowCount;
    }

    /// <summary>Whether every row of <c>[first, end)</c> is held.</summary>
    public bool Covers(int first, int end)
    {
        var k = Sorted.LastAtOrBelow<int>(CollectionsMarshal.AsSpan(_firsts), first);
        return k >= 0 && end <= _ends[k];
    }

    /// <summary>Whether <paramref name="row"/> is held.</summary>
    public bool Contains(int row) => Covers(row, row + 1);
}
