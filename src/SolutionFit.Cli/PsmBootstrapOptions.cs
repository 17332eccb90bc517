using System.CommandLine;
using System.Globalization;

namespace SolutionFit.Cli;

/// <summary>The bootstrap options of <c>psm</c>: <c>--bootstrap B --seed S [--confidence C]</c>.</summary>
internal static partial class PsmCommand
{
    /// <summary>The most replicates <c>--bootstrap</c> takes: the tally holds 7 sums per distinct price and replicate.</summary>
    internal const int MaxReplicates = 100_000;

    /// <summary>
    /// <c>--seed S</c>: one unsigned 64-bit integer (0 to 18446744073709551615) in decimal; anything else is a usage error
    /// naming the option (exit code 1). Null when the option is not given.
    /// </summary>
    private static Option<ulong?> SeedOption() => new("--seed")
    {
        HelpName = "S",
        Description = "Seed of the bootstrap replicate weights: a whole number from 0 to 18446744073709551615; needs --bootstrap.",
        CustomParser = r =>
        {
            if (r.Tokens is [var token] && ulong.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            r.AddError("--seed takes one whole number from 0 to 18446744073709551615.");
            return null;
        },
    };

    /// <summary>The bootstrap's replicates, seed and confidence; null without <c>--bootstrap</c>.</summary>
    /// <exception cref="InputException">Only one of <c>--bootstrap</c> and <c>--seed</c> is given, <c>--confidence</c> without them, or a confidence not strictly between 0 and 1.</exception>
    private static (int Replicates, ulong Seed, double Confidence)? BootstrapArguments(int? replicates, ulong? seed, double? confidence)
    {
        if (replicates is null != seed is null)
        {
            throw new InputException(replicates is null ? "--seed needs --bootstrap B (the number of replicates)." : "--bootstrap needs --seed S (the seed of the replicate weights).");
        }

        if (replicates is null)
        {
            return confidence is null ? null : throw new InputException("--confidence needs --bootstrap B and --seed S.");
        }

        var c = confidence ?? 0.95;
        if (!(c > 0.0 && c < 1.0))
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"--confidence takes a number strictly between 0 and 1, not {c:R}."));
        }

        return (replicates.Value, seed!.Value, c);
    }
}
