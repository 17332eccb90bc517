using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Samples.Orleans;

/// <summary>
/// Fans a job out to the stateless workers, retries a work item whose silo stopped on the silos that remain, merges the
/// results exactly and analyses once. Runs on the client; nothing of it is home-made cluster machinery: Orleans places,
/// routes and detects dead silos, the coordinator only counts what came back.
/// </summary>
/// <param name="grains">The cluster client.</param>
/// <param name="options">Sizes, retries and a hook for tests.</param>
internal sealed class Coordinator(IGrainFactory grains, CoordinatorOptions options)
{
    /// <summary>Gets how the coordinator splits and sends work.</summary>
    public CoordinatorOptions Options => options;

    private int _retries;

    /// <summary>Gets how many work items were sent again because their silo failed.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>Gets how many work items each silo completed.</summary>
    public ConcurrentDictionary<string, int> WorkBySilo { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets how many work items were completed, retries not counted.</summary>
    public int Items => WorkBySilo.Values.Sum();

    /// <summary>The line <c>--stats</c> writes: <c>work items W, retries R, silos S</c> (S: the silos that completed work).</summary>
    public string Stats() => string.Create(CultureInfo.InvariantCulture, $"work items {Items}, retries {Retries}, silos {WorkBySilo.Count}");

    /// <summary>
    /// Each customer's best <paramref name="top"/> solutions, best first, in customer order: every batch of customers is
    /// ranked against every catalog shard, the shards' top k merged (<see cref="RankedSolution.MergeTop"/>), and only
    /// the winners scored in full here, as <c>solutionfit rank</c> does.
    /// </summary>
    public async Task<IReadOnlyList<(string CustomerId, IReadOnlyList<FitScore> Ranked)>> RankAsync(
        CatalogSource catalog, IReadOnlyList<ProposedSolution> solutions, IReadOnlyList<CustomerProfile> customers, int top, int shards, CancellationToken cancellationToken = default)
    {
        var (winners, k) = await TopAsync(catalog, solutions, customers, top, shards, cancellationToken);
        var scorer = new SolutionFitScorer();
        var rankings = new List<(string, IReadOnlyList<FitScore>)>(customers.Count);
        for (var i = 0; i < customers.Count; i++)
        {
            var customer = customers[i];
            var ranked = new FitScore[k];
            for (var r = 0; r < k; r++)
            {
                ranked[r] = scorer.Score(customer, solutions[winners[(i * k) + r]]);
            }

            rankings.Add((customer.Id, ranked));
        }

        return rankings;
    }

    /// <summary>
    /// Each customer's best <c>k = min(top, solutions)</c> solutions as indexes into <paramref name="solutions"/>, best
    /// first, customer-major (<c>[i·k, (i + 1)·k)</c>): every batch of customers ranked against every catalog shard on
    /// the silos, only the shards' top k sent back, merged here with <see cref="RankedSolution.MergeTop"/>.
    /// </summary>
    public async Task<(int[] Winners, int K)> TopAsync(
        CatalogSource catalog, IReadOnlyList<ProposedSolution> solutions, IReadOnlyList<CustomerProfile> customers, int top, int shards, CancellationToken cancellationToken = default)
    {
        shards = Math.Clamp(Math.Min(shards, solutions.Count), 1, int.MaxValue);
        var k = Math.Min(Math.Max(top, 1), solutions.Count);
        var winners = new int[customers.Count * k];
        var batches = (customers.Count + options.CustomerBatch - 1) / options.CustomerBatch;
        var replies = new RankReply?[batches, shards];
        var pending = new int[batches];
        Array.Fill(pending, shards);
        var items = Enumerable.Range(0, batches * shards).Select(w => (Batch: w / shards, Shard: w % shards));
        await RunAll(items.ToAsyncEnumerable(), async (item, ct) =>
        {
            var first = item.Batch * options.CustomerBatch;
            var count = Math.Min(options.CustomerBatch, customers.Count - first);
            var batch = new CustomerProfile[count];
            for (var i = 0; i < count; i++)
            {
                batch[i] = customers[first + i];
            }

            var reply = await Worker<IRankWorker>(item.Batch, item.Shard).Top(new RankWork(catalog, item.Shard, shards, batch, top)).WaitAsync(ct);
            lock (replies)
            {
                replies[item.Batch, item.Shard] = reply;
            }

            if (Interlocked.Decrement(ref pending[item.Batch]) == 0)
            {
                // The batch's last shard is back: merge its customers now and let its replies go.
                Merge(item.Batch, first, count);
            }

            return reply.Silo;
        }, cancellationToken);

        return (winners, k);

        void Merge(int b, int first, int count)
        {
            RankReply[] perShardReplies;
            lock (replies)
            {
                perShardReplies = [.. Enumerable.Range(0, shards).Select(s => replies[b, s]!)];
                for (var s = 0; s < shards; s++)
                {
                    replies[b, s] = null;
                }
            }

            if (shards == 1)
            {
                perShardReplies[0].Solutions.AsSpan(0, count * k).CopyTo(winners.AsSpan(first * k));
                return;
            }

            var perShard = new RankedSolution[shards][];
            for (var i = 0; i < count; i++)
            {
                for (var s = 0; s < shards; s++)
                {
                    var reply = perShardReplies[s];
                    var place = i * reply.K;
                    perShard[s] = new RankedSolution[reply.K];
                    for (var r = 0; r < reply.K; r++)
                    {
                        var index = reply.Solutions[place + r];
                        perShard[s][r] = new RankedSolution(solutions[index], index, reply.Overall[place + r], reply.Reactions[place + r] is var x and >= 0 ? (PriceReaction)x : null);
                    }
                }

                var merged = RankedSolution.MergeTop(perShard, k);
                for (var r = 0; r < k; r++)
                {
                    winners[((first + i) * k) + r] = merged[r].Index;
                }
            }
        }
    }

    /// <summary>
    /// Tallies the shards of survey rows as they come (at most <see cref="CoordinatorOptions.InFlight"/> at a time, so a
    /// stream of shards is read no faster than the silos take it) and merges the tallies in shard order as they return.
    /// A row that fails validation on its silo comes back as data, is never retried, and is returned with the first such
    /// row in the file; the tally is then null.
    /// </summary>
    /// <param name="shards">The shards, in file order.</param>
    /// <param name="nms">Whether the rows carry purchase intentions.</param>
    /// <param name="cancellationToken">Stops the job.</param>
    public async Task<(PsmTally? Tally, ShardError? Error)> TallyAsync(IAsyncEnumerable<PsmShard> shards, bool nms, CancellationToken cancellationToken = default)
    {
        var (tally, _, error) = await TallyAsync(shards, nms, null, cancellationToken);
        return (tally, error);
    }

    /// <summary>
    /// As <see cref="TallyAsync(IAsyncEnumerable{PsmShard}, bool, CancellationToken)"/>, with the shards' bootstrap
    /// tallies merged into <paramref name="bootstrap"/> (the shards carry its seed and replicates) in the same order.
    /// </summary>
    public async Task<(PsmTally? Tally, PsmBootstrapTally? Bootstrap, ShardError? Error)> TallyAsync(IAsyncEnumerable<PsmShard> shards, bool nms, PsmBootstrapTally? bootstrap, CancellationToken cancellationToken = default)
    {
        var whole = new PsmTally(0, nms);
        var waiting = new Dictionary<int, PsmReply>();
        var next = 0;
        ShardError? error = null;
        await RunAll(Numbered(shards, cancellationToken), async (item, ct) =>
        {
            var reply = await Worker<IPsmWorker>(item.Index, 0).Tally(item.Shard).WaitAsync(ct);
            lock (waiting)
            {
                if (reply.Error is { } e)
                {
                    // The first row in the file that fails, whichever shard reported first: the CLI stops there too.
                    if (error is null || e.Index < error.Index)
                    {
                        error = e;
                    }
                }
                else
                {
                    waiting.Add(item.Index, reply);
                }

                while (error is null && waiting.Remove(next, out var done))
                {
                    whole.Merge(done.Tally!);
                    bootstrap?.Merge(done.Bootstrap!);
                    next++;
                }
            }

            return reply.Silo;
        }, cancellationToken);

        return error is null ? (whole, bootstrap, null) : (null, null, error);
    }

    private static async IAsyncEnumerable<(int Index, PsmShard Shard)> Numbered(IAsyncEnumerable<PsmShard> shards, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = 0;
        await foreach (var shard in shards.WithCancellation(cancellationToken))
        {
            yield return (index++, shard);
        }
    }

    /// <summary>
    /// A stateless worker for a work item. The client sends every call to one grain id through one gateway, and a
    /// stateless worker runs on the silo that receives the call: so each work item goes to a worker id of its own, which
    /// spreads the items over the gateways, hence the silos. Which silo runs which item does not matter.
    /// </summary>
    private T Worker<T>(int item, int shard)
        where T : IGrainWithIntegerKey => grains.GetGrain<T>(((long)item * 7919) + shard);

    /// <summary>
    /// Runs every work item, <see cref="CoordinatorOptions.InFlight"/> at a time, taking the next item only when one is
    /// done; an item whose call fails (its silo stopped or died, or the call timed out) is sent again, to whichever silo
    /// the cluster now routes it, for up to <see cref="CoordinatorOptions.RetryFor"/> after its first failure. Work items
    /// are pure, so running one twice is harmless.
    /// </summary>
    private async Task RunAll<T>(IAsyncEnumerable<T> items, Func<T, CancellationToken, Task<string>> run, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(options.InFlight);
        var done = 0;
        var tasks = new List<Task>();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            await gate.WaitAsync(cancellationToken);
            tasks.Add(RunOne(item));
            tasks.RemoveAll(t => t.IsCompletedSuccessfully);
            if (tasks.Find(t => t.IsFaulted || t.IsCanceled) is { } failed)
            {
                await failed;
            }
        }

        await Task.WhenAll(tasks);

        async Task RunOne(T item)
        {
            try
            {
                string? silo = null;
                var firstFailure = (Stopwatch?)null;
                for (var attempt = 1; ; attempt++)
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    timeout.CancelAfter(options.CallTimeout);
                    try
                    {
                        silo = await run(item, timeout.Token);
                        WorkBySilo.AddOrUpdate(silo, 1, (_, n) => n + 1);
                        break;
                    }
                    catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not InvalidInputException && (firstFailure ??= Stopwatch.StartNew()).Elapsed < options.RetryFor)
                    {
                        // Until the cluster has declared a dead silo dead (seconds), calls that need it keep failing.
                        Interlocked.Increment(ref _retries);
                        options.OnRetry?.Invoke(ex);
                        await Task.Delay(options.RetryDelay * Math.Min(attempt, 8), cancellationToken);
                    }
                }

                if (options.AfterItem is { } after)
                {
                    await after(Interlocked.Increment(ref done), silo!);
                }
            }
            finally
            {
                gate.Release();
            }
        }
    }
}

