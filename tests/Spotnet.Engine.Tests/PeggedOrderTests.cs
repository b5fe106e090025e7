namespace Spotnet.Engine.Tests;

/// <summary>faqs/pegged_orders.md (spec-rest-wsapi.md §d.16): limit prices taken from the book at entry.</summary>
public class PeggedOrderTests
{
    private static PlaceOrder Pegged(TestExchange x, int account, OrderSide side, OrderType type, PegPriceType peg, int? levels = null,
        TimeInForce? tif = TimeInForce.Gtc, string? price = null) =>
        x.Order(account, side, type, price, "1", tif) with { PegPriceType = peg, PegOffsetLevels = levels };

    private static TestExchange WithBook()
    {
        var x = new TestExchange();
        var maker = x.Account();
        x.Limit(maker, OrderSide.Buy, "99", "1");
        x.Limit(maker, OrderSide.Buy, "98", "1");
        x.Limit(maker, OrderSide.Sell, "101", "1");
        x.Limit(maker, OrderSide.Sell, "102", "1");
        return x;
    }

    [Fact]
    public void Primary_peg_joins_the_best_price_on_the_same_side()
    {
        var x = WithBook();
        var a = x.Account();
        var result = x.Run(Pegged(x, a, OrderSide.Buy, OrderType.Limit, PegPriceType.PrimaryPeg));
        var order = x.Get(a, result.OrderId);
        Assert.Equal((Price.Zero, Price.Parse("99")), (order.Price, order.PeggedPrice));
        Assert.Equal(Quantity.Parse("2"), x.Engine.GetDepth(0, 5).Bids[0].Quantity);
        Assert.Equal(99m, x.Locked(a, TestExchange.Usdt));
    }

    [Fact]
    public void Market_peg_takes_the_best_opposite_price()
    {
        var x = WithBook();
        var a = x.Account();
        var result = x.Run(Pegged(x, a, OrderSide.Buy, OrderType.Limit, PegPriceType.MarketPeg, tif: TimeInForce.Ioc));
        Assert.Equal(Price.Parse("101"), Assert.Single(x.Engine.Output.Trades.Items.ToArray()).Price);
        Assert.Equal(OrderStatus.Filled, x.Get(a, result.OrderId).Status);
    }

    [Fact]
    public void Price_level_offset_goes_deeper_into_the_book()
    {
        var x = WithBook();
        var a = x.Account();
        var result = x.Run(Pegged(x, a, OrderSide.Sell, OrderType.Limit, PegPriceType.PrimaryPeg, levels: 1));
        Assert.Equal(Price.Parse("102"), x.Get(a, result.OrderId).PeggedPrice);
    }

    [Fact]
    public void A_missing_level_is_rejected_as_too_little_liquidity()
    {
        var x = new TestExchange();
        var result = x.Run(Pegged(x, x.Account(), OrderSide.Buy, OrderType.Limit, PegPriceType.PrimaryPeg));
        Assert.Equal((-2010, "Order book liquidity is too low for this pegged order."), (result.Code, result.Message));
    }

    [Fact]
    public void Limit_maker_may_only_use_primary_peg()
    {
        var x = WithBook();
        var result = x.Run(Pegged(x, x.Account(), OrderSide.Buy, OrderType.LimitMaker, PegPriceType.MarketPeg, tif: null));
        Assert.Equal("This price peg cannot be used with this order type.", result.Message);
    }

    [Fact]
    public void Market_orders_cannot_be_pegged()
    {
        var x = WithBook();
        var result = x.Run(x.Order(x.Account(), OrderSide.Buy, OrderType.Market, quantity: "1") with { PegPriceType = PegPriceType.MarketPeg });
        Assert.Equal("This order type may not use pegged price.", result.Message);
    }

    [Fact]
    public void Primary_peg_limit_needs_gtc()
    {
        var x = WithBook();
        var result = x.Run(Pegged(x, x.Account(), OrderSide.Buy, OrderType.Limit, PegPriceType.PrimaryPeg, tif: TimeInForce.Ioc));
        Assert.Equal(-2010, result.Code);
    }

    [Fact]
    public void Pegged_orders_are_refused_when_the_symbol_disables_them()
    {
        var x = new TestExchange(s => s with { PegInstructionsAllowed = false });
        var result = x.Run(Pegged(x, x.Account(), OrderSide.Buy, OrderType.Limit, PegPriceType.PrimaryPeg));
        Assert.Equal("Pegged orders are not supported for this symbol.", result.Message);
    }

    [Fact]
    public void A_sent_price_must_also_pass_the_price_filter()
    {
        var x = WithBook();
        var result = x.Run(Pegged(x, x.Account(), OrderSide.Buy, OrderType.Limit, PegPriceType.PrimaryPeg, price: "99.001"));
        Assert.Equal("Filter failure: PRICE_FILTER", result.Message);
    }

