using Spotnet.Engine;

namespace Spotnet.Benchmarks.Engine;

/// <summary>
/// A seeded command mix in the style of exchange-core's benchmark: a book of ~1,000 resting orders per symbol over
/// ~750 price levels, mostly moves (cancel-replace) and reductions (amend), some GTC and IOC orders and cancels.
/// </summary>
public sealed class EngineScenario
{
    private const long Tick = 1_000_000; // 0.01
    private const long Mid = 10_000 * Fixed.Scale;
    private readonly int _symbols;
    private readonly int _accounts;
    private readonly double _stpShare;
    private readonly double _icebergShare;
    private readonly double _stopShare;

    public EngineScenario(int symbols, int accounts, double stpShare, double icebergShare, double stopShare)
    {
        _symbols = symbols;
        _accounts = accounts;
        _stpShare = stpShare;
        _icebergShare = icebergShare;
        _stopShare = stopShare;
    }

    public MatchingEngine CreateEngine()
    {
        var assets = new List<AssetConfig> { new("USDT") };
        var symbols = new List<SymbolConfig>();
        for (var s = 0; s < _symbols; s++)
        {
            assets.Add(new AssetConfig("COIN" + s));
            symbols.Add(new SymbolConfig
            {
                Name = "COIN" + s + "USDT",
                BaseAsset = s + 1,
                QuoteAsset = 0,
                Filters = new SymbolFilters
                {
                    Price = new PriceFilter(new Price(Tick), new Price(1_000_000 * Fixed.Scale), new Price(Tick)),
                    LotSize = new LotSizeFilter(new Quantity(100_000), new Quantity(9_000 * Fixed.Scale), new Quantity(100_000)),
                    IcebergParts = 100,
                    MaxNumOrders = 1_000,
                    MaxNumAlgoOrders = 200,
                    MaxNumIcebergOrders = 200,
                    MaxNumOrderAmends = 1_000_000,
                },
            });
        }

        // SPOTNET_BENCH_FAST_PATHS=0 turns the engine's shortcuts off (same results and events, the usual steps), so one
        // build can be compared with and without them in alternated runs. SPOTNET_BENCH_HISTORY_IN_MEMORY=N bounds the
        // closed history kept in memory (ExchangeConfig.HistoryInMemory), to measure what spilling costs.
        var history = int.TryParse(Environment.GetEnvironmentVariable("SPOTNET_BENCH_HISTORY_IN_MEMORY"), out var limit) ? limit : int.MaxValue;
        return new MatchingEngine(new ExchangeConfig { Assets = assets, Symbols = symbols, HistoryInMemory = history })
        {
            FastPathsEnabled = Environment.GetEnvironmentVariable("SPOTNET_BENCH_FAST_PATHS") != "0",
        };
    }

    private IEnumerable<EngineCommand> Setup()
    {
        var grants = new List<AssetAmount> { new(0, 10_000_000L * Fixed.Scale) };
        for (var s = 0; s < _symbols; s++)
        {
            grants.Add(new AssetAmount(s + 1, 100_000L * Fixed.Scale));
        }

        // SPOTNET_BENCH_RETAINED=1 makes them ordinary accounts, which keep their history (with
        // SPOTNET_BENCH_HISTORY_IN_MEMORY, what spilling it costs).
        var system = Environment.GetEnvironmentVariable("SPOTNET_BENCH_RETAINED") != "1";
        for (var a = 0; a < _accounts; a++)
        {
            // System accounts: closed orders are recycled, as for a market simulator (no per-account history growth).
            yield return new CreateAccount { Time = 0, Grants = grants, IsSystem = system, TradeGroupId = a % 10 == 0 ? 1 : -1 };
        }
    }

