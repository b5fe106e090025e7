using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Filters;
using Spotnet.Protocol.Models.General;

namespace Spotnet.Client.Tests;

public class SymbolRulesTests
{
    private static readonly SymbolRules Rules = new(Symbol("BTCUSDT") with
    {
        OrderTypes = [OrderType.Limit, OrderType.LimitMaker, OrderType.Market, OrderType.StopLossLimit],
        IcebergAllowed = true,
        QuoteOrderQuantityMarketAllowed = true,
        Filters =
        [
            new PriceFilter { MinimumPrice = 0.01m, MaximumPrice = 1000000m, TickSize = 0.01m },
            new LotSizeFilter { MinimumQuantity = 0.00001m, MaximumQuantity = 9000m, StepSize = 0.00001m },
            new MarketLotSizeFilter { MinimumQuantity = 0m, MaximumQuantity = 100m, StepSize = 0.001m },
            new NotionalFilter { MinimumNotional = 5m, ApplyMinimumToMarket = true, MaximumNotional = 9000000m, ApplyMaximumToMarket = false, AveragePriceMinutes = 5 },
            new IcebergPartsFilter { Limit = 10 },
        ],
    });

    [Theory]
    [InlineData("30000.129", "30000.12")]
    [InlineData("30000.12", "30000.12")]
    [InlineData("0.019", "0.01")]
    public void Price_is_rounded_down_to_the_tick(string price, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Rules.RoundPrice(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Quantity_is_rounded_down_to_the_lot_step_or_the_market_step()
    {
        Assert.Equal(0.12345m, Rules.RoundQuantity(0.123456789m));
        Assert.Equal(0.123m, Rules.RoundQuantity(0.123456789m, forMarketOrder: true));
        Assert.Equal("0.12345", Rules.RoundQuantity(0.123456789m).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Order_within_every_rule_passes() =>
        Assert.Null(Rules.FindViolation(NewOrder.Limit("BTCUSDT", OrderSide.Buy, 0.001m, 30000.12m)));

    [Theory]
    [InlineData("30000.125", "0.001", "Filter failure: PRICE_FILTER")]
    [InlineData("0.001", "10", "Filter failure: PRICE_FILTER")]
    [InlineData("30000", "0.0000011", "Filter failure: LOT_SIZE")]
    [InlineData("30000", "9001", "Filter failure: LOT_SIZE")]
    [InlineData("30000", "0.0001", "Filter failure: NOTIONAL")]
    public void Limit_order_breaking_a_filter_gets_the_servers_wording(string price, string quantity, string expected)
    {
        var order = NewOrder.Limit("BTCUSDT", OrderSide.Buy, decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, Rules.FindViolation(order));
        Assert.Equal(expected + " (Parameter 'order')", Assert.Throws<ArgumentException>(() => Rules.EnsureValid(order)).Message);
    }

    [Fact]
    public void Market_order_is_held_to_the_market_lot_size() =>
        Assert.Equal(FilterFailureMessages.MarketLotSize, Rules.FindViolation(NewOrder.Market("BTCUSDT", OrderSide.Sell, 0.0001m)));

    [Fact]
    public void Iceberg_with_too_many_parts_is_refused() =>
        Assert.Equal(FilterFailureMessages.IcebergParts, Rules.FindViolation(NewOrder.Limit("BTCUSDT", OrderSide.Sell, 1m, 30000m) with { IcebergQuantity = 0.09m }));

    [Fact]
    public void Order_type_the_symbol_does_not_offer_is_refused() =>
        Assert.Equal("TAKE_PROFIT orders are not supported for this symbol.", Rules.FindViolation(NewOrder.TakeProfit("BTCUSDT", OrderSide.Sell, 1m, 31000m)));

    [Fact]
    public void Rules_are_found_by_symbol_in_exchange_info()
    {
        var info = new ExchangeInfo { Timezone = "UTC", RateLimits = [], ExchangeFilters = [], Symbols = [Symbol("ETHBTC"), Symbol("BTCUSDT")] };

        Assert.Equal("BTCUSDT", SymbolRules.From(info, "BTCUSDT").Symbol);
        Assert.Throws<KeyNotFoundException>(() => SymbolRules.From(info, "XRPUSDT"));
    }

    private static SymbolInfo Symbol(string name) => new()
    {
        Symbol = name,
        BaseAsset = name[..3],
        QuoteAsset = name[3..],
        OrderTypes = [],
        Filters = [],
        Permissions = [],
        PermissionSets = [["SPOT"]],
        AllowedSelfTradePreventionModes = [],
    };
}
