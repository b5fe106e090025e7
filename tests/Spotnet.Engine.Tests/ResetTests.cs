namespace Spotnet.Engine.Tests;

/// <summary>The reset command (testnet general-info.md "periodic reset"): a blank state with fresh balances, ids continuing.</summary>
public class ResetTests
{
    private static readonly AssetAmount[] Allowance =
        [new AssetAmount(TestExchange.Btc, TestExchange.Units("1")), new AssetAmount(TestExchange.Usdt, TestExchange.Units("10000"))];

    [Fact]
    public void Reset_erases_orders_lists_trades_and_history_and_every_id_continues_after_it()
    {
        var x = new TestExchange();
        var maker = x.Account();
        var taker = x.Account();
        x.Limit(maker, OrderSide.Sell, "100", "1");
        var filled = x.Limit(taker, OrderSide.Buy, "100", "1");
        var tradeBefore = Assert.Single(x.Engine.GetAccountTrades(taker, 0)).TradeId;
        x.Limit(maker, OrderSide.Sell, "100", "1");
        var list = x.Run(new PlaceOrderList
        {
            Time = x.Tick(), AccountId = maker, SymbolId = 0, Kind = OrderListKind.Oco, ListClientOrderId = x.NextClientId(),
            SelfTradePreventionMode = SelfTradePreventionMode.None,
            Above = new OrderListLeg { Type = OrderType.LimitMaker, Side = OrderSide.Sell, Price = Price.Parse("110"), Quantity = Quantity.Parse("1"), ClientOrderId = x.NextClientId() },
            Below = new OrderListLeg { Type = OrderType.StopLoss, Side = OrderSide.Sell, StopPrice = Price.Parse("90"), Quantity = Quantity.Parse("1"), ClientOrderId = x.NextClientId() },
        });
        Assert.True(list.IsSuccess, list.Message);

        var reset = x.Run(new Reset { Time = x.Tick(), Grants = Allowance });

        Assert.True(reset.IsSuccess);
        Assert.Equal(1, x.Engine.Epoch);
        foreach (var account in new[] { maker, taker })
        {
            Assert.Empty(x.Engine.GetOpenOrders(account));
            Assert.Empty(x.Engine.GetAllOrders(account, 0));
            Assert.Empty(x.Engine.GetAccountTrades(account, 0));
            Assert.Empty(x.Engine.GetOrderLists(account, openOnly: false));
        }

        Assert.Empty(x.Engine.GetDepth(0, 5).Asks);
        Assert.False(x.Engine.TryGetOrder(taker, 0, filled.OrderId, null, out _));

        x.Limit(maker, OrderSide.Sell, "100", "0.5");
        var after = x.Limit(taker, OrderSide.Buy, "100", "0.5");
        var listAfter = x.Run(new PlaceOrderList
        {
            Time = x.Tick(), AccountId = maker, SymbolId = 0, Kind = OrderListKind.Oco, ListClientOrderId = x.NextClientId(),
            SelfTradePreventionMode = SelfTradePreventionMode.None,
            Above = new OrderListLeg { Type = OrderType.LimitMaker, Side = OrderSide.Sell, Price = Price.Parse("110"), Quantity = Quantity.Parse("0.5"), ClientOrderId = x.NextClientId() },
            Below = new OrderListLeg { Type = OrderType.StopLoss, Side = OrderSide.Sell, StopPrice = Price.Parse("90"), Quantity = Quantity.Parse("0.5"), ClientOrderId = x.NextClientId() },
        });
        Assert.True(listAfter.IsSuccess, listAfter.Message);
        Assert.True(after.OrderId > filled.OrderId);
        Assert.True(Assert.Single(x.Engine.GetAccountTrades(taker, 0)).TradeId > tradeBefore);
        Assert.True(listAfter.OrderListId > list.OrderListId);
    }

    [Fact]
    public void Reset_grants_the_allowance_to_every_account_including_system_accounts_and_clears_collected_fees()
    {
        var x = new TestExchange();
        var user = x.Account(btc: "5", usdt: "5");
        var system = x.Account(btc: "1000", usdt: "1000000000", system: true);
        x.Run(new SetAccountCommission
        {
            Time = x.Tick(), AccountId = user, SymbolId = 0,
            Commission = new SymbolCommission(new CommissionRates(100_000, 100_000, 0, 0), CommissionRates.Zero, CommissionRates.Zero),
        });
        x.Limit(system, OrderSide.Sell, "100", "1");
        x.Limit(user, OrderSide.Buy, "100", "0.01");

        x.Run(new Reset { Time = x.Tick(), Grants = Allowance });

        foreach (var account in new[] { user, system })
        {
            Assert.Equal(1m, x.Free(account, TestExchange.Btc));
            Assert.Equal(10000m, x.Free(account, TestExchange.Usdt));
            Assert.Equal(0m, x.Free(account, TestExchange.Bnb));
            Assert.Equal(0m, x.Locked(account, TestExchange.Usdt) + x.Locked(account, TestExchange.Btc));
        }

        // Fees collected before the reset are gone with the balances: free + locked + fees = granted holds again.
        Assert.Empty(x.Engine.CheckInvariants());
    }

    [Fact]
    public void Reset_is_replayed_from_the_journal_to_the_same_state_and_survives_a_snapshot()
    {
        var x = new TestExchange();
        var a = x.Account();
        var b = x.Account();
        x.Limit(a, OrderSide.Sell, "100", "1");
        x.Limit(b, OrderSide.Buy, "100", "0.5");
        x.Run(new Reset { Time = x.Tick(), Grants = Allowance });
        x.Limit(a, OrderSide.Sell, "100", "0.2");

        var replayed = new MatchingEngine(x.Config);
        foreach (var command in x.Journal)
        {
            replayed.Execute(command);
        }

        Assert.Equal(x.Engine.StateHash(), replayed.StateHash());
        var restored = MatchingEngine.Restore(x.Config, x.Engine.Snapshot());
        Assert.Equal(1, restored.Epoch);
        Assert.Equal(x.Engine.StateHash(), restored.StateHash());
    }
}
