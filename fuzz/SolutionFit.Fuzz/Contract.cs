using System.Globalization;

namespace SolutionFit.Fuzz;

using Cli = SolutionFit.Cli.Cli;

/// <summary>
/// What the command line promises for any input file: exit 0 (stderr: only warnings) or exit 2 with exactly one line
/// on stderr; no control characters in a message; no NaN or infinity in a result unless the input spelled it.
/// Anything else (an exception escaping, exit 1 from an unhandled exception, a stack trace) breaks it.
/// </summary>
/// <remarks>Shared by the AFL++ harness and the property tests (the CLI test project references this one).</remarks>
internal static class Contract
{
    // "∞" is not here: the text table prints the documented effective price at V = 0 that way (JSON writes null).
    private static readonly string[] NonFinite = ["NaN", "Infinity"];

    /// <summary>Runs the command line in-process on <paramref name="args"/>; null when the contract holds, else why not.</summary>
    /// <param name="args">The command line (naming the input file).</param>
    /// <param name="input">The input file's text, so a value it spells itself (an id "NaN") is not taken for a result.</param>
    public static string? Check(string[] args, string input)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        int code;
        try
        {
            code = Cli.Run(args, output, error);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"{string.Join(' ', args)}: {ex.GetType().Name} escaped: {ex.Message}";
        }

        return Verdict(code, output.ToString(), error.ToString(), input) is { } broken ? $"{string.Join(' ', args)}: {broken}" : null;
    }

    /// <summary>Null when an exit code and what was written keep the contract, else why not.</summary>
    public static string? Verdict(int code, string output, string error, string input)
    {
        var lines = error.Length == 0 ? [] : error.TrimEnd('\n').Split('\n');
        if (code is not (0 or Cli.BadInput))
        {
            return $"exit {code}: {Cut(error)}";
        }

        if (code == Cli.BadInput && (lines.Length != 1 || !lines[0].StartsWith("solutionfit: ", StringComparison.Ordinal)))
        {
            return $"exit 2 with {lines.Length} lines on stderr: {Cut(error)}";
        }

        if (code == 0 && lines.FirstOrDefault(l => !l.StartsWith("solutionfit: warning: ", StringComparison.Ordinal)) is { } stray)
        {
            return $"exit 0 with a line on stderr that is not a warning: {Cut(stray)}";
        }

        if (lines.FirstOrDefault(l => l.Any(char.IsControl)) is { } control)
        {
            return $"control character in a message: {Cut(control)}";
        }

        // Results only: a message may well say that an input value is not finite ("1e309 ... is Infinity").
        foreach (var token in NonFinite)
        {
            if (output.Contains(token, StringComparison.Ordinal) && !input.Contains(token, StringComparison.OrdinalIgnoreCase))
            {
                return $"'{token}' in the output: {Cut(Around(output, token))}";
            }
        }

        return null;
    }

    private static string Around(string text, string token)
    {
        var at = text.IndexOf(token, StringComparison.Ordinal);
        var start = Math.Max(0, at - 80);
        return text[start..Math.Min(text.Length, at + 80)];
    }

    private static string Cut(string text)
    {
        var escaped = string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return escaped.Length <= 400 ? escaped : escaped[..400] + "…";
    }
}