/// <summary>How a <see cref="Coordinator"/> splits and sends work.</summary>
internal sealed record CoordinatorOptions
{
    /// <summary>Gets how many customers a ranking work item carries.</summary>
    public int CustomerBatch { get; init; } = 1_000;

    /// <summary>Gets how many survey rows a tally work item carries.</summary>
    /// <remarks>
    /// 10,000 by default: a shard's columns are then arrays of at most 80,000 bytes, under the large object heap's
    /// threshold (85,000 bytes), so they are collected young (the client's peak memory on a 10-million-row survey:
    /// 155 to 166 MB with shards of 10,000 rows, 247 MB with shards of 50,000).
    /// </remarks>
    public int SurveyShard { get; init; } = DefaultSurveyShard;

    /// <summary>The default of <see cref="SurveyShard"/>.</summary>
    public const int DefaultSurveyShard = 10_000;

    /// <summary>Gets how many work items are in flight at once.</summary>
    public int InFlight { get; init; } = 8;

    /// <summary>
    /// Gets how long a work item is sent again after its first failure before the job fails: long enough for the
    /// cluster to declare a killed silo dead (by default about 15 to 30 seconds) or for a silo to be restarted.
    /// </summary>
    public TimeSpan RetryFor { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets how long one call may take before it is sent again.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets the pause before a retry, times the attempt (at most 8 times).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Gets a hook told of each failed call that is sent again.</summary>
    public Action<Exception>? OnRetry { get; init; }

    /// <summary>
    /// Gets a hook awaited after each completed work item with the count completed so far and the silo that did it
    /// (tests stop a silo here).
    /// </summary>
    public Func<int, string, Task>? AfterItem { get; init; }
}
