using System.Diagnostics;

namespace SolutionFit.Samples.Web.BrowserTests;

/// <summary>
/// The built web sample on a real Kestrel: <c>dotnet SolutionFit.Samples.Web.dll --urls http://127.0.0.1:0</c>, so the
/// system picks a free loopback port, read back from the "Now listening on:" line. Shared by the tests of the collection.
/// </summary>
public sealed class WebApp : IDisposable
{
    private const string Listening = "Now listening on: ";

    private readonly Process _process;

    private readonly List<string> _log = [];

    public WebApp()
    {
        if (!File.Exists(TestPaths.WebDll))
        {
            throw new InvalidOperationException($"The web sample is not built: {TestPaths.WebDll} is missing.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { TestPaths.WebDll, "--urls", "http://127.0.0.1:0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information", ["DOTNET_NOLOGO"] = "1" },
        };
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Line(e.Data, address);
        _process.ErrorDataReceived += (_, e) => Line(e.Data, address);
        _process.Exited += (_, _) => address.TrySetException(new InvalidOperationException($"The web sample exited with code {_process.ExitCode}:\n{Log}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (!address.Task.Wait(TimeSpan.FromSeconds(60)))
        {
            Dispose();
            throw new TimeoutException($"The web sample did not say where it listens within 60 s:\n{Log}");
        }

        BaseAddress = address.Task.Result;
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Gets where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>Gets what the app has written so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    public void Dispose()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Line(string? line, TaskCompletionSource<Uri> address)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Add(line);
        }

        var at = line.IndexOf(Listening, StringComparison.Ordinal);
        if (at >= 0)
        {
            address.TrySetResult(new Uri(line[(at + Listening.Length)..].Trim() + "/"));
        }
    }
}

/// <summary>One web sample for all the tests that need it.</summary>
[CollectionDefinition(Name)]
public sealed class SharedWebApp : ICollectionFixture<WebApp>
{
    public const string Name = "web sample";
}
