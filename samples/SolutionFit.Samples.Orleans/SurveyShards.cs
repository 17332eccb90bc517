using SolutionFit.PriceSensitivity;

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
    public static PsmSurveyRows Stream(string path, string? weightColumn, bool nms, Limits? limits, int rowsPerShard, Action<PsmShard> send) =>
        Stream(path, weightColumn, nms, limits, rowsPerShard, null, send);

    /// <summary>As the other overload, each shard asking for the bootstrap tally of <paramref name="bootstrap"/>'s seed and replicates beside its tally.</summary>
    public static PsmSurveyRows Stream(string path, string? weightColumn, bool nms, Limits? limits, int rowsPerShard, PsmBootstrapTally? bootstrap, Action<PsmShard> send)
    {
        if (bootstrap is not null)
        {
            var plain = send;
            send = shard => plain(shard with { BootstrapReplicates = bootstrap.Replicates, BootstrapSeed = bootstrap.Seed });
        }

        var shard = new Rows(0, rowsPerShard, nms);
        var rows = PsmSurveyReader.Read(path, weightColumn, nms, limits, (in PsmAnswers a) =>
        {
            shard.Add(a);
            if (shard.Count == rowsPerShard)
            {
                send(shard.ToShard());
                shard = new Rows(a.Row + 1, rowsPerShard, nms);
            }
        });
        if (shard.Count > 0)
        {
            send(shard.ToShard());
        }

        return rows;
    }

    /// <summary>The rows of one shard being read, straight into the shard's arrays.</summary>
    private sealed class Rows(int firstRow, int capacity, bool nms)
    {
        private readonly double[] _tooCheap = new double[capacity];
        private readonly double[] _cheap = new double[capacity];
        private readonly double[] _expensive = new double[capacity];
        private readonly double[] _tooExpensive = new double[capacity];
        private readonly double[] _weights = new double[capacity];
        private readonly int[]? _intentCheap = nms ? new int[capacity] : null;
        private readonly int[]? _intentExpensive = nms ? new int[capacity] : null;

        public int Count { get; private set; }

        public void Add(in PsmAnswers a)
        {
            var i = Count++;
            _tooCheap[i] = a.TooCheap ?? double.NaN;
            _cheap[i] = a.Cheap ?? double.NaN;
            _expensive[i] = a.Expensive ?? double.NaN;
            _tooExpensive[i] = a.TooExpensive ?? double.NaN;
            _weights[i] = a.Weight;
            if (_intentCheap is not null)
            {
                _intentCheap[i] = a.IntentCheap ?? PsmShard.MissingIntent;
                _intentExpensive![i] = a.IntentExpensive ?? PsmShard.MissingIntent;
            }
        }

        public PsmShard ToShard() => new(
            firstRow,
            nms,
            Trim(_tooCheap),
            Trim(_cheap),
            Trim(_expensive),
            Trim(_tooExpensive),
            Trim(_weights),
            _intentCheap is null ? null : Trim(_intentCheap),
            _intentExpensive is null ? null : Trim(_intentExpensive));

        private T[] Trim<T>(T[] column) => Count == column.Length ? column : column[..Count];
    }
}
