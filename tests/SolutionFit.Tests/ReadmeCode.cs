namespace SolutionFit.Tests;

/// <summary>The README's code blocks and the test sources they are copied from, for the tests that keep them the same.</summary>
internal static class ReadmeCode
{
    /// <summary>The trimmed, non-blank lines between the <paramref name="begin"/> and <paramref name="end"/> markers of a test source copied beside the README.</summary>
    public static IEnumerable<string> Compiled(string source, string begin, string end)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Readme", source));
        var start = Array.FindIndex(lines, l => l.Trim() == begin);
        var stop = Array.FindIndex(lines, l => l.Trim() == end);
        return lines[(start + 1)..stop].Select(l => l.Trim()).Where(l => l.Length > 0);
    }

    /// <summary>The first C# code block after <paramref name="heading"/> in the README, as written.</summary>
    public static string Block(string heading)
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Readme", "README.md"));
        var section = readme[readme.IndexOf(heading, StringComparison.Ordinal)..];
        var block = section[(section.IndexOf("```csharp", StringComparison.Ordinal) + "```csharp".Length)..];
        return block[..block.IndexOf("```", StringComparison.Ordinal)];
    }

    /// <summary>The trimmed, non-blank lines of a block.</summary>
    public static IEnumerable<string> Lines(string block) => block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
