using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Samples.Orleans;

/// <summary>
/// <c>rank FILE.json</c>, <c>psm FILE.csv</c> and <c>bench</c> on a cluster of <c>--silos</c> silos in this process,
/// printing what <c>solutionfit rank --json</c> and <c>solutionfit psm --json</c> print. Exit codes as the CLI's: 0 done,
/// 1 bad usage, 2 bad input file.
/// </summary>
internal static class OrleansCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SolutionFit on an Orleans cluster of local silos: rank and psm fanned out, merged exactly.")
        {
            RankCommand(output, error),
            PsmCommand(output, error),
            BenchCommand(output, error),
        };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    private static Option<int> SilosOption() => new("--silos") { Description = "How many silos to start (1 to 16).", DefaultValueFactory = _ => 3 };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print JSON (the only output; accepted for parity with solutionfit)." };

    private static Command RankCommand(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE.json") { Description = "Customers and solutions, as for solutionfit rank." };
        var silos = SilosOption();
        var top = new Option<int?>("--top") { HelpName = "K", Description = "Keep the K best solutions per customer (K >= 1; all by default)." };
        var json = JsonOption();
        var command = new Command("rank", "Rank each customer's solutions on the cluster: customer batches × catalog shards, top k merged.") { file, silos, top, json };
        command.SetAction(async (result, ct) =>
        {
            var n = Silos(result.GetValue(silos), error);
            if (n is null || result.GetValue(top) is < 1)
            {
                if (n is not null)
                {
                    await error.WriteLineAsync("solutionfit: --top takes one whole number of at least 1.");
                }

                return 1;
            }

            await using var cluster = await LocalCluster.StartAsync(n.Value, ct);
            return await RankAsync(cluster.Client, result.GetRequiredValue(file), result.GetValue(top), n.Value, new CoordinatorOptions(), output, error, ct);
        });
        return command;
    }

    private static Command PsmCommand(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE.csv") { Description = "A survey, as for solutionfit psm." };
        var silos = SilosOption();
        var weightColumn = new Option<string?>("--weight-column") { HelpName = "NAME", Description = "Weigh respondents by this column." };
        var nms = new Option<bool>("--nms") { Description = "Newton–Miller–Smith from columns pi_cheap and pi_expensive." };
        var rows = new Option<int>("--shard-rows") { Description = "Survey rows per work item.", DefaultValueFactory = _ => 50_000 };
        var json = JsonOption();
        var command = new Command("psm", "Van Westendorp analysis on the cluster: shards of rows tallied, tallies merged, analysed once.") { file, silos, weightColumn, nms, rows, json };
        command.SetAction(async (result, ct) =>
        {
            var n = Silos(result.GetValue(silos), error);
            if (n is null || result.GetValue(rows) < 1)
            {
                if (n is not null)
                {
                    await error.WriteLineAsync("solutionfit: --shard-rows takes one whole number of at least 1.");
                }

                return 1;
            }

            await using var cluster = await LocalCluster.StartAsync(n.Value, ct);
            var options = new CoordinatorOptions { SurveyShard = result.GetValue(rows) };
            return await PsmAsync(cluster.Client, result.GetRequiredValue(file), result.GetValue(weightColumn), result.GetValue(nms), options, output, error, ct);
        });
        return command;
    }

    /// <summary>
    /// <c>rank FILE.json --top K --json</c> on a cluster, catalog in <paramref name="shards"/> shards: writes what the CLI
    /// writes (JSON, or one error line) and returns its exit code.
    /// </summary>
    internal static Task<int> RankAsync(IGrainFactory grains, string path, int? top, int shards, CoordinatorOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        Guarded(error, async () =>
        {
            var input = InputFile.Load(path);
            var coordinator = new Coordinator(grains, options);
            var rankings = await coordinator.RankAsync(CatalogSource.File(path), input.Solutions, input.Customers, top ?? input.Solutions.Count, shards, cancellationToken);
            JsonOutput.WriteRankings(output, rankings);
        });

    /// <summary>
    /// <c>psm FILE.csv --json</c> on a cluster, in shards of <see cref="CoordinatorOptions.SurveyShard"/> rows: writes what
    /// the CLI writes (JSON, or one error line) and returns its exit code.
    /// </summary>
    internal static Task<int> PsmAsync(IGrainFactory grains, string path, string? weightColumn, bool nms, CoordinatorOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        Guarded(error, async () =>
        {
            var (shards, rows) = SurveyShards.Read(path, weightColumn, nms, options.SurveyShard);
            var coordinator = new Coordinator(grains, options);
            var analysis = await AnalyzeAsync(coordinator, shards, new PsmOptions(), path, rows, weightColumn, cancellationToken);
            JsonOutput.WritePsm(output, analysis);
        });

    /// <summary>Runs the PSM job; a row that failed validation on its silo is told as the CLI tells it (file line and column).</summary>
    internal static async Task<PsmResult> AnalyzeAsync(Coordinator coordinator, IReadOnlyList<PsmShard> shards, PsmOptions options, string path, PsmSurveyRows rows, string? weightColumn, CancellationToken cancellationToken)
    {
        try
        {
            return await coordinator.PsmAsync(shards, options, cancellationToken);
        }
        catch (InvalidInputException ex) when (ex.Index is { } row && row >= 0 && row < rows.Count)
        {
            throw PsmSurveyReader.AtLine(path, ex, row, rows.Line, weightColumn);
        }
    }

    private static Command BenchCommand(TextWriter output, TextWriter error)
    {
        var silos = SilosOption();
        var customers = new Option<int>("--customers") { Description = "Generated customers.", DefaultValueFactory = _ => 20_000 };
        var solutions = new Option<int>("--solutions") { Description = "Generated solutions.", DefaultValueFactory = _ => 2_000 };
        var goals = new Option<int>("--goals") { Description = "Goal ids of the generated workload.", DefaultValueFactory = _ => 8 };
        var top = new Option<int>("--top") { Description = "K best per customer.", DefaultValueFactory = _ => 10 };
        var batch = new Option<int>("--batch") { Description = "Customers per work item.", DefaultValueFactory = _ => 1_000 };
        var command = new Command("bench", "Throughput of ranking on the cluster: customers × solutions pairs per second (the second of two runs).") { silos, customers, solutions, goals, top, batch };
        command.SetAction(async (result, ct) =>
        {
            var n = Silos(result.GetValue(silos), error);
            var (c, s, g) = (result.GetValue(customers), result.GetValue(solutions), result.GetValue(goals));
            if (n is null || c < 1 || s < 1 || g < 1 || result.GetValue(top) < 1 || result.GetValue(batch) < 1)
            {
                await error.WriteLineAsync("solutionfit: --silos, --customers, --solutions, --goals, --top and --batch take whole numbers of at least 1.");
                return 1;
            }

            var catalog = CatalogSource.Synthetic(s, g, seed: 1);
            var all = SyntheticWorkload.Solutions(s, g, seed: 1);
            var people = SyntheticWorkload.Customers(c, g, seed: 2);
            await using var cluster = await LocalCluster.StartAsync(n.Value, ct);
            var coordinator = new Coordinator(cluster.Client, new CoordinatorOptions { CustomerBatch = result.GetValue(batch), InFlight = 4 * n.Value });
            await coordinator.RankAsync(catalog, all, people, result.GetValue(top), n.Value, ct); // warm-up: compiles the shards on every silo
            var watch = Stopwatch.StartNew();
            await coordinator.RankAsync(catalog, all, people, result.GetValue(top), n.Value, ct);
            var seconds = watch.Elapsed.TotalSeconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"silos {n}, customers {c}, solutions {s}, goals {g}, top {result.GetValue(top)}: {seconds:0.000} s, {c * (double)s / seconds:0.###e0} pairs/s"));
            output.WriteLine($"work items per silo (both runs): {string.Join(", ", coordinator.WorkBySilo.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}");
            return 0;
        });
        return command;
    }

    private static int? Silos(int silos, TextWriter error)
    {
        if (silos is >= 1 and <= 16)
        {
            return silos;
        }

        error.WriteLine("solutionfit: --silos takes one whole number from 1 to 16.");
        return null;
    }

    /// <summary>A bad input file becomes one line on <paramref name="error"/> and exit code 2, as in the CLI.</summary>
    private static async Task<int> Guarded(TextWriter error, Func<Task> run)
    {
        try
        {
            await run();
            return 0;
        }
        catch (InputException ex)
        {
            await error.WriteLineAsync($"solutionfit: {ex.Message}");
            return 2;
        }
    }
}
