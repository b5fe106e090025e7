using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Spotnet.LoadGenerator;

/// <summary>A server started as a child process on a loopback port, killed (with its tree) on dispose.</summary>
internal sealed class ChildServer : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly List<string> _snapshotLines = [];
    private bool _disposed;

    private ChildServer(Process process, IPEndPoint endPoint)
    {
        _process = process;
        EndPoint = endPoint;
    }

    /// <summary>Where the child listens.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>CPU time the child has used so far (user + system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The base address, <c>http://127.0.0.1:PORT</c>.</summary>
    public Uri BaseAddress => new($"http://{EndPoint}");

    /// <summary>
    /// Starts <c>dotnet <paramref name="arguments"/></c> with <c>{url}</c> in the arguments replaced by the chosen
    /// loopback URL, then waits until <paramref name="readyPath"/> answers 200.
    /// </summary>
    public static async Task<ChildServer> StartAsync(
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string readyPath)
    {
        var endPoint = new IPEndPoint(IPAddress.Loopback, FreePort());
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument.Replace("{url}", $"http://{endPoint}", StringComparison.Ordinal));
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet.");
        var child = new ChildServer(process, endPoint);
        process.OutputDataReceived += (_, line) => child.Remember(line.Data);
        process.ErrorDataReceived += (_, line) => child.Remember(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await child.WaitReadyAsync(readyPath).ConfigureAwait(false);
            return child;
        }
        catch
        {
            child.Dispose();
            throw;
        }
    }

    /// <summary>Throws, with the child's exit code and last output lines, when it is no longer running.</summary>
    public void EnsureRunning()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The server exited with code {_process.ExitCode}:\n{Output()}");
        }
    }

    public void Dispose()
    {
        // Disposed early to read the data folder of a stopped server, then again by its using.
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private async Task WaitReadyAsync(string readyPath)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            EnsureRunning();
            try
            {
                using var response = await http.GetAsync(new Uri(readyPath, UriKind.Relative)).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        throw new TimeoutException($"The server did not answer {readyPath} in time:\n{Output()}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            if (line.Contains("encoded under the engine lock", StringComparison.Ordinal))
            {
                _snapshotLines.Add(line.Trim());
            }

            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    /// <summary>The server's log lines for snapshots encoded under its engine lock (each one a pause of all work).</summary>
    public IReadOnlyList<string> SnapshotLines()
    {
        lock (_lastLines)
        {
            return [.. _snapshotLines];
        }
    }

    private string Output()
    {
        lock (_lastLines)
        {
            return string.Join('\n', _lastLines);
        }
    }

    private static int FreePort()
    {
        // Kestrel would pick a port for 127.0.0.1:0 too, but then we would have to parse it from the child's output.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
