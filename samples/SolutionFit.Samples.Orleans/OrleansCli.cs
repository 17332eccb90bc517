using System.CommandLine;
using System.CommandLine.Invocation;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Threading.Channels;
using SolutionFit.Cli;
using SolutionFit.PriceSensitivity;
using CliCommands = SolutionFit.Cli.Cli;

namespace SolutionFit.Samples.Orleans;

/// <summary>
/// <c>silo</c> runs one silo process; <c>rank FILE.json</c>, <c>psm FILE.csv</c> and <c>bench</c> run on a cluster, either
/// the silo processes registered in Redis (<c>--redis HOST:PORT</c>) or <c>--silos N</c> silos in this process, and print
/// what <c>solutionfit rank</c> and <c>solutionfit psm</c> print, with the same options. Exit codes as the CLI's: 0 done,
/// 1 bad usage, 2 bad input file (or a cluster that cannot be reached); each error is one line on standard error.
/// </summary>
internal static class OrleansCli
{
    private const string DefaultClusterId = "solutionfit";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SolutionFit on an Orleans cluster: rank and psm fanned out over silos, merged exactly.")
        {
            SiloCommand(output, error),
            RankCommand(output, error),
            PsmCommand(output, error),
            BenchCommand(output, error),
        };

        // As the CLI: everything written in the invariant culture, and a usage error as one escaped line (exit code 1).
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var parsed = root.Parse(args);
            if (parsed.Action is ParseErrorAction)
            {
                var command = parsed.CommandResult.Command is RootCommand ? "SolutionFit.Samples.Orleans" : parsed.CommandResult.Command.Name;
                var messages = string.Join(' ', parsed.Errors.Select(e => e.Message.TrimEnd().Replace("\n\t'", " '", StringComparison.Ordinal)));
                await error.WriteLineAsync($"solutionfit: {Show.Escape(messages, 400)} See '{command} --help'.");
                return 1;
            }

            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static Command SiloCommand(TextWriter output, TextWriter error)
    {
        var redis = RedisOption();
        redis.Required = true;
        var clusterId = ClusterIdOption();
        var address = new Option<IPAddress>("--address")
        {
            HelpName = "IP",
            Description = "The address to listen on and advertise to the other silos and the clients (default 127.0.0.1: this machine only).",
            DefaultValueFactory = _ => IPAddress.Loopback,
            CustomParser = r =>
            {
                if (r.Tokens is [var token] && IPAddress.TryParse(token.Value, out var ip) && !ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.IPv6Any))
                {
                    return ip;
                }

                r.AddError("--address takes one IP address of this machine (not 0.0.0.0: the address is advertised to the others).");
                return null;
            },
        };
        var siloPort = PortOption("--silo-port", SiloHost.DefaultSiloPort, "The port the other silos reach this one on");
        var gatewayPort = PortOption("--gateway-port", SiloHost.DefaultGatewayPort, "The port clients reach this silo on");
        var delay = CliCommands.WholeNumberOption("--work-delay", "MS", "For tests of failures: hold every work item MS milliseconds and announce it on standard output.", minimum: 0);
        delay.Hidden = true;
        var command = new Command("silo", "Run one silo of a cluster whose membership is in Redis, until SIGINT or SIGTERM (then leave gracefully).")
        {
            redis, clusterId, address, siloPort, gatewayPort, delay,
        };
        command.SetAction(async (result, ct) =>
        {
            var settings = new SiloSettings(
                result.GetRequiredValue(redis),
                result.GetRequiredValue(clusterId),
                result.GetRequiredValue(address),
                result.GetValue(siloPort),
                result.GetValue(gatewayPort),
                TimeSpan.FromMilliseconds(result.GetValue(delay) ?? 0));
            try
            {
                await SiloHost.RunAsync(settings, output, ct);
                return 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await error.WriteLineAsync(Show.OneLine($"solutionfit: the silo could not run (Redis at {settings.Redis}, {settings.Address} ports {settings.SiloPort} and {settings.GatewayPort}): {InputException.FirstLine(ex.Message)}"));
                return CliCommands.BadInput;
            }
        });
        return command;
    }

    private static Command RankCommand(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE.json") { Description = "Customers and solutions, as JSON (see the README): as for solutionfit rank. Every silo reads it (shared storage)." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var top = CliCommands.WholeNumberOption("--top", "K", "Show only the K best solutions per customer (K >= 1).");
        var cluster = new ClusterOptionSet();
        var batch = CliCommands.WholeNumberOption("--batch", "N", "Customers per work item (default 1,000).");
        var shards = CatalogShardsOption();
        var command = new Command("rank", "Rank each customer's solutions on the cluster: customer batches × catalog shards, top k merged.") { file, json, top };
        var limits = CliCommands.LimitOptions(command, Limits.FileSize, Limits.JsonDepth, Limits.Customers, Limits.Solutions, Limits.Goals);
        cluster.AddTo(command);
        command.Options.Add(batch);
        command.Options.Add(shards);
        command.SetAction(async (result, ct) =>
        {
            var options = cluster.Coordinator(result) with { CustomerBatch = result.GetValue(batch) ?? 1_000 };
            return await cluster.RunAsync(
                result,
                error,
                connection => RankAsync(new Coordinator(connection.Client, options), new RankJob(result.GetRequiredValue(file), result.GetValue(top), limits(result), result.GetValue(json)), CatalogShards(result, shards, connection), output, error, cluster.Stats(result), ct),
                ct);
        });
        return command;
    }

    private static Command PsmCommand(TextWriter output, TextWriter error)
    {
        // The argument and options of solutionfit psm, with the same names, values, defaults and checks.
        var command = new Command("psm", "Van Westendorp analysis (with NMS) on the cluster: the survey streamed in shards of rows, tallied on the silos, merged and analysed once.");
        var psm = new PsmCommandOptions(command);
        var cluster = new ClusterOptionSet();
        cluster.AddTo(command);
        var rows = CliCommands.WholeNumberOption("--shard-rows", "N", "Survey rows per work item (default 10,000).");
        command.Options.Add(rows);
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetRequiredValue(psm.File);
            var job = new PsmJob(path, psm.WeightColumn(result), psm.Nms(result), psm.Limits(result), () => psm.Analysis(result), psm.Json(result), psm.Chart(result))
            {
                Bootstrap = () => psm.Bootstrap(result),
            };
            var options = cluster.Coordinator(result) with { SurveyShard = result.GetValue(rows) ?? CoordinatorOptions.DefaultSurveyShard };
            return await cluster.RunAsync(result, error, connection => PsmAsync(new Coordinator(connection.Client, options), job, output, error, cluster.Stats(result), ct), ct);
        });
        return command;
    }

    /// <summary>What <c>rank</c> was asked: the file, <c>--top</c>, the limits and <c>--json</c>.</summary>
    internal sealed record RankJob(string Path, int? Top, Limits Limits, bool Json);

    /// <summary>
    /// What <c>psm</c> was asked: the file, <c>--weight-column</c>, <c>--nms</c>, the limits, the analysis options (built
    /// when the job runs, so that a rejected option is reported as the CLI reports it), <c>--json</c> and <c>--chart</c>.
    /// </summary>
    internal sealed record PsmJob(string Path, string? WeightColumn, bool Nms, Limits Limits, Func<PsmOptions> Options, bool Json, string? Chart)
    {
        /// <summary>Gets <c>--bootstrap B --seed S --confidence C</c>, checked as the CLI checks them (null: no bootstrap).</summary>
        public Func<(int Replicates, ulong Seed, double Confidence)?> Bootstrap { get; init; } = () => null;

        /// <summary><c>psm FILE.csv --json</c> with the default options and, optionally, a weight column and NMS.</summary>
        public static PsmJob JsonOf(string path, string? weightColumn = null, bool nms = false) =>
            new(path, weightColumn, nms, Limits.Default, () => new PsmOptions(), Json: true, Chart: null);
    }

    /// <summary>
    /// <c>rank FILE.json</c> on a cluster, catalog in <paramref name="shards"/> shards: writes what the CLI writes (its
    /// warnings, then JSON or the table, or one error line) and returns its exit code.
    /// </summary>
    internal static Task<int> RankAsync(Coordinator coordinator, RankJob job, int shards, TextWriter output, TextWriter error, bool stats, CancellationToken cancellationToken) =>
        Guarded(error, coordinator, stats, async () =>
        {
            var input = InputFile.Load(job.Path, job.Limits);
            CliCommands.WarnUnknownGoals(job.Path, input, error);
            var rankings = await coordinator.RankAsync(CatalogSource.File(job.Path, job.Limits), input.Solutions, input.Customers, job.Top ?? input.Solutions.Count, shards, cancellationToken);
            if (job.Json)
            {
                JsonOutput.WriteRankings(output, rankings);
                return;
            }

            var byId = input.Solutions.ToDictionary(s => s.Id, StringComparer.Ordinal);
            foreach (var (customerId, ranked) in rankings)
            {
                TextOutput.WriteRanking(output, customerId, ranked, byId);
                output.WriteLine();
            }
        });

    /// <summary><c>rank FILE.json [--top K] --json</c> on a cluster (the tests' short form).</summary>
    internal static Task<int> RankAsync(IGrainFactory grains, string path, int? top, int shards, CoordinatorOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RankAsync(new Coordinator(grains, options), new RankJob(path, top, Limits.Default, Json: true), shards, output, error, stats: false, cancellationToken);

    /// <summary>
    /// <c>psm FILE.csv</c> on a cluster, the survey streamed in shards of <see cref="CoordinatorOptions.SurveyShard"/>
    /// rows: writes what the CLI writes (JSON or the summary, the chart, or one error line) and returns its exit code.
    /// </summary>
    internal static Task<int> PsmAsync(Coordinator coordinator, PsmJob job, TextWriter output, TextWriter error, bool stats, CancellationToken cancellationToken) =>
        Guarded(error, coordinator, stats, async () =>
        {
            // In the CLI's order: the bootstrap arguments, the options, the file, the grid check, the analysis, the
            // intervals, the chart, the output.
            var replicates = job.Bootstrap();
            var psmOptions = CliCommands.Library(job.Path, job.Options);
            var bootstrapTally = replicates is var (b, s, _) ? new PsmBootstrapTally(s, b, 0, job.Nms) : null;
            var (tally, rows) = await TallyAsync(coordinator, job.Path, job.WeightColumn, job.Nms, job.Limits, coordinator.Options.SurveyShard, bootstrapTally, cancellationToken);
            SolutionFit.Cli.PsmCommand.CheckGrid(job.Path, tally, psmOptions, job.Limits);
            CliCommands.Library(job.Path, () =>
            {
                var analysis = PsmSurveyReader.Analyze(tally, psmOptions, job.Path, rows, job.WeightColumn);
                var intervals = bootstrapTally is null ? null : PriceSensitivityMeter.Bootstrap(bootstrapTally, psmOptions, replicates!.Value.Confidence);
                if (job.Chart is { } chartPath)
                {
                    PsmChart.Save(analysis, chartPath, job.Limits.MaxChartPoints);
                }

                if (job.Json)
                {
                    JsonOutput.WritePsm(output, analysis, intervals);
                }
                else
                {
                    SolutionFit.Cli.PsmCommand.WriteSummary(output, analysis, rows.Line, rows.Id, intervals);
                }

                return 0;
            });
        });

    /// <summary><c>psm FILE.csv --json</c> on a cluster (the tests' short form).</summary>
    internal static Task<int> PsmAsync(IGrainFactory grains, string path, string? weightColumn, bool nms, CoordinatorOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        PsmAsync(new Coordinator(grains, options), PsmJob.JsonOf(path, weightColumn, nms), output, error, stats: false, cancellationToken);

    /// <summary>
    /// Streams the survey file to the cluster: a reader thread sends each shard as it fills, at most
    /// <see cref="CoordinatorOptions.InFlight"/> shards ahead of the silos, so memory does not grow with the rows. A
    /// problem the reader finds fails the job as in the CLI (it is reported before a row that failed on a silo).
    /// </summary>
    /// <exception cref="InputException">The file is not a valid survey, or a row failed validation on its silo (named by its line and column).</exception>
    internal static async Task<(PsmTally Tally, PsmSurveyRows Rows)> TallyAsync(Coordinator coordinator, string path, string? weightColumn, bool nms, Limits limits, int rowsPerShard, PsmBootstrapTally? bootstrap, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<PsmShard>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var reading = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    return SurveyShards.Stream(path, weightColumn, nms, limits, rowsPerShard, bootstrap, shard => channel.Writer.WriteAsync(shard, stop.Token).AsTask().GetAwaiter().GetResult());
                }
                finally
                {
                    channel.Writer.TryComplete();
                }
            },
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        PsmTally? tally;
        ShardError? failed;
        try
        {
            (tally, _, failed) = await coordinator.TallyAsync(channel.Reader.ReadAllAsync(stop.Token), nms, bootstrap, stop.Token);
        }
        catch
        {
            await stop.CancelAsync();
            await Task.WhenAny(reading);
            throw;
        }

        var rows = await reading;
        if (failed is not null)
        {
            throw Located(failed, path, rows, weightColumn);
        }

        return (tally!, rows);
    }

    /// <summary>A row that failed validation on its silo, told as the CLI tells it: the file line and column.</summary>
    internal static InputException Located(ShardError failed, string path, PsmSurveyRows rows, string? weightColumn)
    {
        var ex = failed.ToException();
        return ex.Index is { } row && row >= 0 && row < rows.Count
            ? PsmSurveyReader.AtLine(path, ex, row, rows.Line, weightColumn)
            : new InputException($"{path}: {InputException.Plain(ex)}");
    }

    private static Command BenchCommand(TextWriter output, TextWriter error)
    {
        var cluster = new ClusterOptionSet();
        var customers = new Option<int>("--customers") { Description = "Generated customers.", DefaultValueFactory = _ => 20_000 };
        var solutions = new Option<int>("--solutions") { Description = "Generated solutions.", DefaultValueFactory = _ => 2_000 };
        var goals = new Option<int>("--goals") { Description = "Goal ids of the generated workload.", DefaultValueFactory = _ => 8 };
        var top = new Option<int>("--top") { Description = "K best per customer.", DefaultValueFactory = _ => 10 };
        var batch = new Option<int?>("--batch") { Description = "Customers per work item (default: the customers split evenly over the work items in flight, one each)." };
        var shards = CatalogShardsOption();
        var inFlight = new Option<int?>("--in-flight") { Description = "Work items in flight at once (default 2 per silo)." };
        var rounds = new Option<int>("--rounds") { Description = "Timed runs (default 1).", DefaultValueFactory = _ => 1 };
        var compare = new Option<bool>("--compare") { Description = "After each timed run, run solutionfit bench-rank's ranking of the same workload in this process, and print the ratio." };
        var warmUpSeconds = new Option<int>("--warm-up") { HelpName = "SECONDS", Description = "Run the job for at least this long before the timed run (default 10).", DefaultValueFactory = _ => 10 };
        var command = new Command("bench", "Throughput of ranking on the cluster: customers × solutions pairs per second, only each customer's top k coming back (timed after a warm-up; with --compare, against solutionfit bench-rank in this process).")
        {
            customers, solutions, goals, top, batch, shards, inFlight, warmUpSeconds, rounds, compare,
        };
        cluster.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var (c, s, g) = (result.GetValue(customers), result.GetValue(solutions), result.GetValue(goals));
            if (c < 1 || s < 1 || g < 1 || result.GetValue(top) < 1 || result.GetValue(batch) is < 1 || result.GetValue(inFlight) is < 1 || result.GetValue(rounds) < 1 || result.GetValue(warmUpSeconds) < 0)
            {
                await error.WriteLineAsync("solutionfit: --customers, --solutions, --goals, --top, --batch, --in-flight and --rounds take whole numbers of at least 1, --warm-up one of at least 0.");
                return 1;
            }

            return await cluster.RunAsync(result, error, async connection =>
            {
                var n = connection.Silos;
                var catalogShards = CatalogShards(result, shards, connection);
                var catalog = CatalogSource.Synthetic(s, g, seed: 1);
                var all = SyntheticWorkload.Solutions(s, g, seed: 1);
                var people = SyntheticWorkload.Customers(c, g, seed: 2);
                var slots = result.GetValue(inFlight) ?? (2 * n);
                var coordinator = new Coordinator(connection.Client, cluster.Coordinator(result) with { CustomerBatch = result.GetValue(batch) ?? ((c + slots - 1) / slots), InFlight = slots });
                // Warm-up: compiles the shards on every silo, and runs until the silos' code is optimised (the JIT tiers
                // a method up after 30 calls and a delay): the timed run is the steady state, as bench-rank's is.
                var warmUp = Stopwatch.StartNew();
                do
                {
                    await coordinator.TopAsync(catalog, all, people, result.GetValue(top), catalogShards, ct);
                }
                while (warmUp.Elapsed < TimeSpan.FromSeconds(result.GetValue(warmUpSeconds)));

                // Each round times the cluster, then (with --compare) solutionfit bench-rank's run on the same workload in
                // this process, back to back, so that both see the same load; the ratio of the two is the overhead.
                var ratios = new List<double>();
                for (var round = 1; round <= result.GetValue(rounds); round++)
                {
                    var watch = Stopwatch.StartNew();
                    await coordinator.TopAsync(catalog, all, people, result.GetValue(top), catalogShards, ct);
                    var seconds = watch.Elapsed.TotalSeconds;
                    var pairs = c * (double)s / seconds;
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"silos {n}, catalog shards {catalogShards}, customers {c}, solutions {s}, goals {g}, top {result.GetValue(top)}: {seconds:0.000} s, {pairs:0.###e0} pairs/s"));
                    if (result.GetValue(compare))
                    {
                        var local = BenchRankCommand.Run(c, s, g, result.GetValue(top), seed: 1, BenchRankCommand.JitQuiet);
                        ratios.Add(pairs / local.PairsPerSecond);
                        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  in process (solutionfit bench-rank): {local.PairsPerSecond:0.###e0} pairs/s; cluster / in process {pairs / local.PairsPerSecond:P0}"));
                    }
                }

                if (ratios.Count > 0)
                {
                    ratios.Sort();
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"median cluster / in process over {ratios.Count} round(s): {ratios[ratios.Count / 2]:P0}"));
                }

                await output.WriteLineAsync($"work items per silo (warm-up and timed runs): {string.Join(", ", coordinator.WorkBySilo.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}");
                if (cluster.Stats(result))
                {
                    await error.WriteLineAsync(coordinator.Stats());
                }

                return 0;
            }, ct);
        });
        return command;
    }

    /// <summary>
    /// <c>--catalog-shards N|silos</c>: into how many shards the catalog is cut. 1 (the default) sends every work item the
    /// whole catalog, compiled once on each silo: customers are split, nothing is merged. More shards (up to one per
    /// silo with <c>silos</c>) suit a catalog too large for one machine: each customer batch is then ranked against
    /// every shard and the shards' top k merged.
    /// </summary>
    private static Option<string> CatalogShardsOption() => new("--catalog-shards")
    {
        HelpName = "N|silos",
        Description = "Cut the catalog into N shards, or one per active silo with 'silos' (default 1: every silo holds the whole catalog; customers are split).",
        DefaultValueFactory = _ => "1",
        Validators =
        {
            r =>
            {
                if (r.GetValueOrDefault<string>() is var value && value != "silos" && !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1))
                {
                    r.AddError("--catalog-shards takes one whole number of at least 1, or 'silos'.");
                }
            },
        },
    };

    private static int CatalogShards(ParseResult result, Option<string> shards, ClusterConnection connection) =>
        result.GetRequiredValue(shards) is var value && value == "silos" ? connection.Silos : int.Parse(value, CultureInfo.InvariantCulture);

    private static Option<string> RedisOption() => new("--redis")
    {
        HelpName = "HOST:PORT",
        Description = "The Redis server holding the cluster's membership.",
        CustomParser = r =>
        {
            if (r.Tokens is [var token] && token.Value.LastIndexOf(':') is var colon && colon > 0
                && int.TryParse(token.Value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535)
            {
                return token.Value;
            }

            r.AddError("--redis takes one HOST:PORT, such as 127.0.0.1:6379.");
            return null;
        },
    };

    private static Option<string> ClusterIdOption() => new("--cluster-id")
    {
        HelpName = "ID",
        Description = $"The cluster to join or use (default {DefaultClusterId}): several clusters can share one Redis.",
        DefaultValueFactory = _ => DefaultClusterId,
        Validators =
        {
            r =>
            {
                if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string>()))
                {
                    r.AddError("--cluster-id takes a non-empty name.");
                }
            },
        },
    };

    private static Option<int> PortOption(string name, int defaultPort, string what) => new(name)
    {
        HelpName = "PORT",
        Description = string.Create(CultureInfo.InvariantCulture, $"{what} (default {defaultPort}; 0: any free port, written on the joined line)."),
        DefaultValueFactory = _ => defaultPort,
        CustomParser = r =>
        {
            if (r.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535)
            {
                return port;
            }

            r.AddError($"{name} takes one port number from 0 to 65535.");
            return 0;
        },
    };

    /// <summary>
    /// The options every client command shares: which cluster (<c>--redis</c> and <c>--cluster-id</c>, or <c>--silos</c>
    /// in this process), <c>--stats</c>, and the coordinator's call timeout.
    /// </summary>
    private sealed class ClusterOptionSet
    {
        private readonly Option<int?> _silos = CliCommands.WholeNumberOption("--silos", "N", "Start N silos in this process (1 to 16; 3 without --redis).", maximum: 16);
        private readonly Option<string> _redis = RedisOption();
        private readonly Option<string> _clusterId = ClusterIdOption();
        private readonly Option<bool> _stats = new("--stats") { Description = "Write 'work items W, retries R, silos S' on standard error when the job is done." };
        private readonly Option<int?> _callTimeout = CliCommands.WholeNumberOption("--call-timeout", "SECONDS", "How long one work item may take before it is sent again (default 30).");

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { _silos, _redis, _clusterId, _stats, _callTimeout })
            {
                command.Options.Add(option);
            }

            command.Validators.Add(r =>
            {
                if (r.GetResult(_silos) is { Implicit: false } && r.GetResult(_redis) is { Implicit: false })
                {
                    r.AddError("--silos starts silos in this process; --redis uses silo processes: give one of them.");
                }
            });
        }

        public bool Stats(ParseResult result) => result.GetValue(_stats);

        public CoordinatorOptions Coordinator(ParseResult result) =>
            new() { CallTimeout = TimeSpan.FromSeconds(result.GetValue(_callTimeout) ?? 30) };

        /// <summary>Connects to the cluster the options name, runs <paramref name="job"/> on it and returns its exit code.</summary>
        public async Task<int> RunAsync(ParseResult result, TextWriter error, Func<ClusterConnection, Task<int>> job, CancellationToken cancellationToken)
        {
            ClusterConnection connection;
            try
            {
                connection = result.GetValue(_redis) is { } redis
                    ? await ClusterConnection.ConnectAsync(redis, result.GetRequiredValue(_clusterId), cancellationToken)
                    : await ClusterConnection.StartLocalAsync(result.GetValue(_silos) ?? 3, cancellationToken);
            }
            catch (InputException ex)
            {
                await error.WriteLineAsync(Show.OneLine($"solutionfit: {ex.Message}"));
                return CliCommands.BadInput;
            }

            await using (connection)
            {
                return await job(connection);
            }
        }
    }

    /// <summary>
    /// A bad input file becomes one line on <paramref name="error"/> and exit code 2, as in the CLI; with
    /// <paramref name="stats"/>, the coordinator's counts follow on <paramref name="error"/> whatever the outcome.
    /// </summary>
    private static async Task<int> Guarded(TextWriter error, Coordinator coordinator, bool stats, Func<Task> run)
    {
        try
        {
            await run();
            return 0;
        }
        catch (InputException ex)
        {
            await error.WriteLineAsync(Show.OneLine($"solutionfit: {ex.Message}"));
            return CliCommands.BadInput;
        }
        finally
        {
            if (stats)
            {
                await error.WriteLineAsync(coordinator.Stats());
            }
        }
    }
}
