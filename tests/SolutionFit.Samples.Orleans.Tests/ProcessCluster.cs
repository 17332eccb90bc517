using System.Diagnostics;
using System.Text;

namespace SolutionFit.Samples.Orleans.Tests;

/// <summary>
/// A cluster of silo processes with Redis membership, started by the sample's <c>cluster.sh</c> (in a directory of its
/// own), plus the silo and client processes a test starts. Disposing it ends every one of them, whatever happened.
/// </summary>
public sealed class ProcessCluster : IAsyncDisposable
{
    /// <summary>The longest any one process of a test may run.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    private readonly string _directory;
    private readonly List<(Process Process, int Pid)> _started = [];

    private ProcessCluster(string directory, string redis)
    {
        _directory = directory;
        Redis = redis;
    }

    /// <summary>Gets the Redis address the silos registered in, HOST:PORT.</summary>
    public string Redis { get; }

    /// <summary>The sample's assembly, beside the tests'.</summary>
    public static string Sample => Path.Combine(AppContext.BaseDirectory, "SolutionFit.Samples.Orleans.dll");

    /// <summary>Runs <c>cluster.sh start <paramref name="silos"/> -- <paramref name="siloArgs"/></c> and waits until every silo has joined.</summary>
    public static async Task<ProcessCluster> StartAsync(int silos, params string[] siloArgs)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"solutionfit-cluster-{Guid.NewGuid():N}");
        var result = await RunAsync("bash", [Script, "start", silos.ToString(System.Globalization.CultureInfo.InvariantCulture), "--", .. siloArgs], directory);
        var cluster = new ProcessCluster(directory, result.Output.Trim());
        if (result.Code != 0)
        {
            await cluster.DisposeAsync();
            throw new InvalidOperationException($"cluster.sh start {silos} failed ({result.Code}): {result.Error}");
        }

        return cluster;
    }

    /// <summary>The process id of silo <paramref name="silo"/> (1-based) of the ones cluster.sh started.</summary>
    public int Pid(int silo) => int.Parse(File.ReadAllText(Path.Combine(_directory, $"silo-{silo}.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What silo <paramref name="silo"/> of the ones cluster.sh started has written so far.</summary>
    public string Log(int silo) => ReadShared(Path.Combine(_directory, $"silo-{silo}.log"));

    /// <summary>Ends silo <paramref name="silo"/> with SIGKILL: no goodbye to the cluster, its calls in flight lost.</summary>
    public void Kill(int silo)
    {
        using var process = Process.GetProcessById(Pid(silo));
        process.Kill();
        process.WaitForExit(Bound);
    }

    /// <summary>Ends silo <paramref name="silo"/> with SIGTERM (a graceful leave) and waits for it to exit.</summary>
    public async Task TerminateAsync(int silo)
    {
        var pid = Pid(silo);
        var kill = await RunAsync("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], _directory);
        Assert.Equal(0, kill.Code);
        using var process = Process.GetProcessById(pid);
        await process.WaitForExitAsync().WaitAsync(Bound);
    }

    /// <summary>
    /// Starts one more silo process in the cluster (on free ports); its output is captured into <paramref name="log"/>.
    /// The cluster ends it when disposed.
    /// </summary>
    public Process StartSilo(StringBuilder log, params string[] siloArgs)
    {
        var process = Start("dotnet", [Sample, "silo", "--redis", Redis, "--silo-port", "0", "--gateway-port", "0", .. siloArgs]);
        process.OutputDataReceived += (_, e) =>
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Starts a client command of the sample against this cluster (<c>--redis</c> added).</summary>
    public Task<(int Code, string Output, string Error)> ClientAsync(params string[] args) =>
        RunAsync("dotnet", [Sample, .. args, "--redis", Redis], _directory, _started);

    public async ValueTask DisposeAsync()
    {
        List<(Process Process, int Pid)> started;
        lock (_started)
        {
            started = [.. _started];
            _started.Clear();
        }

        foreach (var (process, pid) in started)
        {
            try
            {
                using var running = Process.GetProcessById(pid);
                if (!running.HasExited && running.StartTime == process.StartTime)
                {
                    running.Kill(entireProcessTree: true);
                    await running.WaitForExitAsync().WaitAsync(Bound);
                }
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                // It has exited.
            }

            process.Dispose();
        }

        await RunAsync("bash", [Script, "stop"], _directory);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A log still open by a process that is ending: the temporary directory stays.
        }
    }

    private static string Script => Path.Combine(AppContext.BaseDirectory, "cluster.sh");

    private Process Start(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info };
        lock (_started)
        {
            process.Start();
            _started.Add((process, process.Id));
        }

        return process;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string file, string[] args, string clusterDirectory, List<(Process Process, int Pid)>? started = null)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["SOLUTIONFIT_CLUSTER_DIR"] = clusterDirectory;
        info.Environment["SOLUTIONFIT_SILO_DLL"] = Sample;
        using var process = new Process { StartInfo = info };
        if (started is not null)
        {
            lock (started)
            {
                process.Start();
                started.Add((process, process.Id));
            }
        }
        else
        {
            process.Start();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Bound);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            if (started is not null)
            {
                lock (started)
                {
                    started.RemoveAll(p => p.Process == process);
                }
            }
        }

        return (process.ExitCode, await output, await error);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
