using SolutionFit.Oracles;
using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.PriceSensitivity;

/// <summary>The bootstrap tally's guards, the rows it leaves out of a replicate, and what merges.</summary>
public sealed class PsmBootstrapTallyTests
{
    [Fact]
    public void Constructor_NoReplicates_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>("replicates", () => new PsmBootstrapTally(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>("firstRow", () => new PsmBootstrapTally(1, 10, -1));
    }

    [Fact]
    public void FromSurvey_Null_Throws() =>
        Assert.Throws<ArgumentNullException>("survey", () => PsmBootstrapTally.FromSurvey(null!, 1, 10));

    [Fact]
    public void Add_NegativeWeight_ThrowsWithTheRowAndLeavesTheTallyUnchanged()
    {
        var tally = new PsmBootstrapTally(1, 10, firstRow: 5);

        var ex = Assert.Throws<InvalidInputException>("weight", () => tally.Add(1, 2, 3, 4, weight: -1));

        Assert.Equal(5, ex.Index);
        Assert.Equal("weights", ex.Field);
        Assert.Equal(0, tally.Count);
        Assert.Equal(5, tally.NextRow);
    }

    [Fact]
    public void Add_IntentionWithoutIntentions_Throws() =>
        Assert.Throws<InvalidInputException>("purchaseIntentCheap", () => new PsmBootstrapTally(1, 10).Add(1, 2, 3, 4, purchaseIntentCheap: 5));

    [Fact]
    public void Merge_DifferentSeedOrReplicatesOrIntentions_Throws()
    {
        var tally = new PsmBootstrapTally(1, 10);

        Assert.Throws<InvalidInputException>("other", () => tally.Merge(new PsmBootstrapTally(2, 10, 5)));
        Assert.Throws<InvalidInputException>("other", () => tally.Merge(new PsmBootstrapTally(1, 11, 5)));
        Assert.Throws<InvalidInputException>("other", () => tally.Merge(new PsmBootstrapTally(1, 10, 5, hasPurchaseIntentions: true)));
        Assert.Throws<ArgumentNullException>("other", () => tally.Merge(null!));
    }

    [Fact]
    public void Merge_SharedRow_Throws()
    {
        var (a, b) = (new PsmBootstrapTally(1, 10), new PsmBootstrapTally(1, 10));
        a.Add(1, 2, 3, 4);
        b.Add(1, 2, 3, 4);

        Assert.Throws<InvalidInputException>("other", () => a.Merge(b));
        Assert.Throws<InvalidInputException>("other", () => a.Merge(a));
    }

    [Fact]
    public void Bootstrap_GuardsItsArguments()
    {
        var tally = PsmBootstrapTally.FromSurvey(Survey(), 1, 10);

        Assert.Throws<ArgumentNullException>("tally", () => PriceSensitivityMeter.Bootstrap(null!));
        Assert.Throws<ArgumentOutOfRangeException>("confidence", () => PriceSensitivityMeter.Bootstrap(tally, confidence: 0));
        Assert.Throws<ArgumentOutOfRangeException>("confidence", () => PriceSensitivityMeter.Bootstrap(tally, confidence: 1));
        Assert.Throws<ArgumentOutOfRangeException>("confidence", () => PriceSensitivityMeter.Bootstrap(tally, confidence: double.NaN));
        Assert.Throws<InvalidInputException>("tally", () => PriceSensitivityMeter.Bootstrap(new PsmBootstrapTally(1, 10)));
    }

    [Fact]
    public void Add_RowOfWeightZero_IsLeftOutOfEveryReplicate()
    {
        // Row 3 has weight 0: wherever its answers are, on the grid's ends or inside it, no replicate sees them.
        var inside = Survey(weightZeroRow: (11, 12, 13, 14));
        var outside = Survey(weightZeroRow: (0.5, 1, 90, 99));

        var a = PriceSensitivityMeter.Bootstrap(PsmBootstrapTally.FromSurvey(inside, 3, 50));
        var b = PriceSensitivityMeter.Bootstrap(PsmBootstrapTally.FromSurvey(outside, 3, 50));

        Assert.Equal(a.Values, b.Values);
        Assert.True(a.OptimalPricePoint.Defined > 40);
    }

    [Fact]
    public void Bootstrap_Replicates_AreThePlainAnalysesOfTheKeptRows()
    {
        // About 37 % of rows drop out of each replicate: their answers are not on its grid (the boundary rule and the
        // interpolated crossings move), which passing them on with weight 0 would not do.
        var survey = Survey();

        var values = PriceSensitivityMeter.Bootstrap(PsmBootstrapTally.FromSurvey(survey, 18446744073709551557, 40)).Values;

        Assert.Equal(NaiveBootstrap.Values(survey, 18446744073709551557, 40, PsmOptions.Default), values);
    }

    [Fact]
    public void Bootstrap_NoKeptRespondentConsistent_LeavesEveryPointUndefined()
    {
        // One consistent respondent among inconsistent ones: replicates that drop it fail, and count as undefined.
        var survey = new PsmSurvey([1.0, 5.0, 5.0], [2.0, 4.0, 4.0], [3.0, 3.0, 6.0], [4.0, 7.0, 2.0]);

        var result = PriceSensitivityMeter.Bootstrap(PsmBootstrapTally.FromSurvey(survey, 1, 200));

        var kept = Enumerable.Range(0, 200).Count(b => RandomDraws.PoissonMultiplier(1, 0, (ulong)b) > 0);
        Assert.InRange(kept, 100, 150);
        Assert.Equal(kept, result.Values[3].Count(v => !double.IsNaN(v)));
        Assert.Equal(kept, result.PointOfMarginalExpensiveness.Defined);
    }

    [Fact]
    public void Bootstrap_WithIntentions_GivesTheOptimaIntervals()
    {
        var survey = new PsmSurvey(
            [1.0, 2, 3, 2, 1, 2],
            [2.0, 3, 4, 4, 3, 3],
            [4.0, 5, 6, 5, 5, 4],
            [6.0, 7, 8, 6, 6, 7],
            purchaseIntentCheap: [5, 4, 5, 3, 4, 5],
            purchaseIntentExpensive: [2, 1, 3, 1, 2, 2]);
        var tally = PsmBootstrapTally.FromSurvey(survey, 9, 30);

        var result = PriceSensitivityMeter.Bootstrap(tally);

        Assert.True(tally.HasPurchaseIntentions);
        Assert.NotNull(result.ReachOptimalPrice);
        Assert.NotNull(result.RevenueOptimalPrice?.Interval);
        Assert.Equal(NaiveBootstrap.Values(survey, 9, 30, PsmOptions.Default), result.Values);
    }

    private static PsmSurvey Survey((double, double, double, double)? weightZeroRow = null)
    {
        (double, double, double, double)[] rows =
        [
            (5, 10, 20, 30), (6, 12, 18, 25), (4, 9, 15, 28), weightZeroRow ?? (7, 11, 16, 22), (8, 13, 21, 33),
            (5.5, 10.5, 19, 26), (6.5, 12.5, 17, 24), (3, 8, 14, 20), (7.5, 14, 22, 31), (4.5, 9.5, 16.5, 23),
        ];
        return new PsmSurvey(
            rows.Select(r => (double?)r.Item1),
            rows.Select(r => (double?)r.Item2),
            rows.Select(r => (double?)r.Item3),
            rows.Select(r => (double?)r.Item4),
            rows.Select((_, i) => weightZeroRow is not null && i == 3 ? 0.0 : 1.0));
    }

    [Fact]
    public void FromBytes_OfToBytes_GivesTheSameBytesAndIntervals()
    {
        var tally = PsmBootstrapTally.FromSurvey(Survey(), 5, 30);
        tally.Add(null, 3, 2, 1, weight: 0.5); // inconsistent, and a weight that is not whole

        var copy = PsmBootstrapTally.FromBytes(tally.ToBytes());

        Assert.Equal(tally.ToBytes(), copy.ToBytes());
        Assert.Equal((tally.Count, tally.NextRow, tally.Seed, tally.Replicates), (copy.Count, copy.NextRow, copy.Seed, copy.Replicates));
        Assert.Equal(PriceSensitivityMeter.Bootstrap(tally, new PsmOptions { ExcludeInconsistent = false }).Values, PriceSensitivityMeter.Bootstrap(copy, new PsmOptions { ExcludeInconsistent = false }).Values);
    }

    [Fact]
    public void FromBytes_NotATally_ThrowsNamingThePart()
    {
        var bytes = PsmBootstrapTally.FromSurvey(Survey(), 5, 3).ToBytes();

        Assert.Equal("Version", Assert.Throws<InvalidInputException>("bytes", () => PsmBootstrapTally.FromBytes([2, .. bytes[1..]])).Field);
        Assert.Equal("End", Assert.Throws<InvalidInputException>("bytes", () => PsmBootstrapTally.FromBytes([.. bytes, 0])).Field);
        Assert.Throws<InvalidInputException>("bytes", () => PsmBootstrapTally.FromBytes(bytes.AsSpan(0, bytes.Length - 1)));
        Assert.Throws<InvalidInputException>("bytes", () => PsmBootstrapTally.FromBytes([]));
    }
}
