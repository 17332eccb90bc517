using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SolutionFit.Tests;

/// <summary>
/// <see cref="ConfidenceInterval"/> for any two finite numbers: it exists exactly when they are in order, keeps them, holds
/// both ends, and equals another exactly when the ends are equal.
/// </summary>
public sealed class ConfidenceIntervalPropertyTests
{
    [Property(MaxTest = 300)]
    public Property Constructor_AnyFiniteEnds_ValidExactlyWhenOrdered(NormalFloat a, NormalFloat b)
    {
        var (lower, upper) = (a.Get, b.Get);
        if (lower <= upper)
        {
            var interval = new ConfidenceInterval(lower, upper);
            return (interval.Lower.Equals(lower) && interval.Upper.Equals(upper) && interval.Contains(lower) && interval.Contains(upper)
                    && interval.Contains(lower + ((upper - lower) / 2)))
                .Label(interval.ToString());
        }

        var ex = Record.Exception(() => new ConfidenceInterval(lower, upper));
        return (ex is InvalidInputException { ParamName: "upper" }).Label(ex?.ToString() ?? "no exception");
    }

    [Property(MaxTest = 300)]
    public Property Equals_AnyTwoIntervals_EqualExactlyWhenTheEndsAre(NormalFloat a, NormalFloat b, NormalFloat c, NormalFloat d)
    {
        var first = new ConfidenceInterval(Math.Min(a.Get, b.Get), Math.Max(a.Get, b.Get));
        var second = new ConfidenceInterval(Math.Min(c.Get, d.Get), Math.Max(c.Get, d.Get));
        var sameEnds = first.Lower.Equals(second.Lower) && first.Upper.Equals(second.Upper);

        return (first.Equals(second) == sameEnds && (first == second) == sameEnds && first.Equals(first)).ToProperty();
    }
}
