using SolutionFit.PriceSensitivity;

namespace SolutionFit.Samples.Orleans;

// The library's types know nothing of Orleans: each travels as a plain surrogate the code generator serialises, and a
// converter rebuilds it through the library's validating constructors (a tally through PsmTally.FromState).

/// <summary>A customer on the wire.</summary>
[GenerateSerializer]
[Immutable]
internal readonly record struct CustomerSurrogate(
    [property: Id(0)] string Id,
    [property: Id(1)] GoalSurrogate[] Goals,
    [property: Id(2)] bool HasThresholds,
    [property: Id(3)] double TooCheap,
    [property: Id(4)] double Cheap,
    [property: Id(5)] double Expensive,
    [property: Id(6)] double TooExpensive);

/// <summary>A customer goal on the wire.</summary>
[GenerateSerializer]
[Immutable]
internal readonly record struct GoalSurrogate(
    [property: Id(0)] string Id,
    [property: Id(1)] double Importance,
    [property: Id(2)] GoalKind Kind,
    [property: Id(3)] double CurrentSatisfaction,
    [property: Id(4)] string? Description);

[RegisterConverter]
internal sealed class CustomerConverter : IConverter<CustomerProfile, CustomerSurrogate>
{
    public CustomerProfile ConvertFromSurrogate(in CustomerSurrogate surrogate) => new(
        surrogate.Id,
        surrogate.Goals.Select(g => new CustomerGoal(g.Id, g.Importance, g.Kind, g.CurrentSatisfaction, g.Description)),
        surrogate.HasThresholds ? new PriceThresholds(surrogate.TooCheap, surrogate.Cheap, surrogate.Expensive, surrogate.TooExpensive) : null);

    public CustomerSurrogate ConvertToSurrogate(in CustomerProfile value)
    {
        var t = value.PriceThresholds;
        return new(
            value.Id,
            [.. value.Goals.Select(g => new GoalSurrogate(g.Id, g.Importance, g.Kind, g.CurrentSatisfaction, g.Description))],
            t is not null,
            t?.TooCheap ?? 0,
            t?.Cheap ?? 0,
            t?.Expensive ?? 0,
            t?.TooExpensive ?? 0);
    }
}

/// <summary>A shard's <see cref="PsmTally"/> on the wire: its <see cref="PsmTallyState"/>, list by list.</summary>
[GenerateSerializer]
internal readonly record struct PsmTallySurrogate(
    [property: Id(0)] bool HasPurchaseIntentions,
    [property: Id(1)] int NextRow,
    [property: Id(2)] int WeightExponent,
    [property: Id(3)] RowRangeSurrogate[] Rows,
    [property: Id(4)] RowRangeSurrogate[] WithoutTooCheapRows,
    [property: Id(5)] WeightSurrogate[] Weights,
    [property: Id(6)] RespondentSurrogate[] Inconsistent,
    [property: Id(7)] CombinationSurrogate[] Combinations);

[GenerateSerializer]
internal readonly record struct RowRangeSurrogate([property: Id(0)] int First, [property: Id(1)] int Count);

[GenerateSerializer]
internal readonly record struct WeightSurrogate(
    [property: Id(0)] double Price,
    [property: Id(1)] PsmQuestion Question,
    [property: Id(2)] bool WithoutTooCheap,
    [property: Id(3)] double Weight,
    [property: Id(4)] double Residual);

[GenerateSerializer]
internal readonly record struct RespondentSurrogate(
    [property: Id(0)] int Row,
    [property: Id(1)] double? TooCheap,
    [property: Id(2)] double? Cheap,
    [property: Id(3)] double? Expensive,
    [property: Id(4)] double? TooExpensive,
    [property: Id(5)] double Weight);

[GenerateSerializer]
internal readonly record struct CombinationSurrogate(
    [property: Id(0)] int FirstRow,
    [property: Id(1)] double? TooCheap,
    [property: Id(2)] double? Cheap,
    [property: Id(3)] double? Expensive,
    [property: Id(4)] double? TooExpensive,
    [property: Id(5)] int? PurchaseIntentCheap,
    [property: Id(6)] int? PurchaseIntentExpensive,
    [property: Id(7)] double Weight,
    [property: Id(8)] double Residual);

[RegisterConverter]
internal sealed class PsmTallyConverter : IConverter<PsmTally, PsmTallySurrogate>
{
    public PsmTally ConvertFromSurrogate(in PsmTallySurrogate surrogate) => PsmTally.FromState(new PsmTallyState
    {
        HasPurchaseIntentions = surrogate.HasPurchaseIntentions,
        NextRow = surrogate.NextRow,
        WeightExponent = surrogate.WeightExponent,
        Rows = [.. surrogate.Rows.Select(r => new PsmRowRange(r.First, r.Count))],
        WithoutTooCheapRows = [.. surrogate.WithoutTooCheapRows.Select(r => new PsmRowRange(r.First, r.Count))],
        Weights = [.. surrogate.Weights.Select(w => new PsmTallyWeight(w.Price, w.Question, w.WithoutTooCheap, w.Weight, w.Residual))],
        Inconsistent = [.. surrogate.Inconsistent.Select(r => new PsmTallyRespondent(r.Row, r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive, r.Weight))],
        Combinations = [.. surrogate.Combinations.Select(c => new PsmTallyCombination(c.FirstRow, c.TooCheap, c.Cheap, c.Expensive, c.TooExpensive, c.PurchaseIntentCheap, c.PurchaseIntentExpensive, c.Weight, c.Residual))],
    });

    public PsmTallySurrogate ConvertToSurrogate(in PsmTally value)
    {
        var state = value.ToState();
        return new(
            state.HasPurchaseIntentions,
            state.NextRow,
            state.WeightExponent,
            [.. state.Rows.Select(r => new RowRangeSurrogate(r.First, r.Count))],
            [.. state.WithoutTooCheapRows.Select(r => new RowRangeSurrogate(r.First, r.Count))],
            [.. state.Weights.Select(w => new WeightSurrogate(w.Price, w.Question, w.WithoutTooCheap, w.Weight, w.Residual))],
            [.. state.Inconsistent.Select(r => new RespondentSurrogate(r.Row, r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive, r.Weight))],
            [.. state.Combinations.Select(c => new CombinationSurrogate(c.FirstRow, c.TooCheap, c.Cheap, c.Expensive, c.TooExpensive, c.PurchaseIntentCheap, c.PurchaseIntentExpensive, c.Weight, c.Residual))]);
    }
}
