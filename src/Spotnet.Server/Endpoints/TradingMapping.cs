using Spotnet.Protocol.Errors;
using Spotnet.Server.Api;
using Spotnet.Server.Exchange;
using E = Spotnet.Engine;
using P = Spotnet.Protocol.Enums;
using M = Spotnet.Protocol.Models.Trading;

namespace Spotnet.Server.Endpoints;

/// <summary>Maps engine values (scaled longs, engine enums, µs times) to Protocol's wire records.</summary>
public static class TradingMapping
{
    /// <summary>Scaled 10^-8 units as a decimal with exactly eight places (<c>"0.00100000"</c> on the wire).</summary>
    public static decimal Amount(long units)
    {
        var magnitude = units < 0 ? (ulong)(-(units + 1)) + 1 : (ulong)units;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, units < 0, 8);
    }

    /// <summary>A µs engine time in the response unit (ms unless <c>X-MBX-TIME-UNIT: MICROSECOND</c>).</summary>
    public static long Time(ApiRequest request, long microseconds)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.MicrosecondResponses || microseconds < 0 ? microseconds : microseconds / 1000;
    }

    /// <summary>An engine rejection as Binance's error.</summary>
    public static SpotError Error(E.EngineResult result) => new(result.Code, result.Message);

    /// <summary>Converts between an engine enum and the Protocol enum of the same member name (either way).</summary>
    public static TTo Map<TFrom, TTo>(TFrom value)
        where TFrom : struct, Enum
        where TTo : struct, Enum => EnumMap<TFrom, TTo>.Convert(value);

    /// <summary>
    /// The order-query object (<c>GET /api/v3/order</c>, <c>openOrders</c>, <c>allOrders</c>): every query sample shows
    /// <c>stopPrice</c> and <c>icebergQty</c>, zero for an order without them (REST and WebSocket alike); only placement
    /// and cancel answers leave them out (the conditional fields table), fidelity T8.
    /// </summary>
    public static M.Order Queried(ApiRequest request, ExchangeCatalog catalog, E.OrderState order)
    {
        var queried = Order(request, catalog, order);
        return queried with { StopPrice = queried.StopPrice ?? Amount(0), IcebergQuantity = queried.IcebergQuantity ?? Amount(0) };
    }

    /// <summary>An order's fields, as placement and cancel answers show them (conditional fields left out).</summary>
    public static M.Order Order(ApiRequest request, ExchangeCatalog catalog, E.OrderState order)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var pegged = order.PegPriceType != E.PegPriceType.None;
        return new M.Order
        {
            Symbol = catalog.SymbolName(order.SymbolId),
            OrderId = order.OrderId,
            OrderListId = order.OrderListId,
            ClientOrderId = order.ClientOrderId,
            Price = Amount(order.Price.Units),
            PegPriceType = pegged ? Map<E.PegPriceType, P.PegPriceType>(order.PegPriceType) : null,
            PegOffsetType = pegged && order.PegOffsetLevels is not null ? P.PegOffsetType.PriceLevel : null,
            PegOffsetValue = pegged ? order.PegOffsetLevels : null,
            PeggedPrice = pegged && order.PeggedPrice.Units != 0 ? Amount(order.PeggedPrice.Units) : null,
            OriginalQuantity = Amount(order.OriginalQuantity.Units),
            ExecutedQuantity = Amount(order.ExecutedQuantity.Units),
            CumulativeQuoteQuantity = Amount(order.CumulativeQuoteQuantity.Units),
            Status = Map<E.OrderStatus, P.OrderStatus>(order.Status),
            TimeInForce = Map<E.TimeInForce, P.TimeInForce>(order.TimeInForce),
            Type = Map<E.OrderType, P.OrderType>(order.Type),
            Side = Map<E.OrderSide, P.OrderSide>(order.Side),
            StopPrice = HasStopPrice(order) ? Amount(order.StopPrice.Units) : null,
            TrailingDelta = order.TrailingDelta != 0 ? order.TrailingDelta : null,
            TrailingTime = order.TrailingDelta != 0 ? Time(request, order.TrailingTime) : null,
            IcebergQuantity = order.IcebergQuantity.Units != 0 ? Amount(order.IcebergQuantity.Units) : null,
            Time = Time(request, order.Time),
            UpdateTime = Time(request, order.UpdateTime),
            IsWorking = order.IsWorking,
            WorkingTime = Time(request, order.WorkingTime),
            OriginalQuoteOrderQuantity = Amount(order.OriginalQuoteOrderQuantity.Units),
            StrategyId = order.StrategyId,
            StrategyType = order.StrategyType,
            SelfTradePreventionMode = Map<E.SelfTradePreventionMode, P.SelfTradePreventionMode>(order.SelfTradePreventionMode),
            PreventedMatchId = order.PreventedMatchId >= 0 ? order.PreventedMatchId : null,
            PreventedQuantity = order.PreventedMatchId >= 0 ? Amount(order.PreventedQuantity.Units) : null,
            ExpiryReason = order.ExpiryReason != E.ExpiryReason.None ? Map<E.ExpiryReason, P.ExpiryReason>(order.ExpiryReason) : null,
            WorkingFloor = WorkingFloor(order),
            UsedSor = order.UsedSor ? true : null,
        };
    }

    /// <summary><c>workingFloor</c>, shown only for orders placed using SOR.</summary>
    public static P.WorkingFloor? WorkingFloor(E.OrderState order) =>
        order.UsedSor ? Map<E.WorkingFloor, P.WorkingFloor>(order.WorkingFloor) : null;

    /// <summary>A canceled order's report (<c>DELETE /api/v3/order</c>, cancel-all, list cancel, cancel-replace).</summary>
    public static M.CanceledOrder Canceled(ApiRequest request, ExchangeCatalog catalog, E.OrderUpdate update)
    {
        var order = Order(request, catalog, update.Order);
        return new M.CanceledOrder
        {
            Symbol = order.Symbol,
            OriginalClientOrderId = update.OriginalClientOrderId,
            OrderId = order.OrderId,
            OrderListId = order.OrderListId,
            ClientOrderId = order.ClientOrderId,
            TransactTime = Time(request, update.TransactTime),
            Price = order.Price,
            PegPriceType = order.PegPriceType,
            PegOffsetType = order.PegOffsetType,
            PegOffsetValue = order.PegOffsetValue,
            PeggedPrice = order.PeggedPrice,
            OriginalQuantity = order.OriginalQuantity,
            ExecutedQuantity = order.ExecutedQuantity,
            OriginalQuoteOrderQuantity = order.OriginalQuoteOrderQuantity,
            CumulativeQuoteQuantity = order.CumulativeQuoteQuantity,
            Status = order.Status,
            TimeInForce = order.TimeInForce,
            Type = order.Type,
            Side = order.Side,
            StopPrice = order.StopPrice,
            TrailingDelta = order.TrailingDelta,
            TrailingTime = order.TrailingTime,
            IcebergQuantity = order.IcebergQuantity,
            StrategyId = order.StrategyId,
            StrategyType = order.StrategyType,
            SelfTradePreventionMode = order.SelfTradePreventionMode,
            PreventedMatchId = order.PreventedMatchId,
            PreventedQuantity = order.PreventedQuantity,
            ExpiryReason = order.ExpiryReason,
            WorkingFloor = order.WorkingFloor,
            UsedSor = order.UsedSor,
        };
    }

    /// <summary>
    /// A placement response in the requested type: ACK, RESULT or FULL (with <c>fills</c> from the order's trades and
    /// <c>preventedMatches</c> from its prevented matches in <paramref name="placement"/>).
    /// </summary>
    public static M.NewOrderResponse NewOrder(
        ApiRequest request, ExchangeCatalog catalog, OrderPlacement placement, P.OrderResponseType responseType)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(placement);
        var state = placement.Order;
        var symbol = catalog.SymbolName(state.SymbolId);
        var transactTime = Time(request, placement.TransactTime);
        if (responseType == P.OrderResponseType.Ack)
        {
            return new M.NewOrderResponse
            {
                Symbol = symbol, OrderId = state.OrderId, OrderListId = state.OrderListId, ClientOrderId = state.ClientOrderId,
                TransactTime = transactTime,
            };
        }

        var order = Order(request, catalog, state);
        return new M.NewOrderResponse
        {
            Symbol = symbol,
            OrderId = state.OrderId,
            OrderListId = state.OrderListId,
            ClientOrderId = state.ClientOrderId,
            TransactTime = transactTime,
            Price = order.Price,
            PegPriceType = order.PegPriceType,
            PegOffsetType = order.PegOffsetType,
            PegOffsetValue = order.PegOffsetValue,
            PeggedPrice = order.PeggedPrice,
            OriginalQuantity = order.OriginalQuantity,
            ExecutedQuantity = order.ExecutedQuantity,
            OriginalQuoteOrderQuantity = order.OriginalQuoteOrderQuantity,
            CumulativeQuoteQuantity = order.CumulativeQuoteQuantity,
            Status = order.Status,
            TimeInForce = order.TimeInForce,
            Type = order.Type,
            Side = order.Side,
            StopPrice = order.StopPrice,
            TrailingDelta = order.TrailingDelta,
            TrailingTime = order.TrailingTime,
            WorkingTime = order.WorkingTime,
            IcebergQuantity = order.IcebergQuantity,
            StrategyId = order.StrategyId,
            StrategyType = order.StrategyType,
            Fills = responseType == P.OrderResponseType.Full
                ? placement.Fills.ConvertAll(fill => new M.OrderFill
                {
                    MatchType = fill.IsAllocation ? P.MatchType.OnePartyTradeReport : null,
                    Price = Amount(fill.LastPrice.Units),
                    Quantity = Amount(fill.LastQuantity.Units),
                    Commission = Amount(fill.Commission.Units),
                    CommissionAsset = catalog.AssetName(fill.CommissionAsset),
                    TradeId = fill.TradeId,
                    AllocationId = fill.IsAllocation ? fill.AllocationId : null,
                })
                : null,
            PreventedMatches = responseType == P.OrderResponseType.Full && placement.PreventedMatches.Count > 0
                ? placement.PreventedMatches.ConvertAll(match => new M.OrderPreventedMatch
                {
                    PreventedMatchId = match.PreventedMatchId,
                    MakerSymbol = symbol,
                    MakerOrderId = match.MakerOrderId,
                    Price = Amount(match.Price.Units),
                    TakerPreventedQuantity = match.TakerPreventedQuantity.Units != 0 ? Amount(match.TakerPreventedQuantity.Units) : null,
                    MakerPreventedQuantity = match.MakerPreventedQuantity.Units != 0 ? Amount(match.MakerPreventedQuantity.Units) : null,
                })
                : null,
            SelfTradePreventionMode = order.SelfTradePreventionMode,
            TradeGroupId = placement.PreventedMatches.Count > 0 && placement.PreventedMatches[0].TradeGroupId >= 0 ? placement.PreventedMatches[0].TradeGroupId : null,
            PreventedMatchId = order.PreventedMatchId,
            PreventedQuantity = order.PreventedQuantity,
            ExpiryReason = order.ExpiryReason,
            WorkingFloor = order.WorkingFloor,
            UsedSor = order.UsedSor,
        };
    }

    /// <summary>The default <c>newOrderRespType</c>: FULL for MARKET and LIMIT, ACK for every other type.</summary>
    public static P.OrderResponseType DefaultResponseType(E.OrderType type) =>
        type is E.OrderType.Market or E.OrderType.Limit ? P.OrderResponseType.Full : P.OrderResponseType.Ack;

    // Every answer maps six enums; parsing each member's name per call cost more than the rest of the mapping.
    private static class EnumMap<TFrom, TTo>
        where TFrom : struct, Enum
        where TTo : struct, Enum
    {
        private static readonly Dictionary<TFrom, TTo> Table = Build();

        public static TTo Convert(TFrom value) =>
            Table.TryGetValue(value, out var mapped) ? mapped : Enum.Parse<TTo>(value.ToString());

        private static Dictionary<TFrom, TTo> Build()
        {
            var table = new Dictionary<TFrom, TTo>();
            foreach (var value in Enum.GetValues<TFrom>())
            {
                // Same rule as the fallback: the member of the same name; values without one keep failing there.
                if (Enum.TryParse<TTo>(value.ToString(), out var mapped))
                {
                    table[value] = mapped;
                }
            }

            return table;
        }
    }

    private static bool HasStopPrice(E.OrderState order) =>
        order.Type is E.OrderType.StopLoss or E.OrderType.StopLossLimit or E.OrderType.TakeProfit or E.OrderType.TakeProfitLimit;
}
