namespace Spotnet.Engine.Tests.Sor;

/// <summary>faqs/sor_faq.md examples 1 to 4, and what an SOR order looks like afterwards (spec-rest-wsapi.md #33, §d.17).</summary>
public class SorRoutingTests
{
    private static void AssertFill(OrderUpdate fill, string price, string quantity, long allocationId)
    {
        Assert.True(fill.IsAllocation);
        Assert.Equal(-1, fill.TradeId);
        Assert.Equal(allocationId, fill.AllocationId);
        Assert.Equal(Price.Parse(price), fill.LastPrice);
        Assert.Equal(Quantity.Parse(quantity), fill.LastQuantity);
    }

    [Fact]
    public void Faq_example_1_limit_buy_takes_the_best_ask_of_the_group_and_pays_the_order_symbols_quote()
    {
        var x = new SorExchange();
        var maker = x.SeedFaqAsks();
        var buyer = x.Account();
        var result = x.Run(x.Sor(buyer, OrderSide.Buy, OrderType.Limit, "0.5", "31000", TimeInForce.Gtc));

        Assert.True(result.IsSuccess, result.Message);
        var fill = Assert.Single(x.Fills(SorExchange.BtcUsdt, result.OrderId));
        AssertFill(fill, "28000", "0.5", 0);
        Assert.Equal(SorExchange.Btc, fill.CommissionAsset);
        var order = x.Get(buyer, SorExchange.BtcUsdt, result.OrderId);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(Quantity.Parse("14000"), order.CumulativeQuoteQuantity);
        Assert.True(order.UsedSor);
        Assert.Equal(WorkingFloor.Sor, order.WorkingFloor);
        // 14,000 USDT (not USDC!) spent, 0.5 BTC received; the BTCUSDC maker receives USDC.
        Assert.Equal(1_000_000m - 14_000m, x.Free(buyer, SorExchange.Usdt));
        Assert.Equal(1_000_000m, x.Free(buyer, SorExchange.Usdc));
        Assert.Equal(1_000_000.5m, x.Free(buyer, SorExchange.Btc));
        Assert.Equal(1_000_000m + 14_000m, x.Free(maker, SorExchange.Usdc));
    }

    [Fact]
    public void Faq_example_1_without_sor_matches_only_the_own_book()
    {
        var x = new SorExchange();
        x.SeedFaqAsks();
        var buyer = x.Account();
        var result = x.Limit(buyer, SorExchange.BtcUsdt, OrderSide.Buy, "31000", "0.5");
        var order = x.Get(buyer, SorExchange.BtcUsdt, result.OrderId);
        Assert.Equal(Quantity.Parse("15250"), order.CumulativeQuoteQuantity);
        Assert.False(order.UsedSor);
    }

    [Fact]
    public void Faq_example_2_limit_buy_walks_the_books_by_price_with_one_allocation_per_fill()
    {
        var x = new SorExchange();
        x.SeedFaqAsks();
        var buyer = x.Account();
        var result = x.Run(x.Sor(buyer, OrderSide.Buy, OrderType.Limit, "5", "31000", TimeInForce.Gtc));

        var fills = x.Fills(SorExchange.BtcUsdt, result.OrderId);
        Assert.Equal(4, fills.Count);
        AssertFill(fills[0], "28000", "1", 0);
        AssertFill(fills[1], "29000", "1", 1);
        AssertFill(fills[2], "30000", "1", 2);
        AssertFill(fills[3], "30500", "2", 3);
        var order = x.Get(buyer, SorExchange.BtcUsdt, result.OrderId);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(Quantity.Parse("148000"), order.CumulativeQuoteQuantity);
        Assert.Equal(WorkingFloor.Sor, order.WorkingFloor);
        Assert.Equal(1_000_000m - 148_000m, x.Free(buyer, SorExchange.Usdt));
        Assert.Equal(0m, x.Locked(buyer, SorExchange.Usdt));
    }

    [Fact]
    public void Faq_example_3_market_buy_exhausts_every_book_and_expires_the_rest()
    {
        var x = new SorExchange();
        x.SeedFaqAsks();
        var buyer = x.Account();
        var result = x.Run(x.Sor(buyer, OrderSide.Buy, OrderType.Market, "11"));

        var fills = x.Fills(SorExchange.BtcUsdt, result.OrderId);
        string[] prices = ["28000", "29000", "30000", "30500", "30800", "35000"];
        string[] quantities = ["1", "1", "1", "3", "3", "1"];
        Assert.Equal(prices.Length, fills.Count);
        for (var i = 0; i < fills.Count; i++)
        {
            AssertFill(fills[i], prices[i], quantities[i], i);
        }

        var order = x.Get(buyer, SorExchange.BtcUsdt, result.OrderId);
        Assert.Equal(OrderStatus.Expired, order.Status);
        Assert.Equal(Quantity.Parse("10"), order.ExecutedQuantity);
        Assert.Equal(Quantity.Parse("305900"), order.CumulativeQuoteQuantity);
        Assert.Equal(WorkingFloor.Sor, order.WorkingFloor);
        Assert.Equal(1_000_000m - 305_900m, x.Free(buyer, SorExchange.Usdt));
        Assert.Equal(0m, x.Locked(buyer, SorExchange.Usdt));
    }

