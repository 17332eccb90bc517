using System.Text.RegularExpressions;
using SolutionFit.Fuzz;

namespace SolutionFit.Cli.Tests.Fuzzing;

/// <summary>
/// Replays the regression corpus: corpus/TARGET/NAME.exit-N.EXT is an input that once broke the command line's contract
/// (found by the mutation properties, the AFL++ campaign or by hand). Every command of TARGET (see fuzz/SolutionFit.Fuzz)
/// must keep the contract on it, and the first of them must exit with N. Files listed in corpus/PENDING wait for a fix
/// under way elsewhere and are left out until it lands.
/// </summary>
public sealed partial class CorpusReplayTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fuzzing", "corpus");

    public static TheoryData<string> Files() => [.. Corpus().Where(f => !Pending().Contains(f))];

    [Theory]
    [MemberData(nameof(Files))]
    public void CorpusFile_KeepsTheContract(string file)
    {
        var target = Target.All[file.Split('/')[0]];
        var expected = int.Parse(ExitCode().Match(file).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var bytes = File.ReadAllBytes(Path.Combine(Root, file));
        var path = Path.Combine(Path.GetTempPath(), $"solutionfit-corpus-{Guid.NewGuid():N}{target.Extension}");
        File.WriteAllBytes(path, bytes);
        try
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.Null(target.Check(path, text));
            var first = CliRunner.Run([.. target.Commands[0].Select(a => a == "{0}" ? path : a)]);
            Assert.Equal(expected, first.ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Corpus_IsNamedAndListed()
    {
        var files = Corpus();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Matches(ExitCode(), f));
        Assert.All(files, f => Assert.True(Target.All.ContainsKey(f.Split('/')[0]), $"{f}: no fuzz target of that name"));
        Assert.All(Pending(), f => Assert.Contains(f, files));
    }

    private static List<string> Corpus() => [.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
        .Where(f => f.Contains('/', StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)];

    /// <summary>The files of corpus/PENDING: one path a line, then " # " and the fix it waits for.</summary>
    private static HashSet<string> Pending() => File.Exists(Path.Combine(Root, "PENDING"))
        ? [.. File.ReadAllLines(Path.Combine(Root, "PENDING")).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0)]
        : [];

    [GeneratedRegex(@"\.exit-(\d)\.(json|csv)$")]
    private static partial Regex ExitCode();
}
