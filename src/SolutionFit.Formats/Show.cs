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
    /// A value with line breaks, tabs, other control characters and invisible formatting characters written as
    /// <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\0</c> or <c>\uXXXX</c>, and cut after <paramref name="max"/> characters with "…": the
    /// library's own escaping, so that the tool's messages and the library's show a value the same way.
    /// </summary>
    public static string Escape(string? value, int max = int.MaxValue) => Guard.Escape(value, max);

    /// <summary>A whole message as one line: control and invisible formatting characters escaped, nothing cut.</summary>
    public static string OneLine(string message) => Escape(message.TrimEnd());
}