    [Fact]
    public void Pegged_stop_limit_takes_the_best_price_when_triggered()
    {
        var x = WithBook();
        x.Limit(x.Account(), OrderSide.Sell, "100", "0.1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "0.1");
        var a = x.Account();
        var stop = x.Run(Pegged(x, a, OrderSide.Sell, OrderType.StopLossLimit, PegPriceType.PrimaryPeg) with { StopPrice = Price.Parse("99") });
        Assert.True(stop.IsSuccess, stop.Message);
        Assert.Equal(Price.Zero, x.Get(a, stop.OrderId).PeggedPrice);
        x.Market(x.Account(), OrderSide.Sell, quantity: "0.5");
        var order = x.Get(a, stop.OrderId);
        Assert.False(order.IsUntriggered);
        Assert.Equal(Price.Parse("101"), order.PeggedPrice);
        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Contains(x.Engine.GetDepth(0, 5).Asks, l => l.Price == Price.Parse("101") && l.Quantity == Quantity.Parse("2"));
    }

    [Fact]
    public void Pegged_buy_oco_stop_leg_tops_up_its_inherited_reservation_when_its_pegged_price_needs_more()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "0.1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "0.1");
        var bidder = x.Account();
        x.Limit(bidder, OrderSide.Buy, "104", "1");
        var a = x.Account(usdt: "1000");
        var placed = x.Run(new PlaceOrderList
        {
            Time = x.Tick(), AccountId = a, SymbolId = TestExchange.BtcUsdt, Kind = OrderListKind.Oco, ListClientOrderId = x.NextClientId(),
            SelfTradePreventionMode = SelfTradePreventionMode.None,
            Above = new OrderListLeg
            {
                Type = OrderType.StopLossLimit, Side = OrderSide.Buy, Quantity = Quantity.Parse("1"), StopPrice = Price.Parse("105"),
                TimeInForce = TimeInForce.Gtc, PegPriceType = PegPriceType.PrimaryPeg, ClientOrderId = x.NextClientId(),
            },
            Below = new OrderListLeg
            {
                Type = OrderType.LimitMaker, Side = OrderSide.Buy, Price = Price.Parse("90"), Quantity = Quantity.Parse("1"),
                ClientOrderId = x.NextClientId(),
            },
        });
        Assert.True(placed.IsSuccess, placed.Message);
        Assert.Equal(90m, x.Locked(a, TestExchange.Usdt));

        // A trade at 105 triggers the stop leg; it pegs to the best bid, 104, and needs 104 where it inherited 90.
        x.Limit(x.Account(), OrderSide.Sell, "105", "0.1");
        x.Limit(x.Account(), OrderSide.Buy, "105", "0.1");
        var stop = x.Get(a, x.Engine.GetOrderList(a, placed.OrderListId, null)!.Orders[1].OrderId);
        Assert.Equal((OrderStatus.New, Price.Parse("104")), (stop.Status, stop.PeggedPrice));
        Assert.Equal(104m, x.Locked(a, TestExchange.Usdt));

        // Filling it spends exactly the pegged notional (Run checks conservation after every command).
        x.Limit(x.Account(), OrderSide.Sell, "104", "2");
        Assert.Equal(OrderStatus.Filled, x.Get(a, stop.OrderId).Status);
        Assert.Equal((0m, 896m), (x.Locked(a, TestExchange.Usdt), x.Free(a, TestExchange.Usdt)));
    }

    [Fact]
    public void Pegged_buy_oco_stop_leg_expires_as_rejected_when_the_top_up_is_not_covered()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "0.1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "0.1");
        x.Limit(x.Account(), OrderSide.Buy, "104", "1");
        var a = x.Account(usdt: "95");
        var placed = x.Run(new PlaceOrderList
        {
            Time = x.Tick(), AccountId = a, SymbolId = TestExchange.BtcUsdt, Kind = OrderListKind.Oco, ListClientOrderId = x.NextClientId(),
            SelfTradePreventionMode = SelfTradePreventionMode.None,
            Above = new OrderListLeg
            {
                Type = OrderType.StopLossLimit, Side = OrderSide.Buy, Quantity = Quantity.Parse("1"), StopPrice = Price.Parse("105"),
                TimeInForce = TimeInForce.Gtc, PegPriceType = PegPriceType.PrimaryPeg, ClientOrderId = x.NextClientId(),
            },
            Below = new OrderListLeg
            {
                Type = OrderType.LimitMaker, Side = OrderSide.Buy, Price = Price.Parse("90"), Quantity = Quantity.Parse("1"),
                ClientOrderId = x.NextClientId(),
            },
        });
        Assert.True(placed.IsSuccess, placed.Message);

        x.Limit(x.Account(), OrderSide.Sell, "105", "0.1");
        x.Limit(x.Account(), OrderSide.Buy, "105", "0.1");
        var stop = x.Get(a, x.Engine.GetOrderList(a, placed.OrderListId, null)!.Orders[1].OrderId);
        Assert.Equal((OrderStatus.Expired, ExpiryReason.Rejected), (stop.Status, stop.ExpiryReason));
        Assert.Equal((0m, 95m), (x.Locked(a, TestExchange.Usdt), x.Free(a, TestExchange.Usdt)));
    }
}
