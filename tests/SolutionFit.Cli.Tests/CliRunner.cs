namespace SolutionFit.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it writes.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    /// <summary>Writes <paramref name="content"/> to a fresh temporary file and returns its path.</summary>
    public static string TempFile(string content, string extension = ".json")
    {
        var path = Path.Combine(Path.GetTempPath(), $"solutionfit-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }
}
