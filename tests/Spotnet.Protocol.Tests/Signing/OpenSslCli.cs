using System.Diagnostics;

namespace Spotnet.Protocol.Tests.Signing;

/// <summary>Runs the <c>openssl</c> command line in a private temporary folder.</summary>
public sealed class OpenSslCli : IDisposable
{
    private static readonly Lazy<bool> Available = new(() =>
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("openssl", "version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public OpenSslCli()
    {
        Folder = Directory.CreateTempSubdirectory("spotnet-signing-").FullName;
    }

    public static bool IsAvailable => Available.Value;

    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Runs openssl with <paramref name="arguments"/> in <see cref="Folder"/>; returns stdout, fails the test on a non-zero exit.</summary>
    public string Run(params string[] arguments)
    {
        var (exitCode, output, error) = TryRun(arguments);
        Assert.True(exitCode == 0, $"openssl {string.Join(' ', arguments)} failed: {error}");
        return output;
    }

    public (int ExitCode, string Output, string Error) TryRun(params string[] arguments)
    {
        var start = new ProcessStartInfo("openssl")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    public string ReadText(string name) => File.ReadAllText(PathOf(name));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>A fact that is skipped, with the reason, when the <c>openssl</c> command line is not installed.</summary>
public sealed class OpenSslFactAttribute : FactAttribute
{
    public OpenSslFactAttribute()
    {
        if (!OpenSslCli.IsAvailable)
        {
            Skip = "The openssl command line is not installed; the cross-check against it cannot run.";
        }
    }
}

/// <summary>A theory that is skipped, with the reason, when the <c>openssl</c> command line is not installed.</summary>
public sealed class OpenSslTheoryAttribute : TheoryAttribute
{
    public OpenSslTheoryAttribute()
    {
        if (!OpenSslCli.IsAvailable)
        {
            Skip = "The openssl command line is not installed; the cross-check against it cannot run.";
        }
    }
}

/// <summary>Keys generated once per test class with openssl (RSA generation is slow on shared cores).</summary>
public sealed class OpenSslKeys : IDisposable
{
    public OpenSslKeys()
    {
        if (!OpenSslCli.IsAvailable)
        {
            return;
        }

        Cli = new OpenSslCli();
        foreach (var bits in new[] { 1024, 2048, 3072, 4096, 4160 })
        {
            Cli.Run("genpkey", "-algorithm", "RSA", "-pkeyopt", $"rsa_keygen_bits:{bits}", "-out", $"rsa{bits}.pem");
            Cli.Run("pkey", "-in", $"rsa{bits}.pem", "-pubout", "-out", $"rsa{bits}.pub.pem");
        }

        Cli.Run("genpkey", "-algorithm", "ED25519", "-out", "ed25519.pem");
        Cli.Run("pkey", "-in", "ed25519.pem", "-pubout", "-out", "ed25519.pub.pem");
    }

    public OpenSslCli? Cli { get; }

    public void Dispose() => Cli?.Dispose();
}
