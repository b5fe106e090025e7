namespace Spotnet.Engine;

/// <summary>Binance's error codes and the matching engine's messages, verbatim from <c>errors.md</c>.</summary>
public static class EngineErrors
{
    /// <summary><c>-1013</c>: filter failures and other invalid order parameters.</summary>
    public const int FilterFailure = -1013;

    /// <summary><c>-1014</c> UNKNOWN_ORDER_COMPOSITION.</summary>
    public const int UnknownOrderComposition = -1014;

    /// <summary><c>-1102</c> MANDATORY_PARAM_EMPTY_OR_MALFORMED.</summary>
    public const int MandatoryParameter = -1102;

    /// <summary><c>-1106</c> PARAM_NOT_REQUIRED.</summary>
    public const int ParameterNotRequired = -1106;

    /// <summary><c>-1114</c> TIF_NOT_REQUIRED.</summary>
    public const int TimeInForceNotRequired = -1114;

    /// <summary><c>-1160</c> OCO_ICEBERGQTY_TIMEINFORCE.</summary>
    public const int OcoIcebergQuantityTimeInForce = -1160;

    /// <summary><c>-2010</c> NEW_ORDER_REJECTED.</summary>
    public const int NewOrderRejected = -2010;

    /// <summary><c>-2011</c> CANCEL_REJECTED.</summary>
    public const int CancelRejected = -2011;

    /// <summary><c>-2013</c> NO_SUCH_ORDER (queries).</summary>
    public const int NoSuchOrder = -2013;

    /// <summary><c>-2039</c> CLIENT_ORDER_ID_INVALID: the order an id names has another client id.</summary>
    public const int ClientOrderIdInvalid = -2039;

    /// <summary><c>-2038</c> ORDER_AMEND_REJECTED.</summary>
    public const int AmendRejected = -2038;

    /// <summary><c>-1020</c> UNSUPPORTED_OPERATION.</summary>
    public const int UnsupportedOperation = -1020;

    /// <summary>"This operation is not supported." (<c>-1020</c>).</summary>
    public const string UnsupportedOperationMessage = "This operation is not supported.";

    /// <summary><c>-1010</c> ERROR_MSG_RECEIVED.</summary>
    public const int ErrorMessageReceived = -1010;

    /// <summary>"Unknown order sent."</summary>
    public const string UnknownOrder = "Unknown order sent.";

    /// <summary>"Duplicate order sent."</summary>
    public const string DuplicateOrder = "Duplicate order sent.";

    /// <summary>"Market is closed."</summary>
    public const string MarketClosed = "Market is closed.";

    /// <summary>"Account has insufficient balance for requested action."</summary>
    public const string InsufficientBalance = "Account has insufficient balance for requested action.";

    /// <summary>"Order would immediately match and take."</summary>
    public const string WouldMatchAndTake = "Order would immediately match and take.";

    /// <summary>"Order would trigger immediately."</summary>
    public const string WouldTriggerImmediately = "Order would trigger immediately.";

    /// <summary>"Price * QTY is zero or less."</summary>
    public const string PriceTimesQuantityZero = "Price * QTY is zero or less.";

    /// <summary>"IcebergQty exceeds QTY."</summary>
    public const string IcebergQuantityExceedsQuantity = "IcebergQty exceeds QTY.";

    /// <summary>"Unsupported order combination"</summary>
    public const string UnsupportedOrderCombination = "Unsupported order combination";

    /// <summary>"Order was not canceled due to cancel restrictions."</summary>
    public const string CancelRestricted = "Order was not canceled due to cancel restrictions.";

    /// <summary>"Iceberg orders are not supported for this symbol."</summary>
    public const string IcebergNotSupported = "Iceberg orders are not supported for this symbol.";

    /// <summary>"Quote order qty market orders are not support for this symbol." (sic)</summary>
    public const string QuoteOrderQuantityNotSupported = "Quote order qty market orders are not support for this symbol.";

    /// <summary>"Trailing stop orders are not supported for this symbol."</summary>
    public const string TrailingStopNotSupported = "Trailing stop orders are not supported for this symbol.";

