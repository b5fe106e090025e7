namespace Spotnet.Engine.Tests;

/// <summary>testnet/filters.md (spec-rest-wsapi.md §f.1–§f.3): each filter's check and its exact failure message.</summary>
public class FilterTests
{
    private static TestExchange With(SymbolFilters filters) => new(s => s with { Filters = filters });

    private static void Fails(TestExchange x, PlaceOrder order, string message)
    {
        var result = x.Run(order);
        Assert.Equal((-1013, message), (result.Code, result.Message));
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("1000000.01")]
    [InlineData("100.005")]
    public void Price_filter_checks_min_max_and_tick(string price)
    {
        var x = new TestExchange();
        Fails(x, x.Order(x.Account(), OrderSide.Buy, OrderType.Limit, price, "1", TimeInForce.Gtc), "Filter failure: PRICE_FILTER");
    }

    [Fact]
    public void Price_filter_uses_price_modulo_tick_not_offset_from_min()
    {
        var x = With(TestExchange.DefaultFilters with { Price = new PriceFilter(Price.Parse("0.05"), Price.Zero, Price.Parse("0.1")) });
        Assert.True(x.Limit(x.Account(), OrderSide.Buy, "0.1", "100").IsSuccess);
        Fails(x, x.Order(x.Account(), OrderSide.Buy, OrderType.Limit, "0.15", "100", TimeInForce.Gtc), "Filter failure: PRICE_FILTER");
    }

    [Fact]
    public void Price_filter_applies_to_the_stop_price()
    {
        var x = new TestExchange();
        Fails(x, x.Order(x.Account(), OrderSide.Sell, OrderType.StopLoss, quantity: "1", stopPrice: "90.001"), "Filter failure: PRICE_FILTER");
    }

    [Theory]
    [InlineData("0.000001")]
    [InlineData("9000.00001")]
    [InlineData("1.000005")]
    public void Lot_size_checks_min_max_and_step(string quantity)
    {
        var x = new TestExchange();
        Fails(x, x.Order(x.Account(), OrderSide.Buy, OrderType.Limit, "1", quantity, TimeInForce.Gtc), "Filter failure: LOT_SIZE");
    }

    [Fact]
    public void Lot_size_applies_to_the_iceberg_quantity()
    {
        var x = new TestExchange();
        Fails(x, x.Order(x.Account(), OrderSide.Sell, OrderType.Limit, "100", "1", TimeInForce.Gtc, iceberg: "0.000005"), "Filter failure: LOT_SIZE");
    }

    [Fact]
    public void Market_lot_size_applies_to_market_orders_only()
    {
        var x = With(TestExchange.DefaultFilters with { MarketLotSize = new LotSizeFilter(Quantity.Parse("0.1"), Quantity.Parse("5"), Quantity.Parse("0.1")) });
        var a = x.Account();
        Fails(x, x.Order(a, OrderSide.Buy, OrderType.Market, quantity: "6"), "Filter failure: MARKET_LOT_SIZE");
        Assert.True(x.Limit(a, OrderSide.Buy, "1", "6").IsSuccess);
    }

    [Fact]
    public void Min_notional_checks_price_times_quantity()
    {
        var x = With(TestExchange.DefaultFilters with { MinNotional = new MinNotionalFilter(Quantity.Parse("10"), true, 5) });
        Fails(x, x.Order(x.Account(), OrderSide.Buy, OrderType.Limit, "9", "1", TimeInForce.Gtc), "Filter failure: MIN_NOTIONAL");
        Assert.True(x.Limit(x.Account(), OrderSide.Buy, "10", "1").IsSuccess);
    }

    [Fact]
    public void Notional_checks_min_and_max_and_market_orders_only_when_applied()
    {
        var x = With(TestExchange.DefaultFilters with
        {
            Notional = new NotionalFilter(Quantity.Parse("10"), false, Quantity.Parse("1000"), true, 5),
        });
        var a = x.Account();
        Fails(x, x.Order(a, OrderSide.Buy, OrderType.Limit, "9", "1", TimeInForce.Gtc), "Filter failure: NOTIONAL");
        Fails(x, x.Order(a, OrderSide.Buy, OrderType.Limit, "1001", "1", TimeInForce.Gtc), "Filter failure: NOTIONAL");
        Assert.True(x.Limit(x.Account(), OrderSide.Sell, "5", "2").IsSuccess);
        Assert.True(x.Limit(x.Account(), OrderSide.Buy, "5", "2").IsSuccess);
        Assert.True(x.Market(a, OrderSide.Sell, quantity: "1").IsSuccess);
        Fails(x, x.Order(a, OrderSide.Buy, OrderType.Market, quantity: "201"), "Filter failure: NOTIONAL");
    }

