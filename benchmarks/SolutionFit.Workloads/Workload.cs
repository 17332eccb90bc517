namespace SolutionFit.Workloads;

/// <summary>
/// A named operation to time. <see cref="Setup"/> builds the inputs (from a fixed seed) and returns the operation; it is
/// null where the library this program was built against lacks the API. Per-item workloads divide the time and the
/// allocations of one call by <see cref="ItemsPerCall"/> (a walk over 1,000 pairs reports the time per pair).
/// </summary>
internal sealed class Workload(string name, Func<Action>? setup, int itemsPerCall = 1)
{
    public string Name { get; } = name;

    public Func<Action>? Setup { get; } = setup;

    public int ItemsPerCall { get; } = itemsPerCall;

    public bool IsAvailable => Setup is not null;
}
