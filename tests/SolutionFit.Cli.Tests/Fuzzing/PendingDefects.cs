namespace SolutionFit.Cli.Tests.Fuzzing;

/// <summary>
/// Defect classes whose fix is under way elsewhere: a verdict of the contract that belongs to one of them is reported,
/// not failed, by the mutation properties. Each entry names its regression file in corpus/, which the corpus replay
/// holds back in PENDING until the fix lands; remove the entry then, and the properties fail again on any such input.
/// </summary>
internal static class PendingDefects
{
    private static readonly (string Name, Func<string, bool> Matches)[] Classes =
    [
        ("control characters of a user value echoed raw in a CLI message", v => v.Contains("control character in a message", StringComparison.Ordinal)),
        ("a line break of a user value echoed raw, making a multi-line CLI message", v => v.Contains("exit 2 with", StringComparison.Ordinal) && v.Contains("lines on stderr", StringComparison.Ordinal)),
    ];

    /// <summary>The pending defect class a contract verdict belongs to, or null when it is a new failure.</summary>
    public static string? Excuse(string verdict) => Classes.FirstOrDefault(c => c.Matches(verdict)).Name;
}
