namespace Spotnet.Protocol.Errors;

/// <summary>
/// Matching-engine messages sent with <c>-1010</c>, <c>-2010</c>, <c>-2011</c> and <c>-2038</c> (errors.md table, verbatim).
/// </summary>
/// <remarks>Texts keep Binance's own oddities ("not support", no final period after "rejecting"); code spans lose their backticks.</remarks>
public static class RejectionMessages
{
    /// <summary>The order could not be found by <c>orderId</c>/<c>origClientOrderId</c>.</summary>
    public const string UnknownOrder = "Unknown order sent.";
    /// <summary>The client order id is already in use.</summary>
    public const string DuplicateOrder = "Duplicate order sent.";
    /// <summary>The symbol is not trading.</summary>
    public const string MarketClosed = "Market is closed.";
    /// <summary>Not enough funds to complete the action.</summary>
    public const string InsufficientBalance = "Account has insufficient balance for requested action.";
    /// <summary><c>MARKET</c> is not enabled on the symbol.</summary>
    public const string MarketOrdersNotSupported = "Market orders are not supported for this symbol.";
    /// <summary><c>icebergQty</c> is not enabled on the symbol.</summary>
    public const string IcebergOrdersNotSupported = "Iceberg orders are not supported for this symbol.";
    /// <summary><c>STOP_LOSS</c> is not enabled on the symbol.</summary>
    public const string StopLossOrdersNotSupported = "Stop loss orders are not supported for this symbol.";
    /// <summary><c>STOP_LOSS_LIMIT</c> is not enabled on the symbol.</summary>
    public const string StopLossLimitOrdersNotSupported = "Stop loss limit orders are not supported for this symbol.";
    /// <summary><c>TAKE_PROFIT</c> is not enabled on the symbol.</summary>
    public const string TakeProfitOrdersNotSupported = "Take profit orders are not supported for this symbol.";
    /// <summary><c>TAKE_PROFIT_LIMIT</c> is not enabled on the symbol.</summary>
    public const string TakeProfitLimitOrdersNotSupported = "Take profit limit orders are not supported for this symbol.";
    /// <summary>Order amend keep priority is not enabled on the symbol.</summary>
    public const string OrderAmendNotSupported = "Order amend is not supported for this symbol.";
    /// <summary><c>price</c> * <c>quantity</c> is too low.</summary>
    public const string PriceTimesQuantityZeroOrLess = "Price * QTY is zero or less.";
    /// <summary><c>icebergQty</c> must be less than the order quantity.</summary>
    public const string IcebergQuantityExceedsQuantity = "IcebergQty exceeds QTY.";
    /// <summary>Some actions have been disabled on the account.</summary>
    public const string ActionDisabledOnAccount = "This action is disabled on this account.";
    /// <summary>The account has trading ability disabled.</summary>
    public const string AccountMayNotTrade = "This account may not place or cancel orders.";
    /// <summary>The type, timeInForce, stopPrice and/or icebergQty combination isn't allowed (no final period, as documented).</summary>
    public const string UnsupportedOrderCombination = "Unsupported order combination";
    /// <summary>The stop price is not valid compared to the last traded price.</summary>
    public const string OrderWouldTriggerImmediately = "Order would trigger immediately.";
    /// <summary>Neither <c>origClientOrderId</c> nor <c>orderId</c> was sent.</summary>
    public const string CancelOrderInvalid = "Cancel order is invalid. Check origClOrdId and orderId.";
    /// <summary>A <c>LIMIT_MAKER</c> order would take.</summary>
    public const string OrderWouldImmediatelyMatch = "Order would immediately match and take.";
    /// <summary>OCO prices break the price relationship.</summary>
    public const string OrderListPriceRelationshipIncorrect = "The relationship of the prices for the orders is not correct.";
    /// <summary><c>OCO</c> is not enabled on the symbol (no final period, as documented).</summary>
    public const string OcoOrdersNotSupported = "OCO orders are not supported for this symbol";
    /// <summary><c>quoteOrderQty</c> market orders are not enabled on the symbol (Binance's grammar kept).</summary>
    public const string QuoteOrderQuantityMarketOrdersNotSupported = "Quote order qty market orders are not support for this symbol.";
    /// <summary><c>trailingDelta</c> orders are not enabled on the symbol.</summary>
    public const string TrailingStopOrdersNotSupported = "Trailing stop orders are not supported for this symbol.";
    /// <summary>Cancel-replace is not enabled on the symbol.</summary>
    public const string CancelReplaceNotSupported = "Order cancel-replace is not supported for this symbol.";
    /// <summary>Account and symbol do not share a permission.</summary>
    public const string SymbolNotPermitted = "This symbol is not permitted for this account.";
    /// <summary>The account cannot trade the symbol.</summary>
    public const string SymbolRestricted = "This symbol is restricted for this account.";
    /// <summary>The order status does not satisfy <c>cancelRestrictions</c>.</summary>
    public const string CancelRestrictionsNotMet = "Order was not canceled due to cancel restrictions.";
    /// <summary>The REST API server does not allow <c>TRADE</c> endpoints.</summary>
    public const string RestApiTradingNotEnabled = "Rest API trading is not enabled.";
    /// <summary>The WebSocket API server does not allow <c>TRADE</c> methods.</summary>
    public const string WebSocketApiTradingNotEnabled = "WebSocket API trading is not enabled.";
    /// <summary>The FIX server is not TRADE enabled.</summary>
    public const string FixApiTradingNotEnabled = "FIX API trading is not enabled.";
    /// <summary>Quote-quantity market order with book liquidity below <c>LOT_SIZE</c> minimum.</summary>
    public const string LiquidityBelowLotSizeMinimum = "Order book liquidity is less than LOT_SIZE filter minimum quantity.";
    /// <summary>Quote-quantity market order with book liquidity below <c>MARKET_LOT_SIZE</c> minimum.</summary>
    public const string LiquidityBelowMarketLotSizeMinimum = "Order book liquidity is less than MARKET_LOT_SIZE filter minimum quantity.";
    /// <summary>Quote-quantity market order on an empty book.</summary>
    public const string LiquidityBelowSymbolMinimum = "Order book liquidity is less than symbol minimum quantity.";
    /// <summary><c>newQty</c> must be less than the order quantity.</summary>
    public const string OrderAmendQuantityIncrease = "Order amend (quantity increase) is not supported.";
    /// <summary>The request would not change anything (no final period, as documented).</summary>
    public const string WouldChangeNoState = "The requested action would change no state; rejecting";
    /// <summary><c>pegInstructionsAllowed</c> is off for the symbol.</summary>
    public const string PeggedOrdersNotSupported = "Pegged orders are not supported for this symbol.";
    /// <summary><c>pegPriceType</c> with an order type that cannot be pegged.</summary>
    public const string OrderTypeCannotBePegged = "This order type may not use pegged price.";
    /// <summary><c>MARKET_PEG</c> on a <c>LIMIT_MAKER</c> order.</summary>
    public const string PricePegNotAllowedForOrderType = "This price peg cannot be used with this order type.";
    /// <summary>No best price level to peg to.</summary>
    public const string LiquidityTooLowForPeggedOrder = "Order book liquidity is too low for this pegged order.";
    /// <summary>OPO is not enabled on the symbol.</summary>
    public const string OpoOrdersNotSupported = "OPO orders are not supported for this symbol.";
    /// <summary>The pending quantity of an OPO order cannot be amended.</summary>
    public const string OrderAmendPendingOpoNotSupported = "Order amend (pending OPO order) is not supported.";

