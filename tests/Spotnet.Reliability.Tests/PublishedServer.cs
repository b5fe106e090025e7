using System.Diagnostics;
using System.Reflection;

namespace Spotnet.Reliability.Tests;

/// <summary>
/// The server published once per test run (<c>dotnet publish src/Spotnet.Server</c>), or the folder named by
/// <c>SPOTNET_SERVER_DIR</c> when a script has published it already.
/// </summary>
public sealed class PublishedServer : IDisposable
{
    /// <summary>Environment variable naming a folder that already holds a published <c>Spotnet.Server.dll</c>.</summary>
    public const string DirectoryVariable = "SPOTNET_SERVER_DIR";

    private readonly string? _temporaryDirectory;

    /// <summary>Publishes the server, reusing the build the test project's reference already made.</summary>
    public PublishedServer()
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } given)
        {
            ServerDll = Path.Combine(Path.GetFullPath(given), "Spotnet.Server.dll");
        }
        else
        {
            _temporaryDirectory = Path.Combine(Path.GetTempPath(), "spotnet-published-" + Guid.NewGuid().ToString("N"));
            Publish(_temporaryDirectory);
            ServerDll = Path.Combine(_temporaryDirectory, "Spotnet.Server.dll");
        }

        if (!File.Exists(ServerDll))
        {
            throw new InvalidOperationException($"No published server at {ServerDll}.");
        }
    }

    /// <summary>Path of the published <c>Spotnet.Server.dll</c>, run with <c>dotnet</c>.</summary>
    public string ServerDll { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_temporaryDirectory is not null && Directory.Exists(_temporaryDirectory))
        {
            Directory.Delete(_temporaryDirectory, recursive: true);
        }
    }

    private static void Publish(string output)
    {
        var project = Path.Combine(RepositoryRoot(), "src", "Spotnet.Server", "Spotnet.Server.csproj");
        // The project reference has built the server in this configuration, so publishing only copies files.
        var configuration = typeof(PublishedServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", project, "-c", configuration, "--no-build", "-o", output, "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("dotnet publish did not finish within 5 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Spotnet.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Spotnet.slnx not found above " + AppContext.BaseDirectory);
    }
}
