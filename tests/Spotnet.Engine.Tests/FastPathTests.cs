using System.Text;

namespace Spotnet.Engine.Tests;

/// <summary>
/// The engine's shortcuts that skip steps undoing each other: a cancel-replace of a system account's order keeps the order
/// object (<c>TryReplaceInPlace</c>), a system account's taker that cannot rest is never filed (<c>PlaceValidated</c>).
/// Every result, event and the state must be what the usual way gives. Each stream runs on two engines, one with the
/// shortcuts switched off, compared command by command (<c>SPOTNET_LONG_TESTS=1</c> for long streams).
/// </summary>
public class FastPathTests
{
    private static readonly bool Long = Environment.GetEnvironmentVariable("SPOTNET_LONG_TESTS") == "1";

    /// <summary>The result and every event of each command, as text.</summary>
    private static List<string> Trace(MatchingEngine engine, IEnumerable<EngineCommand> commands, bool checkInvariants)
    {
        var trace = new List<string>();
        var builder = new StringBuilder();
        foreach (var command in commands)
        {
            builder.Clear();
            builder.Append(command is CancelReplace cancelReplace ? engine.CancelReplace(cancelReplace).ToString() : engine.Execute(command).ToString());
            var output = engine.Output;
            foreach (var u in output.OrderUpdates.Items)
            {
                builder.Append('\n').Append(u);
            }

            foreach (var t in output.Trades.Items)
            {
                builder.Append('\n').Append(t);
            }

            foreach (var b in output.BookUpdates.Items)
            {
                builder.Append('\n').Append(b);
            }

            foreach (var b in output.BalanceUpdates.Items)
            {
                builder.Append('\n').Append(b);
            }

            foreach (var p in output.PreventedMatches.Items)
            {
                builder.Append('\n').Append(p);
            }

            trace.Add(builder.ToString());
            if (checkInvariants)
            {
                var violations = engine.CheckInvariants();
                Assert.True(violations.Count == 0, $"After {command}:\n" + string.Join("\n", violations));
            }
        }

        return trace;
    }

