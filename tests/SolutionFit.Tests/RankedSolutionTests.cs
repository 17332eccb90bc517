namespace SolutionFit.Tests;

public sealed class RankedSolutionTests
{
    private static readonly ProposedSolution A = new("a", 10, [KeyValuePair.Create("g", 1.0)], 0.5, 0.5);
    private static readonly ProposedSolution B = new("b", 10, [KeyValuePair.Create("g", 1.0)], 0.5, 0.5);
    private static readonly ProposedSolution C = new("c", 10, [KeyValuePair.Create("g", 1.0)], 0.5, 0.5);

    [Fact]
    public void MergeTop_Ties_BrokenByIdBestFirst()
    {
        var merged = RankedSolution.MergeTop(
            [[new RankedSolution(C, 0, 0.5, null)], [new RankedSolution(B, 3, 0.5, PriceReaction.Bargain), new RankedSolution(A, 1, 0.25, null)]],
            2);

        Assert.Equal(["b", "c"], merged.Select(r => r.Solution.Id));
        Assert.Equal(3, merged[0].Index);
        Assert.Equal(PriceReaction.Bargain, merged[0].Reaction);
    }

    [Fact]
    public void MergeTop_FewerThanTop_KeepsThemAll() =>
        Assert.Single(RankedSolution.MergeTop([[new RankedSolution(A, 0, 1.0, null)], []], 5));

    [Fact]
    public void MergeTop_BadArguments_ThrowNamingTheParameterAndShard()
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
    public void Constructor_BadArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("solution", Assert.Throws<ArgumentNullException>(() => new RankedSolution(null!, 0, 0.5, null)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => new RankedSolution(A, -1, 0.5, null)).ParamName);
        Assert.Equal("reaction", Assert.Throws<ArgumentOutOfRangeException>(() => new RankedSolution(A, 0, 0.5, (PriceReaction)99)).ParamName);
        Assert.Equal("overall", Assert.Throws<InvalidInputException>(() => new RankedSolution(A, 0, double.NaN, null)).ParamName);
        Assert.Equal("overall", Assert.Throws<InvalidInputException>(() => new RankedSolution(A, 0, 1.5, null)).ParamName);
    }

    [Fact]
    public void Constructor_Values_AreKept()
    {
        var place = new RankedSolution(A, 7, 0.75, PriceReaction.TooExpensive);
        Assert.Equal((A, 7, 0.75, (PriceReaction?)PriceReaction.TooExpensive), (place.Solution, place.Index, place.Overall, place.Reaction));
        Assert.Null(new RankedSolution(A, 7, 0.75, null).Reaction);
    }

    [Fact]
    public void Constructor_BadArguments_MessagesAndToString()
    {
        var solution = OneGoalSolution("s");
        Assert.Throws<ArgumentNullException>("solution", () => new RankedSolution(null!, 0, 0.5, null));
        Assert.Throws<ArgumentOutOfRangeException>("index", () => new RankedSolution(solution, -1, 0.5, null));
        var reaction = Assert.Throws<ArgumentOutOfRangeException>("reaction", () => new RankedSolution(solution, 0, 0.5, (PriceReaction)9));
        Assert.StartsWith("The reaction must be a defined PriceReaction.", reaction.Message, StringComparison.Ordinal);
        Assert.Equal(9, reaction.ActualValue);
        Assert.Equal("The overall score must be a finite number in [0, 1], but is 1.5.", Assert.Throws<InvalidInputException>("overall", () => new RankedSolution(solution, 0, 1.5, null)).Detail);

        var ranked = new RankedSolution(solution, 3, 0.25, PriceReaction.TooCheap);
        Assert.Equal((3, 0.25, (PriceReaction?)PriceReaction.TooCheap), (ranked.Index, ranked.Overall, ranked.Reaction));
        Assert.Equal("s: overall 0.25, TooCheap", ranked.ToString());
        Assert.Null(new RankedSolution(solution, 0, 0.5, null).Reaction);
        Assert.Equal("s: overall 0.5", new RankedSolution(solution, 0, 0.5, null).ToString());
        Assert.Equal("(none)", default(RankedSolution).ToString());
    }

    [Fact]
    public void MergeTop_BadShards_MessageNamesTheShard()
    {
        RankedSolution Place(string id, double overall) => new(OneGoalSolution(id), 0, overall, null);

        var nullShard = Assert.Throws<InvalidInputException>("shards", () => RankedSolution.MergeTop([[Place("a", 1)], null!], 1));
        Assert.Equal(("A shard's ranking is null.", 1), (nullShard.Detail, nullShard.Index));
        var empty = Assert.Throws<InvalidInputException>("shards", () => RankedSolution.MergeTop([[], [Place("a", 1), default]], 1));
        Assert.Equal(("A place has no solution (a default RankedSolution).", 1), (empty.Detail, empty.Index));
        var twice = Assert.Throws<InvalidInputException>("shards", () => RankedSolution.MergeTop([[Place("a", 1)], [Place("b", 1)], [Place("a", 0.5)]], 1));
        Assert.Equal(("The solution 'a' is ranked twice: every solution belongs to one shard.", 2, "a"), (twice.Detail, twice.Index, twice.ItemId));
        Assert.Throws<ArgumentNullException>("shards", () => RankedSolution.MergeTop(null!, 1));
        Assert.Throws<ArgumentOutOfRangeException>("top", () => RankedSolution.MergeTop([], 0));

        // Best first; ties by ordinal id; only the top.
        var merged = RankedSolution.MergeTop([[Place("b", 0.5), Place("d", 0.25)], [Place("a", 0.5), Place("c", 0.75)]], 3);
        Assert.Equal(["c", "a", "b"], merged.Select(p => p.Solution.Id));
    }

    private static ProposedSolution OneGoalSolution(string id) => new(id, 1, [new("a", 0.5)], 0, 0);
}
