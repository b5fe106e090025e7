using Microsoft.Extensions.Logging.Abstractions;
using Spotnet.Engine;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Exchange;

namespace Spotnet.Server.Tests.Exchange;

public sealed class ExchangeHostTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly ServerSettings _settings = new ServerSettings().WithDefaults();
    private readonly OrderCountLimiter _orders;
    private readonly ExchangeHost _host;

    public ExchangeHostTests()
    {
        _orders = new OrderCountLimiter(_settings.RateLimits, new LimiterClock(new FixedTime()));
        _host = new ExchangeHost(new ExchangeCatalog(_settings), _orders, new FixedTime(), NullLogger<ExchangeHost>.Instance);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Work_runs_one_item_at_a_time_in_submission_order()
    {
        var seen = new List<int>();
        var running = 0;
        var overlaps = 0;
        var tasks = Enumerable.Range(0, 1000).Select(i => _host.RunAsync(_ =>
        {
            if (Interlocked.Increment(ref running) != 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            seen.Add(i);
            Interlocked.Decrement(ref running);
            return i;
        })).ToList();

        Assert.Equal(Enumerable.Range(0, 1000), await Task.WhenAll(tasks));
        Assert.Equal(Enumerable.Range(0, 1000), seen);
        Assert.Equal(0, overlaps);
    }

    [Fact]
    public async Task Work_from_many_threads_never_overlaps_and_each_items_events_are_published_once()
    {
        var listener = new RecordingListener();
        _host.AddListener(listener);
        var running = 0;
        var overlaps = 0;
        var grants = new[] { new AssetAmount(0, 100) };
        var tasks = Enumerable.Range(0, 600).Select(_ => Task.Run(() => _host.RunAsync(session =>
        {
            if (Interlocked.Increment(ref running) != 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            var account = session.CreateSystemAccount(grants);
            Interlocked.Decrement(ref running);
            return account;
        }))).ToList();
        var accounts = await Task.WhenAll(tasks);

        Assert.Equal(0, overlaps);
        Assert.Equal(Enumerable.Range(0, 600), accounts.Order());
        // Without a journal each item is its own batch, published before its caller gets the result.
        Assert.Equal(600, listener.Batches.Count);
        Assert.All(listener.Batches, batch => Assert.Single(batch.BalanceUpdates));
    }

    [Fact]
    public async Task Without_a_journal_the_result_is_ready_when_RunAsync_returns_and_the_listeners_have_the_events()
    {
        var listener = new RecordingListener();
        _host.AddListener(listener);
        var created = _host.RunAsync(session => session.CreateSystemAccount([new AssetAmount(0, 100)]));

        Assert.True(created.IsCompletedSuccessfully);
        Assert.Single(listener.Batches);
        Assert.Equal(await created, listener.Batches[0].BalanceUpdates[0].AccountId);
    }

    [Fact]
    public async Task Queries_see_every_earlier_command()
    {
        var symbol = _host.Catalog.SymbolId("BTCUSDT");
        var placed = _host.RunAsync(session =>
        {
            var account = session.Account(7);
            return session.Execute(Limit(session, account, symbol, OrderSide.Buy, "a")).IsSuccess;
        });
        var open = _host.RunAsync(session => session.Engine.GetOpenOrders(session.Account(7), symbol).Count);
        var usdt = _host.Catalog.AssetId("USDT");
        var locked = _host.RunAsync(session => session.Engine.GetBalances(session.Account(7))[usdt].Locked);

        Assert.True(await placed);
        Assert.Equal(1, await open);
        Assert.Equal(Quantity.Parse("65"), await locked);
    }

    [Fact]
    public async Task A_server_account_gets_one_engine_account_holding_the_allowance()
    {
        var (first, second, other) = await _host.RunAsync(session => (session.Account(42), session.Account(42), session.Account(43)));
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.Equal(42, _host.Accounts.ServerId(first));
        var btc = await _host.RunAsync(session => session.Engine.GetBalances(first)[session.Catalog.AssetId("BTC")].Free);
        Assert.Equal(Quantity.Parse(_settings.Allowance.Single(grant => grant.Asset == "BTC").Amount), btc);
    }

    [Fact]
    public async Task A_failing_work_item_fails_only_its_caller()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _host.RunAsync<int>(_ => throw new InvalidOperationException("bug")));
        Assert.Equal(5, await _host.RunAsync(_ => 5));
    }

    [Fact]
    public async Task A_resting_orders_first_fill_takes_it_off_its_owners_unfilled_order_count()
    {
        var nowMilliseconds = Now.ToUnixTimeMilliseconds();
        _orders.Add(1, 1, nowMilliseconds);
        var symbol = _host.Catalog.SymbolId("BTCUSDT");
        var filled = await _host.RunAsync(session =>
        {
            var seller = session.Account(1);
            var buyer = session.Account(2);
            session.Execute(Limit(session, seller, symbol, OrderSide.Sell, "s"));
            return session.Execute(Limit(session, buyer, symbol, OrderSide.Buy, "b")).IsSuccess;
        });

        Assert.True(filled);
        Assert.Equal((0, 0), _orders.Current(1, nowMilliseconds));
    }

    private static PlaceOrder Limit(ExchangeSession session, int account, int symbol, OrderSide side, string clientOrderId) => new()
    {
        Time = session.Now,
        AccountId = account,
        SymbolId = symbol,
        Side = side,
        Type = OrderType.Limit,
        TimeInForce = TimeInForce.Gtc,
        Quantity = Quantity.Parse("0.001"),
        Price = Price.Parse("65000"),
        ClientOrderId = clientOrderId,
    };

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class RecordingListener : IExchangeListener
    {
        public List<ExchangeEvents> Batches { get; } = [];

        public void OnBatch(ExchangeEvents events, ExchangeAccounts accounts)
        {
            Batches.Add(events);
        }
    }
}
