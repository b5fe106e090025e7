namespace Spotnet.Engine.Tests;

/// <summary>spec-rest-wsapi.md §d.1 (trigger rules) and §d.5 / faqs/trailing-stop-faq.md (trailing stops).</summary>
public class StopOrderTests
{
    private static (TestExchange X, int Maker) WithLastPrice(string price)
    {
        var x = new TestExchange();
        var maker = x.Account();
        x.Limit(maker, OrderSide.Sell, price, "1");
        x.Limit(x.Account(), OrderSide.Buy, price, "1");
        return (x, maker);
    }

    private static void TradeAt(TestExchange x, string price)
    {
        var a = x.Account();
        x.Limit(a, OrderSide.Sell, price, "0.001");
        x.Limit(x.Account(), OrderSide.Buy, price, "0.001");
    }

    [Fact]
    public void Untriggered_stop_is_not_working_and_not_on_the_book()
    {
        var (x, _) = WithLastPrice("100");
        var a = x.Account();
        var result = x.Run(x.Order(a, OrderSide.Sell, OrderType.StopLossLimit, "89", "1", TimeInForce.Gtc, stopPrice: "90"));
        var order = x.Get(a, result.OrderId);
        Assert.Equal(-1, order.WorkingTime);
        Assert.False(order.IsWorking);
        Assert.True(order.IsUntriggered);
        Assert.Empty(x.Engine.GetDepth(0, 5).Asks);
        Assert.Equal(1m, x.Locked(a, TestExchange.Btc));
    }

    [Theory]
    [InlineData(OrderType.StopLoss, OrderSide.Sell, "100")]
    [InlineData(OrderType.StopLoss, OrderSide.Buy, "100")]
    [InlineData(OrderType.TakeProfit, OrderSide.Sell, "100")]
    [InlineData(OrderType.TakeProfit, OrderSide.Buy, "100")]
    [InlineData(OrderType.StopLoss, OrderSide.Sell, "101")]
    [InlineData(OrderType.TakeProfit, OrderSide.Buy, "101")]
    [InlineData(OrderType.StopLoss, OrderSide.Buy, "99")]
    [InlineData(OrderType.TakeProfit, OrderSide.Sell, "99")]
    public void Stop_price_already_reached_would_trigger_immediately(OrderType type, OrderSide side, string stop)
    {
        var (x, _) = WithLastPrice("100");
        var result = x.Run(x.Order(x.Account(), side, type, quantity: "1", stopPrice: stop));
        Assert.Equal((-2010, "Order would trigger immediately."), (result.Code, result.Message));
    }

    [Fact]
    public void Stop_loss_sell_triggers_when_the_last_price_falls_to_the_stop()
    {
        var (x, _) = WithLastPrice("100");
        var a = x.Account();
        var buyer = x.Account();
        x.Limit(buyer, OrderSide.Buy, "89", "5");
        var stop = x.Run(x.Order(a, OrderSide.Sell, OrderType.StopLoss, quantity: "1", stopPrice: "90"));
        TradeAt(x, "95");
        Assert.True(x.Get(a, stop.OrderId).IsUntriggered);
        TradeAt(x, "90");
        var order = x.Get(a, stop.OrderId);
        Assert.False(order.IsUntriggered);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(x.Now, order.WorkingTime);
    }

    [Fact]
    public void Take_profit_limit_buy_triggers_below_and_rests_at_its_price()
    {
        var (x, _) = WithLastPrice("100");
        var a = x.Account();
        var tp = x.Run(x.Order(a, OrderSide.Buy, OrderType.TakeProfitLimit, "80", "1", TimeInForce.Gtc, stopPrice: "90"));
        TradeAt(x, "90");
        var order = x.Get(a, tp.OrderId);
        Assert.Equal(OrderStatus.New, order.Status);
        Assert.True(order.IsWorking);
        Assert.Equal(Price.Parse("80"), x.Engine.GetDepth(0, 5).Bids[0].Price);
    }

    [Fact]
    public void Trailing_sell_without_stop_price_triggers_after_the_delta_drop_from_the_high()
    {
        // FAQ: SELL triggers when price <= max * (1 - delta/10000); 36,900 = 41,000 * 0.90.
        var (x, _) = WithLastPrice("40000");
        var a = x.Account();
        x.Limit(x.Account(), OrderSide.Buy, "30000", "5");
        var trailing = x.Run(x.Order(a, OrderSide.Sell, OrderType.StopLoss, quantity: "1", trailingDelta: 1000));
        TradeAt(x, "40000");
        Assert.NotEqual(-1, x.Get(a, trailing.OrderId).TrailingTime);
        TradeAt(x, "41000");
        TradeAt(x, "36901");
        Assert.True(x.Get(a, trailing.OrderId).IsUntriggered);
        TradeAt(x, "36900");
        Assert.False(x.Get(a, trailing.OrderId).IsUntriggered);
    }

