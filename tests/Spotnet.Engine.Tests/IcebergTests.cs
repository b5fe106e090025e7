namespace Spotnet.Engine.Tests;

/// <summary>spec-rest-wsapi.md §d.4: iceberg orders show a visible part and refresh to the back of the level.</summary>
public class IcebergTests
{
    [Fact]
    public void Iceberg_shows_only_its_visible_part()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "10", iceberg: "2");
        Assert.Equal(Quantity.Parse("2"), x.Engine.GetDepth(0, 5).Asks[0].Quantity);
    }

    [Fact]
    public void Iceberg_refreshes_to_the_back_of_the_level()
    {
        var x = new TestExchange();
        var iceberg = x.Account();
        var other = x.Account();
        var ice = x.Limit(iceberg, OrderSide.Sell, "100", "10", iceberg: "2");
        var plain = x.Limit(other, OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "2");
        Assert.Equal(Quantity.Parse("2"), x.Get(iceberg, ice.OrderId).ExecutedQuantity);
        x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        Assert.Equal(OrderStatus.Filled, x.Get(other, plain.OrderId).Status);
        Assert.Equal(Quantity.Parse("2"), x.Get(iceberg, ice.OrderId).ExecutedQuantity);
    }

    [Fact]
    public void A_large_taker_eats_through_every_iceberg_part()
    {
        var x = new TestExchange();
        var maker = x.Account();
        var ice = x.Limit(maker, OrderSide.Sell, "100", "10", iceberg: "2");
        x.Limit(x.Account(), OrderSide.Buy, "100", "9");
        Assert.Equal(5, x.Engine.Output.Trades.Count);
        Assert.Equal(Quantity.Parse("1"), x.Engine.GetDepth(0, 5).Asks[0].Quantity);
        Assert.Equal(OrderStatus.PartiallyFilled, x.Get(maker, ice.OrderId).Status);
    }

    [Fact]
    public void Iceberg_quantity_not_below_quantity_is_rejected()
    {
        var x = new TestExchange();
        var result = x.Limit(x.Account(), OrderSide.Sell, "100", "2", iceberg: "2");
        Assert.Equal((-2010, "IcebergQty exceeds QTY."), (result.Code, result.Message));
    }

    [Fact]
    public void Iceberg_needs_gtc()
    {
        var x = new TestExchange();
        var result = x.Limit(x.Account(), OrderSide.Sell, "100", "10", TimeInForce.Ioc, iceberg: "2");
        Assert.Equal((-2010, "Unsupported order combination"), (result.Code, result.Message));
    }

    [Fact]
    public void Too_many_parts_fail_iceberg_parts()
    {
        var x = new TestExchange();
        var result = x.Limit(x.Account(), OrderSide.Sell, "100", "10", iceberg: "0.09");
        Assert.Equal((-1013, "Filter failure: ICEBERG_PARTS"), (result.Code, result.Message));
    }

    [Fact]
    public void Icebergs_are_refused_when_the_symbol_disables_them()
    {
        var x = new TestExchange(s => s with { IcebergAllowed = false });
        var result = x.Limit(x.Account(), OrderSide.Sell, "100", "10", iceberg: "2");
        Assert.Equal("Iceberg orders are not supported for this symbol.", result.Message);
    }
}
