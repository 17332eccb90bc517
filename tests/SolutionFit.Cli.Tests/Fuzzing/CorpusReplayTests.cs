using System.Text.RegularExpressions;
using SolutionFit.Fuzz;

namespace SolutionFit.Cli.Tests.Fuzzing;

/// <summary>
/// Replays the regression corpus: corpus/TARGET/NAME.exit-N.EXT is an input at an edge of the command line's contract.
/// Every command of TARGET (see fuzz/SolutionFit.Fuzz) must keep the contract on it, and the first of them must exit
/// with N. Every file of the corpus is replayed.
/// </summary>
public sealed partial class CorpusReplayTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fuzzing", "corpus");

    public static TheoryData<string> Files() => [.. Corpus()];

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
    public void Corpus_EveryFile_NamesATargetAndAnExitCode()
    {
        var files = Corpus();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Matches(ExitCode(), f));
        Assert.All(files, f => Assert.True(Target.All.ContainsKey(f.Split('/')[0]), $"{f}: no fuzz target of that name"));
    }

    private static List<string> Corpus() => [.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
        .Where(f => f.Contains('/', StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\.exit-(\d)\.(json|csv)$")]
    private static partial Regex ExitCode();
}
