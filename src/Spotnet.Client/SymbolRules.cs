using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Filters;
using Spotnet.Protocol.Models.General;

namespace Spotnet.Client;

/// <summary>A symbol's trading rules from <c>exchangeInfo</c>: rounds prices and quantities to its tick and step, and checks an order against its filters before it is sent.</summary>
public sealed class SymbolRules
{
    private readonly SymbolInfo _symbol;

    /// <summary>Reads the rules of <paramref name="symbol"/>.</summary>
    public SymbolRules(SymbolInfo symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        _symbol = symbol;
        Price = symbol.Filters.OfType<PriceFilter>().FirstOrDefault();
        LotSize = symbol.Filters.OfType<LotSizeFilter>().FirstOrDefault();
        MarketLotSize = symbol.Filters.OfType<MarketLotSizeFilter>().FirstOrDefault();
        Notional = symbol.Filters.OfType<NotionalFilter>().FirstOrDefault();
        MinimumNotional = symbol.Filters.OfType<MinNotionalFilter>().FirstOrDefault();
        IcebergParts = symbol.Filters.OfType<IcebergPartsFilter>().FirstOrDefault();
    }

    /// <summary>Symbol (<c>symbol</c>).</summary>
    public string Symbol => _symbol.Symbol;

    /// <summary>The <c>PRICE_FILTER</c>, if the symbol has one.</summary>
    public PriceFilter? Price { get; }

    /// <summary>The <c>LOT_SIZE</c> filter, if the symbol has one.</summary>
    public LotSizeFilter? LotSize { get; }

    /// <summary>The <c>MARKET_LOT_SIZE</c> filter, if the symbol has one.</summary>
    public MarketLotSizeFilter? MarketLotSize { get; }

    /// <summary>The <c>NOTIONAL</c> filter, if the symbol has one.</summary>
    public NotionalFilter? Notional { get; }

    /// <summary>The <c>MIN_NOTIONAL</c> filter, if the symbol has one.</summary>
    public MinNotionalFilter? MinimumNotional { get; }

    /// <summary>The <c>ICEBERG_PARTS</c> filter, if the symbol has one.</summary>
    public IcebergPartsFilter? IcebergParts { get; }

    /// <summary>The rules of <paramref name="symbol"/> in <paramref name="exchangeInfo"/>.</summary>
    /// <exception cref="KeyNotFoundException">The symbol is not listed.</exception>
    public static SymbolRules From(ExchangeInfo exchangeInfo, string symbol)
    {
        ArgumentNullException.ThrowIfNull(exchangeInfo);
        return new SymbolRules(exchangeInfo.Symbols.FirstOrDefault(info => info.Symbol == symbol) ?? throw new KeyNotFoundException($"{symbol} is not in exchangeInfo."));
    }

    /// <summary>Rounds a price down to a multiple of <c>tickSize</c> (unchanged when the tick is disabled).</summary>
    public decimal RoundPrice(decimal price) => RoundDown(price, Price?.TickSize ?? 0);

    /// <summary>Rounds a quantity down to a multiple of <c>stepSize</c> (of <c>MARKET_LOT_SIZE</c> when <paramref name="forMarketOrder"/> and it sets one).</summary>
    public decimal RoundQuantity(decimal quantity, bool forMarketOrder = false) =>
        RoundDown(quantity, forMarketOrder && MarketLotSize is { StepSize: > 0 } market ? market.StepSize : LotSize?.StepSize ?? 0);

    /// <summary>The first rule <paramref name="order"/> breaks, as the server would word it (<c>Filter failure: LOT_SIZE</c>…), or <see langword="null"/> when it passes every rule that can be checked without market data.</summary>
    /// <remarks>Checked: order type allowed, iceberg and quote-quantity permissions, <c>PRICE_FILTER</c>, <c>LOT_SIZE</c>, <c>MARKET_LOT_SIZE</c>, <c>ICEBERG_PARTS</c>, and <c>NOTIONAL</c>/<c>MIN_NOTIONAL</c> for orders with a price. Market notional needs the average price and is left to the server.</remarks>
    public string? FindViolation(NewOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Symbol != Symbol)
        {
            return $"The order is for {order.Symbol}, these rules are for {Symbol}.";
        }

        if (!_symbol.OrderTypes.Contains(order.Type))
        {
            return $"{WireEnum.ToWire(order.Type)} orders are not supported for this symbol.";
        }

        if (order.IcebergQuantity is not null && !_symbol.IcebergAllowed)
        {
            return "Iceberg orders are not supported for this symbol.";
        }

        if (order.QuoteOrderQuantity is not null && !_symbol.QuoteOrderQuantityMarketAllowed)
        {
            return "Quote order qty market orders are not support for this symbol.";
        }

        if (Price is { } priceFilter && (Breaks(priceFilter, order.Price) || Breaks(priceFilter, order.StopPrice)))
        {
            return FilterFailureMessages.PriceFilter;
        }

        if (LotSize is { } lot && (Breaks(order.Quantity, lot.MinimumQuantity, lot.MaximumQuantity, lot.StepSize) || Breaks(order.IcebergQuantity, lot.MinimumQuantity, lot.MaximumQuantity, lot.StepSize)))
        {
            return FilterFailureMessages.LotSize;
        }

        if (order.Type == OrderType.Market && MarketLotSize is { } market && Breaks(order.Quantity, market.MinimumQuantity, market.MaximumQuantity, market.StepSize))
        {
            return FilterFailureMessages.MarketLotSize;
        }

        if (IcebergParts is { } parts && order is { IcebergQuantity: > 0, Quantity: { } total } && Math.Ceiling(total / order.IcebergQuantity.Value) > parts.Limit)
        {
            return FilterFailureMessages.IcebergParts;
        }

        if (order is { Price: { } price, Quantity: { } quantity })
        {
            var notional = price * quantity;
            if (MinimumNotional is { } minimum && notional < minimum.MinimumNotional)
            {
                return FilterFailureMessages.MinNotional;
            }

            if (Notional is { } range && (notional < range.MinimumNotional || (range.MaximumNotional > 0 && notional > range.MaximumNotional)))
            {
                return FilterFailureMessages.Notional;
            }
        }

        return null;
    }

    /// <summary>Throws when <paramref name="order"/> breaks a rule (see <see cref="FindViolation"/>), before anything is sent.</summary>
    /// <exception cref="ArgumentException">The order breaks a rule; the message is the server's wording.</exception>
    public void EnsureValid(NewOrder order)
    {
        if (FindViolation(order) is { } violation)
        {
            throw new ArgumentException(violation, nameof(order));
        }
    }

    private static bool Breaks(PriceFilter filter, decimal? price) =>
        price is { } value && ((filter.MinimumPrice > 0 && value < filter.MinimumPrice) || (filter.MaximumPrice > 0 && value > filter.MaximumPrice) || (filter.TickSize > 0 && value % filter.TickSize != 0));

    private static bool Breaks(decimal? quantity, decimal minimum, decimal maximum, decimal step) =>
        quantity is { } value && (value < minimum || (maximum > 0 && value > maximum) || (step > 0 && value % step != 0));

    private static decimal RoundDown(decimal value, decimal increment) =>
        increment > 0 ? decimal.Round(Math.Floor(value / increment) * increment, Scale(increment)) : value;

    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
