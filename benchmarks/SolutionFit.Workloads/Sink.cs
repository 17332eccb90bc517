using System.Runtime.CompilerServices;

namespace SolutionFit.Workloads;

/// <summary>Receives every result, so that the JIT cannot drop the work that computed it.</summary>
internal static class Sink
{
    /// <summary>Wraps a function as the operation to time; its result goes to <see cref="Keep{T}"/>.</summary>
    public static Action Of<T>(Func<T> operation) => () => Keep(operation());

    /// <summary>Takes a result and does nothing with it; not inlined, so the call and its argument stay.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Keep<T>(T value) => _ = value;
}
