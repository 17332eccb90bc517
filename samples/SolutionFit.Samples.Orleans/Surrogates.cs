using SolutionFit.PriceSensitivity;

namespace SolutionFit.Samples.Orleans;

// The library's types know nothing of Orleans: each travels as a plain surrogate the code generator serialises, and a
// converter rebuilds it through the library's validating constructors (a tally through PsmTally.FromBytes).

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

/// <summary>A shard's <see cref="PsmTally"/> on the wire: its bytes (<see cref="PsmTally.ToBytes"/>).</summary>
[GenerateSerializer]
internal readonly record struct PsmTallySurrogate([property: Id(0)] byte[] Bytes);

[RegisterConverter]
internal sealed class PsmTallyConverter : IConverter<PsmTally, PsmTallySurrogate>
{
    public PsmTally ConvertFromSurrogate(in PsmTallySurrogate surrogate) => PsmTally.FromBytes(surrogate.Bytes);

    public PsmTallySurrogate ConvertToSurrogate(in PsmTally value) => new(value.ToBytes());
}

/// <summary>A shard's <see cref="PsmBootstrapTally"/> on the wire: its bytes (<see cref="PsmBootstrapTally.ToBytes"/>).</summary>
[GenerateSerializer]
internal readonly record struct PsmBootstrapTallySurrogate([property: Id(0)] byte[] Bytes);

[RegisterConverter]
internal sealed class PsmBootstrapTallyConverter : IConverter<PsmBootstrapTally, PsmBootstrapTallySurrogate>
{
    public PsmBootstrapTally ConvertFromSurrogate(in PsmBootstrapTallySurrogate surrogate) => PsmBootstrapTally.FromBytes(surrogate.Bytes);

    public PsmBootstrapTallySurrogate ConvertToSurrogate(in PsmBootstrapTally value) => new(value.ToBytes());
}
