using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Spotnet.Engine;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Exchange;
using Spotnet.Server.Market;

namespace Spotnet.Server.Tests.Durability;

/// <summary>One simulated server process: an exchange host with market data over a virtual disk.</summary>
internal sealed class Node : IAsyncDisposable
{
    private static readonly ServerSettings Settings = new ServerSettings().WithDefaults();
    private static readonly ExchangeCatalog Catalog = new(Settings);

    private Node(VirtualDisk disk, JournalSettings journal)
    {
        Store = new VirtualJournalStore(disk);
        MarketData = new MarketData(Settings.Symbols.Select(symbol => symbol.Symbol), Settings.MarketData);
        // The catalog carries the engine's history limit, which comes from the journal settings.
        var catalog = journal.HistoryInMemory == Settings.Journal.HistoryInMemory
            ? Catalog
            : new ExchangeCatalog(new ServerSettings { Journal = journal }.WithDefaults());
        Host = new ExchangeHost(
            catalog, new OrderCountLimiter(Settings.RateLimits, new LimiterClock(TimeProvider.System)), new SteppingTime(), NullLogger<ExchangeHost>.Instance,
            Store, journal, [new MarketDataFeed(catalog, MarketData)]);
    }

    public ExchangeHost Host { get; }

    public VirtualJournalStore Store { get; }

    public MarketData MarketData { get; }

    public static int Btc => Catalog.SymbolId("BTCUSDT");

    public static Node Start(VirtualDisk disk, JournalSettings? journal = null) => new(disk, journal ?? new JournalSettings());

    /// <summary>Places a limit order for a server account (its engine account is created on first use).</summary>
    public Task<EngineResult> LimitAsync(long serverAccount, OrderSide side, string price, string quantity, string clientOrderId) =>
        Host.RunAsync(session => Limit(session, serverAccount, side, price, quantity, clientOrderId));

    /// <summary>Places a limit order inside a work item.</summary>
    public static EngineResult Limit(ExchangeSession session, long serverAccount, OrderSide side, string price, string quantity, string clientOrderId) =>
        session.Execute(new PlaceOrder
        {
            Time = session.Now,
            AccountId = session.Account(serverAccount),
            SymbolId = Btc,
            Side = side,
            Type = OrderType.Limit,
            TimeInForce = TimeInForce.Gtc,
            Price = Price.Parse(price),
            Quantity = Quantity.Parse(quantity),
            ClientOrderId = clientOrderId,
        });

    /// <summary>Whether the account has an order with this client id, inside a work item.</summary>
    public static bool HasOrder(ExchangeSession session, long serverAccount, string clientOrderId) =>
        session.Accounts.EngineId(serverAccount) is var account and >= 0
            && session.Engine.GetAllOrders(account, Btc).Any(order => order.ClientOrderId == clientOrderId);

    /// <summary>Whether the account has an order with this client id (open or closed).</summary>
    public Task<bool> HasOrderAsync(long serverAccount, string clientOrderId) =>
        Host.RunAsync(session => HasOrder(session, serverAccount, clientOrderId));

    /// <summary>Every account's orders and trades as the history queries serve them, one line each.</summary>
    public async Task<List<string>> HistoryAsync()
    {
        var lines = new List<string>();
        for (var account = 1; account < 5; account++)
        {
            lines.AddRange((await Host.AllOrdersAsync(account, Btc)).Select(order => $"{account} order {order}"));
            lines.AddRange((await Host.AccountTradesAsync(account, Btc)).Select(trade => $"{account} trade {trade}"));
        }

        return lines;
    }

    /// <summary>SHA-256 of the engine state, the server ↔ engine account map and the market data projections.</summary>
    public async Task<string> StateHashAsync()
    {
        var engine = await Host.RunAsync(session => session.Engine.StateHash());
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(engine);
            for (var id = 0; id < await Host.RunAsync(session => session.Engine.AccountCount); id++)
            {
                writer.Write(Host.Accounts.ServerId(id));
            }

            MarketData.WriteSnapshot(writer);
        }

        return Convert.ToHexString(SHA256.HashData(stream.ToArray()));
    }

    /// <summary>A seeded mix of limit orders, crossing orders and cancels from a few accounts, several per batch.</summary>
    public async Task RunWorkloadAsync(int seed, int count)
    {
        var random = new Random(seed);
        var pending = new List<Task>();
        for (var i = 0; i < count; i++)
        {
            var account = random.Next(1, 5);
            var side = random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
            var price = (64_950 + random.Next(0, 100)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var quantity = "0.00" + random.Next(1, 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (random.Next(5) == 0)
            {
                var clientOrderId = $"w{seed}-{random.Next(0, i + 1)}";
                pending.Add(Host.RunAsync(session => session.Execute(new CancelOrder
                {
                    Time = session.Now,
                    AccountId = session.Account(account),
                    SymbolId = Btc,
                    OriginalClientOrderId = clientOrderId,
                    NewClientOrderId = $"c{seed}-{i}",
                })));
            }
            else
            {
                pending.Add(LimitAsync(account, side, price, quantity, $"w{seed}-{i}"));
            }

            if (random.Next(4) == 0)
            {
                await Task.WhenAll(pending);
                pending.Clear();
            }
        }

        await Task.WhenAll(pending);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    /// <summary>A clock that moves 1 ms on every reading, so trades spread over candles.</summary>
    private sealed class SteppingTime : TimeProvider
    {
        private long _ticks = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero).UtcTicks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref _ticks, TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
