using System.Globalization;
using Spotnet.Engine;
using Spotnet.Server.Configuration;
using Spotnet.Server.Exchange;

namespace Spotnet.Server.Market;

/// <summary>
/// The live simulated market. A liquidity provider (a system account with ample balances) keeps
/// <see cref="MarketSimulationSettings.LevelsPerSide"/> price levels on each side of every book around a reference
/// price that follows a seeded random walk, and a second system account takes liquidity with one small MARKET order
/// per symbol and step, so trades, klines and tickers are never empty. Every order goes through the engine host like a
/// user's. Deterministic for a given seed, clock and sequence of steps.
/// </summary>
public sealed class MarketSimulator : IAsyncDisposable
{
    // Enough of every asset that the provider never runs out (10^9 units, 10^17 in engine units).
    private const long AmpleUnits = 1_000_000_000L * 100_000_000L;
    private readonly ExchangeHost _host;
    private readonly MarketSimulationSettings _settings;
    private readonly TimeProvider _time;
    private readonly SymbolBook[] _books;
    private readonly Random _random;
    private ITimer? _timer;
    private int _makerAccount = -1;
    private int _takerAccount = -1;
    private long _nextClientOrderId;
    private int _stepping;
    private volatile bool _disposed;

    /// <summary>Creates the simulator and generates the kline history of every symbol into <paramref name="marketData"/>.</summary>
    public MarketSimulator(ExchangeHost host, ServerSettings settings, MarketData marketData, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(marketData);
        ArgumentNullException.ThrowIfNull(time);
        _host = host;
        _settings = settings.MarketSimulation;
        _time = time;
        _random = new Random(_settings.Seed);
        // The history is anchored at the exchange's genesis, not at this start: a restart regenerates the same walk,
        // and the candles themselves come back from the snapshot.
        var genesisMs = host.GenesisMilliseconds;
        _books = new SymbolBook[settings.Symbols.Count];
        for (var i = 0; i < _books.Length; i++)
        {
            var symbol = settings.Symbols[i];
            // One independent walk per symbol, seeded from the simulation seed and the symbol's position.
            var (history, walk) = KlineHistory.Generate(symbol, unchecked((_settings.Seed * 1_000_003) + i), _settings.HistoryDays, genesisMs);
            if (!host.Restored)
            {
                marketData[symbol.Symbol].AddHistory(history);
            }

            _books[i] = new SymbolBook(symbol, host.Catalog.SymbolId(symbol.Symbol), walk);
        }
    }

    /// <summary>Creates the system accounts, fills every book, and starts the timer.</summary>
    public async Task StartAsync()
    {
        await StepAsync().ConfigureAwait(false);
        var interval = TimeSpan.FromMilliseconds(Math.Max(1, _settings.IntervalMilliseconds));
        _timer = _time.CreateTimer(_ => _ = StepAsync(), null, interval, interval);
    }

