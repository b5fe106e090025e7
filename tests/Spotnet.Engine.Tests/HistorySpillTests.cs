using System.Text;
using Spotnet.Engine.Tests.Sor;

namespace Spotnet.Engine.Tests;

/// <summary>
/// Closed history beyond <see cref="ExchangeConfig.HistoryInMemory"/> leaves memory through <see cref="EngineOutput.Spilled"/>:
/// what was spilled plus what the queries still return is what an engine keeping everything returns, nothing open
/// ever leaves, memory stays bounded, commands behave as before and the state stays deterministic.
/// </summary>
public class HistorySpillTests
{
    private static ExchangeConfig Limited(int limit) => RandomizedTests.Config() with { HistoryInMemory = limit };

    private static ExchangeConfig SorLimited(int limit) => new SorExchange().Config with { HistoryInMemory = limit };

    /// <summary>Runs one command as the randomized tests do (cancel-replace by its own method, for its whole result).</summary>
    private static string Execute(MatchingEngine engine, EngineCommand command) =>
        command is CancelReplace cancelReplace ? engine.CancelReplace(cancelReplace).ToString() : engine.Execute(command).ToString();

    /// <summary>Every event of the last command except the spilled history, as text.</summary>
    private static string Events(MatchingEngine engine)
    {
        var output = engine.Output;
        var builder = new StringBuilder();
        RandomizedTests.AppendEvents(builder, output);
        foreach (var l in output.ListUpdates.Items)
        {
            builder.Append(Comparable(l));
        }

        return builder.ToString();
    }

    private static string Comparable(ListStatus list) => (list with { Orders = [] }) + string.Join(",", list.Orders);

    /// <summary>Runs the commands, collecting what was spilled; checks the bound and the invariants after every command.</summary>
    private static List<SpilledHistory> Drive(MatchingEngine engine, IEnumerable<EngineCommand> commands, int limit, bool checkInvariants = true)
    {
        var spilled = new List<SpilledHistory>();
        foreach (var command in commands)
        {
            Execute(engine, command);
            spilled.AddRange(engine.Output.Spilled.Items);
            Assert.True(engine.HistoryInMemoryCount <= limit, $"{engine.HistoryInMemoryCount} items of history in memory, limit {limit}");
            if (checkInvariants)
            {
                var violations = engine.CheckInvariants();
                Assert.True(violations.Count == 0, $"After {command}:\n" + string.Join("\n", violations));
            }
        }

        return spilled;
    }

    private static void AssertSameById<T>(IEnumerable<T> expected, IEnumerable<T> actual, Func<T, long> id, string what)
    {
        var actualList = actual.ToList();
        Assert.True(actualList.Select(id).Distinct().Count() == actualList.Count, $"{what}: an item both spilled and in memory, or spilled twice");
        Assert.Equal(expected.OrderBy(id).ToList(), actualList.OrderBy(id).ToList());
    }

