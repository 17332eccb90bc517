using System.CommandLine;
using System.Globalization;

namespace SolutionFit.Cli;

/// <summary>The size limits of <c>psm</c>: file size, respondents, interpolation grid and chart points.</summary>
internal static partial class PsmCommand
{
    /// <summary>Adds the limit options of <c>psm</c> to <paramref name="command"/>; returns how to read them.</summary>
    internal static Func<ParseResult, Limits> AddLimits(Command command) =>
        Cli.LimitOptions(command, Limits.FileSize, Limits.Rows, Limits.GridPoints, Limits.ChartPoints);

    /// <summary>
    /// Rejects an interpolation step that makes a grid of more than <see cref="Limits.MaxGridPoints"/> prices over
    /// <paramref name="span"/> (the lowest and highest price the analysis uses), before the analysis allocates it.
    /// </summary>
    /// <exception cref="InputException">The grid is larger than the limit.</exception>
    internal static void CheckGrid(string source, (double Lowest, double Highest) span, double? step, Limits limits)
    {
        if (step is not { } s || !(s > 0))
        {
            return;
        }

        var (min, max) = span;

        // In double: a span near 1e308 over a tiny step is +infinity, which is past any limit, never an overflow.
        var count = max >= min ? Math.Floor(((max - min) / s) + 1e-10) + 1 : 1;
        if (count > limits.MaxGridPoints)
        {
            throw new InputException(string.Create(
                CultureInfo.InvariantCulture,
                $"{source}: --interpolate-step {s:R} makes a grid of {(count < 1e15 ? count.ToString("N0", CultureInfo.InvariantCulture) : count.ToString("E3", CultureInfo.InvariantCulture))} prices from {TextOutput.Price(min)} to {TextOutput.Price(max)}, "
                + $"more than the limit of {limits.MaxGridPoints:N0} ({Limits.GridPoints.What}); use a larger step, or raise the limit with {Limits.GridPoints.Option} {Limits.GridPoints.HelpName}."));
        }
    }
}
