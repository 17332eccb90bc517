using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace SolutionFit.Workloads;

/// <summary>
/// Times one workload in this process: builds its inputs, warms it up, then takes samples for the measuring time (at
/// least three). The warm-up lasts at least two calls and the warm-up time, and then until the JIT has compiled nothing
/// for a quiet period (its tiers promote hot methods to optimised code in the background a while after their first
/// calls; measuring before that measures unoptimised code), at most 20 warm-up times. A sample runs as many calls as
/// fit in about 10 ms and records the wall-clock time and the process's CPU time per call; the result is the median
/// sample of each and the bytes allocated per call over all samples, all three divided by the workload's items per call.
/// </summary>
internal sealed record Measurement(string Name, double? WallNanoseconds, double? CpuNanoseconds, double? AllocatedBytes, int Samples)
{
    private const int MinSamples = 3;
    private const int MaxSamples = 1_000;
    private const double SampleNanoseconds = 10e6;
    private static readonly TimeSpan JitQuiet = TimeSpan.FromMilliseconds(200);

    public static Measurement Run(Workload workload, TimeSpan warmup, TimeSpan measure)
    {
        if (workload.Setup is null)
        {
            return new Measurement(workload.Name, null, null, null, 0);
        }

        var operation = workload.Setup();
        var clock = Stopwatch.StartNew();
        var calls = 0;
        var (compiled, lastCompile) = (JitInfo.GetCompiledMethodCount(), TimeSpan.Zero);
        do
        {
            operation();
            calls++;
            if (JitInfo.GetCompiledMethodCount() != compiled)
            {
                (compiled, lastCompile) = (JitInfo.GetCompiledMethodCount(), clock.Elapsed);
            }
        }
        while (calls < 2 || ((clock.Elapsed < warmup || clock.Elapsed - lastCompile < JitQuiet) && clock.Elapsed < 20 * warmup));

        var batch = (int)Math.Clamp(SampleNanoseconds / (clock.Elapsed.TotalNanoseconds / calls), 1, 1_000_000);
        var (wall, cpu) = (new double[MaxSamples], new double[MaxSamples]);
        var count = 0;
        long total = 0;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        while (count < MinSamples || (count < MaxSamples && clock.Elapsed < measure))
        {
            var cpuStart = CpuClock.Nanoseconds();
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < batch; i++)
            {
                operation();
            }

            wall[count] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / batch;
            cpu[count++] = (CpuClock.Nanoseconds() - cpuStart) / (double)batch;
            total += batch;
        }

        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)total;
        var items = workload.ItemsPerCall;
        return new Measurement(
            workload.Name,
            Statistics.Median(wall.AsSpan(0, count)) / items,
            CpuClock.IsSupported ? Statistics.Median(cpu.AsSpan(0, count)) / items : null,
            allocated / items,
            count);
    }

    /// <summary>The result as one tab-separated line: name, wall-clock ns, CPU ns, bytes, samples (n/a where there is no number).</summary>
    public string ToLine() => string.Join('\t', Name, Format(WallNanoseconds), Format(CpuNanoseconds), Format(AllocatedBytes), Samples.ToString(CultureInfo.InvariantCulture));

    private static string Format(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "n/a";
}
