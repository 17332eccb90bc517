using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;

namespace SolutionFit.Cli;

/// <summary>The <c>solutionfit</c> command tree. Exit codes: 0 done, 1 bad usage, 2 bad input file.</summary>
internal static class Cli
{
    public const int BadInput = 2;

    /// <summary>The command's name, as the help and the usage line show it.</summary>
    public const string Name = "solutionfit";

    /// <summary>The most characters of a usage error's messages (after escaping); longer ones end in "…".</summary>
    private const int MaxUsageErrorLength = 400;

    /// <summary>Runs the command line, writing results to <paramref name="output"/> and errors to <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // A RootCommand takes its name from the executable (SolutionFit.Cli); the tool is called solutionfit, so the
        // root is a command of that name with the options a RootCommand adds (help and version).
        var root = new Command(Name, "solutionfit: how well proposed solutions fit what customers want to do, and how happy they are to pay.")
        {
            new HelpOption(),
            new VersionOption(),
            DemoCommand(output),
            ScoreCommand(output, error),
            RankCommand(output, error),
            PsmCommand.Create(output, error),
            DemandCommand.Create(output, error),
            GaugeCommand.Create(output, error),
            BenchRankCommand.Create(output, error),
            LearnCommand.Create(output, error),
        };
        foreach (var command in RankingCommands.Create(output, error))
        {
            root.Subcommands.Add(command);
        }

        // Everything the CLI writes, its own text and what libraries format for it (the chart's tick labels), is in the
        // invariant culture, whatever the machine's: the text below formats explicitly, and this scope catches the rest.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var parsed = root.Parse(args);
            if (parsed.Action is ParseErrorAction)
            {
                // System.CommandLine would echo the raw tokens (line breaks, control characters, any length) over
                // several lines, then the help; one escaped line of bounded length instead, pointing at the help.
                var command = parsed.CommandResult.Command is RootCommand ? Name : $"{Name} {parsed.CommandResult.Command.Name}";
                var messages = string.Join(' ', parsed.Errors.Select(e => e.Message.TrimEnd().Replace("\n\t'", " '", StringComparison.Ordinal))); // its list of choices
                error.WriteLine($"solutionfit: {Show.Escape(messages, MaxUsageErrorLength)} See '{command} --help'.");
                return 1;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static Command DemoCommand(TextWriter output)
    {
        var command = new Command("demo", "Rank a built-in catalog for a few built-in customers, with coaching.");
        command.SetAction(_ =>
        {
            Demo.Run(output);
            return 0;
        });
        return command;
    }

    private static Command ScoreCommand(TextWriter output, TextWriter error)
    {
        var file = FileArgument();
        var json = JsonOption();
        var command = new Command("score", "Score every customer × solution pair of FILE.json, in input order.") { file, json };
        var limits = InputLimits(command);
        command.SetAction(result => WithInput(result.GetRequiredValue(file), limits(result), error, input =>
        {
            WarnUnknownGoals(result.GetRequiredValue(file), input, error);
            var scorer = new SolutionFitScorer();

            // Computed as they are written: the JSON holds one score at a time (the table holds its rows, to align them).
            var scores = input.Customers.SelectMany(c => input.Solutions.Select(s => scorer.Score(c, s)));
            if (result.GetValue(json))
            {
                JsonOutput.WriteScores(output, scores);
            }
            else
            {
                TextOutput.WriteScores(output, scores);
            }
        }));
        return command;
    }

    private static Command RankCommand(TextWriter output, TextWriter error)
    {
        var file = FileArgument();
        var json = JsonOption();
        var top = WholeNumberOption("--top", "K", "Show only the K best solutions per customer (K >= 1).");
        var command = new Command("rank", "Rank the solutions of FILE.json for each of its customers, best first.") { file, json, top };
        var acceptability = new RankAcceptabilityOptions();
        acceptability.AddTo(command);
        var limits = InputLimits(command);
        command.SetAction(result => Guarded(error, () =>
        {
            var uncertain = acceptability.Read(result);
            var path = result.GetRequiredValue(file);
            var input = InputFile.Load(path, limits(result));
            WarnUnknownGoals(path, input, error);
            var catalog = new SolutionCatalog(input.Solutions);
            var k = Math.Max(result.GetValue(top) ?? catalog.Count, 1);

            // Customer i's draws have coordinate i, its place in the file; each is computed as its ranking is written.
            var rankings = input.Customers.Zip(catalog.TopScores(input.Customers, k), (c, ranked) => (c.Id, ranked))
                .Select((r, i) => (r.Id, r.ranked, uncertain is { } u ? catalog.Acceptability(input.Customers[i], i, u.Uncertainty, u.Samples, u.Seed, k) : null));
            if (result.GetValue(json))
            {
                JsonOutput.WriteRankings(output, rankings);
                return;
            }

            var byId = input.Solutions.ToDictionary(s => s.Id, StringComparer.Ordinal);
            foreach (var (customerId, ranked, shares) in rankings)
            {
                if (shares is null)
                {
                    TextOutput.WriteRanking(output, customerId, ranked, byId);
                }
                else
                {
                    TextOutput.WriteRanking(output, customerId, ranked, byId, shares);
                }

                output.WriteLine();
            }
        }));
        return command;
    }

    /// <summary>
    /// Warns, one line per goal on <paramref name="error"/>, about achievements for a goal that no customer in the file
    /// has: the scorer ignores them, so it is most likely a misspelt goal id. The exit code stays 0.
    /// </summary>
    internal static void WarnUnknownGoals(string path, InputFile input, TextWriter error)
    {
        var goals = input.Customers.SelectMany(c => c.Goals).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = input.Solutions
            .SelectMany(s => s.Achievements.Keys.Where(goal => !goals.Contains(goal)).Select(goal => (Goal: goal, Solution: s.Id)))
            .GroupBy(u => u.Goal, StringComparer.Ordinal);
        foreach (var goal in unknown)
        {
            var solutions = goal.Select(u => Show.Quoted(u.Solution)).ToList();
            var named = solutions.Count <= 10 ? string.Join(", ", solutions) : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", solutions.Take(10))} and {solutions.Count - 10:N0} more");
            error.WriteLine(Show.OneLine($"solutionfit: warning: {path}: goal {Show.Quoted(goal.Key)} is not a goal of any customer in the file; "
                + $"its achievement in {(solutions.Count == 1 ? "solution" : "solutions")} {named} is ignored."));
        }
    }

