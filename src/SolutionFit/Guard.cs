using System.Globalization;
using System.Runtime.CompilerServices;

namespace SolutionFit;

/// <summary>
/// The library's checks of input data. Each rejects NaN and infinities as well as values out of range, throws
/// <see cref="InvalidInputException"/> with the item's location, and builds its message only when the check fails: an
/// interpolated item name (<c>$"Goal '{id}' importance"</c>) is formatted by <see cref="ItemName{TRule}"/> on the failing
/// branch alone, so a passing check allocates nothing.
/// </summary>
internal static class Guard
{
    /// <summary>Returns <paramref name="value"/> when it is a finite number in [0, 1].</summary>
    /// <param name="value">The value to check.</param>
    /// <param name="paramName">The parameter the value came from.</param>
    /// <param name="item">What the value is, as the caller sees it (for example <c>Goal 'onboard-fast' importance</c>).</param>
    /// <param name="index">The position of the item within <paramref name="paramName"/>, if it is a sequence.</param>
    /// <param name="itemId">The id of the item the value belongs to, if any.</param>
    /// <param name="field">The field of the item, when <paramref name="paramName"/> does not name it.</param>
    public static double UnitInterval(double value, string paramName, [InterpolatedStringHandlerArgument(nameof(value))] ref ItemName<UnitIntervalRule> item, int? index = null, string? itemId = null, string? field = null) =>
        UnitIntervalRule.IsValid(value) ? value : throw Invalid<UnitIntervalRule>(value, paramName, item.ToStringAndClear(), index, itemId, field);

    /// <inheritdoc cref="UnitInterval(double, string, ref ItemName{UnitIntervalRule}, int?, string?, string?)"/>
    public static double UnitInterval(double value, string paramName, string item, int? index = null, string? itemId = null, string? field = null) =>
        UnitIntervalRule.IsValid(value) ? value : throw Invalid<UnitIntervalRule>(value, paramName, item, index, itemId, field);

    /// <summary>Returns <paramref name="value"/> when it is a finite number that is not negative.</summary>
    /// <inheritdoc cref="UnitInterval(double, string, ref ItemName{UnitIntervalRule}, int?, string?, string?)"/>
    public static double NonNegativeFinite(double value, string paramName, [InterpolatedStringHandlerArgument(nameof(value))] ref ItemName<NonNegativeFiniteRule> item, int? index = null, string? itemId = null, string? field = null) =>
        NonNegativeFiniteRule.IsValid(value) ? value : throw Invalid<NonNegativeFiniteRule>(value, paramName, item.ToStringAndClear(), index, itemId, field);

    /// <summary>Returns <paramref name="value"/> when it is a finite number that is not negative.</summary>
    /// <inheritdoc cref="UnitInterval(double, string, ref ItemName{UnitIntervalRule}, int?, string?, string?)"/>
    public static double NonNegativeFinite(double value, string paramName, string item, int? index = null, string? itemId = null, string? field = null) =>
        NonNegativeFiniteRule.IsValid(value) ? value : throw Invalid<NonNegativeFiniteRule>(value, paramName, item, index, itemId, field);

    /// <summary>Returns <paramref name="value"/> when it is a finite number above 0.</summary>
    /// <inheritdoc cref="UnitInterval(double, string, ref ItemName{UnitIntervalRule}, int?, string?, string?)"/>
    public static double PositiveFinite(double value, string paramName, [InterpolatedStringHandlerArgument(nameof(value))] ref ItemName<PositiveFiniteRule> item, int? index = null, string? itemId = null, string? field = null) =>
        PositiveFiniteRule.IsValid(value) ? value : throw Invalid<PositiveFiniteRule>(value, paramName, item.ToStringAndClear(), index, itemId, field);

    /// <summary>Returns <paramref name="value"/> when it is a finite number above 0.</summary>
    /// <inheritdoc cref="UnitInterval(double, string, ref ItemName{UnitIntervalRule}, int?, string?, string?)"/>
    public static double PositiveFinite(double value, string paramName, string item, int? index = null, string? itemId = null, string? field = null) =>
        PositiveFiniteRule.IsValid(value) ? value : throw Invalid<PositiveFiniteRule>(value, paramName, item, index, itemId, field);

