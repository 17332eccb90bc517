namespace SolutionFit.Cli.Tests;

/// <summary>
/// Messages are one line of bounded length whatever the file holds: user values are escaped and cut; CSV lines are the
/// record's first line; JSON duplicate names and deep nesting are named with their path.
/// </summary>
public sealed class MessageTests
{
    private static string OneLine(CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n'), l => l.Length > 0);
        Assert.Equal(line + Environment.NewLine, result.Error);
        Assert.DoesNotContain('\r', line);
        return line;
    }

    private static CliResult RunOn(string content, string extension, params string[] command)
    {
        var path = CliRunner.TempFile(content, extension);
        try
        {
            return CliRunner.Run([command[0], path, .. command[1..]]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("rtl\u202Eevil", "rtl\\u202Eevil")]
    [InlineData("zero\u200Bwidth", "zero\\u200Bwidth")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    [InlineData("plain é 😀", "plain é 😀")]
    public void Quoted_ControlAndInvisibleCharacters_Escaped(string value, string shown) =>
        Assert.Equal($"'{shown}'", Show.Quoted(value));

    [Fact]
    public void Quoted_LongValue_CutWithAnEllipsis()
    {
        var shown = Show.Quoted(new string('x', 10_000));

        Assert.Equal($"'{new string('x', Show.MaxValueLength)}…'", shown);
    }

    [Fact]
    public void Quoted_CutNeverSplitsAnEscapeOrASurrogatePair()
    {
        var emoji = Show.Escape(string.Concat(Enumerable.Repeat("😀", 100)), 5);
        var escapes = Show.Escape(new string('\n', 100), 5);

        Assert.Equal("😀😀…", emoji);
        Assert.Equal("\\n\\n…", escapes);
    }

    [Fact]
    public void Quoted_LoneSurrogate_Escaped() => Assert.Equal("'a\\uD800b'", Show.Quoted("a\uD800b"));

    [Fact]
    public void Score_IdWithALineBreak_OneLineWithTheBreakEscaped()
    {
        var line = OneLine(RunOn("""{"customers":[{"id":"a\nb","goals":[{"id":"g","importance":2}]}],"solutions":[]}""", ".json", "score"));

        Assert.Contains("(customer 'a\\nb'): ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_HugeId_MessageStaysShort()
    {
        var id = new string('c', 100_000);
        var line = OneLine(RunOn($$"""{"customers":[{"id":"{{id}}","goals":[{"id":"g","importance":0.5}]},{"id":"{{id}}","goals":[{"id":"g","importance":0.5}]}],"solutions":[]}""", ".json", "score"));

        Assert.Contains("another customer has the same id", line, StringComparison.Ordinal);
        Assert.InRange(line.Length, 1, 500);
    }

    [Fact]
    public void Score_UnknownGoalWarning_OneLineEscaped()
    {
        var path = CliRunner.TempFile("""{"customers":[{"id":"c","goals":[{"id":"g","importance":0.5}]}],"solutions":[{"id":"s\n1","price":1,"effort":0,"enjoyment":0,"achievements":{"g":1,"h\r\nx":1}}]}""");
        try
        {
            var result = CliRunner.Run("score", path);

            Assert.Equal(0, result.ExitCode);
            var warning = Assert.Single(result.Error.Split('\n'), l => l.Length > 0);
            Assert.Contains("goal 'h\\r\\nx' is not a goal of any customer", warning, StringComparison.Ordinal);
            Assert.Contains("solution 's\\n1' is ignored", warning, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{"customers":[{"id":"a","goals":[{"id":"g","importance":0.5,"importance":0.7}]}],"solutions":[]}""", "at $.customers[0].goals[0].importance (line 1): the property 'importance' appears more than once")]
    [InlineData("""{"customers":[],"solutions":[],"customers":[]}""", "at $.customers (line 1): the property 'customers' appears more than once")]
    [InlineData("""{"customers":[],"solutions":[{"id":"s","price":1,"effort":0,"enjoyment":0,"achievements":{"g":0.5,"g":1}}]}""", "at $.solutions[0].achievements.g (line 1): the property 'g' appears more than once")]
    [InlineData("{\n\"customers\":[],\n\"solutions\":[{\"id\":\"s\",\"id\":\"t\",\"price\":1,\"effort\":0,\"enjoyment\":0,\"achievements\":{}}]}", "at $.solutions[0].id (line 3): the property 'id' appears more than once")]
    public void Json_DuplicateName_AnErrorAtItsPath(string json, string expected)
    {
        var line = OneLine(RunOn(json, ".json", "score"));

        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Mcda_DuplicateName_AnError()
    {
        var line = OneLine(RunOn("""{"alternatives":["a"],"criteria":["c"],"types":["benefit"],"matrix":[[1]],"weights":[1],"weights":[2]}""", ".json", "mcda", "--method", "wsm"));

        Assert.Contains("at $.weights (line 1): the property 'weights' appears more than once", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_PropertyNameWithABreak_EscapedInThePath()
    {
        var line = OneLine(RunOn("""{"customers":[],"solutions":[],"x\ny":1}""", ".json", "score"));

        Assert.Contains("unknown property 'x\\ny'", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("too_cheap,cheap,expensive,too_expensive,id\n1,2,3,4,a\n1,2,x,4,\"multi\nline\nid\"\n", "line 3, column 'expensive': 'x' is not a number")]
    [InlineData("too_cheap,cheap,expensive,too_expensive,id\n1,2,3,4,\"two\nlines\"\n1,2,3,x,b\n", "line 4, column 'too_expensive': 'x' is not a number")]
    [InlineData("too_cheap,cheap,expensive,too_expensive,id\r\n1,2,3,4,\"two\r\nlines\"\r\n1,2,3,\"x\ny\",b\r\n", "line 4, column 'too_expensive': 'x\\ny' is not a number")]
    [InlineData("too_cheap,cheap,expensive,too_expensive,id\n1,2,3,4,\"a\nb\"\n1,2,3,4,\"c\nd\",extra\n", "line 4 has 6 cells but the header has 5 cells")]
    [InlineData("too_cheap,cheap,expensive,too_expensive,id\n\n1,2,3,x,a\n", "line 3, column 'too_expensive'")]
    public void Csv_LineIsTheRecordsFirstLine(string csv, string expected)
    {
        var line = OneLine(RunOn(csv, ".csv", "psm"));

        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_RowsKeepTheirFirstLine()
    {
        var table = CsvTable.Read(new StringReader("id,note\n1,\"a\nb\nc\"\n2,d\n3,\"e\r\nf\"\n4,g\n"), "notes.csv");

        Assert.Equal([2, 5, 6, 8], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Csv_QuoteOutOfPlaceInAMultiLineRecord_TheRecordsFirstLine()
    {
        var ex = Assert.Throws<InputException>(() => CsvTable.Read(new StringReader("id,note\n1,\"a\nb\"\n2,\"c\nd\"x\n"), "notes.csv"));

        Assert.StartsWith("notes.csv: line 4: a quote is out of place", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Csv_CellWithAControlCharacter_Escaped()
    {
        var line = OneLine(RunOn("respondent,feature,functional,dysfunctional\nr1,f,\"1\u001b[31m\",5\n", ".csv", "kano"));

        Assert.Contains("'1\\u001B[31m' is not a whole number", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_MissingColumn_HeaderNamesEscaped()
    {
        var line = OneLine(RunOn("deal,\"re\naction\"\nD1,fair\n", ".csv", "gauge"));

        Assert.Contains("the required column 'reaction' is missing (columns: 'deal', 're\\naction')", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Gauge_CompareWithABreak_Escaped()
    {
        var result = CliRunner.Run("gauge", CliRunner.Example("deals.csv"), "--by", "seller", "--compare", "ana,x\ny");

        Assert.Contains("there is no group 'x\\ny' in column 'seller'", OneLine(result), StringComparison.Ordinal);
    }
}
