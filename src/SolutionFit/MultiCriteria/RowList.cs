using System.Collections;

namespace SolutionFit.MultiCriteria;

/// <summary>The rows of a row-major matrix, each a read-only view built once; neither the list nor a row can be cast to an array.</summary>
internal sealed class RowList : IReadOnlyList<IReadOnlyList<double>>
{
    private readonly Row[] _rows;

    public RowList(double[] values, int rows, int columns)
    {
        _rows = new Row[rows];
        for (var i = 0; i < rows; i++)
        {
            _rows[i] = new Row(values, i * columns, columns);
        }
    }

    public int Count => _rows.Length;

    public IReadOnlyList<double> this[int index] =>
        (uint)index < (uint)_rows.Length ? _rows[index] : throw new ArgumentOutOfRangeException(nameof(index), index, $"The row must be in [0, {_rows.Length}).");

    public IEnumerator<IReadOnlyList<double>> GetEnumerator() => ((IEnumerable<IReadOnlyList<double>>)_rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One row: <c>count</c> values of a shared array from <c>offset</c> on.</summary>
    private sealed class Row(double[] values, int offset, int count) : IReadOnlyList<double>
    {
        public int Count => count;

        public double this[int index] =>
            (uint)index < (uint)count ? values[offset + index] : throw new ArgumentOutOfRangeException(nameof(index), index, $"The column must be in [0, {count}).");

        public IEnumerator<double> GetEnumerator()
        {
            for (var j = 0; j < count; j++)
            {
                yield return values[offset + j];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
