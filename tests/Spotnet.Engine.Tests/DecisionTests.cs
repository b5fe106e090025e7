namespace Spotnet.Engine.Tests;

/// <summary>Where the docs are silent or contradict each other (spec-rest-wsapi.md §h and ⚠ notes): the decisions taken, pinned.</summary>
public class DecisionTests
{
    [Fact]
    public void Stop_orders_before_the_first_trade_are_accepted_without_the_trigger_check()
    {
        var x = new TestExchange();
        var result = x.Run(x.Order(x.Account(), OrderSide.Sell, OrderType.StopLoss, quantity: "1", stopPrice: "90"));
        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void A_triggered_stop_emits_a_new_update_with_its_working_time()
    {
        var x = new TestExchange();
        var a = x.Account();
        x.Limit(x.Account(), OrderSide.Buy, "80", "5");
        var stop = x.Run(x.Order(a, OrderSide.Sell, OrderType.StopLossLimit, "85", "1", TimeInForce.Gtc, stopPrice: "90"));
        x.Limit(x.Account(), OrderSide.Sell, "90", "0.1");
        x.Limit(x.Account(), OrderSide.Buy, "90", "0.1");
        var update = x.Engine.Output.OrderUpdates.Items.ToArray().Single(u => u.Order.OrderId == stop.OrderId);
        Assert.Equal((ExecutionType.New, OrderStatus.New, x.Now), (update.ExecutionType, update.Order.Status, update.Order.WorkingTime));
    }

    [Fact]
    public void Stop_market_buy_without_balance_at_trigger_expires_with_reason_rejected()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        var poor = x.Account(usdt: "10");
        x.Limit(x.Account(), OrderSide.Sell, "110", "5");
        var stop = x.Run(x.Order(poor, OrderSide.Buy, OrderType.StopLoss, quantity: "1", stopPrice: "105"));
        x.Limit(x.Account(), OrderSide.Sell, "105", "0.1");
        x.Limit(x.Account(), OrderSide.Buy, "105", "0.1");
        Assert.Equal((OrderStatus.Expired, ExpiryReason.Rejected), (x.Get(poor, stop.OrderId).Status, x.Get(poor, stop.OrderId).ExpiryReason));
    }

