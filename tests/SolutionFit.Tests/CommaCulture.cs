using System.Globalization;

namespace SolutionFit.Tests;

/// <summary>
/// Runs a check under a culture that writes numbers with a decimal comma (and, if asked, another minus sign), restoring
/// the current culture after: text the library formats must not change with it. The tests run with invariant
/// globalization, so the culture is the invariant one with its number format changed.
/// </summary>
internal static class CommaCulture
{
    public static void Run(Action check, string negativeSign = "-")
    {
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NegativeSign = negativeSign;
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = comma;
        try
        {
            check();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