    /// <summary>Spilled ++ what the limited engine's queries return = what the unlimited engine's queries return, for every kind.</summary>
    private static void AssertUnion(MatchingEngine limited, List<SpilledHistory> spilled, MatchingEngine unlimited, int accounts, int symbols)
    {
        foreach (var item in spilled)
        {
            // The header names the payload.
            switch (item.Kind)
            {
                case HistoryKind.Order:
                    Assert.Equal((item.AccountId, item.SymbolId, item.Id, item.ClientId), (item.Order.AccountId, item.Order.SymbolId, item.Order.OrderId, item.Order.ClientOrderId));
                    break;
                case HistoryKind.Trade:
                    Assert.Equal((item.SymbolId, item.Id, (string?)null), (item.Trade.SymbolId, item.Trade.TradeId, item.ClientId));
                    break;
                case HistoryKind.PreventedMatch:
                    Assert.Equal((item.SymbolId, item.Id), (item.PreventedMatch.SymbolId, item.PreventedMatch.PreventedMatchId));
                    Assert.True(item.AccountId == item.PreventedMatch.TakerAccountId || item.AccountId == item.PreventedMatch.MakerAccountId);
                    break;
                case HistoryKind.Allocation:
                    Assert.Equal((item.SymbolId, item.Id), (item.Allocation.SymbolId, item.Allocation.AllocationId));
                    break;
                case HistoryKind.Amendment:
                    Assert.Equal((item.SymbolId, item.Id), (item.Amendment.SymbolId, item.Amendment.ExecutionId));
                    break;
                case HistoryKind.OrderList:
                    Assert.NotNull(item.List);
                    Assert.Equal((item.AccountId, item.SymbolId, item.Id, item.ClientId), (item.List.AccountId, item.List.SymbolId, item.List.OrderListId, item.List.ListClientOrderId));
                    break;
            }
        }

        for (var a = 0; a < accounts; a++)
        {
            var lists = spilled.Where(h => h.Kind == HistoryKind.OrderList && h.AccountId == a).Select(h => h.List!).Concat(limited.GetOrderLists(a, false));
            AssertSameById(unlimited.GetOrderLists(a, false).Select(l => (l.OrderListId, Comparable(l))), lists.Select(l => (l.OrderListId, Comparable(l))),
                l => l.OrderListId, $"lists of {a}");
            for (var s = 0; s < symbols; s++)
            {
                IEnumerable<SpilledHistory> Spilled(HistoryKind kind) => spilled.Where(h => h.Kind == kind && h.AccountId == a && h.SymbolId == s);
                var orders = unlimited.GetAllOrders(a, s);
                AssertSameById(orders, Spilled(HistoryKind.Order).Select(h => h.Order).Concat(limited.GetAllOrders(a, s)), o => o.OrderId, $"orders of {a}/{s}");
                // A self-trade gives the account both sides of one trade id.
                AssertSameById(unlimited.GetAccountTrades(a, s), Spilled(HistoryKind.Trade).Select(h => h.Trade).Concat(limited.GetAccountTrades(a, s)),
                    t => (t.TradeId * 2) + (t.IsBuyer ? 1 : 0), $"trades of {a}/{s}");
                AssertSameById(unlimited.GetPreventedMatches(a, s),
                    Spilled(HistoryKind.PreventedMatch).Select(h => h.PreventedMatch).Concat(limited.GetPreventedMatches(a, s)), p => p.PreventedMatchId,
                    $"prevented matches of {a}/{s}");
                AssertSameById(unlimited.GetAllocations(a, s), Spilled(HistoryKind.Allocation).Select(h => h.Allocation).Concat(limited.GetAllocations(a, s)),
                    l => l.AllocationId, $"allocations of {a}/{s}");
                foreach (var order in orders)
                {
                    AssertSameById(unlimited.GetAmendments(a, s, order.OrderId),
                        Spilled(HistoryKind.Amendment).Select(h => h.Amendment).Where(m => m.OrderId == order.OrderId).Concat(limited.GetAmendments(a, s, order.OrderId)),
                        m => m.ExecutionId, $"amendments of {a}/{s}/{order.OrderId}");
                }
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(50)]
    public void Spilled_history_plus_what_the_queries_return_is_what_an_engine_keeping_everything_returns(int limit)
    {
        var commands = RandomizedTests.Generate(5, 6_000, accounts: 12);
        var unlimited = new MatchingEngine(RandomizedTests.Config());
        RandomizedTests.Run(unlimited, commands, false);
        var limited = new MatchingEngine(Limited(limit));
        var spilled = Drive(limited, commands, limit);

        AssertUnion(limited, spilled, unlimited, accounts: 12, symbols: 2);
        foreach (var kind in new[] { HistoryKind.Order, HistoryKind.Trade, HistoryKind.PreventedMatch, HistoryKind.Amendment, HistoryKind.OrderList })
        {
            Assert.True(spilled.Count(h => h.Kind == kind) > 3, $"only {spilled.Count(h => h.Kind == kind)} {kind} items spilled: the run does not exercise them");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    public void Spilled_sor_allocations_plus_what_the_queries_return_is_what_an_engine_keeping_everything_returns(int limit)
    {
        var commands = SorRandomizedTests.Generate(4, 2_000);
        var unlimited = new MatchingEngine(new SorExchange().Config);
        foreach (var command in commands)
        {
            unlimited.Execute(command);
        }

        var limited = new MatchingEngine(SorLimited(limit));
        var spilled = Drive(limited, commands, limit);

        AssertUnion(limited, spilled, unlimited, accounts: 6, symbols: 4);
        Assert.True(spilled.Count(h => h.Kind == HistoryKind.Allocation) > 20, "the run spills too few allocations to exercise them");
        Assert.True(spilled.Count(h => h.Kind == HistoryKind.PreventedMatch) > 3, "the run spills too few prevented matches to exercise them");
    }

    [Fact]
    public void Spilling_changes_no_result_and_no_event_of_any_command()
    {
        var commands = RandomizedTests.Generate(9, 6_000, accounts: 10);
        var unlimited = new MatchingEngine(RandomizedTests.Config());
        var limited = new MatchingEngine(Limited(3));
        foreach (var command in commands)
        {
            Assert.Equal(Execute(unlimited, command), Execute(limited, command));
            Assert.Equal(Events(unlimited), Events(limited));
            Assert.Equal(0, unlimited.Output.Spilled.Count);
        }

        for (var a = 0; a < 10; a++)
        {
            Assert.Equal(unlimited.GetBalances(a), limited.GetBalances(a));
            Assert.Equal(unlimited.GetOpenOrders(a), limited.GetOpenOrders(a));
            Assert.Equal(unlimited.GetOrderLists(a, true).Select(Comparable), limited.GetOrderLists(a, true).Select(Comparable));
        }
    }

    [Fact]
    public void Commands_naming_a_spilled_order_or_list_get_the_answers_a_closed_one_gets()
    {
        var config = TestExchange.DefaultConfig();
        var limited = new MatchingEngine(config with { HistoryInMemory = 1 });
        const int buyer = 0;
        const int seller = 1;
        var commands = new List<EngineCommand>
        {
            new CreateAccount { Time = 1, Grants = [new(TestExchange.Btc, TestExchange.Units("100")), new(TestExchange.Usdt, TestExchange.Units("1000000"))] },
            new CreateAccount { Time = 1, Grants = [new(TestExchange.Btc, TestExchange.Units("100")), new(TestExchange.Usdt, TestExchange.Units("1000000"))] },
        };
        PlaceOrder Limit(int account, OrderSide side, string price, string quantity, string clientId) => new()
        {
            Time = 2, AccountId = account, SymbolId = 0, Side = side, Type = OrderType.Limit, TimeInForce = TimeInForce.Gtc,
            Price = Price.Parse(price), Quantity = Quantity.Parse(quantity), ClientOrderId = clientId,
        };
        commands.Add(Limit(buyer, OrderSide.Buy, "100", "1", "filled"));
        commands.Add(Limit(seller, OrderSide.Sell, "100", "1", "taker"));
        commands.Add(Limit(buyer, OrderSide.Buy, "90", "1", "canceled"));
        commands.Add(new CancelOrder { Time = 3, AccountId = buyer, SymbolId = 0, OriginalClientOrderId = "canceled", NewClientOrderId = "cancel-1" });
        commands.Add(new PlaceOrderList
        {
            Time = 4, AccountId = buyer, SymbolId = 0, Kind = OrderListKind.Oco, ListClientOrderId = "list",
            Above = new OrderListLeg { Type = OrderType.StopLoss, Side = OrderSide.Buy, Quantity = Quantity.Parse("1"), StopPrice = Price.Parse("120"), ClientOrderId = "above" },
            Below = new OrderListLeg { Type = OrderType.LimitMaker, Side = OrderSide.Buy, Quantity = Quantity.Parse("1"), Price = Price.Parse("80"), ClientOrderId = "below" },
        });
        commands.Add(new CancelOrderList { Time = 5, AccountId = buyer, SymbolId = 0, ListClientOrderId = "list", NewClientOrderId = "cancel-2" });

        // Every command naming the closed (live: spilled) orders and list, then reusing their client ids.
        commands.Add(new CancelOrder { Time = 6, AccountId = buyer, SymbolId = 0, OriginalClientOrderId = "filled", NewClientOrderId = "x1" });
        commands.Add(new CancelOrder { Time = 6, AccountId = buyer, SymbolId = 0, OrderId = 1, NewClientOrderId = "x2" });
        commands.Add(new CancelOrder { Time = 6, AccountId = buyer, SymbolId = 0, OriginalClientOrderId = "cancel-1", NewClientOrderId = "x3" });
        commands.Add(new AmendOrder { Time = 6, AccountId = buyer, SymbolId = 0, OrderId = 3, NewClientOrderId = "x4", NewQuantity = Quantity.Parse("0.5") });
        commands.Add(new AmendOrder { Time = 6, AccountId = buyer, SymbolId = 0, OriginalClientOrderId = "below", NewClientOrderId = "x5", NewQuantity = Quantity.Parse("0.5") });
        commands.Add(new CancelOrderList { Time = 6, AccountId = buyer, SymbolId = 0, OrderListId = 1, NewClientOrderId = "x6" });
        commands.Add(new CancelOrderList { Time = 6, AccountId = buyer, SymbolId = 0, ListClientOrderId = "list", NewClientOrderId = "x7" });
        foreach (var mode in new[] { CancelReplaceMode.StopOnFailure, CancelReplaceMode.AllowFailure })
        {
            commands.Add(new CancelReplace
            {
                Time = 7, Mode = mode,
                Cancel = new CancelOrder { Time = 7, AccountId = buyer, SymbolId = 0, OriginalClientOrderId = "filled", NewClientOrderId = "x8" },
                NewOrder = Limit(buyer, OrderSide.Buy, "95", "1", "filled"),
            });
        }

        commands.Add(Limit(buyer, OrderSide.Buy, "91", "1", "canceled"));
        commands.Add(Limit(buyer, OrderSide.Buy, "91", "1", "below"));
        commands.Add(new PlaceOrderList
        {
            Time = 8, AccountId = buyer, SymbolId = 0, Kind = OrderListKind.Oco, ListClientOrderId = "list",
            Above = new OrderListLeg { Type = OrderType.StopLoss, Side = OrderSide.Buy, Quantity = Quantity.Parse("1"), StopPrice = Price.Parse("120"), ClientOrderId = "above" },
            Below = new OrderListLeg { Type = OrderType.LimitMaker, Side = OrderSide.Buy, Quantity = Quantity.Parse("1"), Price = Price.Parse("80"), ClientOrderId = "below2" },
        });
        commands.Add(new CancelOrderList { Time = 9, AccountId = buyer, SymbolId = 0, ListClientOrderId = "list", NewClientOrderId = "x9" });

        var unlimited = new MatchingEngine(config);
        var spilledKinds = new HashSet<HistoryKind>();
        var answers = new List<string>();
        foreach (var command in commands)
        {
            var expected = Execute(unlimited, command);
            Assert.Equal(expected, Execute(limited, command));
            Assert.Equal(Events(unlimited), Events(limited));
            answers.Add(expected);
            foreach (var item in limited.Output.Spilled.Items)
            {
                spilledKinds.Add(item.Kind);
            }

            Assert.Empty(limited.CheckInvariants());
        }

        Assert.Contains(HistoryKind.Order, spilledKinds);
        Assert.Contains(HistoryKind.OrderList, spilledKinds);

        // The commands naming closed orders were refused (as unknown), the reuses of their ids accepted.
        Assert.Contains("-2011", answers[8], StringComparison.Ordinal);
        Assert.Contains("-2011", answers[10], StringComparison.Ordinal);
        Assert.DoesNotContain("-2010", answers[^4], StringComparison.Ordinal);
        Assert.DoesNotContain("-2010", answers[^2], StringComparison.Ordinal);
        Assert.Equal(0, limited.GetOpenOrders(buyer).Count(o => o.ClientOrderId == "above"));
    }

    [Fact]
    public void Seeded_runs_with_a_small_limit_keep_every_invariant_and_are_deterministic()
    {
        var commands = RandomizedTests.Generate(11, 8_000, accounts: 16);
        var first = new MatchingEngine(Limited(50));
        var second = new MatchingEngine(Limited(50));
        var spilled = Drive(first, commands, 50);
        Assert.Equal(RandomizedTests.Run(new MatchingEngine(Limited(50)), commands, false), RandomizedTests.Run(second, commands, false));
        Assert.Equal(first.StateHash(), second.StateHash());
        Assert.True(spilled.Count > 1_000, $"only {spilled.Count} items spilled");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public void Snapshot_plus_replay_and_full_replay_equal_the_live_state_while_spilling(int limit)
    {
        var commands = RandomizedTests.Generate(7, 8_000, accounts: 16);
        var live = new MatchingEngine(Limited(limit));
        var restoredAt = new List<(MatchingEngine Engine, int From)>();
        for (var i = 0; i < commands.Count; i++)
        {
            if (i is 2_000 or 5_000)
            {
                var restored = MatchingEngine.Restore(Limited(limit), live.Snapshot());
                Assert.Equal(live.StateHash(), restored.StateHash());
                Assert.Equal(live.HistoryInMemoryCount, restored.HistoryInMemoryCount);
                Assert.Empty(restored.CheckInvariants());
                restoredAt.Add((restored, i));
            }

            Execute(live, commands[i]);
        }

        foreach (var (engine, from) in restoredAt)
        {
            RandomizedTests.Run(engine, commands.Skip(from), false);
            Assert.Equal(live.StateHash(), engine.StateHash());
        }

        var replay = new MatchingEngine(Limited(limit));
        RandomizedTests.Run(replay, commands, false);
        Assert.Equal(live.StateHash(), replay.StateHash());
    }

    [Fact]
    public void Replayed_events_after_a_snapshot_equal_the_live_events_including_what_is_spilled()
    {
        var commands = RandomizedTests.Generate(8, 6_000, accounts: 12);
        var live = new MatchingEngine(Limited(20));
        RandomizedTests.Run(live, commands.Take(3_000), false);
        var restored = MatchingEngine.Restore(Limited(20), live.Snapshot());
        Assert.Equal(RandomizedTests.Run(live, commands.Skip(3_000), false), RandomizedTests.Run(restored, commands.Skip(3_000), false));
        Assert.Equal(live.StateHash(), restored.StateHash());
    }

    [Fact]
    public void Nothing_open_is_ever_spilled_and_a_list_leaves_before_its_legs()
    {
        var commands = RandomizedTests.Generate(13, 8_000, accounts: 8);
        var engine = new MatchingEngine(Limited(1));
        var spilledLists = new HashSet<long>();
        var legs = 0;
        foreach (var command in commands)
        {
            Execute(engine, command);
            foreach (var item in engine.Output.Spilled.Items)
            {
                if (item.Kind == HistoryKind.Order)
                {
                    Assert.True(item.Order.Status is not (OrderStatus.New or OrderStatus.PartiallyFilled or OrderStatus.PendingNew),
                        $"open order {item.Order.OrderId} spilled");
                    if (item.Order.OrderListId != -1)
                    {
                        Assert.Contains(item.Order.OrderListId, spilledLists);
                        legs++;
                    }

                    // Gone from the indexes: by id not found, by client id only another order filed under the same id.
                    Assert.False(engine.TryGetOrder(item.AccountId, item.SymbolId, item.Id, null, out _));
                    if (engine.TryGetOrder(item.AccountId, item.SymbolId, null, item.ClientId, out var sameClientId))
                    {
                        Assert.NotEqual(item.Id, sameClientId.OrderId);
                    }
                }
                else if (item.Kind == HistoryKind.OrderList)
                {
                    Assert.Equal(ListOrderStatus.AllDone, item.List!.OrderStatus);
                    Assert.Null(engine.GetOrderList(item.AccountId, item.Id, null));
                    spilledLists.Add(item.Id);
                }
            }

            // Every open order, and every leg of an executing list, is still found.
            for (var a = 0; a < 8; a++)
            {
                foreach (var open in engine.GetOpenOrders(a))
                {
                    Assert.True(engine.TryGetOrder(a, open.SymbolId, open.OrderId, null, out _));
                }

                foreach (var list in engine.GetOrderLists(a, openOnly: true))
                {
                    foreach (var (orderId, _) in list.Orders)
                    {
                        Assert.True(engine.TryGetOrder(a, list.SymbolId, orderId, null, out _), $"leg {orderId} of executing list {list.OrderListId} is gone");
                    }
                }
            }
        }

        Assert.True(legs > 3, $"only {legs} list legs spilled");
    }

    [Fact]
    public void The_history_in_memory_stays_within_the_limit()
    {
        const int limit = 40;
        var commands = RandomizedTests.Generate(17, 6_000, accounts: 10);
        var engine = new MatchingEngine(Limited(limit));
        var maxSeen = 0;
        for (var i = 0; i < commands.Count; i++)
        {
            Execute(engine, commands[i]);
            Assert.True(engine.HistoryInMemoryCount <= limit);
            if (i % 200 != 0)
            {
                continue;
            }

            // What the queries return of closed history: trades, prevented matches, amendments, closed orders outside
            // lists and done lists with their legs. A list still executing or with a leg open (and its closed legs) waits.
            var inMemory = 0;
            for (var a = 0; a < 10; a++)
            {
                var executing = engine.GetOrderLists(a, openOnly: true).Select(l => l.OrderListId)
                    .Concat(engine.GetOpenOrders(a).Select(o => o.OrderListId)).ToHashSet();
                inMemory += engine.GetOrderLists(a, openOnly: false).Count(l => !executing.Contains(l.OrderListId));
                for (var s = 0; s < 2; s++)
                {
                    inMemory += engine.GetAccountTrades(a, s).Count + engine.GetPreventedMatches(a, s).Count + engine.GetAllocations(a, s).Count;
                    foreach (var order in engine.GetAllOrders(a, s))
                    {
                        inMemory += engine.GetAmendments(a, s, order.OrderId).Count;
                        var open = order.Status is OrderStatus.New or OrderStatus.PartiallyFilled or OrderStatus.PendingNew;
                        inMemory += !open && !executing.Contains(order.OrderListId) ? 1 : 0;
                    }
                }
            }

            Assert.True(inMemory <= limit, $"{inMemory} items of closed history in the accounts' lists, limit {limit}");
            maxSeen = Math.Max(maxSeen, inMemory);
        }

        Assert.True(maxSeen > limit / 2, $"at most {maxSeen} items in memory: the run does not fill the limit");
    }

    [Fact]
    public void Reset_empties_the_history_in_memory_and_ids_continue()
    {
        var commands = RandomizedTests.Generate(3, 3_000, accounts: 8);
        var engine = new MatchingEngine(Limited(30));
        Drive(engine, commands, 30);
        Assert.True(engine.HistoryInMemoryCount > 0);
        var lastOrderId = Enumerable.Range(0, 8).SelectMany(a => engine.GetAllOrders(a, 0)).Max(o => o.OrderId);

        engine.Reset(new Reset { Time = 1, Grants = [new AssetAmount(0, 1_000L * Fixed.Scale), new AssetAmount(1, 10_000_000L * Fixed.Scale)] });

        Assert.Equal(0, engine.HistoryInMemoryCount);
        Assert.Equal(0, engine.Output.Spilled.Count);
        Assert.Empty(engine.CheckInvariants());
        Assert.Empty(engine.GetAllOrders(0, 0));
        var placed = engine.PlaceOrder(new PlaceOrder
        {
            Time = 2, AccountId = 0, SymbolId = 0, Side = OrderSide.Buy, Type = OrderType.Limit, TimeInForce = TimeInForce.Ioc,
            Price = Price.Parse("100"), Quantity = Quantity.Parse("1"), ClientOrderId = "after-reset",
        });
        Assert.True(placed.IsSuccess, placed.ToString());
        Assert.True(placed.OrderId > lastOrderId);
        Assert.Equal(1, engine.HistoryInMemoryCount);
        Assert.Empty(engine.CheckInvariants());
    }

    [Fact]
    public void A_version_3_snapshot_restored_with_a_limit_rebuilds_its_history_and_spills_it_on_the_next_command()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "engine-snapshot-v3.bin"));
        var unlimited = MatchingEngine.Restore(RandomizedTests.Config(), bytes);
        var restored = MatchingEngine.Restore(Limited(10), bytes);
        Assert.Empty(restored.CheckInvariants());
        Assert.True(restored.HistoryInMemoryCount > 10, $"{restored.HistoryInMemoryCount} items rebuilt");
        Assert.Equal(MatchingEngine.Restore(Limited(10), bytes).StateHash(), restored.StateHash());

        var next = RandomizedTests.Generate(21, 600, accounts: 6).Skip(500).ToList();
        var spilled = Drive(restored, next, 10);
        foreach (var command in next)
        {
            Execute(unlimited, command);
        }

        AssertUnion(restored, spilled, unlimited, accounts: 6, symbols: 2);
    }

    [Fact]
    public void Snapshots_move_between_engines_with_and_without_a_limit()
    {
        var commands = RandomizedTests.Generate(19, 3_000, accounts: 8);
        var unlimited = new MatchingEngine(RandomizedTests.Config());
        RandomizedTests.Run(unlimited, commands, false);
        var limited = new MatchingEngine(Limited(25));
        RandomizedTests.Run(limited, commands, false);

        // An engine keeping everything takes a limited one's snapshot as it is (it keeps no FIFO) ...
        var fromLimited = MatchingEngine.Restore(RandomizedTests.Config(), limited.Snapshot());
        Assert.Empty(fromLimited.CheckInvariants());
        Assert.Equal(0, fromLimited.HistoryInMemoryCount);
        Assert.Equal(limited.GetAccountTrades(1, 0), fromLimited.GetAccountTrades(1, 0));

        // ... and a limited engine rebuilds the FIFO of an unlimited one's, then spills it.
        var fromUnlimited = MatchingEngine.Restore(Limited(25), unlimited.Snapshot());
        Assert.Empty(fromUnlimited.CheckInvariants());
        var spilled = Drive(fromUnlimited, RandomizedTests.Generate(19, 3_200, accounts: 8).Skip(3_000), 25);
        Assert.NotEmpty(spilled);
    }
}