    [Fact]
    public void Trailing_stop_without_stop_price_tracks_from_the_first_trade_after_placement_not_the_last_before()
    {
        // The FAQ's rule ("starts tracking price changes from the next trade"), not its Scenario E's reference to the
        // trade before placement (fidelity E29): a 10% drop from the 40,000 before placement does not trigger.
        var (x, _) = WithLastPrice("40000");
        var a = x.Account();
        x.Limit(x.Account(), OrderSide.Buy, "30000", "5");
        var trailing = x.Run(x.Order(a, OrderSide.Sell, OrderType.StopLoss, quantity: "1", trailingDelta: 1000));
        TradeAt(x, "36000");
        Assert.True(x.Get(a, trailing.OrderId).IsUntriggered);
        TradeAt(x, "32401");
        Assert.True(x.Get(a, trailing.OrderId).IsUntriggered);
        TradeAt(x, "32400");
        Assert.False(x.Get(a, trailing.OrderId).IsUntriggered);
    }

    [Fact]
    public void Trailing_buy_with_stop_price_starts_tracking_only_once_the_stop_condition_is_met()
    {
        // FAQ scenario A: stop 44,000, delta 500; tracking from 42,000 triggers at 44,100 = 42,000 * 1.05.
        var (x, _) = WithLastPrice("40000");
        var a = x.Account(usdt: "1000000");
        x.Limit(x.Account(), OrderSide.Sell, "50000", "5");
        var trailing = x.Run(x.Order(a, OrderSide.Buy, OrderType.StopLossLimit, "50000", "1", TimeInForce.Gtc, stopPrice: "44000", trailingDelta: 500));
        TradeAt(x, "37000");
        Assert.Equal(-1, x.Get(a, trailing.OrderId).TrailingTime);
        TradeAt(x, "44000");
        Assert.NotEqual(-1, x.Get(a, trailing.OrderId).TrailingTime);
        TradeAt(x, "42000");
        TradeAt(x, "44099");
        Assert.True(x.Get(a, trailing.OrderId).IsUntriggered);
        TradeAt(x, "44100");
        Assert.False(x.Get(a, trailing.OrderId).IsUntriggered);
    }

    [Fact]
    public void Trailing_delta_outside_the_filter_fails_trailing_delta()
    {
        var x = new TestExchange();
        var result = x.Run(x.Order(x.Account(), OrderSide.Sell, OrderType.StopLoss, quantity: "1", trailingDelta: 5));
        Assert.Equal((-1013, "Filter failure: TRAILING_DELTA"), (result.Code, result.Message));
    }

    // errors.md names "Filter failure: TRAILING_DELTA" for a delta outside the filter's range; zero and below always are.
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_trailing_delta_below_one_fails_the_filter_or_is_an_invalid_number_without_one(long delta)
    {
        var filtered = new TestExchange();
        var result = filtered.Run(filtered.Order(filtered.Account(), OrderSide.Sell, OrderType.StopLoss, quantity: "1", trailingDelta: delta));
        Assert.Equal((-1013, "Filter failure: TRAILING_DELTA"), (result.Code, result.Message));

        var unfiltered = new TestExchange(symbol => symbol with { Filters = symbol.Filters with { TrailingDelta = null } });
        result = unfiltered.Run(unfiltered.Order(unfiltered.Account(), OrderSide.Sell, OrderType.StopLoss, quantity: "1", trailingDelta: delta));
        Assert.Equal((-1013, "Invalid quantity or price."), (result.Code, result.Message));
    }

    [Fact]
    public void Trailing_stops_are_refused_when_the_symbol_disables_them()
    {
        var x = new TestExchange(s => s with { AllowTrailingStop = false });
        var result = x.Run(x.Order(x.Account(), OrderSide.Sell, OrderType.StopLoss, quantity: "1", trailingDelta: 100));
        Assert.Equal("Trailing stop orders are not supported for this symbol.", result.Message);
    }

    [Fact]
    public void Stop_market_buy_without_balance_at_trigger_expires()
    {
        var (x, _) = WithLastPrice("100");
        var poor = x.Account(usdt: "50");
        x.Limit(x.Account(), OrderSide.Sell, "110", "5");
        var stop = x.Run(x.Order(poor, OrderSide.Buy, OrderType.StopLoss, quantity: "1", stopPrice: "105"));
        Assert.True(stop.IsSuccess);
        TradeAt(x, "105");
        var order = x.Get(poor, stop.OrderId);
        Assert.Equal(OrderStatus.Expired, order.Status);
        Assert.Equal(50m, x.Free(poor, TestExchange.Usdt));
    }

    [Fact]
    public void Algo_order_count_is_limited_by_max_num_algo_orders()
    {
        var (x, _) = WithLastPrice("100");
        var a = x.Account();
        for (var i = 0; i < 5; i++)
        {
            Assert.True(x.Run(x.Order(a, OrderSide.Sell, OrderType.StopLoss, quantity: "1", stopPrice: "90")).IsSuccess);
        }

        var result = x.Run(x.Order(a, OrderSide.Sell, OrderType.StopLoss, quantity: "1", stopPrice: "90"));
        Assert.Equal((-1013, "Filter failure: MAX_NUM_ALGO_ORDERS"), (result.Code, result.Message));
    }
}