    /// <summary>Returns <paramref name="value"/> when it is a finite number.</summary>
    /// <inheritdoc cref="UnitInterval(double, string, ref ItemName{UnitIntervalRule}, int?, string?, string?)"/>
    public static double Finite(double value, string paramName, [InterpolatedStringHandlerArgument(nameof(value))] ref ItemName<FiniteRule> item, int? index = null, string? itemId = null, string? field = null) =>
        FiniteRule.IsValid(value) ? value : throw Invalid<FiniteRule>(value, paramName, item.ToStringAndClear(), index, itemId, field);

    /// <summary>Returns <paramref name="value"/> when it is a finite number.</summary>
    /// <inheritdoc cref="UnitInterval(double, string, ref ItemName{UnitIntervalRule}, int?, string?, string?)"/>
    public static double Finite(double value, string paramName, string item, int? index = null, string? itemId = null, string? field = null) =>
        FiniteRule.IsValid(value) ? value : throw Invalid<FiniteRule>(value, paramName, item, index, itemId, field);

    /// <summary>Returns <paramref name="id"/> when it is not null, empty or white space.</summary>
    /// <param name="id">The id or name.</param>
    /// <param name="paramName">The parameter it came from.</param>
    /// <param name="what">What it names, for the message (for example <c>goal</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="InvalidInputException"><paramref name="id"/> is empty or white space.</exception>
    public static string Id(string id, string paramName, string what)
    {
        ArgumentNullException.ThrowIfNull(id, paramName);
        return !string.IsNullOrWhiteSpace(id) ? id : throw new InvalidInputException(paramName, $"A {what} needs an id (or name) that is not empty or white space, but is '{Quote(id)}'.");
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
                throw new InvalidInputException(paramName, $"{paramName}[{i}] is null; every item must be given.", index: i);
            }
        }
    }

    /// <summary>The most characters of one user value (an id, a name) that a message quotes; longer values are cut and end in <c>…</c>.</summary>
    public const int QuotedLength = 64;

    /// <summary>
    /// A user value made safe to quote in a one-line message: control and format characters escaped
    /// (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\0</c>, otherwise <c>\uXXXX</c>; a backslash stays as it is) and cut to
    /// <see cref="QuotedLength"/> characters followed by <c>…</c>. A surrogate pair is never split.
    /// </summary>
    /// <param name="value">The user's text; null gives an empty string.</param>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var cut = value.Length > QuotedLength;
        var kept = cut ? value[..(char.IsHighSurrogate(value[QuotedLength - 1]) ? QuotedLength - 1 : QuotedLength)] : value;
        var escaped = Escape(kept);
        return cut ? escaped + "…" : escaped;
    }

    /// <summary>
    /// A message made one line: every control or format character escaped as in <see cref="Quote"/>, and each occurrence of
    /// <paramref name="itemId"/> or <paramref name="field"/> longer than <see cref="QuotedLength"/> replaced by its quoted form.
    /// </summary>
    /// <param name="message">The message (the library's sentence with user values in it).</param>
    /// <param name="itemId">The offending item's id quoted in the message, if any.</param>
    /// <param name="field">The offending field quoted in the message, if any.</param>
    public static string OneLine(string message, string? itemId = null, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var quoted in new[] { itemId, field })
        {
            if (quoted is { Length: > QuotedLength })
            {
                message = message.Replace(quoted, Quote(quoted), StringComparison.Ordinal);
            }
        }

        return Escape(message);
    }

    /// <summary>
    /// Text made safe for a one-line message: line breaks, tabs, NUL, other control characters, invisible formatting
    /// characters (bidirectional marks, zero-width characters), line and paragraph separators and unpaired surrogates are
    /// written as <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\0</c> or <c>\uXXXX</c> (a backslash stays as it is); once the
    /// escaped text would pass <paramref name="max"/> characters it is cut there and ends in <c>…</c>. A surrogate pair is
    /// never split. The one escaping of the library's messages and the tool's.
    /// </summary>
    /// <param name="value">The text; null gives an empty string.</param>
    /// <param name="max">The most characters of escaped text kept.</param>
    internal static string Escape(string? value, int max = int.MaxValue)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var first = 0;
        while (first < value.Length && first < max && !NeedsEscape(value[first]) && !char.IsSurrogate(value[first]))
        {
            first++;
        }

        if (first == value.Length)
        {
            return value;
        }

        var builder = new System.Text.StringBuilder(Math.Min(value.Length, max) + 16).Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            var length = pair ? 2 : !NeedsEscape(c) && !char.IsSurrogate(c) ? 1 : c is '\n' or '\r' or '\t' or '\0' ? 2 : 6;
            if (builder.Length + length > max)
            {
                return builder.Append('…').ToString();
            }

            _ = pair ? builder.Append(c).Append(value[++i])
                : length == 1 ? builder.Append(c)
                : c switch
                {
                    '\n' => builder.Append("\\n"),
                    '\r' => builder.Append("\\r"),
                    '\t' => builder.Append("\\t"),
                    '\0' => builder.Append("\\0"),
                    _ => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                };
        }

        return builder.ToString();
    }

    /// <summary>Whether a character must be escaped in a message: a control character, a format character (bidirectional marks, zero-width characters), or a line or paragraph separator.</summary>
    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>Formats a number culture-invariantly and round-trip exact, for messages.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static InvalidInputException Invalid<TRule>(double value, string paramName, string item, int? index, string? itemId, string? field)
        where TRule : IRule =>
        new(paramName, $"{item} must be {TRule.Requirement}, but is {Format(value)}.", index, itemId, field);

    /// <summary>A rule of <see cref="Guard"/>: which values pass, and how the message says so.</summary>
    internal interface IRule
    {
        /// <summary>Gets the rule as the message states it, for example <c>a finite number in [0, 1]</c>.</summary>
        static abstract string Requirement { get; }

        /// <summary>Returns whether <paramref name="value"/> passes; false for NaN.</summary>
        static abstract bool IsValid(double value);
    }

    /// <summary>A finite number in [0, 1].</summary>
    internal readonly struct UnitIntervalRule : IRule
    {
        public static string Requirement => "a finite number in [0, 1]";

        public static bool IsValid(double value) => value >= 0.0 && value <= 1.0;
    }

    /// <summary>A finite number >= 0.</summary>
    internal readonly struct NonNegativeFiniteRule : IRule
    {
        public static string Requirement => "a finite number >= 0";

        public static bool IsValid(double value) => value >= 0.0 && double.IsFinite(value);
    }

    /// <summary>A finite number > 0.</summary>
    internal readonly struct PositiveFiniteRule : IRule
    {
        public static string Requirement => "a finite number > 0";

        public static bool IsValid(double value) => value > 0.0 && double.IsFinite(value);
    }

    /// <summary>A finite number.</summary>
    internal readonly struct FiniteRule : IRule
    {
        public static string Requirement => "a finite number";

        public static bool IsValid(double value) => double.IsFinite(value);
    }

    /// <summary>
    /// The name of a checked item, written as an interpolated string but formatted only when the value fails
    /// <typeparamref name="TRule"/> (culture-invariantly).
    /// </summary>
    /// <typeparam name="TRule">The rule the value is checked against.</typeparam>
    [InterpolatedStringHandler]
    internal ref struct ItemName<TRule>
        where TRule : IRule
    {
        private DefaultInterpolatedStringHandler _text;

        public ItemName(int literalLength, int formattedCount, double value, out bool shouldAppend)
        {
            shouldAppend = !TRule.IsValid(value);
            _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
        }

        public void AppendLiteral(string value) => _text.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

        public string ToStringAndClear() => _text.ToStringAndClear();
    }
}
