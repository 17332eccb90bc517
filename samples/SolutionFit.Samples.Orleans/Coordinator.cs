using System.Collections.Concurrent;
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
    private int _retries;

    /// <summary>Gets how many work items were sent again because their silo failed.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>Gets how many work items each silo completed.</summary>
    public ConcurrentDictionary<string, int> WorkBySilo { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Each customer's best <paramref name="top"/> solutions, best first, in customer order: every batch of customers is
    /// ranked against every catalog shard, the shards' top k merged (<see cref="RankedSolution.MergeTop"/>), and only
    /// the winners scored in full here, as <c>solutionfit rank</c> does.
    /// </summary>
    public async Task<IReadOnlyList<(string CustomerId, IReadOnlyList<FitScore> Ranked)>> RankAsync(
        CatalogSource catalog, IReadOnlyList<ProposedSolution> solutions, IReadOnlyList<CustomerProfile> customers, int top, int shards, CancellationToken cancellationToken = default)
    {
        shards = Math.Clamp(Math.Min(shards, solutions.Count), 1, int.MaxValue);
        var batches = (customers.Count + options.CustomerBatch - 1) / options.CustomerBatch;
        var replies = new RankReply[batches, shards];
        var items = Enumerable.Range(0, batches * shards).Select(w => (Batch: w / shards, Shard: w % shards));
        await RunAll(items, async (item, ct) =>
        {
            var first = item.Batch * options.CustomerBatch;
            var batch = customers.Skip(first).Take(Math.Min(options.CustomerBatch, customers.Count - first)).ToArray();
            var reply = await Worker<IRankWorker>(item.Batch, item.Shard).Top(new RankWork(catalog, item.Shard, shards, batch, top)).WaitAsync(ct);
            replies[item.Batch, item.Shard] = reply;
            return reply.Silo;
        }, cancellationToken);

        var scorer = new SolutionFitScorer();
        var rankings = new List<(string, IReadOnlyList<FitScore>)>(customers.Count);
        for (var b = 0; b < batches; b++)
        {
            var first = b * options.CustomerBatch;
            for (var i = first; i < Math.Min(first + options.CustomerBatch, customers.Count); i++)
            {
                var perShard = new RankedSolution[shards][];
                for (var s = 0; s < shards; s++)
                {
                    var reply = replies[b, s];
                    var place = (i - first) * reply.K;
                    perShard[s] = new RankedSolution[reply.K];
                    for (var r = 0; r < reply.K; r++)
                    {
                        var index = reply.Solutions[place + r];
                        perShard[s][r] = new RankedSolution(solutions[index], index, reply.Overall[place + r], reply.Reactions[place + r] is var x and >= 0 ? (PriceReaction)x : null);
                    }
                }

                var customer = customers[i];
                var winners = RankedSolution.MergeTop(perShard, Math.Max(top, 1));
                rankings.Add((customer.Id, [.. winners.Select(w => scorer.Score(customer, w.Solution))]));
            }
        }

        return rankings;
    }

    /// <summary>
    /// Tallies the survey in shards of <see cref="CoordinatorOptions.SurveyShard"/> rows, merges the tallies and analyses
    /// once. A row that fails validation fails the job with the library's error (row and column), never retried.
    /// </summary>
    /// <exception cref="InvalidInputException">A row failed validation on its silo.</exception>
    public async Task<PsmResult> PsmAsync(IReadOnlyList<PsmShard> shards, PsmOptions psmOptions, CancellationToken cancellationToken = default)
    {
        var tallies = new PsmTally?[shards.Count];
        ShardError? error = null;
        await RunAll(Enumerable.Range(0, shards.Count), async (s, ct) =>
        {
            var reply = await Worker<IPsmWorker>(s, 0).Tally(shards[s]).WaitAsync(ct);
            tallies[s] = reply.Tally;
            if (reply.Error is { } e)
            {
                lock (tallies)
                {
                    // The first row in the file that fails, whichever shard reported first: the CLI stops there too.
                    if (error is null || e.Index < error.Index)
                    {
                        error = e;
                    }
                }
            }

            return reply.Silo;
        }, cancellationToken);

        if (error is not null)
        {
            throw error.ToException();
        }

        var whole = new PsmTally(0, shards.Count > 0 && shards[0].HasPurchaseIntentions);
        foreach (var tally in tallies)
        {
            whole.Merge(tally!);
        }

        return PriceSensitivityMeter.Analyze(whole, psmOptions);
    }

    /// <summary>
    /// A stateless worker for a work item. The client sends every call to one grain id through one gateway, and a
    /// stateless worker runs on the silo that receives the call: so each work item goes to a worker id of its own, which
    /// spreads the items over the gateways, hence the silos. Which silo runs which item does not matter.
    /// </summary>
    private T Worker<T>(int item, int shard)
        where T : IGrainWithIntegerKey => grains.GetGrain<T>(((long)item * 7919) + shard);

    /// <summary>
    /// Runs every work item, <see cref="CoordinatorOptions.InFlight"/> at a time; an item whose call fails (its silo
    /// stopped or died, or the call timed out) is sent again, to whichever silo the cluster now routes it, up to
    /// <see cref="CoordinatorOptions.Attempts"/> times. Work items are pure, so running one twice is harmless.
    /// </summary>
    private async Task RunAll<T>(IEnumerable<T> items, Func<T, CancellationToken, Task<string>> run, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(options.InFlight);
        var done = 0;
        var tasks = items.Select(async item =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                string? silo = null;
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
                    catch (Exception ex) when (attempt < options.Attempts && !cancellationToken.IsCancellationRequested && ex is not InvalidInputException)
                    {
                        Interlocked.Increment(ref _retries);
                        options.OnRetry?.Invoke(ex);
                        await Task.Delay(options.RetryDelay * attempt, cancellationToken);
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
        }).ToList();
        await Task.WhenAll(tasks);
    }
}

/// <summary>How a <see cref="Coordinator"/> splits and sends work.</summary>
internal sealed record CoordinatorOptions
{
    /// <summary>Gets how many customers a ranking work item carries.</summary>
    public int CustomerBatch { get; init; } = 256;

    /// <summary>Gets how many survey rows a tally work item carries.</summary>
    public int SurveyShard { get; init; } = 50_000;

    /// <summary>Gets how many work items are in flight at once.</summary>
    public int InFlight { get; init; } = 8;

    /// <summary>Gets how many times a work item is sent before the job fails.</summary>
    public int Attempts { get; init; } = 5;

    /// <summary>Gets how long one call may take before it is sent again.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets the pause before a retry, times the attempt.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Gets a hook told of each failed call that is sent again.</summary>
    public Action<Exception>? OnRetry { get; init; }

    /// <summary>
    /// Gets a hook awaited after each completed work item with the count completed so far and the silo that did it
    /// (tests stop a silo here).
    /// </summary>
    public Func<int, string, Task>? AfterItem { get; init; }
}
