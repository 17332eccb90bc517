using SolutionFit.PriceSensitivity;

namespace SolutionFit.Tests.Mutation;

/// <summary>
/// A tally's arithmetic where only exact checks notice a change: the rounding residuals of its sums (also through merges),
/// -0 as a price, a price table exactly at its first capacity, and the row order that makes results independent of the
/// order of merges.
/// </summary>
public sealed class PsmTallySumMutationTests
{
    private static readonly double Tiny = Math.ScaleB(1.0, -60);

    [Fact]
    public void Sums_KeepTheirRoundingResidual_ThroughAddsAndMerges()
    {
        // 1 + 3 · 2^-60 is not a double: the sum keeps 1 and the residual 3 · 2^-60, exactly.
        var tally = Shard(0, 1.0, Tiny, Tiny, Tiny);
        var cheap = tally.ToState().Weights.Single(w => w.Question == PsmQuestion.Cheap && w.Price == 2);
        Assert.Equal((1.0, 3 * Tiny), (cheap.Weight, cheap.Residual));

        // Merged, the other tally's residual is added too.
        var merged = Shard(10, 1.0);
        merged.Merge(tally);
        var both = merged.ToState();
        Assert.Equal((2.0, 3 * Tiny), both.Weights.Where(w => w.Question == PsmQuestion.Cheap && w.Price == 2).Select(w => (w.Weight, w.Residual)).Single());

        // The same for the combinations of answers and intentions, which also keep their first row.
        var combination = both.Combinations.Single();
        Assert.Equal((0, 2.0, 3 * Tiny), (combination.FirstRow, combination.Weight, combination.Residual));
    }

    [Fact]
    public void NegativeZero_IsThePriceZero_InAddsAndStates()
    {
        var tally = new PsmTally(0, hasPurchaseIntentions: true);
        tally.Add(-0.0, 1, 2, -0.0, 1, 5, 4);       // too cheap and cheap at -0: inconsistent, kept as given
        tally.Add(-0.0, -0.0, -0.0, -0.0, 1, 5, 4); // every answer -0
        tally.Add(0.5, 1, 2, 0.0, 1, 5, 4);
        var state = tally.ToState();

        var prices = state.Weights.Select(w => w.Price)
            .Concat(state.Inconsistent.SelectMany(r => new[] { r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive }).OfType<double>())
            .Concat(state.Combinations.SelectMany(c => new[] { c.TooCheap, c.Cheap, c.Expensive, c.TooExpensive }).OfType<double>());
        Assert.All(prices, p => Assert.False(double.IsNegative(p), "a price of -0"));

        // A state with weights at -0 and at 0 for one question gives that weight twice; one at -0 alone is the price 0.
        var zero = state.Weights.First(w => w.Price == 0.0);
        var twice = Assert.Throws<InvalidInputException>("state", () => PsmTally.FromState(PsmTallyMutationTests.Copy(state, weights: [.. state.Weights, zero with { Price = -0.0 }])));
        Assert.Equal(state.Weights.Count, twice.Index);
        var onlyNegative = PsmTally.FromState(PsmTallyMutationTests.Copy(state, weights: [.. state.Weights.Select(w => w.Price == 0.0 ? w with { Price = -0.0 } : w)])).ToState();
        Assert.All(onlyNegative.Weights, w => Assert.False(double.IsNegative(w.Price), "a price of -0"));
    }

    [Fact]
    public void ATallyOfExactlyItsFirstCapacity_Rescales_Merges_AndAnalyses()
    {
        // 64 distinct prices fill the tally's first arrays exactly; every loop over the prices must stop at the count.
        var full = new PsmTally();
        for (var i = 0; i < 16; i++)
        {
            full.Add(10 + (4 * i) + 1, 10 + (4 * i) + 2, 10 + (4 * i) + 3, 10 + (4 * i));
        }

        var state = full.ToState();
        Assert.Equal(64, state.Weights.Select(w => w.Price).Distinct().Count());

        var other = new PsmTally(16);
        other.Merge(full);
        Assert.Equal(16, other.Count);
        Assert.Equal(64, other.ToState().Weights.Select(w => w.Price).Distinct().Count());

        var analysed = PriceSensitivityMeter.Analyze(full, new PsmOptions { Validate = false });
        Assert.Equal(64, analysed.Curves.Prices.Count);

        // A heavier respondent raises the unit of every stored weight.
        full.Add(11, 12, 13, 10, weight: 4);
        Assert.Equal(2, full.ToState().WeightExponent);
        Assert.Equal(5.0 / 4.0, full.ToState().Weights.Single(w => w.Price == 11 && w.Question == PsmQuestion.Cheap).Weight);
    }

