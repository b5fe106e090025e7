namespace Spotnet.Engine.Tests;

/// <summary>spec-rest-wsapi.md §d.1, §d.3 and §d.13: LIMIT orders, time in force, statuses and the ledger.</summary>
public class LimitOrderTests
{
    [Fact]
    public void Limit_buy_rests_and_locks_price_times_quantity()
    {
        var x = new TestExchange();
        var a = x.Account(usdt: "1000");
        var result = x.Limit(a, OrderSide.Buy, "100", "2");
        Assert.True(result.IsSuccess);
        Assert.Equal(800m, x.Free(a, TestExchange.Usdt));
        Assert.Equal(200m, x.Locked(a, TestExchange.Usdt));
        var order = x.Get(a, result.OrderId);
        Assert.Equal(OrderStatus.New, order.Status);
        Assert.True(order.IsWorking);
        Assert.Equal(x.Now, order.WorkingTime);
        var depth = x.Engine.GetDepth(TestExchange.BtcUsdt, 10);
        Assert.Equal(new BookLevel(Price.Parse("100"), Quantity.Parse("2")), Assert.Single(depth.Bids));
    }

    [Fact]
    public void Limit_buy_crossing_best_ask_fills_at_ask_price()
    {
        var x = new TestExchange();
        var seller = x.Account();
        var buyer = x.Account(btc: "0", usdt: "1000");
        var ask = x.Limit(seller, OrderSide.Sell, "100", "1");
        var bid = x.Limit(buyer, OrderSide.Buy, "110", "1");
        var trade = Assert.Single(x.Engine.Output.Trades.Items.ToArray());
        Assert.Equal(Price.Parse("100"), trade.Price);
        Assert.Equal(Quantity.Parse("100"), trade.QuoteQuantity);
        Assert.False(trade.IsBuyerMaker);
        Assert.Equal(bid.OrderId, trade.BuyerOrderId);
        Assert.Equal(ask.OrderId, trade.SellerOrderId);
        Assert.Equal(OrderStatus.Filled, x.Get(buyer, bid.OrderId).Status);
        Assert.Equal(OrderStatus.Filled, x.Get(seller, ask.OrderId).Status);
        Assert.Equal(900m, x.Free(buyer, TestExchange.Usdt));
        Assert.Equal(0m, x.Locked(buyer, TestExchange.Usdt));
        Assert.Equal(1m, x.Free(buyer, TestExchange.Btc));
        Assert.Empty(x.Engine.GetDepth(TestExchange.BtcUsdt, 10).Asks);
    }

    [Fact]
    public void Orders_at_one_price_fill_in_time_priority()
    {
        var x = new TestExchange();
        var a = x.Account();
        var b = x.Account();
        var first = x.Limit(a, OrderSide.Sell, "100", "1");
        var second = x.Limit(b, OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        Assert.Equal(OrderStatus.Filled, x.Get(a, first.OrderId).Status);
        Assert.Equal(OrderStatus.New, x.Get(b, second.OrderId).Status);
    }

    [Fact]
    public void Ioc_fills_what_it_can_and_expires_the_rest()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var buyer = x.Account();
        var ioc = x.Limit(buyer, OrderSide.Buy, "100", "3", TimeInForce.Ioc);
        var order = x.Get(buyer, ioc.OrderId);
        Assert.Equal(OrderStatus.Expired, order.Status);
        Assert.Equal(ExpiryReason.UnfilledIocQuantityExpired, order.ExpiryReason);
        Assert.Equal(Quantity.Parse("1"), order.ExecutedQuantity);
        Assert.Equal(0m, x.Locked(buyer, TestExchange.Usdt));
    }

    [Fact]
    public void Fok_buy_that_cannot_fill_completely_expires_without_trades()
    {
        var x = new TestExchange();
        var seller = x.Account();
        var ask = x.Limit(seller, OrderSide.Sell, "100", "1");
        var buyer = x.Account();
        var fok = x.Limit(buyer, OrderSide.Buy, "100", "2", TimeInForce.Fok);
        Assert.Empty(x.Engine.Output.Trades.Items.ToArray());
        var order = x.Get(buyer, fok.OrderId);
        Assert.Equal(OrderStatus.Expired, order.Status);
        Assert.Equal(ExpiryReason.UnfilledFokOrderExpired, order.ExpiryReason);
        Assert.Equal(OrderStatus.New, x.Get(seller, ask.OrderId).Status);
    }

    [Fact]
    public void Fok_that_can_fill_fills_completely_across_levels()
    {
        var x = new TestExchange();
        var seller = x.Account();
        x.Limit(seller, OrderSide.Sell, "100", "1");
        x.Limit(seller, OrderSide.Sell, "101", "1");
        var buyer = x.Account();
        var fok = x.Limit(buyer, OrderSide.Buy, "101", "2", TimeInForce.Fok);
        Assert.Equal(2, x.Engine.Output.Trades.Count);
        Assert.Equal(OrderStatus.Filled, x.Get(buyer, fok.OrderId).Status);
        Assert.Equal(Quantity.Parse("201"), x.Get(buyer, fok.OrderId).CumulativeQuoteQuantity);
    }