    [Fact]
    public void Percent_price_compares_with_the_average_price()
    {
        var x = With(TestExchange.DefaultFilters with { PercentPrice = new PercentPriceFilter(Price.Parse("1.1"), Price.Parse("0.9"), 5) });
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        Fails(x, x.Order(x.Account(), OrderSide.Buy, OrderType.Limit, "111", "1", TimeInForce.Gtc), "Filter failure: PERCENT_PRICE");
        Fails(x, x.Order(x.Account(), OrderSide.Buy, OrderType.Limit, "89", "1", TimeInForce.Gtc), "Filter failure: PERCENT_PRICE");
        Assert.True(x.Limit(x.Account(), OrderSide.Buy, "110", "0.001").IsSuccess);
    }

    [Fact]
    public void Percent_price_by_side_uses_the_bid_or_ask_multipliers()
    {
        var x = With(TestExchange.DefaultFilters with
        {
            PercentPriceBySide = new PercentPriceBySideFilter(Price.Parse("1.2"), Price.Parse("0.2"), Price.Parse("5"), Price.Parse("0.8"), 1),
        });
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        Fails(x, x.Order(x.Account(), OrderSide.Buy, OrderType.Limit, "121", "1", TimeInForce.Gtc), "Filter failure: PERCENT_PRICE_BY_SIDE");
        Fails(x, x.Order(x.Account(), OrderSide.Sell, OrderType.Limit, "79", "1", TimeInForce.Gtc), "Filter failure: PERCENT_PRICE_BY_SIDE");
        Assert.True(x.Limit(x.Account(), OrderSide.Sell, "400", "1").IsSuccess);
    }

