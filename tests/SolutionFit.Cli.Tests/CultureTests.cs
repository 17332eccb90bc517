using System.Diagnostics;
using System.Globalization;

namespace SolutionFit.Cli.Tests;

/// <summary>
/// Numbers are read and written as the invariant culture does, whatever the machine's culture: in-process under a culture
/// with a decimal comma, and as a process under de-DE, tr-TR and ar-SA with globalization-invariant mode off (ICU).
/// </summary>
public sealed class CultureTests
{
    /// <summary>Commands whose output covers every writer: text and JSON of each command, the demo and an error.</summary>
    private static readonly string[] CommandLines =
    [
        "demo",
        "score examples/demo.json",
        "score examples/demo.json --json",
        "rank examples/acme.json --top 2",
        "psm examples/survey.csv --weight-column weight --nms",
        "psm examples/survey.csv --interpolate-step 0.5 --json",
        "gauge examples/deals.csv --by seller --compare ana,chloe",
        "mcda examples/mcda.json --method vikor",
        "ahp examples/ahp.json --json",
        "kano examples/kano.csv",
        "odi examples/odi.csv --json",
        "score examples/demo.json --max-customers 1",
    ];

    public static TheoryData<string> Commands => new(CommandLines);

    private static string[] Resolve(string line) => [.. line.Split(' ').Select(a => a.StartsWith("examples/", StringComparison.Ordinal) ? CliRunner.Example(a["examples/".Length..]) : a)];

    /// <summary>A culture that writes 1.234,5 and −1 and reads "0,5" as 5 with thousands separators allowed.</summary>
    private static CultureInfo CommaCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = culture.NumberFormat.PercentDecimalSeparator = culture.NumberFormat.CurrencyDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = culture.NumberFormat.PercentGroupSeparator = culture.NumberFormat.CurrencyGroupSeparator = ".";
        culture.NumberFormat.NegativeSign = "\u2212";
        culture.NumberFormat.PercentSymbol = "٪";
        return culture;
    }

    private static T Under<T>(CultureInfo culture, Func<T> run)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return run();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void InProcess_DecimalCommaCulture_ByteIdenticalOutput(string args)
    {
        var invariant = Under(CultureInfo.InvariantCulture, () => CliRunner.Run(Resolve(args)));
        var comma = Under(CommaCulture(), () => CliRunner.Run(Resolve(args)));

        Assert.Equal(invariant, comma);
        Assert.NotEmpty(invariant.Output + invariant.Error);
    }

    /// <summary>The writers format invariantly themselves, not only inside <see cref="Cli.Run"/>'s culture scope.</summary>
    [Fact]
    public void Writers_CalledOutsideTheCommandLine_FormatInvariantly()
    {
        static string Demo()
        {
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            SolutionFit.Cli.Demo.Run(output);
            return output.ToString();
        }

        var invariant = Under(CultureInfo.InvariantCulture, Demo);

        Assert.Equal(invariant, Under(CommaCulture(), Demo));
        Assert.Contains("96.2 %", invariant, StringComparison.Ordinal);
    }

    [Fact]
    public void InProcess_DecimalCommaCulture_TheCultureIsRestored()
    {
        var culture = CommaCulture();

        var after = Under(culture, () =>
        {
            CliRunner.Run("demo");
            return CultureInfo.CurrentCulture;
        });

        Assert.Same(culture, after);
    }

    [Theory]
    [InlineData("--interpolate-step", "0,5")]
    [InlineData("--interpolate-step", "1,000")]
    [InlineData("--interpolate-step", "NaN")]
    [InlineData("--interpolate-step", "∞")]
    [InlineData("--pi-toocheap", "0,1")]
    [InlineData("--pi-tooexpensive", "1e999")]
    public void NumberOption_NotAnInvariantNumber_UsageError(string option, string value)
    {
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CommaCulture() })
        {
            var result = Under(culture, () => CliRunner.Run("psm", CliRunner.Example("survey.csv"), option, value));

            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"{option} takes one number, such as 0.5. Write it with a decimal point and no thousands separators (given: '{value}').", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NumberOption_InvariantNumber_AcceptedUnderADecimalCommaCulture()
    {
        var result = Under(CommaCulture(), () => CliRunner.Run("psm", CliRunner.Example("survey.csv"), "--interpolate-step", "0.5", "--pi-toocheap", "1e-1"));

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Theory]
    [InlineData("\"1,000\"", "'1,000' is not a number")]
    [InlineData("\"1.000,5\"", "'1.000,5' is not a number")]
    [InlineData("1e309", "'1e309' is not a number")]
    [InlineData("Infinity", "'Infinity' is not a number")]
    public void CsvNumber_NotAnInvariantFiniteNumber_AnError(string cell, string expected)
    {
        var path = CliRunner.TempFile($"too_cheap,cheap,expensive,too_expensive\n1,2,3,4\n1,{cell},3,4\n", ".csv");
        try
        {
            var result = Under(CommaCulture(), () => CliRunner.Run("psm", path));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"line 3, column 'cheap': {expected}", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static TheoryData<string> Cultures => new() { "de-DE", "tr-TR", "ar-SA" };

    /// <summary>
    /// The built CLI as a process with globalization-invariant mode off (ICU loaded) and LANG/LC_ALL set: output, errors,
    /// exit codes and the SVG chart are byte-identical to the run in invariant mode.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Process_IcuCulture_ByteIdenticalOutputAndChart(string culture)
    {
        var posix = culture.Replace('-', '_') + ".UTF-8";
        // Without ICU the runtime refuses to start with invariant mode off: this says so rather than comparing two failures.
        var probe = await Process(["--version"], ("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "0"), ("LANG", posix), ("LC_ALL", posix));
        Assert.True(probe.ExitCode == 0, $"the CLI does not start with globalization-invariant mode off (is ICU installed?): {probe.Error}");

        foreach (var args in CommandLines)
        {
            var invariant = await Process(Resolve(args), ("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1"), ("LANG", "C"), ("LC_ALL", "C"));
            var icu = await Process(Resolve(args), ("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "0"), ("LANG", posix), ("LC_ALL", posix));

            Assert.Equal(invariant, icu);
        }

        var charts = new List<byte[]>();
        foreach (var (invariantMode, lang) in new[] { ("1", "C"), ("0", posix) })
        {
            var chart = Path.Combine(Path.GetTempPath(), $"solutionfit-chart-{Guid.NewGuid():N}.svg");
            try
            {
                var result = await Process(["psm", CliRunner.Example("survey.csv"), "--weight-column", "weight", "--nms", "--chart", chart], ("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", invariantMode), ("LANG", lang), ("LC_ALL", lang));
                Assert.Equal(0, result.ExitCode);
                Assert.Equal(string.Empty, result.Error);
                charts.Add([.. File.ReadAllBytes(chart), .. File.ReadAllBytes(PsmChart.NmsPath(chart))]);
            }
            finally
            {
                File.Delete(chart);
                File.Delete(PsmChart.NmsPath(chart));
            }
        }

        Assert.Equal(charts[0], charts[1]);
    }

    private static string DotNet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static async Task<CliResult> Process(string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(DotNet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SolutionFit.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
