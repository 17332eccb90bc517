using System.CommandLine;
using System.Globalization;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Cli;

/// <summary>The size limits of <c>psm</c>: file size, respondents, interpolation grid and chart points.</summary>
internal static partial class PsmCommand
{
    /// <summary>Adds the limit options of <c>psm</c> to <paramref name="command"/>; returns how to read them.</summary>
    internal static Func<ParseResult, Limits> AddLimits(Command command) =>
        Cli.LimitOptions(command, Limits.FileSize, Limits.Rows, Limits.GridPoints, Limits.ChartPoints);

    /// <summary>
    /// Rejects an interpolation step that makes a grid of more than <see cref="Limits.MaxGridPoints"/> prices over the
    /// tally's price span (<see cref="PsmTally.PriceSpan"/>), before the analysis, with the option that raises the limit.
    /// </summary>
    /// <exception cref="InputException">The grid is larger than the limit.</exception>
    internal static void CheckGrid(string source, PsmTally tally, PsmOptions options, Limits limits)
    {
        if (options.InterpolationStep is { } step && step > 0 && tally.PriceSpan(options) is { } span && span.GridPoints(step) is var count && count > limits.MaxGridPoints)
        {
            throw new InputException(string.Create(
                CultureInfo.InvariantCulture,
                $"{source}: --interpolate-step {step:R} makes a grid of {(count < 1e15 ? count.ToString("N0", CultureInfo.InvariantCulture) : count.ToString("E3", CultureInfo.InvariantCulture))} prices from {TextOutput.Price(span.Lowest)} to {TextOutput.Price(span.Highest)}, "
                + $"more than the limit of {limits.MaxGridPoints:N0} ({Limits.GridPoints.What}); use a larger step, or raise the limit with {Limits.GridPoints.Option} {Limits.GridPoints.HelpName}."));
        }
    }
}
