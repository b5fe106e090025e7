using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of a new order (<c>POST /api/v3/order</c>, <c>POST /api/v3/order/test</c>); build one with <see cref="Limit"/>, <see cref="Market"/>, <see cref="MarketQuote"/> or the other factories.</summary>
/// <remarks>
/// It always carries a <see cref="ClientOrderId"/>, generated when the record is created (unless given), so the id is
/// known before sending and an order whose answer was lost can be found again. The id belongs to the record: sending the
/// same record twice, or a copy made with <c>with { … }</c>, sends the same id and Binance answers <c>-2010</c>
/// "Duplicate order sent." while the first order is open. To place another order from this one, use
/// <see cref="WithNewClientOrderId"/>.
/// </remarks>
public sealed record NewOrder : SignedRequest
{
    private readonly string _clientOrderId = ClientOrderIds.New();

    /// <summary>Creates an order of <paramref name="type"/>; prefer the factories.</summary>
    public NewOrder(string symbol, OrderSide side, OrderType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        Symbol = symbol;
        Side = side;
        Type = type;
    }

    /// <summary>Symbol (<c>symbol</c>).</summary>
    public string Symbol { get; }

    /// <summary>Side (<c>side</c>).</summary>
    public OrderSide Side { get; }

    /// <summary>Order type (<c>type</c>).</summary>
    public OrderType Type { get; }

    /// <summary>Time in force (<c>timeInForce</c>); required for limit types.</summary>
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>Base-asset quantity (<c>quantity</c>).</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Quote-asset amount of a market order (<c>quoteOrderQty</c>).</summary>
    public decimal? QuoteOrderQuantity { get; init; }

    /// <summary>Limit price (<c>price</c>).</summary>
    public decimal? Price { get; init; }

    /// <summary>Client order id (<c>newClientOrderId</c>): 1 to 36 of <c>[a-zA-Z0-9-_]</c>; a random 22-character id unless set.</summary>
    public string ClientOrderId
    {
        get => _clientOrderId;
        init
        {
            ClientOrderIds.Validate(value, nameof(ClientOrderId));
            _clientOrderId = value;
        }
    }

    /// <summary>Caller's strategy id (<c>strategyId</c>).</summary>
    public long? StrategyId { get; init; }

    /// <summary>Caller's strategy type (<c>strategyType</c>), at least 1000000.</summary>
    public int? StrategyType { get; init; }

    /// <summary>Trigger price of stop and take-profit orders (<c>stopPrice</c>).</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>Trailing distance in basis points (<c>trailingDelta</c>).</summary>
    public long? TrailingDelta { get; init; }

    /// <summary>Visible quantity of an iceberg order (<c>icebergQty</c>).</summary>
    public decimal? IcebergQuantity { get; init; }

    /// <summary>Response detail (<c>newOrderRespType</c>); the server defaults to FULL for LIMIT and MARKET, ACK otherwise.</summary>
    public OrderResponseType? ResponseType { get; init; }

    /// <summary>Self-trade prevention mode (<c>selfTradePreventionMode</c>).</summary>
    public SelfTradePreventionMode? SelfTradePreventionMode { get; init; }

    /// <summary>Peg price type (<c>pegPriceType</c>).</summary>
    public PegPriceType? PegPriceType { get; init; }

    /// <summary>Peg offset in price levels (<c>pegOffsetValue</c>).</summary>
    public int? PegOffsetValue { get; init; }

    /// <summary>Peg offset type (<c>pegOffsetType</c>).</summary>
    public PegOffsetType? PegOffsetType { get; init; }

    /// <summary>A limit order resting at <paramref name="price"/> (GTC unless <paramref name="timeInForce"/> says otherwise).</summary>
    public static NewOrder Limit(string symbol, OrderSide side, decimal quantity, decimal price, TimeInForce timeInForce = Protocol.Enums.TimeInForce.Gtc) =>
        new(symbol, side, OrderType.Limit) { Quantity = quantity, Price = price, TimeInForce = timeInForce };