    [Fact]
    public void Average_price_is_volume_weighted_over_the_window()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        x.Limit(x.Account(), OrderSide.Sell, "200", "3");
        x.Limit(x.Account(), OrderSide.Buy, "200", "3");
        Assert.Equal(Price.Parse("175"), x.Engine.GetAveragePrice(0, x.Now, 5));
        Assert.Equal(Price.Parse("200"), x.Engine.GetAveragePrice(0, x.Now + 10 * 60_000_000L, 5));
    }

    [Fact]
    public void Max_num_orders_counts_open_orders_of_the_account_on_the_symbol()
    {
        var x = With(TestExchange.DefaultFilters with { MaxNumOrders = 2 });
        var a = x.Account();
        x.Limit(a, OrderSide.Buy, "1", "1");
        x.Limit(a, OrderSide.Buy, "1", "1");
        Fails(x, x.Order(a, OrderSide.Buy, OrderType.Limit, "1", "1", TimeInForce.Gtc), "Filter failure: MAX_NUM_ORDERS");
    }

    [Fact]
    public void Max_num_iceberg_orders_counts_open_icebergs()
    {
        var x = With(TestExchange.DefaultFilters with { MaxNumIcebergOrders = 1 });
        var a = x.Account();
        x.Limit(a, OrderSide.Sell, "100", "10", iceberg: "1");
        Fails(x, x.Order(a, OrderSide.Sell, OrderType.Limit, "100", "10", TimeInForce.Gtc, iceberg: "1"), "Filter failure: MAX_NUM_ICEBERG_ORDERS");
    }

    [Fact]
    public void Max_position_counts_balance_and_open_buy_orders()
    {
        var x = With(TestExchange.DefaultFilters with { MaxPosition = Quantity.Parse("10") });
        var a = x.Account(btc: "5");
        x.Limit(a, OrderSide.Buy, "1", "3");
        Assert.True(x.Limit(a, OrderSide.Buy, "1", "2").IsSuccess);
        Fails(x, x.Order(a, OrderSide.Buy, OrderType.Limit, "1", "0.001", TimeInForce.Gtc), "Filter failure: MAX_POSITION");
        Assert.True(x.Limit(a, OrderSide.Sell, "100", "1").IsSuccess);
    }

    [Fact]
    public void Exchange_max_num_orders_counts_across_symbols()
    {
        var config = TestExchange.DefaultConfig() with { ExchangeFilters = new ExchangeFilters { MaxNumOrders = 1 } };
        var x = new TestExchange(config: config);
        var a = x.Account();
        x.Limit(a, OrderSide.Buy, "1", "1");
        Fails(x, x.Order(a, OrderSide.Buy, OrderType.Limit, "1", "1", TimeInForce.Gtc), "Filter failure: EXCHANGE_MAX_NUM_ORDERS");
    }

    [Fact]
    public void Max_asset_limits_quantity_of_a_base_asset_and_notional_of_a_quote_asset()
    {
        var config = TestExchange.DefaultConfig() with
        {
            MaxAssetFilters = [new MaxAssetFilter(TestExchange.Btc, Quantity.Parse("2")), new MaxAssetFilter(TestExchange.Usdt, Quantity.Parse("1000"))],
        };
        var x = new TestExchange(config: config);
        var a = x.Account();
        Fails(x, x.Order(a, OrderSide.Buy, OrderType.Limit, "1", "3", TimeInForce.Gtc), "Filter failure: MAX_ASSET");
        Fails(x, x.Order(a, OrderSide.Buy, OrderType.Limit, "600", "2", TimeInForce.Gtc), "Filter failure: MAX_ASSET");
        Assert.True(x.Limit(a, OrderSide.Buy, "500", "2").IsSuccess);
    }

    [Fact]
    public void Type_and_parameter_combinations_are_checked()
    {
        var x = new TestExchange();
        var a = x.Account();
        Assert.Equal(-1102, x.Run(x.Order(a, OrderSide.Buy, OrderType.Limit, "1", "1")).Code);
        Assert.Equal(-1114, x.Run(x.Order(a, OrderSide.Buy, OrderType.Market, quantity: "1", tif: TimeInForce.Gtc)).Code);
        Assert.Equal(-1106, x.Run(x.Order(a, OrderSide.Buy, OrderType.Market, price: "1", quantity: "1")).Code);
        Assert.Equal(-1106, x.Run(x.Order(a, OrderSide.Buy, OrderType.Limit, "1", "1", TimeInForce.Gtc, stopPrice: "2")).Code);
        Assert.Equal(-1102, x.Run(x.Order(a, OrderSide.Buy, OrderType.StopLoss, quantity: "1")).Code);
        Assert.Equal(-1106, x.Run(x.Order(a, OrderSide.Buy, OrderType.Market, quantity: "1", quote: "1")).Code);
    }

    [Fact]
    public void Test_order_validates_without_changing_state_and_returns_commission_rates()
    {
        var x = new TestExchange(s => s with
        {
            Commission = new SymbolCommission(new CommissionRates(10, 20, 1, 2), new CommissionRates(0, 0, 3, 4), CommissionRates.Zero),
        });
        var a = x.Account();
        var result = x.Engine.TestOrder(x.Order(a, OrderSide.Buy, OrderType.Limit, "100", "1", TimeInForce.Gtc));
        Assert.True(result.Result.IsSuccess);
        Assert.Equal(new CommissionForOrder(11, 21), result.Standard);
        Assert.Equal(new CommissionForOrder(3, 3), result.Tax);
        Assert.Empty(x.Engine.GetOpenOrders(a));
        Assert.Equal(0m, x.Locked(a, TestExchange.Usdt));
        var poor = x.Engine.TestOrder(x.Order(x.Account(usdt: "1"), OrderSide.Buy, OrderType.Limit, "100", "1", TimeInForce.Gtc));
        Assert.True(poor.Result.IsSuccess);
        var bad = x.Engine.TestOrder(x.Order(a, OrderSide.Buy, OrderType.Limit, "100.001", "1", TimeInForce.Gtc));
        Assert.Equal("Filter failure: PRICE_FILTER", bad.Result.Message);
    }
}
