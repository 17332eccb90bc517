using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace SolutionFit.Cli;

/// <summary>
/// <c>solutionfit bench-rank</c>: how many customer × solution pairs a second the compiled catalog ranks on this machine,
/// on a workload generated in memory from a fixed seed (<see cref="SyntheticWorkload"/>), for sizing hardware.
/// </summary>
internal static class BenchRankCommand
{
    /// <summary>Customers in the warm-up batch, run before the clock starts.</summary>
    internal const int WarmUpCustomers = 64;

    /// <summary>
    /// How long the JIT must have compiled nothing before the warm-up ends. A single warm-up batch is not enough: the
    /// kernel then still runs as tier-0 code (with on-stack replacement) and is promoted twice in the background
    /// (instrumented, then optimised with the profile), each time after a tiering delay and 30 calls. On the 2-core
    /// machine the first timed batch after one warm-up batch took 0.7–1.1 s, the steady state 0.16–0.22 s
    /// (1,000 × 10,000 × 16). The count is the process's, so the warm-up also waits out the tier-up of the generator
    /// and the command line: 1–4 s.
    /// </summary>
    internal static readonly TimeSpan JitQuiet = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest warm-up, should the JIT never go quiet (other work in the process).</summary>
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(5);

    private const int DefaultTop = 10;

    private const int DefaultSeed = 1;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var customers = Cli.WholeNumberOption("--customers", "N", "How many customers to generate (N >= 1).");
        var solutions = Cli.WholeNumberOption("--solutions", "M", "How many solutions the catalog holds (M >= 1).");
        var goals = Cli.WholeNumberOption("--goals", "G", "How many goal ids every customer has and every solution mentions (G >= 1).");
        customers.Required = solutions.Required = goals.Required = true;
        var top = Cli.WholeNumberOption("--top", "K", "Keep the K best solutions per customer (K >= 1; default 10).");
        var seed = Cli.WholeNumberOption("--seed", "S", "Seed of the workload: solutions from S, customers from S + 1 (default 1).", minimum: 0, maximum: int.MaxValue - 1);
        var command = new Command(
            "bench-rank",
            "Time the compiled catalog ranking N generated customers against M generated solutions on all cores; prints one line ending in pairs/s.")
        {
            customers, solutions, goals, top, seed,
        };
        command.SetAction(result =>
        {
            var (n, m, g, best) = (result.GetValue(customers)!.Value, result.GetValue(solutions)!.Value, result.GetValue(goals)!.Value, result.GetValue(top) ?? DefaultTop);
            if ((long)n * Math.Min(best, m) > Array.MaxLength)
            {
                error.WriteLine($"--customers × --top must be at most {Array.MaxLength.ToString("N0", CultureInfo.InvariantCulture)} ranked solutions, one array: use fewer customers or a smaller --top.");
                return 1;
            }

            output.WriteLine(Run(n, m, g, best, result.GetValue(seed) ?? DefaultSeed, JitQuiet).Describe(Environment.ProcessorCount));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Generates the workload, compiles the catalog, warms up (the batch on the first <see cref="WarmUpCustomers"/>
    /// customers, repeated until the JIT has been quiet for <paramref name="jitQuiet"/>; at least once), then ranks every
    /// customer once on all cores, timed: only that last batch is measured.
    /// </summary>
    internal static BenchRankRun Run(int customerCount, int solutionCount, int goals, int top, int seed, TimeSpan jitQuiet)
    {
        var catalog = new SolutionCatalog(SyntheticWorkload.Solutions(solutionCount, goals, seed));
        var customers = SyntheticWorkload.Customers(customerCount, goals, seed + 1);
        var k = Math.Min(top, catalog.Count);
        var winners = new RankedSolution[checked(customers.Length * k)];

        var warmUp = customers[..Math.Min(customers.Length, WarmUpCustomers)];
        var started = Stopwatch.StartNew();
        var quiet = Stopwatch.StartNew();
        var jitted = JitInfo.GetCompiledMethodCount();
        do
        {
            catalog.Top(warmUp, top, winners);
            if (JitInfo.GetCompiledMethodCount() is var count && count != jitted)
            {
                jitted = count;
                quiet.Restart();
            }
        }
        while (quiet.Elapsed < jitQuiet && started.Elapsed < MaxWarmUp);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        catalog.Top(customers, top, winners);
        clock.Stop();
        return new BenchRankRun(customers, catalog, goals, k, winners, clock.Elapsed);
    }
}

/// <summary>One timed <c>bench-rank</c> batch: what was ranked, the winners and how long it took.</summary>
internal sealed class BenchRankRun
{
    internal BenchRankRun(CustomerProfile[] customers, SolutionCatalog catalog, int goals, int k, RankedSolution[] winners, TimeSpan elapsed)
    {
        Customers = customers;
        Catalog = catalog;
        Goals = goals;
        K = k;
        Winners = winners;
        Elapsed = elapsed;
    }

    /// <summary>Gets the generated customers.</summary>
    public IReadOnlyList<CustomerProfile> Customers { get; }

    /// <summary>Gets the catalog of generated solutions.</summary>
    public SolutionCatalog Catalog { get; }

    /// <summary>Gets the number of goal ids per customer and solution.</summary>
    public int Goals { get; }

    /// <summary>Gets the number of solutions kept per customer: the requested top, or fewer when the catalog is smaller.</summary>
    public int K { get; }

    /// <summary>Gets customer <c>i</c>'s best <see cref="K"/> solutions, best first, in <c>[i·K, (i + 1)·K)</c>.</summary>
    public ReadOnlyMemory<RankedSolution> Winners { get; }

    /// <summary>Gets the time the measured batch took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Gets the pairs ranked: customers × solutions.</summary>
    public long Pairs => (long)Customers.Count * Catalog.Count;

    /// <summary>Gets the pairs ranked per second (the elapsed time taken as at least one tick).</summary>
    public double PairsPerSecond => Pairs / (Math.Max(Elapsed.Ticks, 1) / (double)TimeSpan.TicksPerSecond);

    /// <summary>The one line <c>bench-rank</c> prints, culture-invariant.</summary>
    public string Describe(int cores)
    {
        var ms = Elapsed.TotalMilliseconds;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"ranked {Count(Customers.Count, "customer")} × {Count(Catalog.Count, "solution")} × {Count(Goals, "goal")} (top {K}) on {Count(cores, "core")} in {ms.ToString(ms >= 1 ? "#,0.0" : "0.000", CultureInfo.InvariantCulture)} ms: {PairsPerSecond:N0} pairs/s");
    }

    private static string Count(long count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");
}
