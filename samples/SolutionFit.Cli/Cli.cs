using System.CommandLine;

namespace SolutionFit.Cli;

/// <summary>The <c>solutionfit</c> command tree. Exit codes: 0 done, 1 bad usage, 2 bad input file.</summary>
internal static class Cli
{
    public const int BadInput = 2;

    /// <summary>Runs the command line, writing results to <paramref name="output"/> and errors to <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("solutionfit: how well proposed solutions fit what customers want to do, and how happy they are to pay.")
        {
            DemoCommand(output),
            ScoreCommand(output, error),
            RankCommand(output, error),
            PsmCommand.Create(output, error),
            GaugeCommand.Create(output, error),
        };
        foreach (var command in RankingCommands.Create(output, error))
        {
            root.Subcommands.Add(command);
        }

        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
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
        command.SetAction(result => WithInput(result.GetRequiredValue(file), error, input =>
        {
            var scorer = new SolutionFitScorer();
            var scores = input.Customers.SelectMany(c => input.Solutions.Select(s => scorer.Score(c, s))).ToList();
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
        var top = new Option<int?>("--top")
        {
            HelpName = "K",
            Description = "Show only the K best solutions per customer (K >= 1).",
            CustomParser = r =>
            {
                if (r.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var k) && k >= 1)
                {
                    return k;
                }

                r.AddError("--top takes one whole number of at least 1.");
                return null;
            },
        };
        var command = new Command("rank", "Rank the solutions of FILE.json for each of its customers, best first.") { file, json, top };
        command.SetAction(result => WithInput(result.GetRequiredValue(file), error, input =>
        {
            var scorer = new SolutionFitScorer();
            var k = result.GetValue(top) ?? int.MaxValue;
            var rankings = input.Customers.Select(c => (c.Id, (IReadOnlyList<FitScore>)scorer.Rank(c, input.Solutions).Take(k).ToList())).ToList();
            if (result.GetValue(json))
            {
                JsonOutput.WriteRankings(output, rankings.Select(r => (r.Id, (IEnumerable<FitScore>)r.Item2)));
                return;
            }

            var catalog = input.Solutions.ToDictionary(s => s.Id, StringComparer.Ordinal);
            foreach (var (customerId, ranked) in rankings)
            {
                TextOutput.WriteRanking(output, customerId, ranked, catalog);
                output.WriteLine();
            }
        }));
        return command;
    }

    private static Argument<string> FileArgument() => new("FILE.json") { Description = "Customers and solutions, as JSON (see the README)." };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print JSON instead of a table." };

    private static int WithInput(string path, TextWriter error, Action<InputFile> run) => Guarded(error, () => run(InputFile.Load(path)));

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
            error.WriteLine($"solutionfit: {ex.Message}");
            return BadInput;
        }
    }

    /// <summary>Runs a library call, turning its argument errors into one-line input errors naming the file.</summary>
    internal static T Library<T>(string path, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (ArgumentException ex)
        {
            throw new InputException($"{path}: {InputException.Plain(ex)}");
        }
    }
}
