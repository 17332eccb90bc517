using BenchmarkDotNet.Attributes;

namespace SolutionFit.Benchmarks;

/// <summary>
/// What validation costs on the success path: building a goal, and a solution with 100 achievements, against copying the
/// achievements into a dictionary (the work the solution cannot avoid). The messages of the checks are built only when a
/// check fails, so the constructors allocate the object and its copy of the data, nothing more.
/// </summary>
public class ConstructionBenchmarks
{
    private KeyValuePair<string, double>[] _achievements = [];
    private string _id = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _id = "onboard-fast";
        _achievements = Enumerable.Range(0, 100).Select(i => KeyValuePair.Create($"goal-{i:D3}", (i % 10) / 10.0)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public Dictionary<string, double> CopyAchievements() => new(_achievements, StringComparer.Ordinal);

    [Benchmark]
    public ProposedSolution Solution() => new("starter", 49.0, _achievements, 0.2, 0.8);

    [Benchmark]
    public CustomerGoal Goal() => new(_id, 0.5, GoalKind.Performance, 0.25);
}
