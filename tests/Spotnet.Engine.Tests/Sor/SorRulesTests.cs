namespace Spotnet.Engine.Tests.Sor;

/// <summary>What SOR accepts (rest-api.md #33: LIMIT and MARKET with quantity), self-trade prevention, resets and snapshots.</summary>
public class SorRulesTests
{
    [Theory]
    [InlineData(OrderType.LimitMaker)]
    [InlineData(OrderType.StopLoss)]
    [InlineData(OrderType.StopLossLimit)]
    [InlineData(OrderType.TakeProfit)]
    [InlineData(OrderType.TakeProfitLimit)]
    public void Sor_accepts_only_limit_and_market_orders(OrderType type)
    {
        var x = new SorExchange();
        var a = x.Account();
        var result = x.Run(x.Sor(a, OrderSide.Buy, type, "1", "30000"));
        Assert.Equal(EngineErrors.NewOrderRejected, result.Code);
        Assert.Equal(EngineErrors.UnsupportedOrderCombination, result.Message);
        Assert.Empty(x.Engine.GetAllOrders(a, SorExchange.BtcUsdt));
    }

    [Fact]
    public void Sor_on_a_symbol_without_an_sor_configuration_is_an_unsupported_operation()
    {
        var x = new SorExchange();
        var a = x.Account();
        var result = x.Run(x.Sor(a, OrderSide.Buy, OrderType.Limit, "1", "3000", TimeInForce.Gtc, symbol: SorExchange.EthUsdt));
        Assert.Equal(-1020, result.Code);
        Assert.Equal("This operation is not supported.", result.Message);
    }

