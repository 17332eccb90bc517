namespace SolutionFit.Samples.Orleans;

/// <summary>
/// Reads a survey file with the tool's streaming reader (same columns, same checks, same messages) and hands on shards
/// of rows for the workers to tally as they fill: memory holds the shard being filled, not the file.
/// </summary>
internal static class SurveyShards
{
    /// <summary>Streams the file into <paramref name="send"/>, one shard of <paramref name="rowsPerShard"/> rows (the last fewer) at a time.</summary>
    /// <returns>Where each global row is in the file (to name lines in errors, as the tool does).</returns>
    /// <exception cref="InputException">The file cannot be read or has no respondent, a column is missing, a cell is not a number, or an answer or weight fails the library's check (thrown once the file is read; the rows before it were sent).</exception>
    public static PsmSurveyRows Stream(string path, string? weightColumn, bool nms, Limits? limits, int rowsPerShard, Action<PsmShard> send)
    {
        var shard = new Rows(0, rowsPerShard);
        var rows = PsmSurveyReader.Read(path, weightColumn, nms, limits, (in PsmAnswers a) =>
        {
            shard.Add(a);
            if (shard.Count == rowsPerShard)
            {
                send(shard.ToShard(nms));
                shard = new Rows(a.Row + 1, rowsPerShard);
            }
        });
        if (shard.Count > 0)
        {
            send(shard.ToShard(nms));
        }

        return rows;
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