    /// <summary>A post-only limit order, rejected if it would take liquidity (<c>LIMIT_MAKER</c>).</summary>
    public static NewOrder LimitMaker(string symbol, OrderSide side, decimal quantity, decimal price) =>
        new(symbol, side, OrderType.LimitMaker) { Quantity = quantity, Price = price };

    /// <summary>A market order for <paramref name="quantity"/> of the base asset.</summary>
    public static NewOrder Market(string symbol, OrderSide side, decimal quantity) =>
        new(symbol, side, OrderType.Market) { Quantity = quantity };

    /// <summary>A market order spending (buy) or receiving (sell) <paramref name="quoteQuantity"/> of the quote asset (<c>quoteOrderQty</c>).</summary>
    public static NewOrder MarketQuote(string symbol, OrderSide side, decimal quoteQuantity) =>
        new(symbol, side, OrderType.Market) { QuoteOrderQuantity = quoteQuantity };

    /// <summary>A stop-loss order that sends a market order once <paramref name="stopPrice"/> trades (<c>STOP_LOSS</c>).</summary>
    public static NewOrder StopLoss(string symbol, OrderSide side, decimal quantity, decimal stopPrice) =>
        new(symbol, side, OrderType.StopLoss) { Quantity = quantity, StopPrice = stopPrice };

    /// <summary>A stop-loss order that places a limit order at <paramref name="price"/> once <paramref name="stopPrice"/> trades (<c>STOP_LOSS_LIMIT</c>).</summary>
    public static NewOrder StopLossLimit(string symbol, OrderSide side, decimal quantity, decimal price, decimal stopPrice, TimeInForce timeInForce = Protocol.Enums.TimeInForce.Gtc) =>
        new(symbol, side, OrderType.StopLossLimit) { Quantity = quantity, Price = price, StopPrice = stopPrice, TimeInForce = timeInForce };

    /// <summary>A take-profit order that sends a market order once <paramref name="stopPrice"/> trades (<c>TAKE_PROFIT</c>).</summary>
    public static NewOrder TakeProfit(string symbol, OrderSide side, decimal quantity, decimal stopPrice) =>
        new(symbol, side, OrderType.TakeProfit) { Quantity = quantity, StopPrice = stopPrice };

    /// <summary>A take-profit order that places a limit order at <paramref name="price"/> once <paramref name="stopPrice"/> trades (<c>TAKE_PROFIT_LIMIT</c>).</summary>
    public static NewOrder TakeProfitLimit(string symbol, OrderSide side, decimal quantity, decimal price, decimal stopPrice, TimeInForce timeInForce = Protocol.Enums.TimeInForce.Gtc) =>
        new(symbol, side, OrderType.TakeProfitLimit) { Quantity = quantity, Price = price, StopPrice = stopPrice, TimeInForce = timeInForce };

    /// <summary>A copy with a fresh random <see cref="ClientOrderId"/>: the same order, placed as a new one.</summary>
    public NewOrder WithNewClientOrderId() => this with { ClientOrderId = ClientOrderIds.New() };

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .AddEnum("side", Side)
        .AddEnum("type", Type)
        .AddEnum("timeInForce", TimeInForce)
        .Add("quantity", Quantity)
        .Add("quoteOrderQty", QuoteOrderQuantity)
        .Add("price", Price)
        .Add("newClientOrderId", ClientOrderId)
        .Add("strategyId", StrategyId)
        .Add("strategyType", StrategyType)
        .Add("stopPrice", StopPrice)
        .Add("trailingDelta", TrailingDelta)
        .Add("icebergQty", IcebergQuantity)
        .AddEnum("newOrderRespType", ResponseType)
        .AddEnum("selfTradePreventionMode", SelfTradePreventionMode)
        .AddEnum("pegPriceType", PegPriceType)
        .Add("pegOffsetValue", PegOffsetValue)
        .AddEnum("pegOffsetType", PegOffsetType);
}