    [Fact]
    public void Sor_orders_pass_the_same_parameter_and_filter_checks_as_normal_orders_on_their_symbol()
    {
        var x = new SorExchange();
        var a = x.Account();
        var noTif = x.Run(x.Sor(a, OrderSide.Buy, OrderType.Limit, "1", "30000"));
        Assert.Equal((-1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed."), (noTif.Code, noTif.Message));
        var marketWithPrice = x.Run(x.Sor(a, OrderSide.Buy, OrderType.Market, "1", "30000"));
        Assert.Equal((-1106, "Parameter 'price' sent when not required."), (marketWithPrice.Code, marketWithPrice.Message));
        var badLot = x.Run(x.Sor(a, OrderSide.Buy, OrderType.Limit, "0.000001", "30000", TimeInForce.Gtc));
        Assert.Equal(-1013, badLot.Code);
        var poor = x.Account("100");
        var broke = x.Run(x.Sor(poor, OrderSide.Buy, OrderType.Limit, "1", "30000", TimeInForce.Gtc));
        Assert.Equal((EngineErrors.NewOrderRejected, EngineErrors.InsufficientBalance), (broke.Code, broke.Message));
        var duplicate = x.Sor(a, OrderSide.Buy, OrderType.Limit, "1", "100", TimeInForce.Gtc);
        Assert.True(x.Run(duplicate).IsSuccess);
        Assert.Equal(EngineErrors.DuplicateOrder, x.Run(duplicate with { Time = x.Tick() }).Message);
    }

    [Fact]
    public void Test_sor_order_validates_without_changing_anything()
    {
        var x = new SorExchange();
        x.SeedFaqAsks();
        var a = x.Account();
        var before = x.Engine.StateHash();
        var test = x.Engine.TestSorOrder(x.Sor(a, OrderSide.Buy, OrderType.Limit, "1", "31000", TimeInForce.Gtc));
        Assert.True(test.Result.IsSuccess);
        Assert.Equal(before, x.Engine.StateHash());
        var stop = x.Engine.TestSorOrder(x.Sor(a, OrderSide.Buy, OrderType.StopLoss, "1"));
        Assert.Equal(EngineErrors.UnsupportedOrderCombination, stop.Result.Message);
        var eth = x.Engine.TestSorOrder(x.Sor(a, OrderSide.Buy, OrderType.Market, "1", symbol: SorExchange.EthUsdt));
        Assert.Equal(-1020, eth.Result.Code);
    }

    [Fact]
    public void Stp_on_the_own_book_prevents_the_match_as_for_any_taker()
    {
        var x = new SorExchange();
        var trader = x.Account();
        var resting = x.Limit(trader, SorExchange.BtcUsdt, OrderSide.Sell, "28000", "1");
        var other = x.Account();
        x.Limit(other, SorExchange.BtcUsdc, OrderSide.Sell, "29000", "1");
        var result = x.Run(x.Sor(trader, OrderSide.Buy, OrderType.Limit, "2", "30000", TimeInForce.Gtc, stp: SelfTradePreventionMode.ExpireTaker));

        var order = x.Get(trader, SorExchange.BtcUsdt, result.OrderId);
        Assert.Equal(OrderStatus.ExpiredInMatch, order.Status);
        Assert.Equal(Quantity.Zero, order.ExecutedQuantity);
        var prevented = Assert.Single(x.Engine.GetPreventedMatches(trader, SorExchange.BtcUsdt));
        Assert.Equal((result.OrderId, resting.OrderId), (prevented.TakerOrderId, prevented.MakerOrderId));
        Assert.Equal(OrderStatus.New, x.Get(trader, SorExchange.BtcUsdt, resting.OrderId).Status);
    }

    [Fact]
    public void Sor_does_not_route_to_a_book_whose_best_maker_is_the_takers_own_order()
    {
        var x = new SorExchange();
        var trader = x.Account();
        var own = x.Limit(trader, SorExchange.BtcUsdc, OrderSide.Sell, "28000", "1");
        var other = x.Account();
        x.Limit(other, SorExchange.BtcUsdp, OrderSide.Sell, "29000", "1");
        var result = x.Run(x.Sor(trader, OrderSide.Buy, OrderType.Limit, "2", "30000", TimeInForce.Ioc, stp: SelfTradePreventionMode.ExpireMaker));

        var fill = Assert.Single(x.Fills(SorExchange.BtcUsdt, result.OrderId));
        Assert.Equal(Price.Parse("29000"), fill.LastPrice);
        Assert.Equal(OrderStatus.New, x.Get(trader, SorExchange.BtcUsdc, own.OrderId).Status);
        Assert.Empty(x.Engine.GetPreventedMatches(trader, SorExchange.BtcUsdc));
    }

    [Fact]
    public void Without_stp_an_sor_order_may_take_the_accounts_own_maker_on_another_book()
    {
        var x = new SorExchange();
        var trader = x.Account();
        x.Limit(trader, SorExchange.BtcUsdc, OrderSide.Sell, "28000", "1");
        var result = x.Run(x.Sor(trader, OrderSide.Buy, OrderType.Limit, "1", "30000", TimeInForce.Gtc, stp: SelfTradePreventionMode.None));
        Assert.Equal(OrderStatus.Filled, x.Get(trader, SorExchange.BtcUsdt, result.OrderId).Status);
        // 28,000 USDT paid, 28,000 USDC received: the allocator swapped them one to one.
        Assert.Equal(1_000_000m - 28_000m, x.Free(trader, SorExchange.Usdt));
        Assert.Equal(1_000_000m + 28_000m, x.Free(trader, SorExchange.Usdc));
    }

    [Fact]
    public void Reset_erases_allocations_and_keeps_allocation_ids_counting()
    {
        var x = new SorExchange();
        x.SeedFaqAsks();
        var a = x.Account();
        x.Run(x.Sor(a, OrderSide.Buy, OrderType.Market, "2"));
        Assert.Equal(2, x.Engine.GetAllocations(a, SorExchange.BtcUsdt).Count);
        x.Run(new Reset { Time = x.Tick(), Grants = [new(SorExchange.Usdt, TestExchange.Units("100000")), new(SorExchange.Btc, TestExchange.Units("10"))] });
        Assert.Empty(x.Engine.GetAllocations(a, SorExchange.BtcUsdt));
        var maker = x.Account();
        x.Limit(maker, SorExchange.BtcUsdp, OrderSide.Sell, "20000", "1");
        x.Run(x.Sor(a, OrderSide.Buy, OrderType.Market, "1"));
        Assert.Equal(2, Assert.Single(x.Engine.GetAllocations(a, SorExchange.BtcUsdt)).AllocationId);
    }

    [Fact]
    public void Sor_groups_must_share_the_base_asset()
    {
        var config = new SorExchange().Config with { SorGroups = [new SorGroup { BaseAsset = SorExchange.Btc, SymbolIds = [SorExchange.BtcUsdt, SorExchange.EthUsdt] }] };
        Assert.Throws<ArgumentException>(() => new MatchingEngine(config));
    }

    [Fact]
    public void Snapshot_keeps_allocations_sor_fields_and_the_allocator_position()
    {
        var x = new SorExchange();
        x.SeedFaqAsks();
        var a = x.Account();
        var result = x.Run(x.Sor(a, OrderSide.Buy, OrderType.Limit, "12", "31000", TimeInForce.Gtc));
        var restored = MatchingEngine.Restore(x.Config, x.Engine.Snapshot());
        Assert.Equal(x.Engine.StateHash(), restored.StateHash());
        Assert.Empty(restored.CheckInvariants());
        Assert.Equal(x.Engine.GetAllocations(a, SorExchange.BtcUsdt), restored.GetAllocations(a, SorExchange.BtcUsdt));
        Assert.True(restored.TryGetOrder(a, SorExchange.BtcUsdt, result.OrderId, null, out var order));
        Assert.True(order.UsedSor);
        Assert.Equal(WorkingFloor.Exchange, order.WorkingFloor);
        // The next allocation id continues after a restore.
        var next = x.Sor(a, OrderSide.Sell, OrderType.Market, "1");
        x.Run(next);
        restored.Execute(next);
        Assert.Equal(x.Engine.StateHash(), restored.StateHash());
    }

    [Fact]
    public void Iceberg_remainder_rests_on_the_own_book_showing_only_its_visible_part()
    {
        var x = new SorExchange();
        var maker = x.Account();
        x.Limit(maker, SorExchange.BtcUsdc, OrderSide.Sell, "28000", "1");
        var buyer = x.Account();
        var result = x.Run(x.Sor(buyer, OrderSide.Buy, OrderType.Limit, "5", "30000", TimeInForce.Gtc, iceberg: "0.5"));
        Assert.True(result.IsSuccess, result.Message);
        var order = x.Get(buyer, SorExchange.BtcUsdt, result.OrderId);
        Assert.Equal((Quantity.Parse("1"), Quantity.Parse("0.5")), (order.ExecutedQuantity, order.IcebergQuantity));
        Assert.Equal(new BookLevel(Price.Parse("30000"), Quantity.Parse("0.5")), Assert.Single(x.Engine.GetDepth(SorExchange.BtcUsdt, 5).Bids));
    }

    [Fact]
    public void A_book_whose_best_price_is_outside_its_price_range_takes_no_part_in_routing()
    {
        var x = new SorExchange(symbol => symbol with
        {
            PriceRange = new PriceRangeRule { BidLimitMultUp = Price.Parse("1.1"), BidLimitMultDown = Price.Parse("0.9"), AskLimitMultUp = Price.Parse("1.1"), AskLimitMultDown = Price.Parse("0.9") },
        });
        x.Run(new SetReferencePrice { Time = x.Tick(), SymbolId = SorExchange.BtcUsdc, ReferencePrice = Price.Parse("35000") });
        x.Run(new SetReferencePrice { Time = x.Tick(), SymbolId = SorExchange.BtcUsdt, ReferencePrice = Price.Parse("30000") });
        x.Run(new SetReferencePrice { Time = x.Tick(), SymbolId = SorExchange.BtcUsdp, ReferencePrice = Price.Parse("30000") });
        var maker = x.Account();
        // 28,000 is below BTCUSDC's range (31,500 to 38,500): routing skips that book.
        x.Limit(maker, SorExchange.BtcUsdc, OrderSide.Sell, "28000", "1");
        x.Limit(maker, SorExchange.BtcUsdp, OrderSide.Sell, "29000", "1");
        var buyer = x.Account();
        var result = x.Run(x.Sor(buyer, OrderSide.Buy, OrderType.Limit, "2", "30000", TimeInForce.Ioc));
        var fill = Assert.Single(x.Fills(SorExchange.BtcUsdt, result.OrderId));
        Assert.Equal(Price.Parse("29000"), fill.LastPrice);
        Assert.Single(x.Engine.GetDepth(SorExchange.BtcUsdc, 5).Asks);
    }
}
