namespace SolutionFit.Samples.Orleans;

/// <summary>
/// Reads a survey file with the tool's reader (same columns, same checks, same messages) into shards of rows for the
/// workers to tally.
/// </summary>
internal static class SurveyShards
{
    /// <summary>The shards, and where each global row is in the file (to name lines in errors, as the tool does).</summary>
    /// <exception cref="InputException">The file cannot be read or has no respondent, a column is missing, a cell is not a number, or an answer or weight fails the library's check.</exception>
    public static (List<PsmShard> Shards, PsmSurveyRows Rows) Read(string path, string? weightColumn, bool nms, int rowsPerShard)
    {
        var shards = new List<PsmShard>();
        var shard = new Rows(0, rowsPerShard);
        var rows = PsmSurveyReader.Read(path, weightColumn, nms, limits: null, (in PsmAnswers a) =>
        {
            shard.Add(a);
            if (shard.Count == rowsPerShard)
            {
                shards.Add(shard.ToShard(nms));
                shard = new Rows(a.Row + 1, rowsPerShard);
            }
        });
        if (shard.Count > 0)
        {
            shards.Add(shard.ToShard(nms));
        }

        return (shards, rows);
    }

    /// <summary>The rows of one shard being read.</summary>
    private sealed class Rows(int firstRow, int capacity)
    {
        private readonly List<double?> _tooCheap = new(capacity);
        private readonly List<double?> _cheap = new(capacity);
        private readonly List<double?> _expensive = new(capacity);
        private readonly List<double?> _tooExpensive = new(capacity);
        private readonly List<double> _weights = new(capacity);
        private readonly List<int?> _intentCheap = new(capacity);
        private readonly List<int?> _intentExpensive = new(capacity);

        public int Count => _cheap.Count;

        public void Add(in PsmAnswers a)
        {
            _tooCheap.Add(a.TooCheap);
            _cheap.Add(a.Cheap);
            _expensive.Add(a.Expensive);
            _tooExpensive.Add(a.TooExpensive);
            _weights.Add(a.Weight);
            _intentCheap.Add(a.IntentCheap);
            _intentExpensive.Add(a.IntentExpensive);
        }

        public PsmShard ToShard(bool nms) => new(
            firstRow,
            nms,
            [.. _tooCheap],
            [.. _cheap],
            [.. _expensive],
            [.. _tooExpensive],
            [.. _weights],
            nms ? [.. _intentCheap] : null,
            nms ? [.. _intentExpensive] : null);
    }
}
