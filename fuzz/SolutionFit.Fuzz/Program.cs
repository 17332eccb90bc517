using System.Text;
using SharpFuzz;

namespace SolutionFit.Fuzz;

/// <summary>
/// <c>SolutionFit.Fuzz TARGET</c>: reads inputs from afl-fuzz (SharpFuzz out-of-process) and throws when the command
/// line breaks its contract, which afl-fuzz records as a crash. <c>SolutionFit.Fuzz TARGET FILE...</c> replays files
/// and prints each verdict (exit 1 when one breaks the contract).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Target.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: SolutionFit.Fuzz {string.Join('|', Target.All.Keys)} [FILE...]");
            return 1;
        }

        var directory = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var path = Path.Combine(directory, $"solutionfit-fuzz-{Environment.ProcessId}{target.Extension}");
        try
        {
            if (args.Length > 1)
            {
                return Replay(target, path, args[1..]);
            }

            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                File.WriteAllBytes(path, bytes);
                if (target.Check(path, Text(bytes)) is { } broken)
                {
                    throw new ContractBrokenException(broken);
                }
            });
            return 0;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static int Replay(Target target, string path, string[] files)
    {
        var broken = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(path, bytes);
            var verdict = target.Check(path, Text(bytes));
            Console.WriteLine($"{file}: {verdict ?? "ok"}");
            broken += verdict is null ? 0 : 1;
        }

        return broken == 0 ? 0 : 1;
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}

/// <summary>The command line broke its contract on a fuzzer's input.</summary>
internal sealed class ContractBrokenException(string message) : Exception(message);
