using System.CommandLine;
using System.Globalization;

namespace SolutionFit.Cli;

/// <summary>
/// The options of <c>rank</c> that add rank acceptability: <c>--importance-uncertainty U --samples N --seed S</c>, all
/// three or none. A malformed value is a usage error naming its option (exit code 1); one or two of the three without
/// the rest is an error of the command (one line, exit code 2).
/// </summary>
internal sealed class RankAcceptabilityOptions
{
    /// <summary>Gets <c>--importance-uncertainty U</c>: a number from 0 to 1.</summary>
    public Option<double?> Uncertainty { get; } = new("--importance-uncertainty")
    {
        HelpName = "U",
        Description = "Rank acceptability: draw each goal's importance from [I - U, I + U] (clamped to [0, 1]), U from 0 to 1, and show how often each solution ranks first and within the top. With --samples and --seed.",
        CustomParser = r =>
        {
            if (r.Tokens is [var token] && CsvTable.TryParseNumber(token.Value, out var value) && value is >= 0.0 and <= 1.0)
            {
                return value;
            }

            r.AddError($"--importance-uncertainty takes one number from 0 to 1, such as 0.2, written with a decimal point{(r.Tokens is [var t] ? $" (given: {Show.Quoted(t.Value)})" : string.Empty)}.");
            return null;
        },
    };

    /// <summary>Gets <c>--samples N</c>: a whole number of at least 1.</summary>
    public Option<int?> Samples { get; } = Cli.WholeNumberOption("--samples", "N", "With --importance-uncertainty: how many perturbed priorities to draw per customer (N >= 1).");

    /// <summary>Gets <c>--seed S</c>: a whole number from 0 to 18446744073709551615.</summary>
    public Option<ulong?> Seed { get; } = Cli.SeedOption(
        "With --importance-uncertainty: the seed of the draws, a whole number from 0 to 18446744073709551615; the same seed gives the same shares.");

    /// <summary>Adds the three options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Uncertainty);
        command.Options.Add(Samples);
        command.Options.Add(Seed);
    }

    /// <summary>The uncertainty, samples and seed of a parse; null when none of the three is given.</summary>
    /// <exception cref="InputException">One or two of the three are given without the rest.</exception>
    public (double Uncertainty, int Samples, ulong Seed)? Read(ParseResult result)
    {
        var (uncertainty, samples, seed) = (result.GetValue(Uncertainty), result.GetValue(Samples), result.GetValue(Seed));
        if (uncertainty is { } u && samples is { } n && seed is { } s)
        {
            return (u, n, s);
        }

        if (uncertainty is null && samples is null && seed is null)
        {
            return null;
        }

        var missing = new[] { (Uncertainty.Name, uncertainty is null), (Samples.Name, samples is null), (Seed.Name, seed is null) }.Where(o => o.Item2).Select(o => o.Name);
        throw new InputException($"rank: --importance-uncertainty, --samples and --seed go together; {string.Join(" and ", missing)} {(missing.Count() == 1 ? "is" : "are")} missing.");
    }
}
