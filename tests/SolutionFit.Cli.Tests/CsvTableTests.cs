namespace SolutionFit.Cli.Tests;

public sealed class CsvTableTests
{
    private static InputException ReadFails(string csv) =>
        Assert.Throws<InputException>(() => CsvTable.Read(new StringReader(csv), "survey.csv"));

    [Fact]
    public void Read_QuoteInsideAnUnquotedCell_ASentenceWithTheLine()
    {
        var ex = ReadFails("cheap,expensive\n1,2\n3,4\"5\n");

        Assert.StartsWith("survey.csv: line 3: a quote is out of place in the cell '4\"5'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("enclosed in double quotes", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BadDataFound", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("IReader", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cheap,expensive\n1,2\n3,4,5\n", "survey.csv: line 3 has 3 cells but the header has 2 cells")]
    [InlineData("cheap,expensive\n1\n", "survey.csv: line 2 has 1 cell but the header has 2 cells")]
    public void Read_RowOfAnotherWidth_ASentenceWithTheLine(string csv, string expected)
    {
        var ex = ReadFails(csv);

        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("inconsistent", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("IReader", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotedCellsWithCommasAndQuotes_AreCells()
    {
        var table = CsvTable.Read(new StringReader("id,note\n1,\"a, \"\"b\"\"\"\n"), "notes.csv");

        var row = Assert.Single(table.Rows);
        Assert.Equal(2, row.Line);
        Assert.Equal(["1", "a, \"b\""], row.Cells);
    }

    [Fact]
    public void Psm_BadCsv_OneLineOnStderrAndExitCode2()
    {
        var path = CliRunner.TempFile("too_cheap,cheap,expensive,too_expensive\n1,2,3,4\n1,2\"x,3,4\n", ".csv");
        try
        {
            var result = CliRunner.Run("psm", path);

            Assert.Equal(2, result.ExitCode);
            var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal($"solutionfit: {path}: line 3: a quote is out of place in the cell '2\"x'; a cell that holds a quote, a comma or a line break must be enclosed in double quotes, with each quote inside written twice (\"\").", line.TrimEnd('\r'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_RepeatedCells_KeptAsOneString()
    {
        var table = CsvTable.Read(new StringReader("respondent,feature,answer\nr1,sso,5\nr1,audit,5\nr2,sso,4\n"), "kano.csv");

        Assert.Same(table.Rows[0].Cells[0], table.Rows[1].Cells[0]);
        Assert.Same(table.Rows[0].Cells[1], table.Rows[2].Cells[1]);
        Assert.Same(table.Rows[0].Cells[2], table.Rows[1].Cells[2]);
        Assert.Equal(["r2", "sso", "4"], table.Rows[2].Cells);
    }
}