    /// <summary>Runs the stream with and without the fast paths; returns how many cancel-replaces and takers took them.</summary>
    private static (long Replaced, long Unfiled) AssertSameAsUsualPath(ExchangeConfig config, IReadOnlyList<EngineCommand> commands)
    {
        var usual = new MatchingEngine(config) { FastPathsEnabled = false };
        var inPlace = new MatchingEngine(config);
        var expected = Trace(usual, commands, checkInvariants: false);
        var actual = Trace(inPlace, commands, checkInvariants: true);
        Assert.Equal(0, usual.InPlaceReplacements);
        Assert.Equal(0, usual.UnfiledTakers);
        for (var i = 0; i < commands.Count; i++)
        {
            Assert.True(expected[i] == actual[i], $"Command {i} ({commands[i]}):\nusual:\n{expected[i]}\nin place:\n{actual[i]}");
        }

        Assert.Equal(usual.StateHash(), inPlace.StateHash());
        Assert.Equal(usual.Snapshot(), inPlace.Snapshot());
        return (inPlace.InPlaceReplacements, inPlace.UnfiledTakers);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Mixed_commands_give_the_same_results_events_and_state_as_the_usual_path(int seed)
    {
        var commands = RandomizedTests.Generate(seed, Long ? 200_000 : 15_000, accounts: 12);
        var (replaced, unfiled) = AssertSameAsUsualPath(RandomizedTests.Config(), commands);
        Assert.True(replaced > 20, $"only {replaced} in-place replacements: the stream does not exercise the path");
        Assert.True(unfiled > 50, $"only {unfiled} unfiled takers: the stream does not exercise the path");
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void System_order_moves_and_takers_give_the_same_results_events_and_state_as_the_usual_path(int seed)
    {
        var commands = SystemMoves(seed, Long ? 200_000 : 12_000);
        var (replaced, unfiled) = AssertSameAsUsualPath(SystemConfig(), commands);
        Assert.True(replaced > 2_000, $"only {replaced} in-place replacements: the stream does not exercise the path");
        Assert.True(unfiled > 500, $"only {unfiled} unfiled takers: the stream does not exercise the path");
    }

    [Fact]
    public void A_partially_filled_order_replaced_in_place_gives_a_fresh_order_with_the_same_slot_counts_and_balances()
    {
        var commands = new List<EngineCommand>();
        long time = 1_700_000_000_000_000;
        var grants = new[] { new AssetAmount(0, 100 * Fixed.Scale), new AssetAmount(1, 1_000_000 * Fixed.Scale), new AssetAmount(2, 10 * Fixed.Scale) };
        commands.Add(new CreateAccount { Time = time, Grants = grants, IsSystem = true });
        commands.Add(new CreateAccount { Time = time, Grants = grants });
        PlaceOrder Limit(int account, OrderSide side, string price, string quantity, string clientId) => new()
        {
            Time = ++time, AccountId = account, SymbolId = 0, Side = side, Type = OrderType.Limit, TimeInForce = TimeInForce.Gtc,
            Price = Price.Parse(price), Quantity = Quantity.Parse(quantity), ClientOrderId = clientId,
        };

        commands.Add(Limit(0, OrderSide.Buy, "100", "2", "resting"));
        commands.Add(Limit(0, OrderSide.Buy, "99", "1", "other"));
        commands.Add(Limit(1, OrderSide.Sell, "100", "0.5", "taker"));

        // Order 1 is partially filled (1.5 left, 150 USDT locked); the new order locks 2 × 101 = 202 USDT.
        commands.Add(new CancelReplace
        {
            Time = ++time,
            Cancel = new CancelOrder { Time = time, AccountId = 0, SymbolId = 0, OrderId = 1, NewClientOrderId = "cancel" },
            NewOrder = Limit(0, OrderSide.Buy, "101", "2", "moved") with { Time = time },
        });
        var (replaced, _) = AssertSameAsUsualPath(TestExchange.DefaultConfig(), commands);
        Assert.Equal(1, replaced);

        var engine = new MatchingEngine(TestExchange.DefaultConfig());
        Trace(engine, commands.Take(commands.Count - 1), checkInvariants: true);
        var result = engine.CancelReplace((CancelReplace)commands[^1]);
        Assert.Equal(1, engine.InPlaceReplacements);
        Assert.Equal(CancelReplaceStatus.Success, result.CancelStatus);
        Assert.Equal(EngineResult.Success(1), result.Cancel);
        Assert.Equal(CancelReplaceStatus.Success, result.NewOrderStatus);
        Assert.Equal(EngineResult.Success(4), result.NewOrder);
        var canceled = engine.Output.OrderUpdates.Items[0];
        Assert.Equal(ExecutionType.Canceled, canceled.ExecutionType);
        Assert.Equal("resting", canceled.OriginalClientOrderId);
        Assert.Equal("cancel", canceled.Order.ClientOrderId);
        Assert.Equal(Quantity.Parse("0.5"), canceled.Order.ExecutedQuantity);
        var placed = engine.Output.OrderUpdates.Items[1];
        Assert.Equal(ExecutionType.New, placed.ExecutionType);
        Assert.Equal(4, placed.Order.OrderId);
        Assert.Equal(2, engine.Output.OrderUpdates.Count);
        Assert.False(engine.TryGetOrder(0, 0, 1, null, out _));
        Assert.True(engine.TryGetOrder(0, 0, 4, null, out var moved));
        Assert.Equal("moved", moved.ClientOrderId);
        Assert.Equal(OrderStatus.New, moved.Status);
        Assert.Equal(0, moved.ExecutedQuantity.Units);
        Assert.Equal(0, moved.CumulativeQuoteQuantity.Units);
        Assert.Equal(Quantity.Parse("2"), moved.OriginalQuantity);
        Assert.Equal(Price.Parse("101"), moved.Price);
        Assert.Equal((2, 0, 0, 0), engine.GetOpenCounts(0, 0));
        Assert.Equal(new[] { "moved", "other" }, engine.GetOpenOrders(0, 0).Select(o => o.ClientOrderId).Order());
        var usdt = engine.GetBalances(0).Single(b => b.Asset == 1);
        Assert.Equal(Quantity.Parse("301"), usdt.Locked); // 202 for the new order, 99 for the other
        Assert.Equal(Quantity.Parse("999649"), usdt.Free); // 1,000,000 − 50 spent − 301 locked
    }

    private static ExchangeConfig SystemConfig()
    {
        var filters = TestExchange.DefaultFilters with { MaxNumOrders = 40, MaxNumIcebergOrders = 10, MaxNumOrderAmends = 1_000 };
        return new ExchangeConfig
        {
            Assets = [new AssetConfig("BTC"), new AssetConfig("USDT"), new AssetConfig("ETH")],
            Symbols =
            [
                new SymbolConfig { Name = "BTCUSDT", BaseAsset = 0, QuoteAsset = 1, Filters = filters },
                new SymbolConfig { Name = "ETHUSDT", BaseAsset = 2, QuoteAsset = 1, Filters = filters },
            ],
        };
    }

    /// <summary>
    /// Mostly cancel-replaces of live orders of system accounts (few funds, so some replacements are short of balance),
    /// by order id or client id: same and other side, LIMIT, LIMIT_MAKER, IOC and icebergs, prices that cross and trade
    /// (with self-trade prevention), cancel restrictions, client ids reused; amends, cancels and takers in between.
    /// The live orders are tracked on a recording engine, as the benchmark does.
    /// </summary>
    private static List<EngineCommand> SystemMoves(int seed, int count)
    {
        var random = new Random(seed);
        var recorder = new MatchingEngine(SystemConfig());
        var commands = new List<EngineCommand>();
        long time = 1_700_000_000_000_000;
        const int accounts = 8;
        for (var a = 0; a < accounts; a++)
        {
            var grants = new[] { new AssetAmount(0, 3 * Fixed.Scale), new AssetAmount(1, 400_000 * Fixed.Scale), new AssetAmount(2, 30 * Fixed.Scale) };
            commands.Add(new CreateAccount { Time = time, Grants = grants, IsSystem = a != 0, TradeGroupId = a % 3 == 0 ? 5 : -1 });
        }

        foreach (var command in commands)
        {
            recorder.Execute(command);
        }

        var live = new List<(int Account, int Symbol, long OrderId, string ClientId, OrderSide Side)>();
        var clientIds = 0;
        string Cid() => "s" + (++clientIds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (commands.Count < count)
        {
            time += random.Next(1, 1_000_000);
            var roll = random.Next(100);
            var side = random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
            var symbol = random.Next(2);
            var mid = symbol == 0 ? 20_000 : 1_500;

            // Resting prices a few ticks either side of the mid; one in eight crosses and trades.
            Price PriceFor(OrderSide s) =>
                new(((long)mid * 100 + (s == OrderSide.Buy ? -1 : 1) * random.Next(random.Next(8) == 0 ? -30 : 1, 60)) * 1_000_000L);
            Quantity QuantityFor() => new(random.Next(1, 40) * 1_000_000L);
            var stp = random.Next(4) == 0 ? (SelfTradePreventionMode)random.Next(1, 6) : SelfTradePreventionMode.None;
            EngineCommand command;
            if (live.Count > 0 && roll < 60)
            {
                var index = random.Next(live.Count);
                var target = live[index];
                var newSide = random.Next(6) == 0 ? (target.Side == OrderSide.Buy ? OrderSide.Sell : OrderSide.Buy) : target.Side;
                var type = random.Next(8) == 0 ? OrderType.LimitMaker : OrderType.Limit;
                var quantity = random.Next(10) == 0 ? new Quantity(random.Next(100, 400) * 1_000_000L) : QuantityFor();
                var iceberg = type == OrderType.Limit && random.Next(8) == 0 ? new Quantity(quantity.Units / 2 / 1_000 * 1_000 + 1_000) : (Quantity?)null;
                var byId = random.Next(4) != 0;
                command = new CancelReplace
                {
                    Time = time,
                    Mode = random.Next(2) == 0 ? CancelReplaceMode.StopOnFailure : CancelReplaceMode.AllowFailure,
                    Cancel = new CancelOrder
                    {
                        Time = time, AccountId = target.Account, SymbolId = target.Symbol,
                        OrderId = byId ? target.OrderId : null, OriginalClientOrderId = byId ? null : target.ClientId,
                        NewClientOrderId = Cid(),
                        CancelRestrictions = random.Next(8) == 0 ? (CancelRestrictions)random.Next(1, 3) : CancelRestrictions.None,
                    },
                    NewOrder = new PlaceOrder
                    {
                        Time = time, AccountId = target.Account, SymbolId = target.Symbol, Side = newSide, Type = type,
                        TimeInForce = type == OrderType.LimitMaker ? null : random.Next(10) == 0 ? TimeInForce.Ioc : TimeInForce.Gtc,
                        Price = PriceFor(newSide), Quantity = quantity, IcebergQuantity = iceberg is { } i && i.Units < quantity.Units ? i : null,
                        SelfTradePreventionMode = stp, ClientOrderId = random.Next(10) == 0 ? target.ClientId : Cid(),
                    },
                };
                live.RemoveAt(index);
            }
            else if (live.Count > 0 && roll < 70)
            {
                var target = live[random.Next(live.Count)];
                command = new AmendOrder
                {
                    Time = time, AccountId = target.Account, SymbolId = target.Symbol, OrderId = target.OrderId, NewClientOrderId = Cid(),
                    NewQuantity = new Quantity(random.Next(1, 10) * 1_000_000L),
                };
            }
            else if (live.Count > 0 && roll < 75)
            {
                var index = random.Next(live.Count);
                var target = live[index];
                command = new CancelOrder { Time = time, AccountId = target.Account, SymbolId = target.Symbol, OrderId = target.OrderId, NewClientOrderId = Cid() };
                live.RemoveAt(index);
            }
            else if (roll < 85)
            {
                var iceberg = random.Next(10) == 0;
                var quantity = QuantityFor();
                command = new PlaceOrder
                {
                    Time = time, AccountId = random.Next(accounts), SymbolId = symbol, Side = side, Type = OrderType.Limit,
                    TimeInForce = TimeInForce.Gtc, Price = PriceFor(side),
                    Quantity = iceberg ? new Quantity(quantity.Units * 4) : quantity, IcebergQuantity = iceberg ? quantity : null,
                    SelfTradePreventionMode = stp, ClientOrderId = Cid(),
                };
            }
            else
            {
                // Takers that cannot rest: IOC and FOK limits (some crossing deep), markets by quantity or by quote, with
                // self-trade prevention, now and then reusing a live order's client id (a duplicate) or a closed one's.
                var account = random.Next(accounts);
                var market = random.Next(4) == 0;
                var byQuote = market && random.Next(3) == 0;
                var reused = live.Count > 0 && random.Next(10) == 0 ? live[random.Next(live.Count)].ClientId : null;
                var cross = (random.Next(2) == 0 ? -1 : 1) * random.Next(0, 80);
                command = new PlaceOrder
                {
                    Time = time, AccountId = account, SymbolId = symbol, Side = side, Type = market ? OrderType.Market : OrderType.Limit,
                    TimeInForce = market ? null : random.Next(3) == 0 ? TimeInForce.Fok : TimeInForce.Ioc,
                    Price = market ? null : new Price(((long)mid * 100 + (side == OrderSide.Buy ? cross : -cross)) * 1_000_000L),
                    Quantity = byQuote ? null : random.Next(5) == 0 ? new Quantity(random.Next(40, 300) * 1_000_000L) : QuantityFor(),
                    QuoteOrderQuantity = byQuote ? new Quantity(random.Next(1, 20_000) * Fixed.Scale) : null,
                    SelfTradePreventionMode = stp, ClientOrderId = reused ?? (random.Next(20) == 0 ? "s" + random.Next(1, clientIds + 1) : Cid()),
                };
            }

            commands.Add(command);
            var placed = command switch
            {
                CancelReplace c => (c.NewOrder, recorder.CancelReplace(c).NewOrder),
                PlaceOrder p => (p, recorder.PlaceOrder(p)),
                _ => (null, recorder.Execute(command)),
            };
            if (placed.Item1 is { } order && placed.Item2.IsSuccess
                && recorder.TryGetOrder(order.AccountId, order.SymbolId, placed.Item2.OrderId, null, out var state) && state.Status is OrderStatus.New or OrderStatus.PartiallyFilled)
            {
                live.Add((order.AccountId, order.SymbolId, placed.Item2.OrderId, order.ClientOrderId, order.Side));
            }
        }

        return commands;
    }
}
