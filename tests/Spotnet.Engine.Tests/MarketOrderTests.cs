namespace Spotnet.Engine.Tests;

/// <summary>spec-rest-wsapi.md §d.2 and faqs/market_orders_faq.md: MARKET by quantity and by quoteOrderQty.</summary>
public class MarketOrderTests
{
    [Fact]
    public void Market_buy_by_quantity_walks_the_book()
    {
        var x = new TestExchange();
        var seller = x.Account();
        x.Limit(seller, OrderSide.Sell, "100", "1");
        x.Limit(seller, OrderSide.Sell, "101", "1");
        var buyer = x.Account(btc: "0", usdt: "1000");
        var result = x.Market(buyer, OrderSide.Buy, quantity: "2");
        var order = x.Get(buyer, result.OrderId);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(Price.Zero, order.Price);
        Assert.Equal(799m, x.Free(buyer, TestExchange.Usdt));
        Assert.Equal(0m, x.Locked(buyer, TestExchange.Usdt));
    }

    [Fact]
    public void Market_order_without_enough_liquidity_fills_partly_and_expires()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var buyer = x.Account();
        var result = x.Market(buyer, OrderSide.Buy, quantity: "3");
        var order = x.Get(buyer, result.OrderId);
        Assert.Equal(OrderStatus.Expired, order.Status);
        Assert.Equal(ExpiryReason.InsufficientLiquidity, order.ExpiryReason);
        Assert.Equal(Quantity.Parse("1"), order.ExecutedQuantity);
    }

    [Fact]
    public void Market_buy_that_costs_more_than_the_balance_is_rejected()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var buyer = x.Account(usdt: "50");
        var result = x.Market(buyer, OrderSide.Buy, quantity: "1");
        Assert.Equal((-2010, "Account has insufficient balance for requested action."), (result.Code, result.Message));
    }

    [Fact]
    public void Quote_order_quantity_buy_spends_at_most_the_budget_in_whole_steps()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "30000", "1");
        var buyer = x.Account(btc: "0", usdt: "1000");
        var result = x.Market(buyer, OrderSide.Buy, quote: "100");
        var order = x.Get(buyer, result.OrderId);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(Quantity.Parse("0.00333"), order.ExecutedQuantity);
        Assert.Equal(Quantity.Parse("0.00333"), order.OriginalQuantity);
        Assert.Equal(Quantity.Parse("99.9"), order.CumulativeQuoteQuantity);
        Assert.Equal(Quantity.Parse("100"), order.OriginalQuoteOrderQuantity);
        Assert.Equal(900.1m, x.Free(buyer, TestExchange.Usdt));
        Assert.Equal(OrderStatus.Filled, x.LastUpdate(result.OrderId).Order.Status);
    }

    [Fact]
    public void Quote_order_quantity_sell_receives_about_the_quote_amount()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Buy, "100", "5");
        var seller = x.Account(btc: "10", usdt: "0");
        var result = x.Market(seller, OrderSide.Sell, quote: "250");
        var order = x.Get(seller, result.OrderId);
        Assert.Equal(Quantity.Parse("2.5"), order.ExecutedQuantity);
        Assert.Equal(250m, x.Free(seller, TestExchange.Usdt));
        Assert.Equal(7.5m, x.Free(seller, TestExchange.Btc));
    }

    [Fact]
    public void Quote_order_quantity_on_an_empty_book_is_rejected()
    {
        var x = new TestExchange();
        var result = x.Market(x.Account(), OrderSide.Buy, quote: "100");
        Assert.Equal((-2010, "Order book liquidity is less than symbol minimum quantity."), (result.Code, result.Message));
    }

    [Fact]
    public void Quote_order_quantity_exhausting_liquidity_expires()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var buyer = x.Account();
        var result = x.Market(buyer, OrderSide.Buy, quote: "500");
        var order = x.Get(buyer, result.OrderId);
        Assert.Equal(OrderStatus.Expired, order.Status);
        Assert.Equal(ExpiryReason.InsufficientLiquidity, order.ExpiryReason);
        Assert.Equal(Quantity.Parse("1"), order.ExecutedQuantity);
    }

    [Fact]
    public void Quote_order_quantity_is_refused_when_the_symbol_disables_it()
    {
        var x = new TestExchange(s => s with { QuoteOrderQtyMarketAllowed = false });
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var result = x.Market(x.Account(), OrderSide.Buy, quote: "50");
        Assert.Equal("Quote order qty market orders are not support for this symbol.", result.Message);
    }

    [Fact]
    public void Market_orders_on_a_symbol_without_market_type_are_refused()
    {
        var x = new TestExchange(s => s with { OrderTypes = OrderTypes.Limit });
        var result = x.Market(x.Account(), OrderSide.Buy, quantity: "1");
        Assert.Equal((-2010, "Market orders are not supported for this symbol."), (result.Code, result.Message));
    }
}
