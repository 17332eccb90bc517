using System.Reflection;

namespace SolutionFit.Samples.Web.BrowserTests;

/// <summary>Where the built programs, the test data and the results are.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>Gets the web sample as built with the tests' configuration.</summary>
    public static string WebDll { get; } = Built("samples", "SolutionFit.Samples.Web");

    /// <summary>Gets the CLI as built with the tests' configuration.</summary>
    public static string CliDll { get; } = Built("src", "SolutionFit.Cli");

    /// <summary>
    /// Gets the test results folder: SOLUTIONFIT_TEST_RESULTS, or artifacts/test-results (where CI's
    /// <c>dotnet test --results-directory</c> writes).
    /// </summary>
    public static string Results { get; } = Environment.GetEnvironmentVariable("SOLUTIONFIT_TEST_RESULTS") is { Length: > 0 } results
        ? results
        : Path.Combine(RepositoryRoot, "artifacts", "test-results");

    /// <summary>A file copied next to the tests (examples/, psm/).</summary>
    public static string Data(string relative) => Path.Combine(AppContext.BaseDirectory, relative);

    private static string Built(string folder, string project) =>
        Path.Combine(RepositoryRoot, folder, project, "bin", Metadata("Configuration"), Metadata("TargetFramework"), project + ".dll");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
