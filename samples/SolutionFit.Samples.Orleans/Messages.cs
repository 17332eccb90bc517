using SolutionFit.PriceSensitivity;

namespace SolutionFit.Samples.Orleans;

/// <summary>
/// Where silos find the catalog: a JSON file every silo can read (shared storage), or a generated workload (for
/// measuring throughput). A work item names the source, not the solutions, so the catalog never travels with the work.
/// </summary>
[GenerateSerializer]
[Immutable]
internal sealed record CatalogSource
{
    /// <summary>Gets the path of a JSON file in the CLI's format, or null for a generated catalog.</summary>
    [Id(0)]
    public string? Path { get; init; }

    /// <summary>Gets the number of generated solutions (no path).</summary>
    [Id(1)]
    public int Solutions { get; init; }

    /// <summary>Gets the number of goal ids of the generated workload.</summary>
    [Id(2)]
    public int Goals { get; init; }

    /// <summary>Gets the seed of the generated catalog.</summary>
    [Id(3)]
    public int Seed { get; init; }

    /// <summary>Gets the file size limit in MiB the client read the file with (<c>--max-file-mb</c>).</summary>
    [Id(4)]
    public int MaxFileMegabytes { get; init; } = Limits.FileSize.Default;

    /// <summary>Gets the JSON depth limit (<c>--max-json-depth</c>).</summary>
    [Id(5)]
    public int MaxJsonDepth { get; init; } = Limits.JsonDepth.Default;

    /// <summary>Gets the customer limit (<c>--max-customers</c>).</summary>
    [Id(6)]
    public int MaxCustomers { get; init; } = Limits.Customers.Default;

    /// <summary>Gets the solution limit (<c>--max-solutions</c>).</summary>
    [Id(7)]
    public int MaxSolutions { get; init; } = Limits.Solutions.Default;

    /// <summary>Gets the goal limit (<c>--max-goals</c>).</summary>
    [Id(8)]
    public int MaxGoals { get; init; } = Limits.Goals.Default;

    /// <summary>The limits a silo reads the file with: the ones the client read it with.</summary>
    public Limits Limits => Limits.Default with
    {
        MaxFileMegabytes = MaxFileMegabytes,
        MaxJsonDepth = MaxJsonDepth,
        MaxCustomers = MaxCustomers,
        MaxSolutions = MaxSolutions,
        MaxGoals = MaxGoals,
    };

    /// <summary>A catalog file, read on every silo with the limits the client read it with.</summary>
    public static CatalogSource File(string path, Limits? limits = null)
    {
        var l = limits ?? Limits.Default;
        return new()
        {
            Path = System.IO.Path.GetFullPath(path),
            MaxFileMegabytes = l.MaxFileMegabytes,
            MaxJsonDepth = l.MaxJsonDepth,
            MaxCustomers = l.MaxCustomers,
            MaxSolutions = l.MaxSolutions,
            MaxGoals = l.MaxGoals,
        };
    }

    public static CatalogSource Synthetic(int solutions, int goals, int seed) => new() { Solutions = solutions, Goals = goals, Seed = seed };
}

/// <summary>Rank a batch of customers against one shard of the catalog: shard <c>Shard</c> of <c>Shards</c> equal slices.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record RankWork(
    [property: Id(0)] CatalogSource Catalog,
    [property: Id(1)] int Shard,
    [property: Id(2)] int Shards,
    [property: Id(3)] CustomerProfile[] Customers,
    [property: Id(4)] int Top);

/// <summary>
/// A shard's best <c>K</c> per customer, flat (customer-major): the index of each solution in the whole catalog, its
/// overall score and its predicted reaction (-1 = none); and which silo did the work.
/// </summary>
[GenerateSerializer]
[Immutable]
internal sealed record RankReply(
    [property: Id(0)] int K,
    [property: Id(1)] int[] Solutions,
    [property: Id(2)] double[] Overall,
    [property: Id(3)] sbyte[] Reactions,
    [property: Id(4)] string Silo);

/// <summary>
/// A shard of survey rows, as read from the file, starting at global row <c>FirstRow</c>: one array per column, a
/// missing answer as NaN (a parsed cell is never NaN) and a missing intention as <see cref="int.MinValue"/>, so that a
/// row costs 40 bytes (48 with intentions), in memory and on the wire.
/// </summary>
[GenerateSerializer]
[Immutable]
internal sealed record PsmShard(
    [property: Id(0)] int FirstRow,
    [property: Id(1)] bool HasPurchaseIntentions,
    [property: Id(2)] double[]? TooCheap,
    [property: Id(3)] double[] Cheap,
    [property: Id(4)] double[] Expensive,
    [property: Id(5)] double[] TooExpensive,
    [property: Id(6)] double[]? Weights,
    [property: Id(7)] int[]? PurchaseIntentCheap,
    [property: Id(8)] int[]? PurchaseIntentExpensive)
{
    /// <summary>The value of a missing intention.</summary>
    public const int MissingIntent = int.MinValue;

    /// <summary>Gets the bootstrap replicates to tally beside the shard's tally (0: no bootstrap).</summary>
    [Id(9)]
    public int BootstrapReplicates { get; init; }

    /// <summary>Gets the seed of the bootstrap replicate weights (with <see cref="BootstrapReplicates"/>).</summary>
    [Id(10)]
    public ulong BootstrapSeed { get; init; }

    public int Count => Cheap.Length;

    /// <summary>An answer as read: null when missing.</summary>
    public static double? Answer(double[]? column, int row) => column is not null && !double.IsNaN(column[row]) ? column[row] : null;

    /// <summary>An intention as read: null when missing.</summary>
    public static int? Intent(int[]? column, int row) => column is not null && column[row] != MissingIntent ? column[row] : null;
}

/// <summary>A shard's tally, or, when a row fails validation, the library's error as data (never retried).</summary>
[GenerateSerializer]
[Immutable]
internal sealed record PsmReply(
    [property: Id(0)] PsmTally? Tally,
    [property: Id(1)] ShardError? Error,
    [property: Id(2)] string Silo)
{
    /// <summary>Gets the shard's bootstrap tally, when the shard asked for one.</summary>
    [Id(3)]
    public PsmBootstrapTally? Bootstrap { get; init; }
}

/// <summary>
/// An <see cref="InvalidInputException"/> as plain data: Orleans carries exceptions by type name and message, and the
/// coordinator needs the row and column to name the file line, as the CLI does.
/// </summary>
[GenerateSerializer]
[Immutable]
internal sealed record ShardError(
    [property: Id(0)] string? ParamName,
    [property: Id(1)] string Detail,
    [property: Id(2)] int? Index,
    [property: Id(3)] string? ItemId,
    [property: Id(4)] string? Field)
{
    public static ShardError From(InvalidInputException ex) => new(ex.ParamName, ex.Detail, ex.Index, ex.ItemId, ex.Field);

    public InvalidInputException ToException() => new(ParamName, Detail, Index, ItemId, Field);
}
