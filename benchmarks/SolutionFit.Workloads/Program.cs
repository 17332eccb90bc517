using System.Globalization;
using SolutionFit.Workloads;

// The workloads of benchmarks/compare.sh, which builds this program against two versions of the library and runs it
// in separate processes, round by round. Commands:
//   list [FILTER...]                  the workloads whose names match: name, then 1 if this build has its API, else 0
//   run NAME [WARMUP_MS MEASURE_MS]   times one workload: name, median wall-clock ns, median CPU ns, allocated bytes
//                                     (all per item), samples
//   report FILE cpu|wall              the comparison table, on that clock, of the result lines compare.sh collected
// A FILTER with * or ? is a glob over the whole name; otherwise a substring. Both ignore case.
Workload[] suite =
[
    .. PsmWorkloads.All(),
    .. McdaWorkloads.All(),
    .. ScoringWorkloads.All(),
    .. LearningWorkloads.All(),
    .. GaugeWorkloads.All(),
    .. SurveyWorkloads.All(),
    .. DemandWorkloads.All(),
];

switch (args)
{
    case ["list", .. var filters]:
        foreach (var workload in suite.Where(w => Filter.Matches(w.Name, filters)))
        {
            Console.WriteLine($"{workload.Name}\t{(workload.IsAvailable ? 1 : 0)}");
        }

        return 0;
    case ["run", var name, .. var times] when times.Length is 0 or 2:
        var selected = suite.SingleOrDefault(w => w.Name == name);
        if (selected is null)
        {
            Console.Error.WriteLine($"no workload named '{name}'");
            return 2;
        }

        var (warmup, measure) = times.Length == 2
            ? (TimeSpan.FromMilliseconds(int.Parse(times[0], CultureInfo.InvariantCulture)), TimeSpan.FromMilliseconds(int.Parse(times[1], CultureInfo.InvariantCulture)))
            : (TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500));
        Console.WriteLine(Measurement.Run(selected, warmup, measure).ToLine());
        return 0;
    case ["report", var file, var clock] when clock is "cpu" or "wall":
        Console.Write(Report.Format(File.ReadLines(file), cpu: clock == "cpu"));
        return 0;
    default:
        Console.Error.WriteLine("usage: SolutionFit.Workloads list [FILTER...] | run NAME [WARMUP_MS MEASURE_MS] | report FILE cpu|wall");
        return 2;
}