    /// <summary>
    /// An option taking one whole number from <paramref name="minimum"/> to <paramref name="maximum"/>; anything else is a
    /// usage error naming the option (exit code 1). Null when the option is not given.
    /// </summary>
    internal static Option<int?> WholeNumberOption(string name, string helpName, string description, int minimum = 1, int maximum = int.MaxValue) => new(name)
    {
        HelpName = helpName,
        Description = description,
        CustomParser = r =>
        {
            if (r.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
            {
                return value;
            }

            r.AddError(maximum == int.MaxValue
                ? $"{name} takes one whole number of at least {minimum}."
                : $"{name} takes one whole number from {minimum} to {maximum}.");
            return null;
        },
    };

    /// <summary>
    /// <c>--seed S</c>: one unsigned 64-bit integer (0 to 18446744073709551615) in decimal; anything else is a usage error
    /// naming the option and the value given (exit code 1). Null when the option is not given.
    /// </summary>
    internal static Option<ulong?> SeedOption(string description) => new("--seed")
    {
        HelpName = "S",
        Description = description,
        CustomParser = r =>
        {
            if (r.Tokens is [var token] && ulong.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            r.AddError($"--seed takes one whole number from 0 to 18446744073709551615{(r.Tokens is [var t] ? $" (given: {Show.Quoted(t.Value)})" : string.Empty)}.");
            return null;
        },
    };

    /// <summary>
    /// Adds the options of the size <paramref name="limits"/> (<see cref="Limits"/>) to <paramref name="command"/>; returns how to read the limits of a
    /// parse (the defaults where an option is not given).
    /// </summary>
    internal static Func<ParseResult, Limits> LimitOptions(Command command, params Limit[] limits)
    {
        var options = limits.Select(l => (Limit: l, Option: WholeNumberOption(
            l.Option, l.HelpName, string.Create(CultureInfo.InvariantCulture, $"Limit on {l.What} (default {l.Default:N0})."), minimum: 1))).ToList();
        foreach (var (_, option) in options)
        {
            command.Options.Add(option);
        }

        return result => options.Aggregate(Limits.Default, (limits, o) => result.GetValue(o.Option) is { } value ? limits.With(o.Limit, value) : limits);
    }

    /// <summary>
    /// An option taking one finite number of at least <paramref name="minimum"/>, written as the invariant culture writes
    /// it (<c>0.5</c>, <c>1e-3</c>): no thousands separators and no decimal comma, so <c>0,5</c> is a usage error naming
    /// the option (exit code 1), never 5. Null when the option is not given.
    /// </summary>
    internal static Option<double?> NumberOption(string name, string helpName, string description, double minimum = double.MinValue) => new(name)
    {
        HelpName = helpName,
        Description = description,
        CustomParser = r =>
        {
            if (r.Tokens is [var token] && CsvTable.TryParseNumber(token.Value, out var value) && value >= minimum)
            {
                return value;
            }

            r.AddError(string.Create(
                CultureInfo.InvariantCulture,
                $"{name} takes one number{(minimum == double.MinValue ? string.Empty : $" of at least {minimum}")}, such as 0.5. Write it with a decimal point and no thousands separators{(r.Tokens is [var t] ? $" (given: {Show.Quoted(t.Value)})" : string.Empty)}."));
            return null;
        },
    };

    private static Argument<string> FileArgument() => new("FILE.json") { Description = "Customers and solutions, as JSON (see the README)." };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print JSON instead of a table." };

    /// <summary>The limits of <c>score</c> and <c>rank</c>, as options of <paramref name="command"/>.</summary>
    private static Func<ParseResult, Limits> InputLimits(Command command) =>
        Cli.LimitOptions(command, Limits.FileSize, Limits.JsonDepth, Limits.Customers, Limits.Solutions, Limits.Goals);

    private static int WithInput(string path, Limits limits, TextWriter error, Action<InputFile> run) => Guarded(error, () => run(InputFile.Load(path, limits)));

    /// <summary>Runs a command's work: a bad input file becomes one line on <paramref name="error"/> and exit code 2.</summary>
    internal static int Guarded(TextWriter error, Action run)
    {
        try
        {
            run();
            return 0;
        }
        catch (InputException ex)
        {
            error.WriteLine(Show.OneLine($"solutionfit: {ex.Message}"));
            return BadInput;
        }
    }

    /// <summary>
    /// Runs a library call, turning its argument errors into one-line input errors naming the file and, when
    /// <paramref name="locate"/> finds it from the error's properties, where in the file the problem is.
    /// </summary>
    internal static T Library<T>(string path, Func<T> call, Func<ArgumentException, string?>? locate = null)
    {
        try
        {
            return call();
        }
        catch (ArgumentException ex)
        {
            throw new InputException(locate?.Invoke(ex) is { } at ? $"{path}: {at}: {InputException.Plain(ex)}" : $"{path}: {InputException.Plain(ex)}");
        }
    }
}
