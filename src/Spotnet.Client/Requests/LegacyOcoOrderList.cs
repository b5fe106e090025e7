using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>An OCO pair in the deprecated shape of <c>POST /api/v3/order/oco</c>: a LIMIT_MAKER at <see cref="Price"/> and a stop order at <see cref="StopPrice"/> (a STOP_LOSS_LIMIT when <see cref="StopLimitPrice"/> is set).</summary>
/// <remarks>Kept for bots written against the old endpoint; new code uses <see cref="OcoOrderList"/>.</remarks>
public sealed record LegacyOcoOrderList : OrderListRequest
{
    private readonly string _limitClientOrderId = ClientOrderIds.New();
    private readonly string _stopClientOrderId = ClientOrderIds.New();

    /// <summary>Side of both orders (<c>side</c>).</summary>
    public required OrderSide Side { get; init; }

    /// <summary>Quantity of both orders (<c>quantity</c>).</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Price of the LIMIT_MAKER order (<c>price</c>).</summary>
    public required decimal Price { get; init; }

    /// <summary>Trigger price of the stop order (<c>stopPrice</c>).</summary>
    public required decimal StopPrice { get; init; }

    /// <summary>Limit price of the stop order, making it a STOP_LOSS_LIMIT (<c>stopLimitPrice</c>).</summary>
    public decimal? StopLimitPrice { get; init; }

    /// <summary>Time in force of the stop-limit order (<c>stopLimitTimeInForce</c>); required with <see cref="StopLimitPrice"/>.</summary>
    public TimeInForce? StopLimitTimeInForce { get; init; }

    /// <summary>Client id of the limit order (<c>limitClientOrderId</c>); a random 22-character id unless set.</summary>
    public string LimitClientOrderId
    {
        get => _limitClientOrderId;
        init
        {
            ClientOrderIds.Validate(value, nameof(LimitClientOrderId));
            _limitClientOrderId = value;
        }
    }

    /// <summary>Client id of the stop order (<c>stopClientOrderId</c>); a random 22-character id unless set.</summary>
    public string StopClientOrderId
    {
        get => _stopClientOrderId;
        init
        {
            ClientOrderIds.Validate(value, nameof(StopClientOrderId));
            _stopClientOrderId = value;
        }
    }

    /// <summary>Visible iceberg quantity of the limit order (<c>limitIcebergQty</c>).</summary>
    public decimal? LimitIcebergQuantity { get; init; }

    /// <summary>Visible iceberg quantity of the stop order (<c>stopIcebergQty</c>).</summary>
    public decimal? StopIcebergQuantity { get; init; }

    /// <summary>Trailing distance of the stop order in basis points (<c>trailingDelta</c>).</summary>
    public long? TrailingDelta { get; init; }

    /// <summary>Strategy id of the limit order (<c>limitStrategyId</c>).</summary>
    public long? LimitStrategyId { get; init; }

    /// <summary>Strategy type of the limit order, at least 1000000 (<c>limitStrategyType</c>).</summary>
    public int? LimitStrategyType { get; init; }

    /// <summary>Strategy id of the stop order (<c>stopStrategyId</c>).</summary>
    public long? StopStrategyId { get; init; }

    /// <summary>Strategy type of the stop order, at least 1000000 (<c>stopStrategyType</c>).</summary>
    public int? StopStrategyType { get; init; }

    /// <summary>A copy with fresh random list, limit and stop client ids, to place the same pair again.</summary>
    public LegacyOcoOrderList WithNewClientOrderIds() => this with
    {
        ListClientOrderId = ClientOrderIds.New(),
        LimitClientOrderId = ClientOrderIds.New(),
        StopClientOrderId = ClientOrderIds.New(),
    };

    internal override void WriteParameters(ParameterWriter writer)
    {
        WriteCommon(writer);
        writer
            .AddEnum("side", Side)
            .Add("quantity", Quantity)
            .Add("limitClientOrderId", LimitClientOrderId)
            .Add("limitStrategyId", LimitStrategyId)
            .Add("limitStrategyType", LimitStrategyType)
            .Add("price", Price)
            .Add("limitIcebergQty", LimitIcebergQuantity)
            .Add("trailingDelta", TrailingDelta)
            .Add("stopClientOrderId", StopClientOrderId)
            .Add("stopPrice", StopPrice)
            .Add("stopStrategyId", StopStrategyId)
            .Add("stopStrategyType", StopStrategyType)
            .Add("stopLimitPrice", StopLimitPrice)
            .Add("stopIcebergQty", StopIcebergQuantity)
            .AddEnum("stopLimitTimeInForce", StopLimitTimeInForce);
    }
}
