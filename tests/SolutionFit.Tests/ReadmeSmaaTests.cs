using SolutionFit.MultiCriteria;

namespace SolutionFit.Tests;

/// <summary>The README's SMAA example compiles and gives the values its comments state, and the README shows exactly this code.</summary>
public sealed class ReadmeSmaaTests
{
    private const string Begin = "// begin README smaa";
    private const string End = "// end README smaa";
    private const string Heading = "### Rank acceptability under uncertain weights (SMAA)";

    [Fact]
    public void Example_GivesTheValuesInItsComments()
    {
        // The matrix of the README's "Classic multi-criteria ranking" example.
        var matrix = new DecisionMatrix(["A1", "A2", "A3"], [Criterion.Cost("risk"), Criterion.Benefit("return")], [[1, 3000], [2, 3750], [5, 4500]], weights: [1, 1]);

        var smaa = Example(matrix);

        Assert.Equal([0.5726, 0.1918, 0.2356], smaa.RankAcceptability[0]);
        Assert.Equal([0.713, 0.287], smaa.CentralWeights[0]!.Select(w => Math.Round(w, 3)));
    }

    [Fact]
    public void Readme_ShowsTheExampleVerbatim() =>
        Assert.Equal(ReadmeCode.Compiled("ReadmeSmaaTests.cs.txt", Begin, End), ReadmeCode.Lines(ReadmeCode.Block(Heading)));

    private static SmaaResult Example(DecisionMatrix matrix)
    {
        // begin README smaa
        SmaaResult smaa = MultiCriteriaRanking.Smaa(matrix, RankingMethod.Topsis, samples: 10_000, seed: 1);
        // smaa.RankAcceptability[0] = [0.5726, 0.1918, 0.2356]: A1 is first under 57 % of the weights, last under 24 %
        // smaa.CentralWeights[0] = [0.713, 0.287]: the mean weights under which A1 is first (risk weighs most)
        // end README smaa
        return smaa;
    }
}
