using System.Collections.Concurrent;
using Orleans.Concurrency;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Samples.Orleans;

/// <summary>Ranks a batch of customers against one shard of the catalog, on whichever silo takes the call.</summary>
internal interface IRankWorker : IGrainWithIntegerKey
{
    Task<RankReply> Top(RankWork work);
}

/// <summary>Tallies a shard of survey rows.</summary>
internal interface IPsmWorker : IGrainWithIntegerKey
{
    Task<PsmReply> Tally(PsmShard shard);
}

/// <summary>
/// The catalog shards a silo holds, compiled once per silo on first use and shared by all its workers: one per silo
/// (a singleton of the silo's services), never per call.
/// </summary>
internal sealed class SiloCatalogs
{
    private readonly ConcurrentDictionary<(CatalogSource Source, int Shard, int Shards), Lazy<(SolutionCatalog Catalog, int Offset)>> _shards = new();
    private readonly ConcurrentDictionary<(CatalogSource Source, int Shard, int Shards), int> _compilations = new();
    private int _compiled;

    /// <summary>Gets how many shards this silo has compiled.</summary>
    public int Compiled => Volatile.Read(ref _compiled);

    /// <summary>How many times this silo compiled each shard of <paramref name="source"/> it holds, by shard.</summary>
    public IReadOnlyDictionary<int, int> Compilations(CatalogSource source) =>
        _compilations.Where(c => c.Key.Source == source).ToDictionary(c => c.Key.Shard, c => c.Value);

    /// <summary>The compiled shard and the index of its first solution in the whole catalog.</summary>
    public (SolutionCatalog Catalog, int Offset) Get(CatalogSource source, int shard, int shards) =>
        _shards.GetOrAdd((source, shard, shards), key => new Lazy<(SolutionCatalog, int)>(() => Compile(key))).Value;

    private (SolutionCatalog, int) Compile((CatalogSource Source, int Shard, int Shards) key)
    {
        var solutions = key.Source.Path is { } path
            ? InputFile.Load(path, key.Source.Limits).Solutions
            : SyntheticWorkload.Solutions(key.Source.Solutions, key.Source.Goals, key.Source.Seed);
        var (first, count) = Slice(solutions.Count, key.Shard, key.Shards);
        var catalog = new SolutionCatalog(solutions.Skip(first).Take(count));
        Interlocked.Increment(ref _compiled);
        _compilations.AddOrUpdate(key, 1, (_, n) => n + 1);
        return (catalog, first);
    }

    /// <summary>Shard <paramref name="shard"/> of <paramref name="shards"/> near-equal contiguous slices of <paramref name="count"/> items.</summary>
    public static (int First, int Count) Slice(int count, int shard, int shards)
    {
        var first = (int)((long)count * shard / shards);
        return (first, (int)((long)count * (shard + 1) / shards) - first);
    }
}

/// <summary>
/// What a silo's workers do around each work item: count the items in flight, and, for tests of failures only, hold
/// each item for a while (so that a silo stopped or killed holds work) and say so on standard output.
/// </summary>
/// <param name="delay">How long each work item waits before it runs (zero: not at all).</param>
/// <param name="announce">Whether to write a line to standard output when a work item starts.</param>
internal sealed class SiloWork(TimeSpan delay, bool announce)
{
    /// <summary>The line a silo writes when a work item starts (with <c>--work-delay</c>).</summary>
    public const string StartedLine = "work item started";

    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _started;
    private int _holding;

    /// <summary>Gets how many work items are running on this silo now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Gets how many work items this silo has started.</summary>
    public int Started => Volatile.Read(ref _started);

    /// <summary>
    /// For tests of failures: from now on, every work item waits until <see cref="Release"/> before it runs, so that
    /// the silo holds work its callers give up on.
    /// </summary>
    public void Hold() => Volatile.Write(ref _holding, 1);

    /// <summary>Lets the work items held by <see cref="Hold"/> run, and the ones after run at once.</summary>
    public void Release()
    {
        Volatile.Write(ref _holding, 0);
        _held.TrySetResult();
    }

    /// <summary>Runs <paramref name="work"/> as one work item.</summary>
    public async Task<T> Run<T>(Func<T> work)
    {
        Interlocked.Increment(ref _inFlight);
        Interlocked.Increment(ref _started);
        try
        {
            if (announce)
            {
                Console.Out.WriteLine(StartedLine);
                Console.Out.Flush();
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay);
            }

            if (Volatile.Read(ref _holding) == 1)
            {
                await _held.Task;
            }

            return work();
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}

/// <summary>
/// Ranks against the silo's compiled shard: as many activations per silo as it has cores, each call wherever the
/// caller's gateway is; the coordinator merges the shards' top k.
/// </summary>
[StatelessWorker]
internal sealed class RankWorker(SiloCatalogs catalogs, SiloWork items, ILocalSiloDetails silo) : Grain, IRankWorker
{
    public Task<RankReply> Top(RankWork work) => items.Run(() => Rank(work));

    private RankReply Rank(RankWork work)
    {
        var (catalog, offset) = catalogs.Get(work.Catalog, work.Shard, work.Shards);
        var k = Math.Min(work.Top, catalog.Count);
        var winners = new RankedSolution[work.Customers.Length * k];
        if (k > 0)
        {
            catalog.Top(work.Customers, k, winners);
        }

        var solutions = new int[winners.Length];
        var overall = new double[winners.Length];
        var reactions = new sbyte[winners.Length];
        for (var i = 0; i < winners.Length; i++)
        {
            solutions[i] = offset + winners[i].Index;
            overall[i] = winners[i].Overall;
            reactions[i] = winners[i].Reaction is { } r ? (sbyte)r : (sbyte)-1;
        }

        return new RankReply(k, solutions, overall, reactions, silo.SiloAddress.ToString());
    }
}

/// <summary>Tallies a shard row by row; a row that fails validation comes back as data, with its global row.</summary>
[StatelessWorker]
internal sealed class PsmWorker(SiloWork items, ILocalSiloDetails silo) : Grain, IPsmWorker
{
    public Task<PsmReply> Tally(PsmShard shard) => items.Run(() => Count(shard));

    private PsmReply Count(PsmShard shard)
    {
        var tally = new PsmTally(shard.FirstRow, shard.HasPurchaseIntentions);
        var bootstrap = shard.BootstrapReplicates > 0 ? new PsmBootstrapTally(shard.BootstrapSeed, shard.BootstrapReplicates, shard.FirstRow, shard.HasPurchaseIntentions) : null;
        try
        {
            for (var i = 0; i < shard.Count; i++)
            {
                var (tooCheap, cheap, expensive, tooExpensive) =
                    (PsmShard.Answer(shard.TooCheap, i), PsmShard.Answer(shard.Cheap, i), PsmShard.Answer(shard.Expensive, i), PsmShard.Answer(shard.TooExpensive, i));
                var (weight, intentCheap, intentExpensive) =
                    (shard.Weights?[i] ?? 1.0, PsmShard.Intent(shard.PurchaseIntentCheap, i), PsmShard.Intent(shard.PurchaseIntentExpensive, i));
                tally.Add(tooCheap, cheap, expensive, tooExpensive, weight, intentCheap, intentExpensive);
                bootstrap?.Add(tooCheap, cheap, expensive, tooExpensive, weight, intentCheap, intentExpensive);
            }
        }
        catch (InvalidInputException ex)
        {
            return new PsmReply(null, ShardError.From(ex), silo.SiloAddress.ToString());
        }

        return new PsmReply(tally, null, silo.SiloAddress.ToString()) { Bootstrap = bootstrap };
    }
}
