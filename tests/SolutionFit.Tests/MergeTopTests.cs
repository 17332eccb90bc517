namespace SolutionFit.Tests.Scoring;

public sealed class MergeTopTests
{
    private static readonly ProposedSolution A = new("a", 10, [KeyValuePair.Create("g", 1.0)], 0.5, 0.5);
    private static readonly ProposedSolution B = new("b", 10, [KeyValuePair.Create("g", 1.0)], 0.5, 0.5);
    private static readonly ProposedSolution C = new("c", 10, [KeyValuePair.Create("g", 1.0)], 0.5, 0.5);

    [Fact]
    public void MergeTop_TiesAreBrokenById_AndTheBestComeFirst()
    {
        var merged = RankedSolution.MergeTop(
            [[new RankedSolution(C, 0, 0.5, null)], [new RankedSolution(B, 3, 0.5, PriceReaction.Bargain), new RankedSolution(A, 1, 0.25, null)]],
            2);

        Assert.Equal(["b", "c"], merged.Select(r => r.Solution.Id));
        Assert.Equal(3, merged[0].Index);
        Assert.Equal(PriceReaction.Bargain, merged[0].Reaction);
    }

    [Fact]
    public void MergeTop_KeepsFewerWhenThereAreFewer() =>
        Assert.Single(RankedSolution.MergeTop([[new RankedSolution(A, 0, 1.0, null)], []], 5));

    [Fact]
    public void MergeTop_Guards()
    {
        Assert.Equal("shards", Assert.Throws<ArgumentNullException>(() => RankedSolution.MergeTop(null!, 1)).ParamName);
        Assert.Equal("top", Assert.Throws<ArgumentOutOfRangeException>(() => RankedSolution.MergeTop([], 0)).ParamName);
        var nullShard = Assert.Throws<InvalidInputException>(() => RankedSolution.MergeTop([[], null!], 1));
        Assert.Equal(("shards", 1), (nullShard.ParamName, nullShard.Index));
        var empty = Assert.Throws<InvalidInputException>(() => RankedSolution.MergeTop([[default]], 1));
        Assert.Equal(("shards", 0), (empty.ParamName, empty.Index));
        var twice = Assert.Throws<InvalidInputException>(() => RankedSolution.MergeTop([[new RankedSolution(A, 0, 1.0, null)], [new RankedSolution(A, 0, 1.0, null)]], 1));
        Assert.Equal(("shards", 1, "a"), (twice.ParamName, twice.Index, twice.ItemId));
    }

    [Fact]
    public void Constructor_Guards()
    {
        Assert.Equal("solution", Assert.Throws<ArgumentNullException>(() => new RankedSolution(null!, 0, 0.5, null)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => new RankedSolution(A, -1, 0.5, null)).ParamName);
        Assert.Equal("reaction", Assert.Throws<ArgumentOutOfRangeException>(() => new RankedSolution(A, 0, 0.5, (PriceReaction)99)).ParamName);
        Assert.Equal("overall", Assert.Throws<InvalidInputException>(() => new RankedSolution(A, 0, double.NaN, null)).ParamName);
        Assert.Equal("overall", Assert.Throws<InvalidInputException>(() => new RankedSolution(A, 0, 1.5, null)).ParamName);
    }

    [Fact]
    public void Constructor_HoldsThePlainData()
    {
        var place = new RankedSolution(A, 7, 0.75, PriceReaction.TooExpensive);
        Assert.Equal((A, 7, 0.75, (PriceReaction?)PriceReaction.TooExpensive), (place.Solution, place.Index, place.Overall, place.Reaction));
        Assert.Null(new RankedSolution(A, 7, 0.75, null).Reaction);
    }
}