    [Fact]
    public void Faq_example_4_limit_sell_takes_the_best_bids_of_the_group_and_receives_the_order_symbols_quote()
    {
        var x = new SorExchange();
        var maker = x.Account();
        x.Limit(maker, SorExchange.BtcUsdt, OrderSide.Buy, "29500", "5");
        x.Limit(maker, SorExchange.BtcUsdc, OrderSide.Buy, "35000", "5");
        x.Limit(maker, SorExchange.BtcUsdc, OrderSide.Buy, "30000", "5");
        x.Limit(maker, SorExchange.BtcUsdp, OrderSide.Buy, "28000", "5");
        var seller = x.Account();
        var result = x.Run(x.Sor(seller, OrderSide.Sell, OrderType.Limit, "10", "29000", TimeInForce.Gtc));

        var fills = x.Fills(SorExchange.BtcUsdt, result.OrderId);
        Assert.Equal(2, fills.Count);
        AssertFill(fills[0], "35000", "5", 0);
        AssertFill(fills[1], "30000", "5", 1);
        Assert.All(fills, fill => Assert.Equal(SorExchange.Usdt, fill.CommissionAsset));
        Assert.Equal(OrderStatus.Filled, x.Get(seller, SorExchange.BtcUsdt, result.OrderId).Status);
        Assert.Equal(1_000_000m + 325_000m, x.Free(seller, SorExchange.Usdt));
        Assert.Equal(1_000_000m, x.Free(seller, SorExchange.Usdc));
        Assert.Equal(1_000_000m - 10m, x.Free(seller, SorExchange.Btc));
    }

    [Fact]
    public void Gtc_remainder_rests_on_the_own_book_with_working_floor_exchange_and_later_fills_by_trades()
    {
        var x = new SorExchange();
        x.SeedFaqAsks();
        var buyer = x.Account();
        var result = x.Run(x.Sor(buyer, OrderSide.Buy, OrderType.Limit, "12", "31000", TimeInForce.Gtc));

        var order = x.Get(buyer, SorExchange.BtcUsdt, result.OrderId);
        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);
        Assert.Equal(Quantity.Parse("9"), order.ExecutedQuantity);
        Assert.Equal(WorkingFloor.Exchange, order.WorkingFloor);
        Assert.True(order.UsedSor);
        var bid = Assert.Single(x.Engine.GetDepth(SorExchange.BtcUsdt, 10).Bids);
        Assert.Equal(new BookLevel(Price.Parse("31000"), Quantity.Parse("3")), bid);
        Assert.Empty(x.Engine.GetDepth(SorExchange.BtcUsdc, 10).Bids);
        Assert.True(x.Locked(buyer, SorExchange.Usdt) >= 31_000m * 3);

