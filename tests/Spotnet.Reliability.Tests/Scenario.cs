using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Spotnet.Reliability.Tests;

/// <summary>
/// One run of the reliability scenario: a published server on a temporary data folder, accounts created through the
/// operator API, seeded load, an interruption (SIGKILL or SIGTERM), a restart on the same folder and the RT-1 checks.
/// Dispose kills the server and deletes the folder.
/// </summary>
public sealed class Scenario : IDisposable
{
    /// <summary>Accounts trading at once.</summary>
    public const int AccountCount = 12;

    private const int AnswersBeforeInterrupt = 100;

    private readonly PublishedServer _published;
    private readonly ITestOutputHelper _output;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "spotnet-crash-" + Guid.NewGuid().ToString("N"));
    private readonly List<TradingAccount> _accounts = [];
    private IReadOnlyList<MarketSymbol> _symbols = MarketSymbol.Defaults;
    private string _adminToken = "";

    /// <summary>Creates the scenario; nothing runs until <see cref="StartAsync"/>.</summary>
    public Scenario(PublishedServer published, ITestOutputHelper output, int seed, bool simulator)
    {
        _published = published;
        _output = output;
        Seed = seed;
        Simulator = simulator;
    }

    /// <summary>The seed of the order streams and of the interruption time.</summary>
    public int Seed { get; }

    /// <summary>True when the market simulator trades too (its system accounts are then outside the conservation check).</summary>
    public bool Simulator { get; }

    /// <summary>What the clients were told.</summary>
    public Ledger Ledger { get; } = new();

    /// <summary>The running server, if any.</summary>
    public ServerProcess? Server { get; private set; }

    private string[] Arguments =>
    [
        $"--MarketSimulation:Enabled={(Simulator ? "true" : "false")}",
        "--MarketSimulation:HistoryDays=0",
        // The load is far above the testnet's limits on purpose; the limiters are not what is tested here.
        "--RateLimits:Enabled=false",
        "--Admin:CreateDemoAccount=false",
        // Snapshots every 5 to 50 batches instead of 10,000, so that recovery runs from a snapshot plus
        // the journal after it, and a kill can land while a snapshot is written.
        string.Create(CultureInfo.InvariantCulture, $"--Journal:SnapshotEveryRecords={SnapshotEveryRecords}"),
        // Every other seed keeps only a few hundred history items in memory, so the checks after the kill read
        // history that was spilled to journal-history.db (or was still on its way there).
        string.Create(CultureInfo.InvariantCulture, $"--Journal:HistoryInMemory={HistoryInMemory}"),
    ];

    private int SnapshotEveryRecords => 5 + new Random(~Seed).Next(45);

    private int HistoryInMemory => Seed % 2 == 0 ? 50 + new Random(Seed).Next(400) : 100_000;

    /// <summary>Starts the server and creates the accounts; with the simulator, centres the prices on its market.</summary>
    public async Task StartAsync()
    {
        Server = await ServerProcess.StartAsync(_published, _dataDirectory, Arguments);
        _adminToken = (await File.ReadAllTextAsync(Path.Combine(_dataDirectory, "admin-token"))).Trim();
        for (var index = 0; index < AccountCount; index++)
        {
            _accounts.Add(await TradingAccount.CreateAsync(Server.Http, _adminToken, index));
        }

        if (Simulator)
        {
            var centred = new List<MarketSymbol>();
            foreach (var symbol in MarketSymbol.Defaults)
            {
                using var ticker = JsonDocument.Parse(await Server.Http.GetStringAsync(new Uri($"/api/v3/ticker/bookTicker?symbol={symbol.Name}", UriKind.Relative)));
                centred.Add(symbol.CentredOn((Amount.Parse(ticker.RootElement, "bidPrice") + Amount.Parse(ticker.RootElement, "askPrice")) / 2));
            }

            _symbols = centred;
        }
    }

    /// <summary>
    /// Runs the load, and once it is well under way and a seeded random delay has passed, calls
    /// <paramref name="interrupt"/> while the workers are still sending; then stops the workers.
    /// </summary>
    public async Task RunLoadAndInterruptAsync(Func<ServerProcess, Task> interrupt)
    {
        ArgumentNullException.ThrowIfNull(interrupt);
        var server = Server ?? throw new InvalidOperationException("Start the scenario first.");
        var delay = TimeSpan.FromMilliseconds(new Random(Seed).Next(1500));
        using var stop = new CancellationTokenSource();
        var load = new LoadDriver(server.Http, _accounts, _symbols, Ledger, Seed).RunAsync(stop.Token);
        var warmUp = Stopwatch.StartNew();
        while (Ledger.Answered < AnswersBeforeInterrupt && warmUp.Elapsed < TimeSpan.FromSeconds(60) && !load.IsCompleted)
        {
            await Task.Delay(10);
        }

        await Task.Delay(delay);
        var answeredBefore = Ledger.Answered;
        try
        {
            await interrupt(server);
        }
        finally
        {
            await stop.CancelAsync();
            await load;
        }

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seed {Seed} (simulator {(Simulator ? "on" : "off")}, snapshot every {SnapshotEveryRecords} batches, {HistoryInMemory} history items in memory): interrupted {delay.TotalMilliseconds} ms after the warm-up, at about {answeredBefore} answers; "
            + $"{Ledger.Answered} answered, {Ledger.Unanswered} without answer; {Ledger.Orders.Count} order and {Ledger.Trades.Count} trade acknowledgements, "
            + $"{Ledger.Rejected.Count} placements refused ({Refusals()}), {Ledger.Unknown.Count} unknown"));
    }

    /// <summary>Stops the load without interrupting the server (every request answered).</summary>
    public Task RunLoadAsync(TimeSpan duration) => RunLoadAndInterruptAsync(_ => Task.Delay(duration));

    /// <summary>Starts the server again on the same data folder; returns how it recovered, if it said.</summary>
    public async Task<(long Snapshot, int Replayed)?> RestartAsync()
    {
        Server?.Dispose();
        Server = await ServerProcess.StartAsync(_published, _dataDirectory, Arguments);
        var recovery = await Server.RecoveryAsync();
        _output.WriteLine($"seed {Seed}: restarted; " + (recovery is var (snapshot, replayed)
            ? string.Create(CultureInfo.InvariantCulture, $"recovered from snapshot {snapshot} and {replayed} journal records")
            : "the server logged no recovery line"));
        return recovery;
    }

    /// <summary>Runs the RT-1 checks against the running server and fails the test on any violation.</summary>
    public async Task CheckAsync()
    {
        var server = Server ?? throw new InvalidOperationException("Start the scenario first.");
        var check = await RecoveryCheck.RunAsync(server.Http, _adminToken, _accounts, _symbols, Ledger, closedMarket: !Simulator);
        _output.WriteLine($"seed {Seed}: unknown placements resolved to {check.UnknownResolution.Found} order(s), {check.UnknownResolution.Absent} absent; {check.Violations.Count} violation(s)");
        Assert.True(check.Violations.Count == 0, $"seed {Seed} (reproduce with SPOTNET_CRASH_SEED={Seed} SPOTNET_CRASH_ITERATIONS=1): {check.Describe()}");
    }

    private string Refusals()
    {
        return string.Join(", ", Ledger.Rejected
            .GroupBy(sent => Code(sent.Detail))
            .OrderByDescending(group => group.Count())
            .Select(group => string.Create(CultureInfo.InvariantCulture, $"{group.Key}: {group.Count()}")));

        static int Code(string body)
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("code", out var code) ? code.GetInt32() : 0;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Server?.Dispose();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