    /// <summary>"Order cancel-replace is not supported for this symbol."</summary>
    public const string CancelReplaceNotSupported = "Order cancel-replace is not supported for this symbol.";

    /// <summary>"Order amend is not supported for this symbol."</summary>
    public const string AmendNotSupported = "Order amend is not supported for this symbol.";

    /// <summary>"OCO orders are not supported for this symbol"</summary>
    public const string OcoNotSupported = "OCO orders are not supported for this symbol";

    /// <summary>"OPO orders are not supported for this symbol."</summary>
    public const string OpoNotSupported = "OPO orders are not supported for this symbol.";

    /// <summary>"Pegged orders are not supported for this symbol."</summary>
    public const string PegNotSupported = "Pegged orders are not supported for this symbol.";

    /// <summary>"This order type may not use pegged price."</summary>
    public const string PegTypeNotAllowed = "This order type may not use pegged price.";

    /// <summary>"This price peg cannot be used with this order type."</summary>
    public const string PegCannotBeUsed = "This price peg cannot be used with this order type.";

    /// <summary>"Order book liquidity is too low for this pegged order."</summary>
    public const string PegLiquidityTooLow = "Order book liquidity is too low for this pegged order.";

    /// <summary>"Order book liquidity is less than <c>LOT_SIZE</c> filter minimum quantity."</summary>
    public const string LiquidityBelowLotSize = "Order book liquidity is less than `LOT_SIZE` filter minimum quantity.";

    /// <summary>"Order book liquidity is less than <c>MARKET_LOT_SIZE</c> filter minimum quantity."</summary>
    public const string LiquidityBelowMarketLotSize = "Order book liquidity is less than `MARKET_LOT_SIZE` filter minimum quantity.";

    /// <summary>"Order book liquidity is less than symbol minimum quantity."</summary>
    public const string LiquidityBelowSymbolMinimum = "Order book liquidity is less than symbol minimum quantity.";

    /// <summary>"Order amend (quantity increase) is not supported."</summary>
    public const string AmendQuantityIncrease = "Order amend (quantity increase) is not supported.";

    /// <summary>"The requested action would change no state; rejecting".</summary>
    public const string WouldChangeNoState = "The requested action would change no state; rejecting";

    /// <summary>"Order amend (pending OPO order) is not supported."</summary>
    public const string AmendPendingOpo = "Order amend (pending OPO order) is not supported.";

    /// <summary>"Parameter '%s' is not supported if aboveTimeInForce/belowTimeInForce is not GTC." (<c>-1160</c>, backticks dropped).</summary>
    public static string OcoParameterNeedsGtc(string parameter) =>
        "Parameter '" + parameter + "' is not supported if aboveTimeInForce/belowTimeInForce is not GTC.";

    /// <summary>"The relationship of the prices for the orders is not correct."</summary>
    public const string BadListPrices = "The relationship of the prices for the orders is not correct.";

    /// <summary>"This symbol does not allow the specified self-trade prevention mode."</summary>
    public const string StpModeNotAllowed = "This symbol does not allow the specified self-trade prevention mode.";

    /// <summary>"Client order ID is not correct for this order ID." (<c>-2039</c>).</summary>
    public const string ClientOrderIdNotCorrect = "Client order ID is not correct for this order ID.";

    /// <summary>"Order does not exist." (queries).</summary>
    public const string OrderDoesNotExist = "Order does not exist.";

    /// <summary>The message for an order type the symbol does not allow.</summary>
    public static string TypeNotSupported(OrderType type) => type switch
    {
        OrderType.Market => "Market orders are not supported for this symbol.",
        OrderType.StopLoss => "Stop loss orders are not supported for this symbol.",
        OrderType.StopLossLimit => "Stop loss limit orders are not supported for this symbol.",
        OrderType.TakeProfit => "Take profit orders are not supported for this symbol.",
        OrderType.TakeProfitLimit => "Take profit limit orders are not supported for this symbol.",
        OrderType.LimitMaker => "Limit maker orders are not supported for this symbol.",
        _ => "Limit orders are not supported for this symbol.",
    };
}
