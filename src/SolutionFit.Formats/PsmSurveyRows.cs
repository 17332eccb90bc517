using System.Runtime.CompilerServices;

namespace SolutionFit.Formats;

/// <summary>
/// Where the respondents of a survey file are: the file line of any row, and the id of the first few rows of each kind
/// that a summary may report as inconsistent. Memory grows with the runs of rows whose line is not one more than the
/// row before's (blank or multi-line records), not with the rows.
/// </summary>
internal sealed class PsmSurveyRows
{
    private const int IdsKept = 10;
    private readonly List<(int Row, int Offset)> _offsets = [];
    private readonly Dictionary<int, string?> _ids = [];
    private int _inconsistentIds;
    private int _withoutTooCheapIds;

    /// <summary>Gets the number of respondents read.</summary>
    public int Count { get; private set; }

    /// <summary>The file line of a row.</summary>
    /// <param name="row">The 0-based respondent index.</param>
    public int Line(int row)
    {
        var (lo, hi) = (0, _offsets.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = _offsets[mid].Row <= row ? (mid + 1, hi) : (lo, mid - 1);
        }

        return row + _offsets[hi].Offset;
    }

    /// <summary>The id of a row reported as inconsistent (the summary shows the first ten), or null.</summary>
    /// <param name="row">The 0-based respondent index.</param>
    public string? Id(int row) => _ids.GetValueOrDefault(row);

    /// <summary>Records the next row and the line it starts on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Add(int row, int line)
    {
        if (_offsets.Count == 0 || _offsets[^1].Offset != line - row)
        {
            _offsets.Add((row, line - row));
        }

        Count = row + 1;
    }

    /// <summary>Whether fewer than ten ids of the kind are kept (<see cref="KeepId"/> would keep another).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool WantsId(bool withoutTooCheap) => (withoutTooCheap ? _withoutTooCheapIds : _inconsistentIds) < IdsKept;

    /// <summary>Keeps the id of one of the first ten rows of each kind that may be reported as inconsistent.</summary>
    internal void KeepId(int row, CsvRow record, int column, bool withoutTooCheap)
    {
        ref var kept = ref withoutTooCheap ? ref _withoutTooCheapIds : ref _inconsistentIds;
        if (kept < IdsKept && record.Cell(column) is { } id)
        {
            _ids[row] = id;
            kept++;
        }
    }
}
