using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Spotnet.Reliability.Tests;

/// <summary>
/// The published server running as a child process on a loopback port and a given data folder. Dispose kills it,
/// so a failing test never leaves one behind.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The server's address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client for the server (its connections die with the process).</summary>
    public HttpClient Http { get; }

    /// <summary>Process id of the server.</summary>
    public int Id => _process.Id;

    /// <summary>Exit code, once the process has exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The last console output of the server, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the server on a free loopback port and waits until it answers <c>/api/v3/ping</c>.</summary>
    public static async Task<ServerProcess> StartAsync(PublishedServer published, string dataDirectory, IEnumerable<string> extraArgs)
    {
        ArgumentNullException.ThrowIfNull(published);
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { published.ServerDll, "--urls", baseAddress.ToString().TrimEnd('/'), "--data-dir", dataDirectory }.Concat(extraArgs))
        {
            start.ArgumentList.Add(argument);
        }

        var server = new ServerProcess(Process.Start(start)!, baseAddress);
        server._process.OutputDataReceived += (_, line) => server.Append(line.Data);
        server._process.ErrorDataReceived += (_, line) => server.Append(line.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>
    /// How the server recovered at start, from its log line "Recovered from snapshot S and N journal records": the
    /// snapshot's record number and how many journal records it replayed; null if it logged no such line within 5 s.
    /// </summary>
    public async Task<(long Snapshot, int Replayed)?> RecoveryAsync()
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var match = Regex.Match(Output, @"Recovered from snapshot (\d+) and (\d+) journal records");
            if (match.Success)
            {
                return (long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(5))
            {
                return null;
            }

            // The console logger writes from its own queue, possibly just after the server answers its first ping.
            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL: the process and its children die at once, with no chance to flush anything.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Sends SIGTERM, the signal <c>docker stop</c> and systemd send, asking for a graceful shutdown.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM {_process.Id} failed with {kill.ExitCode}.");
        }
    }

    /// <summary>Waits for the process to exit; false if it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // Keep the tail only: a long run must not grow the buffer without bound.
            if (_output.Length > 64 * 1024)
            {
                _output.Remove(0, _output.Length - 32 * 1024);
            }

            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode} before it was ready:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri("/api/v3/ping", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"The server did not answer /api/v3/ping within {StartTimeout.TotalSeconds} s:\n{Output}");
            }

            await Task.Delay(50);
        }
    }
}
