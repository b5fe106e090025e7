namespace Spotnet.Engine.Tests;

/// <summary>faqs/commission_faq.md (spec-rest-wsapi.md §d.18): commission on the received asset, zero by default.</summary>
public class CommissionTests
{
    [Fact]
    public void Default_commission_is_zero_as_on_the_testnet()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var buyer = x.Account(btc: "0");
        x.Limit(buyer, OrderSide.Buy, "100", "1");
        Assert.Equal(1m, x.Free(buyer, TestExchange.Btc));
        Assert.Equal(Quantity.Zero, x.LastUpdate(2).Commission);
    }

    [Fact]
    public void Faq_example_standard_plus_tax_on_a_taker_sell()
    {
        // SELL 0.49975 @ 35000 as taker: standard 17491.25 * (0.0000002 + 0.0000004) = 0.01049475,
        // tax 17491.25 * 0.0000023 = 0.04022988 (rounded up).
        var x = new TestExchange(s => s with
        {
            Commission = new SymbolCommission(new CommissionRates(0, 20, 0, 40), new CommissionRates(0, 230, 0, 0), CommissionRates.Zero),
        });
        x.Limit(x.Account(), OrderSide.Buy, "35000", "0.49975");
        var seller = x.Account(usdt: "0");
        var sell = x.Market(seller, OrderSide.Sell, quantity: "0.49975");
        var update = x.LastUpdate(sell.OrderId);
        Assert.Equal(Quantity.Parse("0.05072463"), update.Commission);
        Assert.Equal(TestExchange.Usdt, update.CommissionAsset);
        Assert.Equal(17491.25m - 0.05072463m, x.Free(seller, TestExchange.Usdt));
    }

    [Fact]
    public void Account_rates_override_the_symbol_rates_and_fees_are_conserved()
    {
        var x = new TestExchange();
        var buyer = x.Account(btc: "0");
        x.Run(new SetAccountCommission
        {
            Time = x.Tick(), AccountId = buyer, SymbolId = 0,
            Commission = new SymbolCommission(new CommissionRates(0, 100_000, 0, 0), CommissionRates.Zero, CommissionRates.Zero),
        });
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        x.Limit(buyer, OrderSide.Buy, "100", "1");
        Assert.Equal(0.999m, x.Free(buyer, TestExchange.Btc));
        Assert.Equal(new CommissionRates(0, 100_000, 0, 0), x.Engine.GetCommission(buyer, 0).Standard);
        var trade = Assert.Single(x.Engine.GetAccountTrades(buyer, 0));
        Assert.Equal((Quantity.Parse("0.001"), TestExchange.Btc, false), (trade.Commission, trade.CommissionAsset, trade.IsMaker));
    }

    private static TestExchange WithBnb(bool symbolEnabled = true)
    {
        var config = TestExchange.DefaultConfig(s => s with
        {
            CommissionDiscountEnabled = symbolEnabled,
            Commission = new SymbolCommission(new CommissionRates(0, 20, 0, 40), CommissionRates.Zero, CommissionRates.Zero),
        });
        config = config with
        {
            Symbols = [config.Symbols[0], new SymbolConfig { Name = "BNBUSDT", BaseAsset = TestExchange.Bnb, QuoteAsset = TestExchange.Usdt, Filters = TestExchange.DefaultFilters }],
            CommissionDiscount = new CommissionDiscount(TestExchange.Bnb, 25_000_000),
        };
        var x = new TestExchange(config: config);
        var a = x.Account();
        x.Run(new PlaceOrder { Time = x.Tick(), AccountId = a, SymbolId = 1, Side = OrderSide.Sell, Type = OrderType.Limit, TimeInForce = TimeInForce.Gtc, Price = Price.Parse("260"), Quantity = Quantity.Parse("1"), ClientOrderId = "b1" });
        x.Run(new PlaceOrder { Time = x.Tick(), AccountId = x.Account(), SymbolId = 1, Side = OrderSide.Buy, Type = OrderType.Limit, TimeInForce = TimeInForce.Gtc, Price = Price.Parse("260"), Quantity = Quantity.Parse("1"), ClientOrderId = "b2" });
        return x;
    }

    private static int DiscountAccount(TestExchange x) => x.Run(new CreateAccount
    {
        Time = x.Tick(), CommissionDiscountEnabled = true,
        Grants = [new AssetAmount(TestExchange.Btc, TestExchange.Units("1")), new AssetAmount(TestExchange.Bnb, TestExchange.Units("1"))],
    }).AccountId;

    [Fact]
    public void Faq_example_standard_commission_paid_in_bnb_is_converted_and_discounted()
    {
        // (0.01049475 USDT * 0.25) / 260 USDT per BNB = 0.0000100911 -> 0.00001010 BNB (rounded up).
        var x = WithBnb();
        x.Limit(x.Account(), OrderSide.Buy, "35000", "0.49975");
        var seller = DiscountAccount(x);
        var sell = x.Market(seller, OrderSide.Sell, quantity: "0.49975");
        var update = x.LastUpdate(sell.OrderId);
        Assert.Equal((Quantity.Parse("0.0000101"), TestExchange.Bnb), (update.Commission, update.CommissionAsset));
        Assert.Equal(17491.25m, x.Free(seller, TestExchange.Usdt));
        Assert.Equal(1m - 0.0000101m, x.Free(seller, TestExchange.Bnb));
        Assert.Equal((true, true, TestExchange.Bnb, 25_000_000L), x.Engine.GetCommissionDiscount(seller, 0));
    }

    [Fact]
    public void Without_the_symbol_enabling_the_discount_the_received_asset_pays()
    {
        var x = WithBnb(symbolEnabled: false);
        x.Limit(x.Account(), OrderSide.Buy, "35000", "0.49975");
        var seller = DiscountAccount(x);
        var sell = x.Market(seller, OrderSide.Sell, quantity: "0.49975");
        Assert.Equal(TestExchange.Usdt, x.LastUpdate(sell.OrderId).CommissionAsset);
        Assert.Equal(1m, x.Free(seller, TestExchange.Bnb));
    }
}
