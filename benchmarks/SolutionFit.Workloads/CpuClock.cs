using System.Runtime.InteropServices;

namespace SolutionFit.Workloads;

/// <summary>
/// The CPU time this process has used, from <c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c> (Linux): every thread's
/// time on a core, the collector's included, and none of the time spent waiting for one. On a loaded machine it moves
/// far less than the wall clock.
/// </summary>
internal static class CpuClock
{
    private const int ProcessCpuTime = 2;

    public static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>The process's CPU time in nanoseconds; 0 where <see cref="IsSupported"/> is false.</summary>
    public static long Nanoseconds()
    {
        if (!IsSupported)
        {
            return 0;
        }

        if (ClockGetTime(ProcessCpuTime, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed");
        }

        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
