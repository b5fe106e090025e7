using System.Globalization;

namespace Spotnet.LoadGenerator;

/// <summary>Command-line options of the signed-order benchmark.</summary>
internal sealed record BenchmarkOptions(int Seconds, int WarmUpSeconds, int Connections, string ServerDll, bool Breakdown, int Rounds, bool Journal)
{
    /// <summary>How to call the program.</summary>
    public const string Usage =
        "usage: Spotnet.LoadGenerator [--seconds 8] [--warmup 10] [--connections 32] [--server-dll PATH] [--breakdown] [--rounds 1] [--journal on|off]";

    /// <summary>Reads the options; unknown or out-of-range values throw <see cref="ArgumentException"/>.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var seconds = 8;
        var warmUp = 10;
        var connections = 32;
        string? serverDll = null;
        var breakdown = false;
        var rounds = 1;
        var journal = true;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--breakdown")
            {
                breakdown = true;
                continue;
            }

            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--seconds":
                    seconds = ParseInt(value, 1, 120, args[i]);
                    break;
                case "--warmup":
                    warmUp = ParseInt(value, 0, 60, args[i]);
                    break;
                case "--connections":
                    connections = ParseInt(value, 1, 1024, args[i]);
                    break;
                case "--rounds":
                    rounds = ParseInt(value, 1, 10, args[i]);
                    break;
                case "--journal":
                    journal = value switch
                    {
                        "on" => true,
                        "off" => false,
                        _ => throw new ArgumentException("--journal must be on or off."),
                    };
                    break;
                case "--server-dll":
                    serverDll = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }

            i++;
        }

        serverDll ??= DefaultServerDll();
        if (!File.Exists(serverDll))
        {
            throw new ArgumentException(
                $"{serverDll} does not exist: build it with `dotnet build src/Spotnet.Server -c Release` or pass --server-dll.");
        }

        return new BenchmarkOptions(seconds, warmUp, connections, serverDll, breakdown, rounds, journal);
    }

    private static int ParseInt(string text, int min, int max, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{option} must be a whole number from {min} to {max}.");

    /// <summary>The Release server build of the repository this program was built from.</summary>
    private static string DefaultServerDll()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Spotnet.slnx")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new ArgumentException("Cannot find the repository root (Spotnet.slnx); pass --server-dll.");
        }

        return Path.Combine(directory.FullName, "src", "Spotnet.Server", "bin", "Release", "net10.0", "Spotnet.Server.dll");
    }
}