        var seller = x.Account();
        x.Limit(seller, SorExchange.BtcUsdt, OrderSide.Sell, "31000", "3");
        var fill = Assert.Single(x.Fills(SorExchange.BtcUsdt, result.OrderId));
        Assert.False(fill.IsAllocation);
        Assert.True(fill.TradeId > 0);
        Assert.True(fill.IsMaker);
        order = x.Get(buyer, SorExchange.BtcUsdt, result.OrderId);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(WorkingFloor.Exchange, order.WorkingFloor);
        Assert.Equal(0m, x.Locked(buyer, SorExchange.Usdt));
        Assert.Equal(1_000_000m - 270_900m - 93_000m, x.Free(buyer, SorExchange.Usdt));
        Assert.Equal(3, x.Engine.GetAccountTrades(buyer, SorExchange.BtcUsdt).Single().Quantity.ToDecimal());
        Assert.Equal(5, x.Engine.GetAllocations(buyer, SorExchange.BtcUsdt).Count);
    }

    [Fact]
    public void Ioc_remainder_expires_after_the_taker_phase_with_working_floor_sor()
    {
        var x = new SorExchange();
        x.SeedFaqAsks();
        var buyer = x.Account();
        var result = x.Run(x.Sor(buyer, OrderSide.Buy, OrderType.Limit, "4", "29500", TimeInForce.Ioc));

        var order = x.Get(buyer, SorExchange.BtcUsdt, result.OrderId);
        Assert.Equal(OrderStatus.Expired, order.Status);
        Assert.Equal(ExpiryReason.UnfilledIocQuantityExpired, order.ExpiryReason);
        Assert.Equal(Quantity.Parse("2"), order.ExecutedQuantity);
        Assert.Equal(WorkingFloor.Sor, order.WorkingFloor);
        Assert.Equal(0m, x.Locked(buyer, SorExchange.Usdt));
    }

    [Fact]
    public void Fok_counts_the_liquidity_of_every_book_in_the_group()
    {
        var x = new SorExchange();
        x.SeedFaqAsks();
        var buyer = x.Account();
        // At or below 30,500: 3 BTC on BTCUSDT and 3 on the other books; no single book has 6.
        var filled = x.Run(x.Sor(buyer, OrderSide.Buy, OrderType.Limit, "6", "30500", TimeInForce.Fok));
        Assert.Equal(OrderStatus.Filled, x.Get(buyer, SorExchange.BtcUsdt, filled.OrderId).Status);

        // What is left: 3 BTC at 30,800 (and 1 at 35,000, beyond the limit).
        var expired = x.Run(x.Sor(buyer, OrderSide.Buy, OrderType.Limit, "4", "30800", TimeInForce.Fok));
        var order = x.Get(buyer, SorExchange.BtcUsdt, expired.OrderId);
        Assert.Equal(OrderStatus.Expired, order.Status);
        Assert.Equal(ExpiryReason.UnfilledFokOrderExpired, order.ExpiryReason);
        Assert.Empty(x.Fills(SorExchange.BtcUsdt, expired.OrderId));
    }

    [Fact]
    public void Makers_on_other_books_see_a_normal_trade_with_that_books_trade_id()
    {
        var x = new SorExchange();
        var maker = x.SeedFaqAsks();
        var buyer = x.Account();
        var result = x.Run(x.Sor(buyer, OrderSide.Buy, OrderType.Limit, "1", "31000", TimeInForce.Gtc));

        var trade = Assert.Single(x.Engine.Output.Trades.Items.ToArray());
        Assert.Equal(SorExchange.BtcUsdc, trade.SymbolId);
        Assert.Equal(1, trade.TradeId);
        Assert.Equal(-1, trade.BuyerOrderId);
        Assert.False(trade.IsBuyerMaker);
        var makerFill = x.Engine.Output.OrderUpdates.Items.ToArray().Single(u => u.Order.SymbolId == SorExchange.BtcUsdc && u.ExecutionType == ExecutionType.Trade);
        Assert.Equal(1, makerFill.TradeId);
        Assert.False(makerFill.IsAllocation);
        Assert.Equal(1, Assert.Single(x.Engine.GetAccountTrades(maker, SorExchange.BtcUsdc)).TradeId);
        Assert.Empty(x.Engine.GetAccountTrades(buyer, SorExchange.BtcUsdt));
        Assert.Equal(Price.Parse("28000"), x.Engine.GetLastPrice(SorExchange.BtcUsdc));
        Assert.Null(x.Engine.GetLastPrice(SorExchange.BtcUsdt));
        Assert.Equal(result.OrderId, x.Engine.GetAllocations(buyer, SorExchange.BtcUsdt).Single().OrderId);
    }

    [Fact]
    public void Allocations_record_price_quantity_quote_commission_and_side_with_ids_per_symbol()
    {
        var x = new SorExchange();
        x.SeedFaqAsks();
        var buyer = x.Account();
        var rates = new CommissionRates(0, TestExchange.Units("0.001"), 0, 0);
        x.Run(new SetAccountCommission
        {
            Time = x.Tick(), AccountId = buyer, SymbolId = SorExchange.BtcUsdt,
            Commission = new SymbolCommission(rates, CommissionRates.Zero, CommissionRates.Zero),
        });
        var first = x.Run(x.Sor(buyer, OrderSide.Buy, OrderType.Limit, "1.5", "31000", TimeInForce.Gtc));

        var allocations = x.Engine.GetAllocations(buyer, SorExchange.BtcUsdt);
        Assert.Equal([0L, 1L], allocations.Select(a => a.AllocationId));
        var second = allocations[1];
        Assert.Equal(first.OrderId, second.OrderId);
        Assert.Equal(-1, second.OrderListId);
        Assert.Equal(Price.Parse("29000"), second.Price);
        Assert.Equal(Quantity.Parse("0.5"), second.Quantity);
        Assert.Equal(Quantity.Parse("14500"), second.QuoteQuantity);
        Assert.Equal(Quantity.Parse("0.0005"), second.Commission);
        Assert.Equal(SorExchange.Btc, second.CommissionAsset);
        Assert.True(second.IsBuyer);
        Assert.Equal(x.Now, second.Time);
        Assert.Equal(1_000_000m + 1.5m - 0.0015m, x.Free(buyer, SorExchange.Btc));
        Assert.Empty(x.Engine.GetAllocations(buyer, SorExchange.BtcUsdc));
    }

    [Fact]
    public void Market_buy_reserves_what_the_group_would_cost_and_never_overspends()
    {
        var x = new SorExchange();
        x.SeedFaqAsks();
        var buyer = x.Account("60000");
        var result = x.Run(x.Sor(buyer, OrderSide.Buy, OrderType.Market, "2"));
        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(60_000m - 57_000m, x.Free(buyer, SorExchange.Usdt));

        var poor = x.Account("1000");
        var rejected = x.Run(x.Sor(poor, OrderSide.Buy, OrderType.Market, "1"));
        Assert.Equal(EngineErrors.NewOrderRejected, rejected.Code);
        Assert.Equal(EngineErrors.InsufficientBalance, rejected.Message);
    }
}