    [Fact]
    public void Partially_filled_gtc_rests_with_remaining_quantity()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var buyer = x.Account(usdt: "1000");
        var bid = x.Limit(buyer, OrderSide.Buy, "100", "3");
        var order = x.Get(buyer, bid.OrderId);
        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);
        Assert.Equal(200m, x.Locked(buyer, TestExchange.Usdt));
        Assert.Equal(Quantity.Parse("2"), x.Engine.GetDepth(0, 5).Bids[0].Quantity);
    }

    [Fact]
    public void Insufficient_balance_is_rejected_with_minus_2010()
    {
        var x = new TestExchange();
        var a = x.Account(usdt: "10");
        var result = x.Limit(a, OrderSide.Buy, "100", "1");
        Assert.Equal(-2010, result.Code);
        Assert.Equal("Account has insufficient balance for requested action.", result.Message);
        Assert.Empty(x.Engine.Output.OrderUpdates.Items.ToArray());
    }

    [Fact]
    public void Limit_maker_that_would_take_is_rejected()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var result = x.Run(x.Order(x.Account(), OrderSide.Buy, OrderType.LimitMaker, "100", "1"));
        Assert.Equal(-2010, result.Code);
        Assert.Equal("Order would immediately match and take.", result.Message);
    }

    [Fact]
    public void Limit_maker_that_does_not_cross_rests()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var result = x.Run(x.Order(x.Account(), OrderSide.Buy, OrderType.LimitMaker, "99", "1"));
        Assert.True(result.IsSuccess);
        Assert.Single(x.Engine.GetDepth(0, 5).Bids);
    }

    [Fact]
    public void New_then_trade_updates_are_emitted_and_first_fill_is_flagged()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var buy = x.Limit(x.Account(), OrderSide.Buy, "100", "2");
        var updates = x.Engine.Output.OrderUpdates.Items.ToArray().Where(u => u.Order.OrderId == buy.OrderId).ToArray();
        Assert.Equal([ExecutionType.New, ExecutionType.Trade, ExecutionType.Trade], updates.Select(u => u.ExecutionType));
        Assert.Equal([false, true, false], updates.Select(u => u.IsFirstFill));
        Assert.Equal(OrderStatus.Filled, updates[^1].Order.Status);
    }

    [Fact]
    public void Trade_ids_and_order_ids_count_per_symbol_from_one()
    {
        var x = new TestExchange();
        var first = x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        Assert.Equal(1, first.OrderId);
        Assert.Equal(1, x.Engine.Output.Trades.Items[0].TradeId);
    }

    [Fact]
    public void Book_updates_carry_increasing_update_ids_and_the_level_total()
    {
        var x = new TestExchange();
        var a = x.Account();
        x.Limit(a, OrderSide.Buy, "100", "1");
        var first = Assert.Single(x.Engine.Output.BookUpdates.Items.ToArray());
        x.Limit(a, OrderSide.Buy, "100", "2");
        var second = Assert.Single(x.Engine.Output.BookUpdates.Items.ToArray());
        Assert.Equal(Quantity.Parse("3"), second.Quantity);
        Assert.True(second.UpdateId > first.UpdateId);
        Assert.Equal(second.UpdateId, x.Engine.GetDepth(0, 5).LastUpdateId);
    }

    [Fact]
    public void Balance_updates_report_final_free_and_locked_of_touched_assets()
    {
        var x = new TestExchange();
        var a = x.Account(usdt: "1000");
        x.Limit(a, OrderSide.Buy, "100", "1");
        var update = Assert.Single(x.Engine.Output.BalanceUpdates.Items.ToArray());
        Assert.Equal((a, TestExchange.Usdt), (update.AccountId, update.Asset));
        Assert.Equal(Quantity.Parse("900"), update.Free);
        Assert.Equal(Quantity.Parse("100"), update.Locked);
    }

    [Fact]
    public void Symbol_not_trading_rejects_new_orders_with_market_is_closed()
    {
        var x = new TestExchange();
        x.Run(new SetSymbolStatus { Time = x.Tick(), SymbolId = 0, Status = SymbolStatus.Halt });
        var result = x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        Assert.Equal((-2010, "Market is closed."), (result.Code, result.Message));
    }

    [Fact]
    public void Cancel_only_symbol_allows_cancel_but_not_new_orders()
    {
        var x = new TestExchange();
        var a = x.Account();
        var order = x.Limit(a, OrderSide.Buy, "100", "1");
        x.Run(new SetSymbolStatus { Time = x.Tick(), SymbolId = 0, Status = SymbolStatus.CancelOnly });
        Assert.Equal(-2010, x.Limit(a, OrderSide.Buy, "100", "1").Code);
        Assert.True(x.Cancel(a, order.OrderId).IsSuccess);
    }
}
