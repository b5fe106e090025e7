namespace Spotnet.Protocol.Endpoints;

/// <summary>Parameter tables of <c>testnet/rest-api.md</c> (business parameters only; the signing parameters are added per security type).</summary>
/// <remarks>Generated once from the docs, then corrected where an HTML table hid a row: <c>symbols</c> is always a JSON array, and
/// <c>ticker</c>/<c>ticker/tradingDay</c> take <c>symbol</c> or <c>symbols</c>. The deprecated OCO list comes from the production docs.</remarks>
internal static class RestParameters
{
    public static readonly EndpointParameter[] Ping =
    [
    ];

    public static readonly EndpointParameter[] Time =
    [
    ];

    public static readonly EndpointParameter[] ExchangeInfo =
    [
        new("symbol", ParameterType.String, false),
        new("symbols", ParameterType.StringArray, false),
        new("permissions", ParameterType.Enum, false),
        new("showPermissionSets", ParameterType.Boolean, false),
        new("symbolStatus", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] ExecutionRules =
    [
        new("symbol", ParameterType.String, false),
        new("symbols", ParameterType.StringArray, false),
        new("symbolStatus", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] Depth =
    [
        new("symbol", ParameterType.String, true),
        new("limit", ParameterType.Int, false),
        new("symbolStatus", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] RecentTrades =
    [
        new("symbol", ParameterType.String, true),
        new("limit", ParameterType.Int, false),
    ];

    public static readonly EndpointParameter[] HistoricalTrades =
    [
        new("symbol", ParameterType.String, true),
        new("limit", ParameterType.Int, false),
        new("fromId", ParameterType.Long, false),
    ];

    public static readonly EndpointParameter[] HistoricalBlockTrades =
    [
        new("symbol", ParameterType.String, true),
        new("fromId", ParameterType.Long, true),
        new("limit", ParameterType.Long, false),
    ];

    public static readonly EndpointParameter[] AggregateTrades =
    [
        new("symbol", ParameterType.String, true),
        new("fromId", ParameterType.Long, false),
        new("startTime", ParameterType.Long, false),
        new("endTime", ParameterType.Long, false),
        new("limit", ParameterType.Int, false),
    ];

    public static readonly EndpointParameter[] Klines =
    [
        new("symbol", ParameterType.String, true),
        new("interval", ParameterType.Enum, true),
        new("startTime", ParameterType.Long, false),
        new("endTime", ParameterType.Long, false),
        new("timeZone", ParameterType.String, false),
        new("limit", ParameterType.Int, false),
    ];

    public static readonly EndpointParameter[] UiKlines =
    [
        new("symbol", ParameterType.String, true),
        new("interval", ParameterType.Enum, true),
        new("startTime", ParameterType.Long, false),
        new("endTime", ParameterType.Long, false),
        new("timeZone", ParameterType.String, false),
        new("limit", ParameterType.Int, false),
    ];

    public static readonly EndpointParameter[] AveragePrice =
    [
        new("symbol", ParameterType.String, true),
    ];

    public static readonly EndpointParameter[] Ticker24Hour =
    [
        new("symbol", ParameterType.String, false),
        new("symbols", ParameterType.StringArray, false),
        new("type", ParameterType.Enum, false),
        new("symbolStatus", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] TickerTradingDay =
    [
        new("symbol", ParameterType.String, false),
        new("symbols", ParameterType.StringArray, false),
        new("timeZone", ParameterType.String, false),
        new("type", ParameterType.Enum, false),
        new("symbolStatus", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] TickerPrice =
    [
        new("symbol", ParameterType.String, false),
        new("symbols", ParameterType.StringArray, false),
        new("symbolStatus", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] TickerBook =
    [
        new("symbol", ParameterType.String, false),
        new("symbols", ParameterType.StringArray, false),
        new("symbolStatus", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] TickerRollingWindow =
    [
        new("symbol", ParameterType.String, false),
        new("symbols", ParameterType.StringArray, false),
        new("windowSize", ParameterType.Enum, false),
        new("type", ParameterType.Enum, false),
        new("symbolStatus", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] ReferencePrice =
    [
        new("symbol", ParameterType.String, true),
    ];

    public static readonly EndpointParameter[] ReferencePriceCalculation =
    [
        new("symbol", ParameterType.String, true),
        new("symbolStatus", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] NewOrder =
    [
        new("symbol", ParameterType.String, true),
        new("side", ParameterType.Enum, true),
        new("type", ParameterType.Enum, true),
        new("timeInForce", ParameterType.Enum, false),
        new("quantity", ParameterType.Decimal, false),
        new("quoteOrderQty", ParameterType.Decimal, false),
        new("price", ParameterType.Decimal, false),
        new("newClientOrderId", ParameterType.String, false),
        new("strategyId", ParameterType.Long, false),
        new("strategyType", ParameterType.Int, false),
        new("stopPrice", ParameterType.Decimal, false),
        new("trailingDelta", ParameterType.Long, false),
        new("icebergQty", ParameterType.Decimal, false),
        new("newOrderRespType", ParameterType.Enum, false),
        new("selfTradePreventionMode", ParameterType.Enum, false),
        new("pegPriceType", ParameterType.Enum, false),
        new("pegOffsetValue", ParameterType.Int, false),
        new("pegOffsetType", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] TestNewOrder =
    [
        new("symbol", ParameterType.String, true),
        new("side", ParameterType.Enum, true),
        new("type", ParameterType.Enum, true),
        new("timeInForce", ParameterType.Enum, false),
        new("quantity", ParameterType.Decimal, false),
        new("quoteOrderQty", ParameterType.Decimal, false),
        new("price", ParameterType.Decimal, false),
        new("newClientOrderId", ParameterType.String, false),
        new("strategyId", ParameterType.Long, false),
        new("strategyType", ParameterType.Int, false),
        new("stopPrice", ParameterType.Decimal, false),
        new("trailingDelta", ParameterType.Long, false),
        new("icebergQty", ParameterType.Decimal, false),
        new("newOrderRespType", ParameterType.Enum, false),
        new("selfTradePreventionMode", ParameterType.Enum, false),
        new("pegPriceType", ParameterType.Enum, false),
        new("pegOffsetValue", ParameterType.Int, false),
        new("pegOffsetType", ParameterType.Enum, false),
        new("computeCommissionRates", ParameterType.Boolean, false),
    ];

    public static readonly EndpointParameter[] QueryOrder =
    [
        new("symbol", ParameterType.String, true),
        new("orderId", ParameterType.Long, false),
        new("origClientOrderId", ParameterType.String, false),
    ];

    public static readonly EndpointParameter[] CancelOrder =
    [
        new("symbol", ParameterType.String, true),
        new("orderId", ParameterType.Long, false),
        new("origClientOrderId", ParameterType.String, false),
        new("newClientOrderId", ParameterType.String, false),
        new("cancelRestrictions", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] CancelOpenOrders =
    [
        new("symbol", ParameterType.String, true),
    ];

    public static readonly EndpointParameter[] CancelReplaceOrder =
    [
        new("symbol", ParameterType.String, true),
        new("side", ParameterType.Enum, true),
        new("type", ParameterType.Enum, true),
        new("cancelReplaceMode", ParameterType.Enum, true),
        new("timeInForce", ParameterType.Enum, false),
        new("quantity", ParameterType.Decimal, false),
        new("quoteOrderQty", ParameterType.Decimal, false),
        new("price", ParameterType.Decimal, false),
        new("cancelNewClientOrderId", ParameterType.String, false),
        new("cancelOrigClientOrderId", ParameterType.String, false),
        new("cancelOrderId", ParameterType.Long, false),
        new("newClientOrderId", ParameterType.String, false),
        new("strategyId", ParameterType.Long, false),
        new("strategyType", ParameterType.Int, false),
        new("stopPrice", ParameterType.Decimal, false),
        new("trailingDelta", ParameterType.Long, false),
        new("icebergQty", ParameterType.Decimal, false),
        new("newOrderRespType", ParameterType.Enum, false),
        new("selfTradePreventionMode", ParameterType.Enum, false),
        new("cancelRestrictions", ParameterType.Enum, false),
        new("orderRateLimitExceededMode", ParameterType.Enum, false),
        new("pegPriceType", ParameterType.Enum, false),
        new("pegOffsetValue", ParameterType.Int, false),
        new("pegOffsetType", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] AmendOrderKeepPriority =
    [
        new("symbol", ParameterType.String, true),
        new("orderId", ParameterType.Long, false),
        new("origClientOrderId", ParameterType.String, false),
        new("newClientOrderId", ParameterType.String, false),
        new("newQty", ParameterType.Decimal, true),
    ];

    public static readonly EndpointParameter[] NewOrderListOco =
    [
        new("symbol", ParameterType.String, true),
        new("listClientOrderId", ParameterType.String, false),
        new("side", ParameterType.Enum, true),
        new("quantity", ParameterType.Decimal, true),
        new("aboveType", ParameterType.Enum, true),
        new("aboveClientOrderId", ParameterType.String, false),
        new("aboveIcebergQty", ParameterType.Long, false),
        new("abovePrice", ParameterType.Decimal, false),
        new("aboveStopPrice", ParameterType.Decimal, false),
        new("aboveTrailingDelta", ParameterType.Long, false),
        new("aboveTimeInForce", ParameterType.Enum, false),
        new("aboveStrategyId", ParameterType.Long, false),
        new("aboveStrategyType", ParameterType.Int, false),
        new("abovePegPriceType", ParameterType.Enum, false),
        new("abovePegOffsetType", ParameterType.Enum, false),
        new("abovePegOffsetValue", ParameterType.Int, false),
        new("belowType", ParameterType.Enum, true),
        new("belowClientOrderId", ParameterType.String, false),
        new("belowIcebergQty", ParameterType.Long, false),
        new("belowPrice", ParameterType.Decimal, false),
        new("belowStopPrice", ParameterType.Decimal, false),
        new("belowTrailingDelta", ParameterType.Long, false),
        new("belowTimeInForce", ParameterType.Enum, false),
        new("belowStrategyId", ParameterType.Long, false),
        new("belowStrategyType", ParameterType.Int, false),
        new("belowPegPriceType", ParameterType.Enum, false),
        new("belowPegOffsetType", ParameterType.Enum, false),
        new("belowPegOffsetValue", ParameterType.Int, false),
        new("newOrderRespType", ParameterType.Enum, false),
        new("selfTradePreventionMode", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] NewOrderListOto =
    [
        new("symbol", ParameterType.String, true),
        new("listClientOrderId", ParameterType.String, false),
        new("newOrderRespType", ParameterType.Enum, false),
        new("selfTradePreventionMode", ParameterType.Enum, false),
        new("workingType", ParameterType.Enum, true),
        new("workingSide", ParameterType.Enum, true),
        new("workingClientOrderId", ParameterType.String, false),
        new("workingPrice", ParameterType.Decimal, true),
        new("workingQuantity", ParameterType.Decimal, true),
        new("workingIcebergQty", ParameterType.Decimal, false),
        new("workingTimeInForce", ParameterType.Enum, false),
        new("workingStrategyId", ParameterType.Long, false),
        new("workingStrategyType", ParameterType.Int, false),
        new("workingPegPriceType", ParameterType.Enum, false),
        new("workingPegOffsetType", ParameterType.Enum, false),
        new("workingPegOffsetValue", ParameterType.Int, false),
        new("pendingType", ParameterType.Enum, true),
        new("pendingSide", ParameterType.Enum, true),
        new("pendingClientOrderId", ParameterType.String, false),
        new("pendingPrice", ParameterType.Decimal, false),
        new("pendingStopPrice", ParameterType.Decimal, false),
        new("pendingTrailingDelta", ParameterType.Decimal, false),
        new("pendingQuantity", ParameterType.Decimal, true),
        new("pendingIcebergQty", ParameterType.Decimal, false),
        new("pendingTimeInForce", ParameterType.Enum, false),
        new("pendingStrategyId", ParameterType.Long, false),
        new("pendingStrategyType", ParameterType.Int, false),
        new("pendingPegPriceType", ParameterType.Enum, false),
        new("pendingPegOffsetType", ParameterType.Enum, false),
        new("pendingPegOffsetValue", ParameterType.Int, false),
    ];

    public static readonly EndpointParameter[] NewOrderListOtoco =
    [
        new("symbol", ParameterType.String, true),
        new("listClientOrderId", ParameterType.String, false),
        new("newOrderRespType", ParameterType.Enum, false),
        new("selfTradePreventionMode", ParameterType.Enum, false),
        new("workingType", ParameterType.Enum, true),
        new("workingSide", ParameterType.Enum, true),
        new("workingClientOrderId", ParameterType.String, false),
        new("workingPrice", ParameterType.Decimal, true),
        new("workingQuantity", ParameterType.Decimal, true),
        new("workingIcebergQty", ParameterType.Decimal, false),
        new("workingTimeInForce", ParameterType.Enum, false),
        new("workingStrategyId", ParameterType.Long, false),
        new("workingStrategyType", ParameterType.Int, false),
        new("workingPegPriceType", ParameterType.Enum, false),
        new("workingPegOffsetType", ParameterType.Enum, false),
        new("workingPegOffsetValue", ParameterType.Int, false),
        new("pendingSide", ParameterType.Enum, true),
        new("pendingQuantity", ParameterType.Decimal, true),
        new("pendingAboveType", ParameterType.Enum, true),
        new("pendingAboveClientOrderId", ParameterType.String, false),
        new("pendingAbovePrice", ParameterType.Decimal, false),
        new("pendingAboveStopPrice", ParameterType.Decimal, false),
        new("pendingAboveTrailingDelta", ParameterType.Decimal, false),
        new("pendingAboveIcebergQty", ParameterType.Decimal, false),
        new("pendingAboveTimeInForce", ParameterType.Enum, false),
        new("pendingAboveStrategyId", ParameterType.Long, false),
        new("pendingAboveStrategyType", ParameterType.Int, false),
        new("pendingAbovePegPriceType", ParameterType.Enum, false),
        new("pendingAbovePegOffsetType", ParameterType.Enum, false),
        new("pendingAbovePegOffsetValue", ParameterType.Int, false),
        new("pendingBelowType", ParameterType.Enum, false),
        new("pendingBelowClientOrderId", ParameterType.String, false),
        new("pendingBelowPrice", ParameterType.Decimal, false),
        new("pendingBelowStopPrice", ParameterType.Decimal, false),
        new("pendingBelowTrailingDelta", ParameterType.Decimal, false),
        new("pendingBelowIcebergQty", ParameterType.Decimal, false),
        new("pendingBelowTimeInForce", ParameterType.Enum, false),
        new("pendingBelowStrategyId", ParameterType.Long, false),
        new("pendingBelowStrategyType", ParameterType.Int, false),
        new("pendingBelowPegPriceType", ParameterType.Enum, false),
        new("pendingBelowPegOffsetType", ParameterType.Enum, false),
        new("pendingBelowPegOffsetValue", ParameterType.Int, false),
    ];

    public static readonly EndpointParameter[] NewOrderListOpo =
    [
        new("symbol", ParameterType.String, true),
        new("listClientOrderId", ParameterType.String, false),
        new("newOrderRespType", ParameterType.Enum, false),
        new("selfTradePreventionMode", ParameterType.Enum, false),
        new("workingType", ParameterType.Enum, true),
        new("workingSide", ParameterType.Enum, true),
        new("workingClientOrderId", ParameterType.String, false),
        new("workingPrice", ParameterType.Decimal, true),
        new("workingQuantity", ParameterType.Decimal, true),
        new("workingIcebergQty", ParameterType.Decimal, false),
        new("workingTimeInForce", ParameterType.Enum, false),
        new("workingStrategyId", ParameterType.Long, false),
        new("workingStrategyType", ParameterType.Int, false),
        new("workingPegPriceType", ParameterType.Enum, false),
        new("workingPegOffsetType", ParameterType.Enum, false),
        new("workingPegOffsetValue", ParameterType.Int, false),
        new("pendingType", ParameterType.Enum, true),
        new("pendingSide", ParameterType.Enum, true),
        new("pendingClientOrderId", ParameterType.String, false),
        new("pendingPrice", ParameterType.Decimal, false),
        new("pendingStopPrice", ParameterType.Decimal, false),
        new("pendingTrailingDelta", ParameterType.Decimal, false),
        new("pendingIcebergQty", ParameterType.Decimal, false),
        new("pendingTimeInForce", ParameterType.Enum, false),
        new("pendingStrategyId", ParameterType.Long, false),
        new("pendingStrategyType", ParameterType.Int, false),
        new("pendingPegPriceType", ParameterType.Enum, false),
        new("pendingPegOffsetType", ParameterType.Enum, false),
        new("pendingPegOffsetValue", ParameterType.Int, false),
    ];

    public static readonly EndpointParameter[] NewOrderListOpoco =
    [
        new("symbol", ParameterType.String, true),
        new("listClientOrderId", ParameterType.String, false),
        new("newOrderRespType", ParameterType.Enum, false),
        new("selfTradePreventionMode", ParameterType.Enum, false),
        new("workingType", ParameterType.Enum, true),
        new("workingSide", ParameterType.Enum, true),
        new("workingClientOrderId", ParameterType.String, false),
        new("workingPrice", ParameterType.Decimal, true),
        new("workingQuantity", ParameterType.Decimal, true),
        new("workingIcebergQty", ParameterType.Decimal, false),
        new("workingTimeInForce", ParameterType.Enum, false),
        new("workingStrategyId", ParameterType.Long, false),
        new("workingStrategyType", ParameterType.Int, false),
        new("workingPegPriceType", ParameterType.Enum, false),
        new("workingPegOffsetType", ParameterType.Enum, false),
        new("workingPegOffsetValue", ParameterType.Int, false),
        new("pendingSide", ParameterType.Enum, true),
        new("pendingAboveType", ParameterType.Enum, true),
        new("pendingAboveClientOrderId", ParameterType.String, false),
        new("pendingAbovePrice", ParameterType.Decimal, false),
        new("pendingAboveStopPrice", ParameterType.Decimal, false),
        new("pendingAboveTrailingDelta", ParameterType.Decimal, false),
        new("pendingAboveIcebergQty", ParameterType.Decimal, false),
        new("pendingAboveTimeInForce", ParameterType.Enum, false),
        new("pendingAboveStrategyId", ParameterType.Long, false),
        new("pendingAboveStrategyType", ParameterType.Int, false),
        new("pendingAbovePegPriceType", ParameterType.Enum, false),
        new("pendingAbovePegOffsetType", ParameterType.Enum, false),
        new("pendingAbovePegOffsetValue", ParameterType.Int, false),
        new("pendingBelowType", ParameterType.Enum, false),
        new("pendingBelowClientOrderId", ParameterType.String, false),
        new("pendingBelowPrice", ParameterType.Decimal, false),
        new("pendingBelowStopPrice", ParameterType.Decimal, false),
        new("pendingBelowTrailingDelta", ParameterType.Decimal, false),
        new("pendingBelowIcebergQty", ParameterType.Decimal, false),
        new("pendingBelowTimeInForce", ParameterType.Enum, false),
        new("pendingBelowStrategyId", ParameterType.Long, false),
        new("pendingBelowStrategyType", ParameterType.Int, false),
        new("pendingBelowPegPriceType", ParameterType.Enum, false),
        new("pendingBelowPegOffsetType", ParameterType.Enum, false),
        new("pendingBelowPegOffsetValue", ParameterType.Int, false),
    ];

    public static readonly EndpointParameter[] CancelOrderList =
    [
        new("symbol", ParameterType.String, true),
        new("orderListId", ParameterType.Long, false),
        new("listClientOrderId", ParameterType.String, false),
        new("newClientOrderId", ParameterType.String, false),
    ];

    public static readonly EndpointParameter[] NewSorOrder =
    [
        new("symbol", ParameterType.String, true),
        new("side", ParameterType.Enum, true),
        new("type", ParameterType.Enum, true),
        new("timeInForce", ParameterType.Enum, false),
        new("quantity", ParameterType.Decimal, true),
        new("price", ParameterType.Decimal, false),
        new("newClientOrderId", ParameterType.String, false),
        new("strategyId", ParameterType.Long, false),
        new("strategyType", ParameterType.Int, false),
        new("icebergQty", ParameterType.Decimal, false),
        new("newOrderRespType", ParameterType.Enum, false),
        new("selfTradePreventionMode", ParameterType.Enum, false),
    ];

    public static readonly EndpointParameter[] TestNewSorOrder =
    [
        new("symbol", ParameterType.String, true),
        new("side", ParameterType.Enum, true),
        new("type", ParameterType.Enum, true),
        new("timeInForce", ParameterType.Enum, false),
        new("quantity", ParameterType.Decimal, true),
        new("price", ParameterType.Decimal, false),
        new("newClientOrderId", ParameterType.String, false),
        new("strategyId", ParameterType.Long, false),
        new("strategyType", ParameterType.Int, false),
        new("icebergQty", ParameterType.Decimal, false),
        new("newOrderRespType", ParameterType.Enum, false),
        new("selfTradePreventionMode", ParameterType.Enum, false),
        new("computeCommissionRates", ParameterType.Boolean, false),
    ];

    public static readonly EndpointParameter[] Account =
    [
        new("omitZeroBalances", ParameterType.Boolean, false),
    ];

    public static readonly EndpointParameter[] OpenOrders =
    [
        new("symbol", ParameterType.String, false),
    ];

    public static readonly EndpointParameter[] AllOrders =
    [
        new("symbol", ParameterType.String, true),
        new("orderId", ParameterType.Long, false),
        new("startTime", ParameterType.Long, false),
        new("endTime", ParameterType.Long, false),
        new("limit", ParameterType.Int, false),
    ];

    public static readonly EndpointParameter[] QueryOrderList =
    [
        new("orderListId", ParameterType.Long, false),
        new("origClientOrderId", ParameterType.String, false),
    ];

    public static readonly EndpointParameter[] AllOrderLists =
    [
        new("fromId", ParameterType.Long, false),
        new("startTime", ParameterType.Long, false),
        new("endTime", ParameterType.Long, false),
        new("limit", ParameterType.Int, false),
    ];

    public static readonly EndpointParameter[] OpenOrderLists =
    [
    ];

    public static readonly EndpointParameter[] MyTrades =
    [
        new("symbol", ParameterType.String, true),
        new("orderId", ParameterType.Long, false),
        new("startTime", ParameterType.Long, false),
        new("endTime", ParameterType.Long, false),
        new("fromId", ParameterType.Long, false),
        new("limit", ParameterType.Int, false),
    ];

    public static readonly EndpointParameter[] UnfilledOrderCount =
    [
    ];

    public static readonly EndpointParameter[] MyPreventedMatches =
    [
        new("symbol", ParameterType.String, true),
        new("preventedMatchId", ParameterType.Long, false),
        new("orderId", ParameterType.Long, false),
        new("fromPreventedMatchId", ParameterType.Long, false),
        new("limit", ParameterType.Int, false),
    ];

    public static readonly EndpointParameter[] MyAllocations =
    [
        new("symbol", ParameterType.String, true),
        new("startTime", ParameterType.Long, false),
        new("endTime", ParameterType.Long, false),
        new("fromAllocationId", ParameterType.Int, false),
        new("limit", ParameterType.Int, false),
        new("orderId", ParameterType.Long, false),
    ];

    public static readonly EndpointParameter[] AccountCommission =
    [
        new("symbol", ParameterType.String, true),
    ];

    public static readonly EndpointParameter[] OrderAmendments =
    [
        new("symbol", ParameterType.String, true),
        new("orderId", ParameterType.Long, true),
        new("fromExecutionId", ParameterType.Long, false),
        new("limit", ParameterType.Long, false),
    ];

    public static readonly EndpointParameter[] MyFilters =
    [
        new("symbol", ParameterType.String, true),
    ];

    public static readonly EndpointParameter[] NewOcoDeprecated =
    [
        new("symbol", ParameterType.String, true),
        new("listClientOrderId", ParameterType.String, false),
        new("side", ParameterType.Enum, true),
        new("quantity", ParameterType.Decimal, true),
        new("limitClientOrderId", ParameterType.String, false),
        new("limitStrategyId", ParameterType.Long, false),
        new("limitStrategyType", ParameterType.Int, false),
        new("price", ParameterType.Decimal, true),
        new("limitIcebergQty", ParameterType.Decimal, false),
        new("trailingDelta", ParameterType.Long, false),
        new("stopClientOrderId", ParameterType.String, false),
        new("stopPrice", ParameterType.Decimal, true),
        new("stopStrategyId", ParameterType.Long, false),
        new("stopStrategyType", ParameterType.Int, false),
        new("stopLimitPrice", ParameterType.Decimal, false),
        new("stopIcebergQty", ParameterType.Decimal, false),
        new("stopLimitTimeInForce", ParameterType.Enum, false),
        new("newOrderRespType", ParameterType.Enum, false),
        new("selfTradePreventionMode", ParameterType.Enum, false),
    ];
}
