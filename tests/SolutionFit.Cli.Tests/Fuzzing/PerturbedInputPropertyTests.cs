using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using SolutionFit.Fuzz;

namespace SolutionFit.Cli.Tests.Fuzzing;

/// <summary>
/// Perturbed versions of every command's valid examples (fields dropped, duplicated and swapped; numbers at the edges of
/// double and NaN spelled every way; BOMs, NULs, CR and CRLF, line breaks in quoted fields, long lines, deep nesting)
/// through the in-process command line: only exit 0 or exit 2 with one line on stderr, no control characters in a
/// message, no NaN or infinity in any output, and the scores of a successful run in their documented ranges.
/// A fixed seed and a fixed number of cases per command keep the run bounded and repeatable.
/// </summary>
public sealed class PerturbedInputPropertyTests
{
    [Theory]
    [InlineData("customers", 120, "acme.json", "demo.json")]
    [InlineData("mcda", 120, "mcda.json")]
    [InlineData("ahp", 120, "ahp.json")]
    [InlineData("learn", 25, "outcomes.json")]
    [InlineData("psm", 120, "survey.csv")]
    [InlineData("gauge", 120, "deals.csv")]
    [InlineData("kano", 120, "kano.csv")]
    [InlineData("odi", 120, "odi.csv")]
    public void Run_PerturbedExamples_KeepsTheContract(string targetName, int cases, params string[] examples)
    {
        var target = Target.All[targetName];
        var config = Config.QuickThrowOnFailure.WithMaxTest(cases).WithReplay(0x5eed_f022UL + (ulong)targetName.Length, 0x9e37_79b9_7f4a_7c15UL);
        Prop.ForAll(Arb.From(PerturbedInput.Generator(target.Extension, examples)), input => Holds(target, input.Text)).Check(config);
    }

    /// <summary>Scaling every MCDA weight by a power of two changes no rank and no score.</summary>
    [Theory]
    [InlineData("wsm")]
    [InlineData("topsis")]
    [InlineData("vikor")]
    [InlineData("promethee")]
    public void McdaWeights_ScaledByAPowerOfTwo_GiveTheSameAnswer(string method)
    {
        var example = JsonNode.Parse(File.ReadAllText(CliRunner.Example("mcda.json")))!;
        var expected = CliRunner.Run("mcda", CliRunner.Example("mcda.json"), "--method", method, "--json");
        Assert.Equal(0, expected.ExitCode);
        var config = Config.QuickThrowOnFailure.WithMaxTest(40).WithReplay(0x5ca1eUL, 0x9e37_79b9_7f4a_7c15UL);
        Prop.ForAll(Arb.From(Gen.Choose(-1000, 1000)), exponent =>
        {
            var scaled = example.DeepClone();
            var weights = scaled["weights"]!.AsArray();
            for (var i = 0; i < weights.Count; i++)
            {
                weights[i] = Math.ScaleB(weights[i]!.GetValue<double>(), exponent);
            }

            var path = CliRunner.TempFile(scaled.ToJsonString());
            try
            {
                var actual = CliRunner.Run("mcda", path, "--method", method, "--json");
                Assert.Equal(expected.ExitCode, actual.ExitCode);
                Assert.Equal(expected.Output, actual.Output);
            }
            finally
            {
                File.Delete(path);
            }
        }).Check(config);
    }

    /// <summary>Scaling every respondent's weight by a power of two changes no price point of the PSM.</summary>
    [Fact]
    public void PsmWeights_ScaledByAPowerOfTwo_GiveTheSameAnswer()
    {
        var lines = File.ReadAllLines(CliRunner.Example("survey.csv"));
        var expected = CliRunner.Run("psm", CliRunner.Example("survey.csv"), "--weight-column", "weight", "--json");
        Assert.Equal(0, expected.ExitCode);
        var config = Config.QuickThrowOnFailure.WithMaxTest(25).WithReplay(0x95a1eUL, 0x9e37_79b9_7f4a_7c15UL);
        Prop.ForAll(Arb.From(Gen.Choose(-900, 900)), exponent =>
        {
            var scaled = lines.Take(1).Concat(lines.Skip(1).Select(line =>
            {
                var cells = line.Split(',');
                cells[^1] = Math.ScaleB(double.Parse(cells[^1], CultureInfo.InvariantCulture), exponent).ToString("R", CultureInfo.InvariantCulture);
                return string.Join(',', cells);
            }));
            var path = CliRunner.TempFile(string.Join('\n', scaled), ".csv");
            try
            {
                var actual = CliRunner.Run("psm", path, "--weight-column", "weight", "--json");
                Assert.Equal(expected.ExitCode, actual.ExitCode);
                Assert.Equal(PricePoints(expected.Output), PricePoints(actual.Output));
            }
            finally
            {
                File.Delete(path);
            }
        }).Check(config);
    }

