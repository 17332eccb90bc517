using System.Globalization;

namespace SolutionFit;

/// <summary>The one range check of the library: it rejects NaN and infinities as well as values out of range.</summary>
internal static class Guard
{
    /// <summary>Returns <paramref name="value"/> when it is a finite number in [0, 1].</summary>
    /// <param name="value">The value to check.</param>
    /// <param name="paramName">The parameter the value came from.</param>
    /// <param name="item">What the value is, as the caller sees it (for example <c>goal 'onboard-fast' importance</c>).</param>
    public static double UnitInterval(double value, string paramName, string item)
    {
        if (!(value >= 0.0 && value <= 1.0))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{item} must be a finite number in [0, 1], but is {Format(value)}.");
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is a finite number that is not negative.</summary>
    /// <param name="value">The value to check.</param>
    /// <param name="paramName">The parameter the value came from.</param>
    /// <param name="item">What the value is, as the caller sees it.</param>
    public static double NonNegativeFinite(double value, string paramName, string item)
    {
        if (!(value >= 0.0 && double.IsFinite(value)))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{item} must be a finite number >= 0, but is {Format(value)}.");
        }

        return value;
    }

    /// <summary>Copies a sequence into an array, rejecting a null sequence and null items by index.</summary>
    public static T[] NotNullItems<T>(IEnumerable<T> items, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        var array = items.ToArray();
        NoNullItems(array, paramName);
        return array;
    }

    /// <summary>Rejects a null list and null items by index, without copying the list.</summary>
    public static void NoNullItems<T>(IReadOnlyList<T> items, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"{paramName}[{i}] is null; every item must be given.", paramName);
            }
        }
    }

    /// <summary>Formats a number culture-invariantly and round-trip exact, for messages.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