    /// <summary>Runs the mix once on a scratch engine to record a state-consistent command sequence.</summary>
    public (EngineCommand[] Setup, EngineCommand[] Commands) Record(int count)
    {
        var random = new Random(12345);
        var engine = CreateEngine();
        var setup = Setup().ToArray();
        foreach (var command in setup)
        {
            engine.Execute(command);
        }

        var live = new List<(int Symbol, int Account, long OrderId, long Price, long Quantity, OrderSide Side)>[_symbols];
        for (var s = 0; s < _symbols; s++)
        {
            live[s] = [];
        }

        var positions = new Dictionary<(int, long), int>();
        var commands = new EngineCommand[count];
        long time = 1_700_000_000_000_000;
        var clientId = 0;
        string NextId() => "b" + (++clientId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            time += 10;
            var symbol = random.Next(_symbols);
            var account = random.Next(_accounts);
            var book = live[symbol];
            var roll = random.NextDouble();
            var side = random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
            var stp = random.NextDouble() < _stpShare
                ? (SelfTradePreventionMode)random.Next(1, 6)
                : SelfTradePreventionMode.None;

            // Resting prices spread over ~750 ticks on each side of the mid; takers cross by a few ticks.
            long RestingPrice(OrderSide s) => s == OrderSide.Buy ? Mid - (1 + random.Next(750)) * Tick : Mid + (1 + random.Next(750)) * Tick;
            long Quantity() => (1 + random.Next(100)) * 100_000;

            EngineCommand command;
            var canMove = book.Count >= 1_000 || (book.Count > 0 && roll < 0.3);
            if (canMove && roll < 0.45)
            {
                var index = random.Next(book.Count);
                var target = book[index];
                var price = RestingPrice(target.Side);
                command = new CancelReplace
                {
                    Time = time,
                    Cancel = new CancelOrder { Time = time, AccountId = target.Account, SymbolId = symbol, OrderId = target.OrderId, NewClientOrderId = NextId() },
                    NewOrder = new PlaceOrder
                    {
                        Time = time, AccountId = target.Account, SymbolId = symbol, Side = target.Side, Type = OrderType.Limit,
                        TimeInForce = TimeInForce.Gtc, Price = new Price(price), Quantity = new Quantity(target.Quantity),
                        SelfTradePreventionMode = SelfTradePreventionMode.None, ClientOrderId = NextId(),
                    },
                };
            }
            else if (canMove && roll < 0.75)
            {
                var target = book[random.Next(book.Count)];
                command = new AmendOrder
                {
                    Time = time, AccountId = target.Account, SymbolId = symbol, OrderId = target.OrderId, NewClientOrderId = NextId(),
                    NewQuantity = new Quantity(Math.Max(100_000, target.Quantity / 2 / 100_000 * 100_000)),
                };
            }
            else if (canMove && roll < 0.83)
            {
                var target = book[random.Next(book.Count)];
                command = new CancelOrder { Time = time, AccountId = target.Account, SymbolId = symbol, OrderId = target.OrderId, NewClientOrderId = NextId() };
            }
            else if (roll < 0.90 || book.Count < 1_000)
            {
                var isStop = random.NextDouble() < _stopShare;
                var iceberg = !isStop && random.NextDouble() < _icebergShare;
                var quantity = Quantity() * (iceberg ? 10 : 1);
                if (isStop)
                {
                    var last = engine.GetLastPrice(symbol)?.Units ?? Mid;
                    var stopPrice = side == OrderSide.Buy ? last + (1 + random.Next(20)) * Tick : last - (1 + random.Next(20)) * Tick;
                    command = new PlaceOrder
                    {
                        Time = time, AccountId = account, SymbolId = symbol, Side = side, Type = OrderType.StopLossLimit,
                        TimeInForce = TimeInForce.Gtc, StopPrice = new Price(stopPrice), Price = new Price(stopPrice),
                        Quantity = new Quantity(quantity), SelfTradePreventionMode = stp, ClientOrderId = NextId(),
                    };
                }
                else
                {
                    command = new PlaceOrder
                    {
                        Time = time, AccountId = account, SymbolId = symbol, Side = side, Type = OrderType.Limit, TimeInForce = TimeInForce.Gtc,
                        Price = new Price(RestingPrice(side)), Quantity = new Quantity(quantity),
                        IcebergQuantity = iceberg ? new Quantity(quantity / 10) : null, SelfTradePreventionMode = stp, ClientOrderId = NextId(),
                    };
                }
            }
            else
            {
                // IOC taking a few levels through the spread.
                var price = side == OrderSide.Buy ? Mid + random.Next(1, 40) * Tick : Mid - random.Next(1, 40) * Tick;
                command = new PlaceOrder
                {
                    Time = time, AccountId = account, SymbolId = symbol, Side = side, Type = OrderType.Limit, TimeInForce = TimeInForce.Ioc,
                    Price = new Price(price), Quantity = new Quantity(Quantity() * 5), SelfTradePreventionMode = stp, ClientOrderId = NextId(),
                };
            }

            commands[i] = command;
            if (command is CancelReplace cr)
            {
                engine.CancelReplace(cr);
            }
            else
            {
                engine.Execute(command);
            }

            Track(engine, live, positions);
        }

        return (setup, commands);
    }

    /// <summary>Keeps the list of resting orders in step with the engine's order updates.</summary>
    private static void Track(
        MatchingEngine engine, List<(int Symbol, int Account, long OrderId, long Price, long Quantity, OrderSide Side)>[] live,
        Dictionary<(int, long), int> positions)
    {
        foreach (var update in engine.Output.OrderUpdates.Items)
        {
            var order = update.Order;
            var book = live[order.SymbolId];
            var key = (order.SymbolId, order.OrderId);
            var open = order.Status is OrderStatus.New or OrderStatus.PartiallyFilled && order.IsWorking;
            var remaining = order.OriginalQuantity.Units - order.ExecutedQuantity.Units - order.PreventedQuantity.Units;
            var known = positions.TryGetValue(key, out var index);
            if (open && !known)
            {
                positions[key] = book.Count;
                book.Add((order.SymbolId, order.AccountId, order.OrderId, order.Price.Units, remaining, order.Side));
            }
            else if (!open && known)
            {
                var last = book[^1];
                book[index] = last;
                positions[(last.Symbol, last.OrderId)] = index;
                book.RemoveAt(book.Count - 1);
                positions.Remove(key);
            }
            else if (open)
            {
                book[index] = book[index] with { Quantity = remaining };
            }
        }
    }
}
