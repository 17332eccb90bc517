using System.CommandLine;
using System.Globalization;

namespace SolutionFit.Cli;

/// <summary>The bootstrap options of <c>psm</c>: <c>--bootstrap B --seed S [--confidence C]</c>.</summary>
internal static partial class PsmCommand
{
    /// <summary>The most replicates <c>--bootstrap</c> takes: the tally holds 7 sums per distinct price and replicate.</summary>
    internal const int MaxReplicates = 100_000;

    /// <summary>The bootstrap's replicates, seed and confidence; null without <c>--bootstrap</c>.</summary>
    /// <exception cref="InputException">Only one of <c>--bootstrap</c> and <c>--seed</c> is given, <c>--confidence</c> without them, or a confidence not strictly between 0 and 1.</exception>
    internal static (int Replicates, ulong Seed, double Confidence)? BootstrapArguments(int? replicates, ulong? seed, double? confidence)
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
