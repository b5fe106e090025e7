namespace Spotnet.Engine.Tests;

/// <summary>faqs/price_range_execution_rules.md (spec-rest-wsapi.md §d.19): the PRICE_RANGE rule and the reference price.</summary>
public class PriceRangeTests
{
    private static readonly PriceRangeRule TenPercent = new()
    {
        BidLimitMultUp = Price.Parse("1.1"), BidLimitMultDown = Price.Parse("0.9"),
        AskLimitMultUp = Price.Parse("1.1"), AskLimitMultDown = Price.Parse("0.9"),
    };

    [Fact]
    public void A_taker_reaching_outside_the_range_expires_with_the_price_range_reason()
    {
        var x = new TestExchange(s => s with { PriceRange = TenPercent });
        x.Run(new SetReferencePrice { Time = x.Tick(), SymbolId = 0, ReferencePrice = Price.Parse("100") });
        var seller = x.Account();
        x.Limit(seller, OrderSide.Sell, "105", "1");
        x.Limit(seller, OrderSide.Sell, "115", "1");
        var buyer = x.Account();
        var buy = x.Limit(buyer, OrderSide.Buy, "120", "2");
        var order = x.Get(buyer, buy.OrderId);
        Assert.Equal((OrderStatus.Expired, ExpiryReason.ExecutionRulePriceRangeExceeded), (order.Status, order.ExpiryReason));
        Assert.Equal(Quantity.Parse("1"), order.ExecutedQuantity);
        Assert.Equal(Price.Parse("115"), x.Engine.GetDepth(0, 5).Asks[0].Price);
    }

    [Fact]
    public void Without_a_reference_price_the_rule_is_not_enforced()
    {
        var x = new TestExchange(s => s with { PriceRange = TenPercent });
        x.Limit(x.Account(), OrderSide.Sell, "115", "1");
        var buyer = x.Account();
        Assert.Equal(OrderStatus.Filled, x.Get(buyer, x.Limit(buyer, OrderSide.Buy, "120", "1").OrderId).Status);
    }

    [Fact]
    public void A_missing_multiplier_leaves_that_direction_open()
    {
        var x = new TestExchange(s => s with { PriceRange = TenPercent with { BidLimitMultUp = null } });
        x.Run(new SetReferencePrice { Time = x.Tick(), SymbolId = 0, ReferencePrice = Price.Parse("100") });
        x.Limit(x.Account(), OrderSide.Sell, "150", "1");
        var buyer = x.Account();
        Assert.Equal(OrderStatus.Filled, x.Get(buyer, x.Limit(buyer, OrderSide.Buy, "150", "1").OrderId).Status);
    }

    [Fact]
    public void Arithmetic_mean_prorates_the_bucket_straddling_the_cutoff_and_truncates()
    {
        var x = new TestExchange(s => s with { ReferencePriceCalculation = new ArithmeticMeanReference(1_000, 3) });
        var start = (x.Now / 1_000_000 + 1) * 1_000_000;
        x.Advance(start - x.Now - 2_000);
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        x.Advance(1_000_000);
        x.Limit(x.Account(), OrderSide.Sell, "200", "1");
        x.Limit(x.Account(), OrderSide.Buy, "200", "1");
        Assert.Equal(Price.Parse("150"), x.Engine.GetReferencePrice(0, start + 1_500_000));
        // At start + 3.5 s the cutoff is start + 0.5 s: half of the first bucket remains, (50 + 200) / 1.5.
        Assert.Equal(Price.Parse("166.66666666"), x.Engine.GetReferencePrice(0, start + 3_500_000));
        Assert.Null(x.Engine.GetReferencePrice(0, start + 10_000_000));
    }

    [Fact]
    public void The_reference_price_replaces_the_average_price_in_percent_price()
    {
        var x = new TestExchange(s => s with { Filters = TestExchange.DefaultFilters with { PercentPrice = new PercentPriceFilter(Price.Parse("1.1"), Price.Parse("0.9"), 5) } });
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        x.Run(new SetReferencePrice { Time = x.Tick(), SymbolId = 0, ReferencePrice = Price.Parse("200") });
        Assert.Equal("Filter failure: PERCENT_PRICE", x.Limit(x.Account(), OrderSide.Buy, "105", "1").Message);
        Assert.True(x.Limit(x.Account(), OrderSide.Buy, "210", "1").IsSuccess);
    }

    [Fact]
    public void Fok_that_would_cross_the_range_expires_without_trades()
    {
        var x = new TestExchange(s => s with { PriceRange = TenPercent });
        x.Run(new SetReferencePrice { Time = x.Tick(), SymbolId = 0, ReferencePrice = Price.Parse("100") });
        x.Limit(x.Account(), OrderSide.Sell, "105", "1");
        x.Limit(x.Account(), OrderSide.Sell, "115", "1");
        var buyer = x.Account();
        var fok = x.Limit(buyer, OrderSide.Buy, "120", "2", TimeInForce.Fok);
        Assert.Empty(x.Engine.Output.Trades.Items.ToArray());
        Assert.Equal(ExpiryReason.UnfilledFokOrderExpired, x.Get(buyer, fok.OrderId).ExpiryReason);
    }
}