    [Fact]
    public void Fok_that_would_meet_its_own_order_before_filling_expires_without_prevented_matches()
    {
        var x = new TestExchange();
        var a = x.Account();
        x.Limit(a, OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var fok = x.Limit(a, OrderSide.Buy, "100", "1", TimeInForce.Fok, SelfTradePreventionMode.ExpireTaker);
        Assert.Empty(x.Engine.Output.PreventedMatches.Items.ToArray());
        Assert.Equal((OrderStatus.Expired, ExpiryReason.UnfilledFokOrderExpired), (x.Get(a, fok.OrderId).Status, x.Get(a, fok.OrderId).ExpiryReason));
    }

    [Fact]
    public void Fok_with_expire_maker_skips_its_own_orders_when_counting_liquidity()
    {
        var x = new TestExchange();
        var a = x.Account();
        var own = x.Limit(a, OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var fok = x.Limit(a, OrderSide.Buy, "100", "1", TimeInForce.Fok, SelfTradePreventionMode.ExpireMaker);
        Assert.Equal(OrderStatus.Filled, x.Get(a, fok.OrderId).Status);
        Assert.Equal(OrderStatus.ExpiredInMatch, x.Get(a, own.OrderId).Status);
    }

    [Fact]
    public void Cancels_are_refused_unless_the_symbol_is_trading_or_cancel_only()
    {
        var x = new TestExchange();
        var a = x.Account();
        var order = x.Limit(a, OrderSide.Buy, "100", "1");
        x.Run(new SetSymbolStatus { Time = x.Tick(), SymbolId = 0, Status = SymbolStatus.Halt });
        Assert.Equal((-2011, "Market is closed."), (x.Cancel(a, order.OrderId).Code, x.Cancel(a, order.OrderId).Message));
    }

    [Fact]
    public void Amend_to_at_most_the_executed_quantity_would_change_no_state()
    {
        var x = new TestExchange();
        var a = x.Account();
        var order = x.Limit(a, OrderSide.Buy, "100", "2");
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var result = x.Run(new AmendOrder { Time = x.Tick(), AccountId = a, SymbolId = 0, OrderId = order.OrderId, NewClientOrderId = "n", NewQuantity = Quantity.Parse("1") });
        Assert.Equal((-2038, "The requested action would change no state; rejecting"), (result.Code, result.Message));
    }

    [Fact]
    public void Amending_one_oco_leg_amends_the_other()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        var a = x.Account();
        var placed = x.Run(new PlaceOrderList
        {
            Time = x.Tick(), AccountId = a, SymbolId = 0, Kind = OrderListKind.Oco, ListClientOrderId = "l",
            Above = new OrderListLeg { Type = OrderType.LimitMaker, Side = OrderSide.Sell, Price = Price.Parse("110"), Quantity = Quantity.Parse("2"), ClientOrderId = "above" },
            Below = new OrderListLeg { Type = OrderType.StopLoss, Side = OrderSide.Sell, StopPrice = Price.Parse("90"), Quantity = Quantity.Parse("2"), ClientOrderId = "below" },
        });
        var list = x.Engine.GetOrderList(a, placed.OrderListId, null)!;
        var result = x.Run(new AmendOrder { Time = x.Tick(), AccountId = a, SymbolId = 0, OrderId = list.Orders[1].OrderId, NewClientOrderId = "above", NewQuantity = Quantity.Parse("1") });
        Assert.True(result.IsSuccess, result.Message);
        Assert.All(list.Orders, o => Assert.Equal(Quantity.Parse("1"), x.Get(a, o.OrderId).OriginalQuantity));
        Assert.Equal(1m, x.Locked(a, TestExchange.Btc));
    }

    [Fact]
    public void Zero_lot_size_fields_disable_their_checks_like_price_filter()
    {
        var x = new TestExchange(s => s with { Filters = TestExchange.DefaultFilters with { LotSize = new LotSizeFilter(Quantity.Zero, Quantity.Zero, Quantity.Zero) } });
        Assert.True(x.Limit(x.Account(), OrderSide.Buy, "1", "0.00000001").IsSuccess);
    }

    [Fact]
    public void Percent_price_is_skipped_before_the_first_trade()
    {
        var x = new TestExchange(s => s with { Filters = TestExchange.DefaultFilters with { PercentPrice = new PercentPriceFilter(Price.Parse("1.1"), Price.Parse("0.9"), 5) } });
        Assert.True(x.Limit(x.Account(), OrderSide.Buy, "12345", "0.001").IsSuccess);
    }

    [Fact]
    public void Expire_taker_after_a_partial_fill_ends_as_expired_in_match()
    {
        var x = new TestExchange();
        var a = x.Account();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        x.Limit(a, OrderSide.Sell, "101", "1");
        var taker = x.Limit(a, OrderSide.Buy, "101", "2", stp: SelfTradePreventionMode.ExpireTaker);
        var order = x.Get(a, taker.OrderId);
        Assert.Equal((OrderStatus.ExpiredInMatch, Quantity.Parse("1"), Quantity.Parse("1")), (order.Status, order.ExecutedQuantity, order.PreventedQuantity));
    }

    [Fact]
    public void A_notional_beyond_any_balance_is_rejected_as_insufficient_balance_not_an_overflow()
    {
        var x = new TestExchange(s => s with { Filters = new SymbolFilters() });
        var result = x.Run(x.Order(x.Account(), OrderSide.Buy, OrderType.Limit, "90000000000", "90000000000", TimeInForce.Gtc));
        Assert.Equal((-2010, "Account has insufficient balance for requested action."), (result.Code, result.Message));
    }

    [Fact]
    public void A_grant_that_would_overflow_the_asset_total_is_rejected()
    {
        var x = new TestExchange();
        var a = x.Account();
        var result = x.Run(new AdjustBalance { Time = x.Tick(), AccountId = a, Asset = TestExchange.Usdt, Delta = long.MaxValue });
        Assert.False(result.IsSuccess);
        Assert.Equal(1000000m, x.Free(a, TestExchange.Usdt));
    }
}