    /// <summary>Runs every command line of <paramref name="target"/> on <paramref name="text"/> and checks the contract and the ranges.</summary>
    internal static bool Holds(Target target, string text)
    {
        var path = CliRunner.TempFile(text, target.Extension);
        try
        {
            if (target.Check(path, text) is { } broken)
            {
                throw new InvalidOperationException(broken);
            }

            foreach (var command in target.Commands.Where(c => c.Contains("--json")))
            {
                var result = CliRunner.Run([.. command.Select(a => a == "{0}" ? path : a)]);
                if (result.ExitCode == 0 && OutOfRange(target.Name, command, result.Output) is { } wrong)
                {
                    throw new InvalidOperationException($"{string.Join(' ', command)}: {wrong}");
                }
            }

            return true;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The first score of a successful JSON result outside its documented range, if any.</summary>
    internal static string? OutOfRange(string target, string[] command, string json)
    {
        var root = JsonNode.Parse(json)!;
        IEnumerable<(string Name, double Value, double Low, double High)> checks = target switch
        {
            "customers" => root["scores"] is JsonArray scores
                ? scores.SelectMany(s => Unit(s!, "overall", "goalFit", "experience", "value", "priceHappiness"))
                : root["rankings"]!.AsArray().SelectMany(r => r!["solutions"]!.AsArray().SelectMany(s => Unit(s!, "overall", "goalFit", "experience", "value", "priceHappiness"))),
            "kano" => root["features"]!.AsArray().SelectMany(f => new[] { ("better", Number(f!["better"]), 0.0, 1.0), ("worse", Number(f!["worse"]), -1.0, 0.0) }),
            "odi" => root["outcomes"]!.AsArray().SelectMany(o => new[]
            {
                ("importance", Number(o!["importance"]), 0.0, 10.0), ("satisfaction", Number(o["satisfaction"]), 0.0, 10.0), ("opportunity", Number(o["opportunity"]), 0.0, 20.0),
            }),
            "gauge" => root["groups"]!.AsArray().SelectMany(g => Unit(g!["shares"]!, "tooCheap", "bargain", "fair", "grumble", "tooExpensive")
                .Append(("smileIndex", Number(g["smileIndex"]), -100.0, 100.0))
                .Append(("smileIndexLower", Number(g["smileIndexLower"]), -100.0, Number(g["smileIndex"])))
                .Append(("smileIndexUpper", Number(g["smileIndexUpper"]), Number(g["smileIndex"]), 100.0))),
            "mcda" => root["scores"]!.AsArray().Select(s => ("score", Number(s), command.Contains("promethee") ? -1.0 : 0.0, 1.0)),
            "ahp" => root["weights"]!.AsArray().Select(w => ("weight", Number(w), 0.0, 1.0))
                .Append(("lambdaMax", Number(root["lambdaMax"]), root["weights"]!.AsArray().Count * (1 - 1e-9), double.MaxValue)),
            _ => [],
        };
        // A documented null (Kano's Better and Worse of a feature without valid answers) is read as NaN and not checked.
        return checks.Where(c => !double.IsNaN(c.Value) && !(c.Value >= c.Low - 1e-12 && c.Value <= c.High + 1e-12))
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} {c.Value:R} is outside [{c.Low:R}, {c.High:R}]"))
            .FirstOrDefault();
    }

    private static IEnumerable<(string, double, double, double)> Unit(JsonNode node, params string[] names) =>
        names.Where(n => node[n] is not null).Select(n => (n, Number(node[n]), 0.0, 1.0));

    private static double Number(JsonNode? node) => node is null ? double.NaN : node.GetValue<double>();

    private static string PricePoints(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        return string.Join(';', root.Where(p => p.Value is JsonValue).Select(p => $"{p.Key}={p.Value!.ToJsonString()}"));
    }
}