    /// <summary>
    /// One step: every reference price moves, every book is rebuilt around it, and one background trade per symbol
    /// executes. Runs as one work item of the engine host. A step that is still running makes this one a no-op.
    /// </summary>
    public async Task StepAsync()
    {
        // A tick that fires while the server shuts down must not reach the stopped engine host.
        if (_disposed || Interlocked.Exchange(ref _stepping, 1) == 1)
        {
            return;
        }

        try
        {
            await _host.RunAsync(Step).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _stepping, 0);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        if (_timer is not null)
        {
            await _timer.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Re-seeds the market right after a reset, inside the reset's work item: the system accounts' balances are topped
    /// up again and every book is rebuilt, so no request after the reset meets empty books.
    /// </summary>
    public void ContinueAfterReset(ExchangeSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        Step(session);
    }

    // Runs under the engine host's lock, so it needs no lock of its own.
    private bool Step(ExchangeSession session)
    {
        if (_takerAccount < 0 || _takerAccount >= session.Engine.AccountCount)
        {
            FindOrCreateAccounts(session);
        }

        TopUp(session, _makerAccount);
        TopUp(session, _takerAccount);

        foreach (var book in _books)
        {
            if (book.SymbolId < 0 || book.Settings.Status != "TRADING")
            {
                continue;
            }

            book.Walk.Step();
            // The walk is the symbol's external reference price (referencePrice, PRICE_RANGE execution rules).
            session.Execute(new SetReferencePrice { Time = session.Now, SymbolId = book.SymbolId, ReferencePrice = Price.FromDecimal(book.Walk.Price) });
            Refresh(session, book);
            Trade(session, book);
        }

        return true;
    }

    // The simulator's accounts are the first two system accounts (engine accounts without a server account): after a
    // restart it carries on with the recovered ones, from the market's last prices.
    private void FindOrCreateAccounts(ExchangeSession session)
    {
        var system = Enumerable.Range(0, session.Engine.AccountCount).Where(id => session.Accounts.ServerId(id) < 0).Take(2).ToList();
        if (system.Count == 2)
        {
            foreach (var book in _books)
            {
                if (book.SymbolId >= 0 && session.Engine.GetLastPrice(book.SymbolId) is { } last)
                {
                    book.Walk.MoveTo(last.ToDecimal());
                }
            }
        }

        while (system.Count < 2)
        {
            system.Add(session.CreateSystemAccount([]));
        }

        (_makerAccount, _takerAccount) = (system[0], system[1]);
    }

    // Brings every asset back to the ample amount once it falls below half of it (first step, after a reset).
    private static void TopUp(ExchangeSession session, int account)
    {
        foreach (var balance in session.Engine.GetBalances(account))
        {
            if (balance.Free.Units < AmpleUnits / 2)
            {
                session.Execute(new AdjustBalance { Time = session.Now, AccountId = account, Asset = balance.Asset, Delta = AmpleUnits - balance.Free.Units });
            }
        }
    }

    private void Refresh(ExchangeSession session, SymbolBook book)
    {
        var now = session.Now;
        if (session.Engine.GetOpenOrders(_makerAccount, book.SymbolId).Count > 0)
        {
            session.Execute(new CancelAllOrders { Time = now, AccountId = _makerAccount, SymbolId = book.SymbolId, NewClientOrderId = NextClientOrderId() });
        }

        var center = book.Walk.Ticks;
        // Levels one basis point apart (at least one tick), so twenty levels span about 0.2 % on each side.
        var spacing = Math.Max(1, center / 10_000);
        for (var level = 1; level <= _settings.LevelsPerSide; level++)
        {
            Place(session, book, OrderSide.Buy, center - (level * spacing), now);
            Place(session, book, OrderSide.Sell, center + (level * spacing), now);
        }
    }

    private void Place(ExchangeSession session, SymbolBook book, OrderSide side, long ticks, long now)
    {
        var price = ticks * book.Walk.TickSize;
        var quantity = book.Lot(price) * _random.Next(100, 1001);
        session.Execute(new PlaceOrder
        {
            Time = now,
            AccountId = _makerAccount,
            SymbolId = book.SymbolId,
            Side = side,
            Type = OrderType.Limit,
            TimeInForce = TimeInForce.Gtc,
            Price = Price.FromDecimal(price),
            Quantity = Quantity.FromDecimal(quantity),
            ClientOrderId = NextClientOrderId(),
        });
    }

    private void Trade(ExchangeSession session, SymbolBook book)
    {
        var side = _random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
        var quantity = book.Lot(book.Walk.Price) * _random.Next(2, 20);
        session.Execute(new PlaceOrder
        {
            Time = session.Now,
            AccountId = _takerAccount,
            SymbolId = book.SymbolId,
            Side = side,
            Type = OrderType.Market,
            Quantity = Quantity.FromDecimal(quantity),
            ClientOrderId = NextClientOrderId(),
        });
    }

    private string NextClientOrderId() => "sim-" + (++_nextClientOrderId).ToString(CultureInfo.InvariantCulture);

    private sealed class SymbolBook(SymbolSettings settings, int symbolId, PriceWalk walk)
    {
        private readonly decimal _step = decimal.Parse(settings.StepSize, CultureInfo.InvariantCulture);
        private readonly decimal _minimumQuantity = decimal.Parse(settings.MinQuantity, CultureInfo.InvariantCulture);
        private readonly decimal _minimumNotional = decimal.Parse(settings.MinNotional, CultureInfo.InvariantCulture);

        public SymbolSettings Settings { get; } = settings;

        public int SymbolId { get; } = symbolId;

        public PriceWalk Walk { get; } = walk;

        // The smallest quantity on the step grid whose notional at this price reaches the minimum.
        public decimal Lot(decimal price) =>
            Math.Max(_minimumQuantity, decimal.Ceiling(_minimumNotional / price / _step) * _step);
    }
}
