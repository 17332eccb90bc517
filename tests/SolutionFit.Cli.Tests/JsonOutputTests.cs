using SolutionFit.Formats.Json;

namespace SolutionFit.Cli.Tests;

/// <summary>
/// The <c>--json</c> output, byte for byte: property order and names, indentation, number formatting, relaxed escaping
/// and nulls as the files in <c>golden/</c> hold them (written by the hand-written <c>Utf8JsonWriter</c> code the DTOs
/// replaced); and it is streamed, not built in memory first.
/// </summary>
public sealed class JsonOutputTests
{
    public static TheoryData<string, string[]> Commands => new()
    {
        { "score-demo", ["score", "demo.json"] },
        { "score-acme", ["score", "acme.json"] },
        { "rank-demo-top2", ["rank", "demo.json", "--top", "2"] },
        { "gauge", ["gauge", "deals.csv"] },
        { "gauge-by", ["gauge", "deals.csv", "--by", "seller", "--compare", "ana,chloe"] },
        { "ahp-gm", ["ahp", "ahp.json", "--priority", "geometric-mean"] },
        { "kano", ["kano", "kano.csv"] },
        { "odi", ["odi", "odi.csv"] },
        { "psm", ["psm", "survey.csv"] },
        { "psm-nms", ["psm", "survey.csv", "--nms", "--weight-column", "weight"] },
        { "mcda-wsm", ["mcda", "mcda.json", "--method", "wsm"] },
        { "mcda-vikor", ["mcda", "mcda.json", "--method", "vikor"] },
        { "mcda-promethee", ["mcda", "mcda.json", "--method", "promethee"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Json_IsByteIdenticalToTheGoldenFile(string golden, string[] args)
    {
        var result = CliRunner.Run([args[0], CliRunner.Example(args[1]), .. args[2..], "--json"]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "golden", $"{golden}.json")), result.Output);
    }

    [Fact]
    public void WriteRankings_StreamsWhileTheRankingsAreEnumerated()
    {
        using var output = new StringWriter();
        var input = InputFile.Load(CliRunner.Example("demo.json"));
        var customer = input.Customers[0];
        var ranked = new SolutionFitScorer().Rank(customer, input.Solutions);
        var writtenBeforeLast = -1;

        IEnumerable<(string, IReadOnlyList<FitScore>)> Rankings()
        {
            for (var i = 0; i < 2000; i++)
            {
                if (i == 1999)
                {
                    writtenBeforeLast = output.GetStringBuilder().Length;
                }

                yield return (customer.Id, ranked);
            }
        }

        JsonOutput.WriteRankings(output, Rankings());

        Assert.InRange(writtenBeforeLast, 1, output.GetStringBuilder().Length - 1);
    }

    [Fact]
    public void TextWriterStream_DecodesCharactersSplitAcrossWrites()
    {
        using var output = new StringWriter();
        var bytes = System.Text.Encoding.UTF8.GetBytes("×ü€😀");

        using (var stream = new TextWriterStream(output))
        {
            foreach (var b in bytes)
            {
                stream.Write([b]);
            }
        }

        Assert.Equal("×ü€😀", output.ToString());
    }
}