    [Fact]
    public void InconsistentRespondents_AreSummedInRowOrder_WhateverTheMergeOrder()
    {
        // At the price 1: weights 2^-53 (row 0), 2^-53 (row 10) and 1 (row 20). In row order they sum to 1 + 2^-52; in the
        // order 0, 20, 10 to 1 (each 2^-53 is lost). Validation off puts them in the curves, which must not depend on the order
        // in which the shards were merged.
        var half = Math.ScaleB(1.0, -53);
        var ordered = Inconsistent(0, half);
        ordered.Merge(Inconsistent(10, half));
        ordered.Merge(Inconsistent(20, 1.0));
        var shuffled = Inconsistent(0, half);
        shuffled.Merge(Inconsistent(20, 1.0));
        shuffled.Merge(Inconsistent(10, half));

        var options = new PsmOptions { Validate = false };
        var expected = PriceSensitivityMeter.Analyze(ordered, options).Curves;
        var actual = PriceSensitivityMeter.Analyze(shuffled, options).Curves;

        Assert.Equal(expected.Cheap, actual.Cheap);
        Assert.Equal(expected.Expensive, actual.Expensive);
        Assert.NotEqual(1.0 / 2.0, expected.Cheap[0]); // the sum in row order is not the one that loses both halves
    }

    [Fact]
    public void Nms_SeveralRespondentsTooCloseForASlope_TheFirstRowIsNamed()
    {
        var survey = new PsmSurvey([5e-324, 2.0, 5e-324], [1e-300, 3.0, 1e-300], [1e300, 4.0, 1e300], [0.0, 1.0, 0.0], purchaseIntentCheap: [5, 5, 4], purchaseIntentExpensive: [1, 1, 2]);

        var error = Assert.Throws<InvalidInputException>("survey", () => PriceSensitivityMeter.Analyze(survey));

        Assert.Equal(0, error.Index);
    }

    [Fact]
    public void AdjacentRowRanges_AreJoined_InMergesAndStates()
    {
        var first = Shard(0, 1.0, 1.0);
        first.Merge(Shard(2, 1.0, 1.0));
        Assert.Equal([new PsmRowRange(0, 4)], first.ToState().Rows);

        // A state may give its rows as adjacent ranges, in any order: they are one range.
        var state = Shard(0, 1.0, 1.0, 1.0).ToState();
        var split = PsmTally.FromState(PsmTallyMutationTests.Copy(state, rows: [new(1, 2), new(0, 1)]));
        Assert.Equal([new PsmRowRange(0, 3)], split.ToState().Rows);
        Assert.Equal(3, split.Count);
    }

    [Fact]
    public void Sums_CarryTheResidualIntoTheSum_OnceItIsLargeEnough()
    {
        // 1 + 2^-53 rounds to 1 (residual 2^-53); adding 2^-53 again makes the residual 2^-52, which the sum then takes:
        // 1 + 2^-52 exactly, residual 0.
        var half = Math.ScaleB(1.0, -53);
        var cheap = Shard(0, 1.0, half, half).ToState().Weights.Single(w => w.Question == PsmQuestion.Cheap && w.Price == 2);
        Assert.Equal((1.0 + Math.ScaleB(1.0, -52), 0.0), (cheap.Weight, cheap.Residual));
    }

    [Fact]
    public void TheLastRow_IsSaidToBeTheLast()
    {
        var tally = new PsmTally(int.MaxValue);
        Assert.Equal(
            $"The tally has reached row {int.MaxValue}, the last row a survey can have.",
            Assert.Throws<InvalidOperationException>(() => tally.Add(2, 3, 4)).Message);
    }

    [Fact]
    public void ARespondentInconsistentOnlyByTooCheap_RoundTripsThroughItsState()
    {
        // Too cheap 2.5 above cheap 2: inconsistent, although cheap < expensive < too expensive.
        var tally = new PsmTally();
        tally.Add(2, 3, 4, 2.5);
        tally.Add(2, 3, 4, 1);
        var state = tally.ToState();

        Assert.Single(state.Inconsistent);
        Assert.Equal(2, PsmTally.FromState(state).Count);
    }

    private static PsmTally Shard(int firstRow, params double[] weights)
    {
        var tally = new PsmTally(firstRow, hasPurchaseIntentions: true);
        foreach (var weight in weights)
        {
            tally.Add(2, 3, 4, 1, weight, 5, 4);
        }

        return tally;
    }

    private static PsmTally Inconsistent(int firstRow, double weight)
    {
        var tally = new PsmTally(firstRow);
        tally.Add(1, 1, 1, 1, weight);
        tally.Add(2, 3, 4, 1.5, 1);
        return tally;
    }
}
