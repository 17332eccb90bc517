using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/SolutionFit.Benchmarks -- --filter '*PsmBenchmarks*'
// dotnet run -c Release --project benchmarks/SolutionFit.Benchmarks -- --filter '*.RankingBenchmarks.*' --job dry
//
// The suites carry no job attribute: BenchmarkDotNet would run such a job beside one named by --job. The job below
// (1 launch, 3 warm-ups, 10 iterations) is added only when the command line names no job, so that --job dry, short, ...
// replaces it; options such as --iterationCount still adjust it.
var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
if (!NamesAJob(args))
{
    config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

// BenchmarkDotNet's option is --job or -j (either case), its value after '=', attached to -j, or the next argument.
static bool NamesAJob(string[] args) => args.Any(arg =>
    arg.Equals("--job", StringComparison.OrdinalIgnoreCase)
    || arg.StartsWith("--job=", StringComparison.OrdinalIgnoreCase)
    || arg.StartsWith("-j", StringComparison.OrdinalIgnoreCase));