    /// <summary>Every message above, in the order of errors.md.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UnknownOrder, DuplicateOrder, MarketClosed, InsufficientBalance, MarketOrdersNotSupported, IcebergOrdersNotSupported,
        StopLossOrdersNotSupported, StopLossLimitOrdersNotSupported, TakeProfitOrdersNotSupported,
        TakeProfitLimitOrdersNotSupported, OrderAmendNotSupported, PriceTimesQuantityZeroOrLess,
        IcebergQuantityExceedsQuantity, ActionDisabledOnAccount, AccountMayNotTrade, UnsupportedOrderCombination,
        OrderWouldTriggerImmediately, CancelOrderInvalid, OrderWouldImmediatelyMatch, OrderListPriceRelationshipIncorrect,
        OcoOrdersNotSupported, QuoteOrderQuantityMarketOrdersNotSupported, TrailingStopOrdersNotSupported,
        CancelReplaceNotSupported, SymbolNotPermitted, SymbolRestricted, CancelRestrictionsNotMet, RestApiTradingNotEnabled,
        WebSocketApiTradingNotEnabled, FixApiTradingNotEnabled, LiquidityBelowLotSizeMinimum,
        LiquidityBelowMarketLotSizeMinimum, LiquidityBelowSymbolMinimum, OrderAmendQuantityIncrease, WouldChangeNoState,
        PeggedOrdersNotSupported, OrderTypeCannotBePegged, PricePegNotAllowedForOrderType, LiquidityTooLowForPeggedOrder,
        OpoOrdersNotSupported, OrderAmendPendingOpoNotSupported,
    ];
}
