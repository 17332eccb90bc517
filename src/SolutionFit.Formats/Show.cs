using System.Globalization;
using System.Text;

namespace SolutionFit.Formats;

/// <summary>
/// User values in the CLI's messages: control and invisible formatting characters escaped (so a message stays one line
/// and shows what the file holds) and long values cut, so that every message is one line of bounded length.
/// </summary>
internal static class Show
{
    /// <summary>The most characters of one quoted value (after escaping) a message shows; longer values end in "…".</summary>
    public const int MaxValueLength = 80;

    /// <summary>A value in single quotes, escaped and cut to <see cref="MaxValueLength"/>: <c>'a\nb'</c>.</summary>
    public static string Quoted(string? value) => $"'{Escape(value, MaxValueLength)}'";

    /// <summary>
    /// A value with line breaks, tabs, other control characters and invisible formatting characters (bidirectional
    /// overrides, zero-width characters, line and paragraph separators) written as <c>\n</c>, <c>\r</c>, <c>\t</c> or
    /// <c>\uXXXX</c>, and cut after <paramref name="max"/> characters with "…".
    /// </summary>
    public static string Escape(string? value, int max = int.MaxValue)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value.Length <= max && !value.Any(c => NeedsEscape(c) || char.IsSurrogate(c)))
        {
            return value;
        }

        var text = new StringBuilder(Math.Min(value.Length, max) + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var piece = c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) => value.Substring(i, 2),
                _ when NeedsEscape(c) || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            };
            if (text.Length + piece.Length > max)
            {
                return text.Append('…').ToString();
            }

            text.Append(piece);
            i += piece.Length == 2 && char.IsHighSurrogate(piece[0]) ? 1 : 0;
        }

        return text.ToString();
    }

    /// <summary>A whole message as one line: control and invisible formatting characters escaped, nothing cut.</summary>
    public static string OneLine(string message) => Escape(message.TrimEnd());

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
