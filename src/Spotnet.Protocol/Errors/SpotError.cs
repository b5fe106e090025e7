using System.Globalization;

namespace Spotnet.Protocol.Errors;

/// <summary>A Binance error: the <c>code</c> and <c>msg</c> of an error payload.</summary>
/// <param name="Code">Binance's error code (<c>code</c>), one of <see cref="ErrorCode"/>.</param>
/// <param name="Message">The message (<c>msg</c>), verbatim.</param>
public readonly record struct SpotError(int Code, string Message)
{
    /// <summary>The HTTP status the REST API answers this error with (also the WebSocket API <c>status</c>).</summary>
    /// <remarks>
    /// Decisions: authentication failures are 401 (as the WS docs show for a revoked key); request-rate and
    /// unfilled-order-count limits are 429 and the ban message 418; <c>-1008</c>/<c>-1016</c> are 503 (retry later);
    /// unknown-outcome and internal errors are 500; a partially failed cancel-replace is 409; everything else,
    /// including matching-engine and filter rejections, is the client's fault: 400.
    /// </remarks>
    public int HttpStatus => Code switch
    {
        ErrorCode.Unauthorized or ErrorCode.BadApiKeyFormat or ErrorCode.RejectedMbxKey => 401,
        ErrorCode.TooManyRequests => Message.StartsWith("Way too much", StringComparison.Ordinal) ? 418 : 429,
        ErrorCode.TooManyOrders => 429,
        ErrorCode.ServerBusy or ErrorCode.ServiceShuttingDown => 503,
        ErrorCode.Unknown or ErrorCode.Disconnected or ErrorCode.UnexpectedResponse or ErrorCode.Timeout => 500,
        ErrorCode.CancelReplacePartiallyFailed => 409,
        _ => 400,
    };

    /// <summary><c>-1000</c> "An unknown error occurred while processing the request."</summary>
    public static SpotError Unknown => new(ErrorCode.Unknown, ErrorMessages.Unknown);
    /// <summary><c>-1001</c> "Internal error; unable to process your request. Please try again."</summary>
    public static SpotError Disconnected => new(ErrorCode.Disconnected, ErrorMessages.Disconnected);
    /// <summary><c>-1002</c> "You are not authorized to execute this request."</summary>
    public static SpotError Unauthorized => new(ErrorCode.Unauthorized, ErrorMessages.Unauthorized);
    /// <summary><c>-1003</c> "Too many requests queued."</summary>
    public static SpotError TooManyRequestsQueued => new(ErrorCode.TooManyRequests, ErrorMessages.TooManyRequestsQueued);
    /// <summary><c>-1006</c> "An unexpected response was received from the message bus. Execution status unknown."</summary>
    public static SpotError UnexpectedResponse => new(ErrorCode.UnexpectedResponse, ErrorMessages.UnexpectedResponse);
    /// <summary><c>-1007</c> "Timeout waiting for response from backend server. Send status unknown; execution status unknown."</summary>
    public static SpotError Timeout => new(ErrorCode.Timeout, ErrorMessages.Timeout);
    /// <summary><c>-1008</c> "Server is currently overloaded with other requests. Please try again in a few minutes."</summary>
    public static SpotError ServerBusy => new(ErrorCode.ServerBusy, ErrorMessages.ServerBusy);
    /// <summary><c>-1013</c> "The request is rejected by the API. (i.e. The request didn't reach the Matching Engine.)"</summary>
    public static SpotError InvalidMessage => new(ErrorCode.InvalidMessage, ErrorMessages.InvalidMessage);
    /// <summary><c>-1013</c> "This symbol does not allow the specified self-trade prevention mode."</summary>
    public static SpotError SelfTradePreventionModeNotAllowed => new(ErrorCode.InvalidMessage, ErrorMessages.SelfTradePreventionModeNotAllowed);
    /// <summary><c>-1014</c> "Unsupported order combination."</summary>
    public static SpotError UnknownOrderComposition => new(ErrorCode.UnknownOrderComposition, ErrorMessages.UnknownOrderComposition);
    /// <summary><c>-1015</c> "Too many new orders."</summary>
    public static SpotError TooManyNewOrders => new(ErrorCode.TooManyOrders, ErrorMessages.TooManyNewOrders);
    /// <summary><c>-1016</c> "This service is no longer available."</summary>
    public static SpotError ServiceShuttingDown => new(ErrorCode.ServiceShuttingDown, ErrorMessages.ServiceShuttingDown);
    /// <summary><c>-1020</c> "This operation is not supported."</summary>
    public static SpotError UnsupportedOperation => new(ErrorCode.UnsupportedOperation, ErrorMessages.UnsupportedOperation);
    /// <summary><c>-1021</c> "Timestamp for this request is outside of the recvWindow."</summary>
    public static SpotError TimestampOutsideRecvWindow => new(ErrorCode.InvalidTimestamp, ErrorMessages.TimestampOutsideRecvWindow);
    /// <summary><c>-1021</c> "Timestamp for this request was 1000ms ahead of the server's time."</summary>
    public static SpotError TimestampAheadOfServer => new(ErrorCode.InvalidTimestamp, ErrorMessages.TimestampAheadOfServer);
    /// <summary><c>-1022</c> "Signature for this request is not valid."</summary>
    public static SpotError InvalidSignature => new(ErrorCode.InvalidSignature, ErrorMessages.InvalidSignature);
    /// <summary><c>-1033</c> "SenderCompId(49) is currently in use. Concurrent use of the same SenderCompId within one account is not allowed."</summary>
    public static SpotError CompIdInUse => new(ErrorCode.CompIdInUse, ErrorMessages.CompIdInUse);
    /// <summary><c>-1035</c> "Please send Logout&lt;5&gt; message to close the session."</summary>
    public static SpotError LoggedOut => new(ErrorCode.LoggedOut, ErrorMessages.LoggedOut);
    /// <summary><c>-1100</c> "Illegal characters found in a parameter."</summary>
    public static SpotError IllegalCharactersFound => new(ErrorCode.IllegalChars, ErrorMessages.IllegalCharacters);
    /// <summary><c>-1101</c> "Too many parameters sent for this endpoint."</summary>
    public static SpotError TooManyParameters => new(ErrorCode.TooManyParameters, ErrorMessages.TooManyParameters);
    /// <summary><c>-1101</c> "Duplicate values for a parameter detected."</summary>
    public static SpotError DuplicateParameterValues => new(ErrorCode.TooManyParameters, ErrorMessages.DuplicateParameterValues);
    /// <summary><c>-1102</c> "A mandatory parameter was not sent, was empty/null, or malformed."</summary>
    public static SpotError MandatoryParameterEmptyOrMalformed => new(ErrorCode.MandatoryParamEmptyOrMalformed, ErrorMessages.MandatoryParameterEmptyOrMalformed);
    /// <summary><c>-1102</c> "Field value was empty or malformed."</summary>
    public static SpotError FieldValueEmptyOrMalformed => new(ErrorCode.MandatoryParamEmptyOrMalformed, ErrorMessages.FieldValueEmptyOrMalformed);
    /// <summary><c>-1103</c> "An unknown parameter was sent."</summary>
    public static SpotError UnknownParameter => new(ErrorCode.UnknownParam, ErrorMessages.UnknownParameter);
    /// <summary><c>-1103</c> "Undefined Tag."</summary>
    public static SpotError UndefinedTag => new(ErrorCode.UnknownParam, ErrorMessages.UndefinedTag);
    /// <summary><c>-1104</c> "Not all sent parameters were read."</summary>
    public static SpotError UnreadParameters => new(ErrorCode.UnreadParameters, ErrorMessages.UnreadParameters);
    /// <summary><c>-1105</c> "A parameter was empty."</summary>
    public static SpotError ParameterEmpty => new(ErrorCode.ParamEmpty, ErrorMessages.ParameterEmpty);
    /// <summary><c>-1106</c> "A parameter was sent when not required."</summary>
    public static SpotError ParameterNotRequired => new(ErrorCode.ParamNotRequired, ErrorMessages.ParameterNotRequired);
    /// <summary><c>-1112</c> "No orders on book for symbol."</summary>
    public static SpotError NoDepth => new(ErrorCode.NoDepth, ErrorMessages.NoDepth);
    /// <summary><c>-1114</c> "TimeInForce parameter sent when not required."</summary>
    public static SpotError TimeInForceNotRequired => new(ErrorCode.TimeInForceNotRequired, ErrorMessages.TimeInForceNotRequired);
    /// <summary><c>-1115</c> "Invalid timeInForce."</summary>
    public static SpotError InvalidTimeInForce => new(ErrorCode.InvalidTimeInForce, ErrorMessages.InvalidTimeInForce);
    /// <summary><c>-1116</c> "Invalid orderType."</summary>
    public static SpotError InvalidOrderType => new(ErrorCode.InvalidOrderType, ErrorMessages.InvalidOrderType);
    /// <summary><c>-1117</c> "Invalid side."</summary>
    public static SpotError InvalidSide => new(ErrorCode.InvalidSide, ErrorMessages.InvalidSide);
    /// <summary><c>-1118</c> "New client order ID was empty."</summary>
    public static SpotError EmptyNewClientOrderId => new(ErrorCode.EmptyNewClientOrderId, ErrorMessages.EmptyNewClientOrderId);
    /// <summary><c>-1119</c> "Original client order ID was empty."</summary>
    public static SpotError EmptyOriginalClientOrderId => new(ErrorCode.EmptyOriginalClientOrderId, ErrorMessages.EmptyOriginalClientOrderId);
    /// <summary><c>-1120</c> "Invalid interval."</summary>
    public static SpotError BadInterval => new(ErrorCode.BadInterval, ErrorMessages.BadInterval);
    /// <summary><c>-1121</c> "Invalid symbol."</summary>
    public static SpotError BadSymbol => new(ErrorCode.BadSymbol, ErrorMessages.BadSymbol);
    /// <summary><c>-1122</c> "Invalid symbolStatus."</summary>
    public static SpotError InvalidSymbolStatus => new(ErrorCode.InvalidSymbolStatus, ErrorMessages.InvalidSymbolStatus);
    /// <summary><c>-1125</c> "This listenKey does not exist."</summary>
    public static SpotError InvalidListenKey => new(ErrorCode.InvalidListenKey, ErrorMessages.InvalidListenKey);
    /// <summary><c>-1127</c> "Lookup interval is too big."</summary>
    public static SpotError LookupIntervalTooBig => new(ErrorCode.MoreThanXxHours, ErrorMessages.LookupIntervalTooBig);
    /// <summary><c>-1128</c> "Combination of optional parameters invalid."</summary>
    public static SpotError OptionalParametersBadCombination => new(ErrorCode.OptionalParamsBadCombo, ErrorMessages.OptionalParametersBadCombination);
    /// <summary><c>-1128</c> "Invalid MDEntryType (269) combination. BID and OFFER must be requested together."</summary>
    public static SpotError InvalidMarketDataEntryTypeCombination => new(ErrorCode.OptionalParamsBadCombo, ErrorMessages.InvalidMarketDataEntryTypeCombination);
    /// <summary><c>-1130</c> "Invalid data sent for a parameter."</summary>
    public static SpotError InvalidParameter => new(ErrorCode.InvalidParameter, ErrorMessages.InvalidParameter);
    /// <summary><c>-1134</c> "strategyType was less than 1000000."</summary>
    public static SpotError BadStrategyType => new(ErrorCode.BadStrategyType, ErrorMessages.BadStrategyType);
    /// <summary><c>-1134</c> "TargetStrategy (847) was less than 1000000."</summary>
    public static SpotError BadTargetStrategy => new(ErrorCode.BadStrategyType, ErrorMessages.BadTargetStrategy);
    /// <summary><c>-1135</c> "Invalid JSON Request."</summary>
    public static SpotError InvalidJsonRequest => new(ErrorCode.InvalidJson, ErrorMessages.InvalidJsonRequest);
    /// <summary><c>-1139</c> "Invalid ticker type."</summary>
    public static SpotError InvalidTickerType => new(ErrorCode.InvalidTickerType, ErrorMessages.InvalidTickerType);
    /// <summary><c>-1145</c> "cancelRestrictions has to be either ONLY_NEW or ONLY_PARTIALLY_FILLED."</summary>
    public static SpotError InvalidCancelRestrictions => new(ErrorCode.InvalidCancelRestrictions, ErrorMessages.InvalidCancelRestrictions);
    /// <summary><c>-1145</c> "Invalid cancelRestrictions"</summary>
    public static SpotError InvalidCancelRestrictionsShort => new(ErrorCode.InvalidCancelRestrictions, ErrorMessages.InvalidCancelRestrictionsShort);
    /// <summary><c>-1151</c> "Symbol is present multiple times in the list."</summary>
    public static SpotError DuplicateSymbols => new(ErrorCode.DuplicateSymbols, ErrorMessages.DuplicateSymbols);
    /// <summary><c>-1152</c> "Invalid X-MBX-SBE header; expected &lt;SCHEMA_ID&gt;:&lt;VERSION&gt;."</summary>
    public static SpotError InvalidSbeHeader => new(ErrorCode.InvalidSbeHeader, ErrorMessages.InvalidSbeHeader);
    /// <summary><c>-1152</c> "Invalid SBE message header."</summary>
    public static SpotError InvalidSbeMessageHeader => new(ErrorCode.InvalidSbeHeader, ErrorMessages.InvalidSbeMessageHeader);
    /// <summary><c>-1153</c> "Unsupported SBE schema ID or version specified in the X-MBX-SBE header."</summary>
    public static SpotError UnsupportedSchemaId => new(ErrorCode.UnsupportedSchemaId, ErrorMessages.UnsupportedSchemaId);
    /// <summary><c>-1153</c> "Invalid SBE schema ID or version specified."</summary>
    public static SpotError InvalidSchemaId => new(ErrorCode.UnsupportedSchemaId, ErrorMessages.InvalidSchemaId);
    /// <summary><c>-1155</c> "SBE is not enabled."</summary>
    public static SpotError SbeDisabled => new(ErrorCode.SbeDisabled, ErrorMessages.SbeDisabled);
    /// <summary><c>-1158</c> "Order type not supported in OCO."</summary>
    public static SpotError OcoOrderTypeRejected => new(ErrorCode.OcoOrderTypeRejected, ErrorMessages.OcoOrderTypeRejected);
    /// <summary><c>-1160</c> "TimeInForce (59) must be GTC (1) when MaxFloor (111) is used."</summary>
    public static SpotError MaxFloorNeedsGtc => new(ErrorCode.OcoIcebergQuantityTimeInForce, ErrorMessages.MaxFloorNeedsGtc);
    /// <summary><c>-1165</c> "A limit order in a buy OCO must be below."</summary>
    public static SpotError BuyOcoLimitMustBeBelow => new(ErrorCode.BuyOcoLimitMustBeBelow, ErrorMessages.BuyOcoLimitMustBeBelow);
    /// <summary><c>-1166</c> "A limit order in a sell OCO must be above."</summary>
    public static SpotError SellOcoLimitMustBeAbove => new(ErrorCode.SellOcoLimitMustBeAbove, ErrorMessages.SellOcoLimitMustBeAbove);
    /// <summary><c>-1168</c> "At least one OCO order must be contingent."</summary>
    public static SpotError BothOcoOrdersCannotBeLimit => new(ErrorCode.BothOcoOrdersCannotBeLimit, ErrorMessages.BothOcoOrdersCannotBeLimit);
    /// <summary><c>-1169</c> "Invalid tag number."</summary>
    public static SpotError InvalidTagNumber => new(ErrorCode.InvalidTagNumber, ErrorMessages.InvalidTagNumber);
    /// <summary><c>-1175</c> "Continuation of sequence numbers to new session is currently unsupported. Sequence numbers must be reset for each new session."</summary>
    public static SpotError ResetSequenceNumberSupport => new(ErrorCode.ResetSequenceNumberSupport, ErrorMessages.ResetSequenceNumberSupport);
    /// <summary><c>-1176</c> "Logon&lt;A&gt; should only be sent once."</summary>
    public static SpotError AlreadyLoggedIn => new(ErrorCode.AlreadyLoggedIn, ErrorMessages.AlreadyLoggedIn);
    /// <summary><c>-1177</c> "CheckSum(10) contains an incorrect value."</summary>
    public static SpotError GarbledCheckSum => new(ErrorCode.GarbledMessage, ErrorMessages.GarbledCheckSum);
    /// <summary><c>-1177</c> "BeginString (8) is not the first tag in a message."</summary>
    public static SpotError GarbledBeginString => new(ErrorCode.GarbledMessage, ErrorMessages.GarbledBeginString);
    /// <summary><c>-1177</c> "MsgType (35) is not the third tag in a message."</summary>
    public static SpotError GarbledMessageType => new(ErrorCode.GarbledMessage, ErrorMessages.GarbledMessageType);
    /// <summary><c>-1177</c> "BodyLength (9) does not contain the correct byte count."</summary>
    public static SpotError GarbledBodyLength => new(ErrorCode.GarbledMessage, ErrorMessages.GarbledBodyLength);
    /// <summary><c>-1177</c> "Only printable ASCII characters and SOH (Start of Header) are allowed."</summary>
    public static SpotError GarbledCharacters => new(ErrorCode.GarbledMessage, ErrorMessages.GarbledCharacters);
    /// <summary><c>-1177</c> "Tag specified without a value."</summary>
    public static SpotError GarbledTagWithoutValue => new(ErrorCode.GarbledMessage, ErrorMessages.GarbledTagWithoutValue);
    /// <summary><c>-1177</c> "Invalid encodingType."</summary>
    public static SpotError GarbledEncodingType => new(ErrorCode.GarbledMessage, ErrorMessages.GarbledEncodingType);
    /// <summary><c>-1178</c> "SenderCompId(49) contains an incorrect value. The SenderCompID value should not change throughout the lifetime of a session."</summary>
    public static SpotError BadSenderCompId => new(ErrorCode.BadSenderCompId, ErrorMessages.BadSenderCompId);
    /// <summary><c>-1180</c> "Logon&lt;A&gt; must be the first message in the session."</summary>
    public static SpotError ExpectedLogon => new(ErrorCode.ExpectedLogon, ErrorMessages.ExpectedLogon);
    /// <summary><c>-1183</c> "Requested operation is not allowed in DropCopy sessions."</summary>
    public static SpotError NotAllowedInDropCopySessions => new(ErrorCode.NotAllowedInDropCopySessions, ErrorMessages.NotAllowedInDropCopySessions);
    /// <summary><c>-1184</c> "DropCopy sessions are not supported on this server. Please reconnect to a drop copy server."</summary>
    public static SpotError DropCopySessionNotAllowed => new(ErrorCode.DropCopySessionNotAllowed, ErrorMessages.DropCopySessionNotAllowed);
    /// <summary><c>-1185</c> "Only DropCopy sessions are supported on this server. Either reconnect to order entry server or send DropCopyFlag (9406) field."</summary>
    public static SpotError DropCopySessionRequired => new(ErrorCode.DropCopySessionRequired, ErrorMessages.DropCopySessionRequired);
    /// <summary><c>-1186</c> "Requested operation is not allowed in order entry sessions."</summary>
    public static SpotError NotAllowedInOrderEntrySessions => new(ErrorCode.NotAllowedInOrderEntrySessions, ErrorMessages.NotAllowedInOrderEntrySessions);
    /// <summary><c>-1187</c> "Requested operation is not allowed in market data sessions."</summary>
    public static SpotError NotAllowedInMarketDataSessions => new(ErrorCode.NotAllowedInMarketDataSessions, ErrorMessages.NotAllowedInMarketDataSessions);
    /// <summary><c>-1190</c> "MDReqID (262) contains a subscription request id that is already in use on this connection."</summary>
    public static SpotError SubscriptionRequestIdInUse => new(ErrorCode.InvalidRequestId, ErrorMessages.SubscriptionRequestIdInUse);
    /// <summary><c>-1190</c> "MDReqID (262) contains an unsubscription request id that does not match any active subscription."</summary>
    public static SpotError UnsubscriptionRequestIdUnknown => new(ErrorCode.InvalidRequestId, ErrorMessages.UnsubscriptionRequestIdUnknown);
    /// <summary><c>-1194</c> "Invalid value for time unit; expected either MICROSECOND or MILLISECOND."</summary>
    public static SpotError InvalidTimeUnit => new(ErrorCode.InvalidTimeUnit, ErrorMessages.InvalidTimeUnit);
    /// <summary><c>-1196</c> "A stop loss order in a buy OCO must be above."</summary>
    public static SpotError BuyOcoStopLossMustBeAbove => new(ErrorCode.BuyOcoStopLossMustBeAbove, ErrorMessages.BuyOcoStopLossMustBeAbove);
    /// <summary><c>-1197</c> "A stop loss order in a sell OCO must be below."</summary>
    public static SpotError SellOcoStopLossMustBeBelow => new(ErrorCode.SellOcoStopLossMustBeBelow, ErrorMessages.SellOcoStopLossMustBeBelow);
    /// <summary><c>-1198</c> "A take profit order in a buy OCO must be below."</summary>
    public static SpotError BuyOcoTakeProfitMustBeBelow => new(ErrorCode.BuyOcoTakeProfitMustBeBelow, ErrorMessages.BuyOcoTakeProfitMustBeBelow);
    /// <summary><c>-1199</c> "A take profit order in a sell OCO must be above."</summary>
    public static SpotError SellOcoTakeProfitMustBeAbove => new(ErrorCode.SellOcoTakeProfitMustBeAbove, ErrorMessages.SellOcoTakeProfitMustBeAbove);
    /// <summary><c>-1210</c> "Invalid pegPriceType."</summary>
    public static SpotError InvalidPegPriceType => new(ErrorCode.InvalidPegPriceType, ErrorMessages.InvalidPegPriceType);
    /// <summary><c>-1211</c> "Invalid pegOffsetType."</summary>
    public static SpotError InvalidPegOffsetType => new(ErrorCode.InvalidPegOffsetType, ErrorMessages.InvalidPegOffsetType);
    /// <summary><c>-1220</c> "The symbol's status does not match the requested symbolStatus."</summary>
    public static SpotError SymbolDoesNotMatchStatus => new(ErrorCode.SymbolDoesNotMatchStatus, ErrorMessages.SymbolDoesNotMatchStatus);
    /// <summary><c>-1221</c> "Invalid/missing field(s) in SBE message."</summary>
    public static SpotError InvalidSbeMessageField => new(ErrorCode.InvalidSbeMessageField, ErrorMessages.InvalidSbeMessageField);
    /// <summary><c>-1222</c> "Working order in an OPO list must be a bid."</summary>
    public static SpotError OpoWorkingMustBeBuy => new(ErrorCode.OpoWorkingMustBeBuy, ErrorMessages.OpoWorkingMustBeBuy);
    /// <summary><c>-1223</c> "Pending orders in an OPO list must be asks."</summary>
    public static SpotError OpoPendingMustBeSell => new(ErrorCode.OpoPendingMustBeSell, ErrorMessages.OpoPendingMustBeSell);
    /// <summary><c>-2013</c> "Order does not exist."</summary>
    public static SpotError NoSuchOrder => new(ErrorCode.NoSuchOrder, ErrorMessages.NoSuchOrder);
    /// <summary><c>-2014</c> "API-key format invalid."</summary>
    public static SpotError BadApiKeyFormat => new(ErrorCode.BadApiKeyFormat, ErrorMessages.BadApiKeyFormat);
    /// <summary><c>-2015</c> "Invalid API-key, IP, or permissions for action."</summary>
    public static SpotError RejectedMbxKey => new(ErrorCode.RejectedMbxKey, ErrorMessages.RejectedMbxKey);
    /// <summary><c>-2016</c> "No trading window could be found for the symbol. Try ticker/24hrs instead."</summary>
    public static SpotError NoTradingWindow => new(ErrorCode.NoTradingWindow, ErrorMessages.NoTradingWindow);
    /// <summary><c>-2021</c> "Order cancel-replace partially failed."</summary>
    public static SpotError CancelReplacePartiallyFailed => new(ErrorCode.CancelReplacePartiallyFailed, ErrorMessages.CancelReplacePartiallyFailed);
    /// <summary><c>-2022</c> "Order cancel-replace failed."</summary>
    public static SpotError CancelReplaceFailed => new(ErrorCode.CancelReplaceFailed, ErrorMessages.CancelReplaceFailed);
    /// <summary><c>-2026</c> "Order was canceled or expired with no executed qty over 90 days ago and has been archived."</summary>
    public static SpotError OrderArchived => new(ErrorCode.OrderArchived, ErrorMessages.OrderArchived);
    /// <summary><c>-2035</c> "User Data Stream subscription already active."</summary>
    public static SpotError SubscriptionActive => new(ErrorCode.SubscriptionActive, ErrorMessages.SubscriptionActive);
    /// <summary><c>-2036</c> "User Data Stream subscription not active."</summary>
    public static SpotError SubscriptionInactive => new(ErrorCode.SubscriptionInactive, ErrorMessages.SubscriptionInactive);
    /// <summary><c>-2039</c> "Client order ID is not correct for this order ID."</summary>
    public static SpotError ClientOrderIdInvalid => new(ErrorCode.ClientOrderIdInvalid, ErrorMessages.ClientOrderIdInvalid);
    /// <summary><c>-2042</c> "Maximum subscription ID reached for this connection."</summary>
    public static SpotError MaximumSubscriptionIds => new(ErrorCode.MaximumSubscriptionIds, ErrorMessages.MaximumSubscriptionIds);
    /// <summary><c>-2043</c> "This symbol doesn't have a reference price."</summary>
    public static SpotError NoReferencePrice => new(ErrorCode.NoReferencePrice, ErrorMessages.NoReferencePrice);

    /// <summary><c>-1003</c> weight limit exceeded, e.g. <c>TooManyRequestWeight(6000, "1 MINUTE")</c>.</summary>
    public static SpotError TooManyRequestWeight(int limit, string interval) =>
        new(ErrorCode.TooManyRequests, Fill(ErrorMessages.TooMuchRequestWeight, Invariant(limit), interval));

    /// <summary><c>-1003</c> IP ban until the given epoch time in milliseconds (HTTP 418).</summary>
    public static SpotError IpBanned(long untilMilliseconds) =>
        new(ErrorCode.TooManyRequests, Fill(ErrorMessages.IpBanned, Invariant(untilMilliseconds)));

    /// <summary><c>-1015</c> unfilled order count exceeded, e.g. <c>TooManyOrders(50, "10 SECOND")</c>.</summary>
    public static SpotError TooManyOrders(int limit, string interval) =>
        new(ErrorCode.TooManyOrders, Fill(ErrorMessages.TooManyNewOrdersWithLimit, Invariant(limit), interval));

    /// <summary><c>-1034</c> (FIX) too many concurrent connections.</summary>
    public static SpotError TooManyConcurrentConnections(int limit) =>
        new(ErrorCode.TooManyConnections, Fill(ErrorMessages.TooManyConcurrentConnections, Invariant(limit)));

    /// <summary><c>-1034</c> (FIX) too many connection attempts for the account.</summary>
    public static SpotError TooManyAccountConnectionAttempts(int limit, string interval) =>
        new(ErrorCode.TooManyConnections, Fill(ErrorMessages.TooManyAccountConnectionAttempts, Invariant(limit), interval));

    /// <summary><c>-1034</c> (FIX) too many connection attempts from the IP.</summary>
    public static SpotError TooManyIpConnectionAttempts(int limit, string interval) =>
        new(ErrorCode.TooManyConnections, Fill(ErrorMessages.TooManyIpConnectionAttempts, Invariant(limit), interval));

    /// <summary><c>-1100</c> illegal characters in a parameter, with the legal pattern.</summary>
    public static SpotError IllegalCharacters(string parameter, string legalRange) =>
        new(ErrorCode.IllegalChars, Fill(ErrorMessages.IllegalCharactersInParameter, parameter, legalRange));

    /// <summary><c>-1101</c> too many parameters, with the expected and received counts.</summary>
    public static SpotError TooManyParametersExpected(int expected, int received) =>
        new(ErrorCode.TooManyParameters, Fill(ErrorMessages.TooManyParametersExpected, Invariant(expected), Invariant(received)));

    /// <summary><c>-1101</c> too many values in an array parameter, e.g. <c>TooManyValues("symbols", 100)</c>.</summary>
    public static SpotError TooManyValues(string parameter, int maximum) =>
        new(ErrorCode.TooManyParameters, Fill(ErrorMessages.TooManyValues, parameter, Invariant(maximum)));

    /// <summary><c>-1102</c> a mandatory parameter is missing, empty or malformed.</summary>
    public static SpotError MandatoryParameterMissing(string parameter) =>
        new(ErrorCode.MandatoryParamEmptyOrMalformed, Fill(ErrorMessages.MandatoryParameterMissing, parameter));

    /// <summary><c>-1102</c> one of two parameters must be sent.</summary>
    public static SpotError EitherParameterRequired(string parameter, string otherParameter) =>
        new(ErrorCode.MandatoryParamEmptyOrMalformed, Fill(ErrorMessages.EitherParameterRequired, parameter, otherParameter));

    /// <summary><c>-1102</c> (FIX) a required tag is missing.</summary>
    public static SpotError RequiredTagMissing(string tag) =>
        new(ErrorCode.MandatoryParamEmptyOrMalformed, Fill(ErrorMessages.RequiredTagMissing, tag));

    /// <summary><c>-1102</c> a value above its maximum, e.g. <c>ValueGreaterThanMaximum("recvWindow", "60000")</c>.</summary>
    public static SpotError ValueGreaterThanMaximum(string parameter, string maximum) =>
        new(ErrorCode.MandatoryParamEmptyOrMalformed, Fill(ErrorMessages.ValueGreaterThanMaximum, parameter, maximum));

    /// <summary><c>-1104</c> not all parameters were read.</summary>
    public static SpotError UnreadParametersCount(int read, int sent) =>
        new(ErrorCode.UnreadParameters, Fill(ErrorMessages.UnreadParametersCount, Invariant(read), Invariant(sent)));

    /// <summary><c>-1105</c> a named parameter was empty.</summary>
    public static SpotError NamedParameterEmpty(string parameter) =>
        new(ErrorCode.ParamEmpty, Fill(ErrorMessages.NamedParameterEmpty, parameter));

    /// <summary><c>-1106</c> a named parameter was sent when not required.</summary>
    public static SpotError NamedParameterNotRequired(string parameter) =>
        new(ErrorCode.ParamNotRequired, Fill(ErrorMessages.NamedParameterNotRequired, parameter));

    /// <summary><c>-1106</c> (FIX) a tag was sent when not required.</summary>
    public static SpotError TagNotRequired(string tag) =>
        new(ErrorCode.ParamNotRequired, Fill(ErrorMessages.TagNotRequired, tag));

    /// <summary><c>-1108</c> a numeric parameter overflowed.</summary>
    public static SpotError Overflow(string parameter) =>
        new(ErrorCode.ParamOverflow, Fill(ErrorMessages.ParameterOverflow, parameter));

    /// <summary><c>-1111</c> a decimal parameter has too much precision.</summary>
    public static SpotError TooMuchPrecision(string parameter) =>
        new(ErrorCode.BadPrecision, Fill(ErrorMessages.TooMuchPrecision, parameter));

    /// <summary><c>-1127</c> the time range is wider than the given number of hours.</summary>
    public static SpotError MoreThanHours(int hours) =>
        new(ErrorCode.MoreThanXxHours, Fill(ErrorMessages.MoreThanHours, Invariant(hours)));

    /// <summary><c>-1128</c> two optional parameters must be sent together.</summary>
    public static SpotError OptionalFieldsMustBothBeSent(string parameter, string otherParameter) =>
        new(ErrorCode.OptionalParamsBadCombo, Fill(ErrorMessages.OptionalFieldsMustBothBeSent, parameter, otherParameter));

    /// <summary><c>-1128</c> fields that must be sent together, rendered <c>Fields [a, b] must ...</c>.</summary>
    public static SpotError FieldsMustBeSentTogether(params IReadOnlyList<string> fields) =>
        new(ErrorCode.OptionalParamsBadCombo, Fill(ErrorMessages.FieldsMustBeSentTogether, string.Join(", ", fields)));

    /// <summary><c>-1128</c> conflicting parameters, rendered <c>Conflicting fields: ['a', 'b']</c>.</summary>
    /// <remarks>Binance documents the list only as <c>['%s'...]</c>; each name is quoted and the names are comma-separated.</remarks>
    public static SpotError ConflictingOptionalFields(params IReadOnlyList<string> fields) =>
        new(ErrorCode.OptionalParamsBadCombo, "Conflicting fields: [" + string.Join(", ", fields.Select(static f => "'" + f + "'")) + "]");

    /// <summary><c>-1130</c> the data sent for a parameter is not valid.</summary>
    public static SpotError InvalidParameterValue(string parameter) =>
        new(ErrorCode.InvalidParameter, Fill(ErrorMessages.InvalidParameterValue, parameter));

    /// <summary><c>-1135</c> the JSON sent for a parameter is not valid.</summary>
    public static SpotError InvalidJsonParameter(string parameter) =>
        new(ErrorCode.InvalidJson, Fill(ErrorMessages.InvalidJsonParameter, parameter));

    /// <summary><c>-1160</c> an OCO leg parameter needs GTC.</summary>
    public static SpotError OcoParameterNeedsGtc(string parameter) =>
        new(ErrorCode.OcoIcebergQuantityTimeInForce, Fill(ErrorMessages.OcoParameterNeedsGtc, parameter));

    /// <summary><c>-1161</c> the requested SBE schema is deprecated.</summary>
    public static SpotError DeprecatedSchema(string requestedSchema, string minimumSchema) =>
        new(ErrorCode.DeprecatedSchema, ErrorMessages.DeprecatedSchema
            .Replace("'x'", "'" + requestedSchema + "'", StringComparison.Ordinal)
            .Replace("'y'", "'" + minimumSchema + "'", StringComparison.Ordinal));

    /// <summary><c>-1170</c> (FIX).</summary>
    public static SpotError TagNotDefinedInMessage(string tag) => new(ErrorCode.TagNotDefinedInMessage, Fill(ErrorMessages.TagNotDefinedInMessage, tag));

    /// <summary><c>-1171</c> (FIX).</summary>
    public static SpotError TagAppearsMoreThanOnce(string tag) => new(ErrorCode.TagAppearsMoreThanOnce, Fill(ErrorMessages.TagAppearsMoreThanOnce, tag));

    /// <summary><c>-1172</c> (FIX).</summary>
    public static SpotError TagOutOfOrder(string tag) => new(ErrorCode.TagOutOfOrder, Fill(ErrorMessages.TagOutOfOrder, tag));

    /// <summary><c>-1173</c> (FIX).</summary>
    public static SpotError GroupFieldsOutOfOrder(string group) => new(ErrorCode.GroupFieldsOutOfOrder, Fill(ErrorMessages.GroupFieldsOutOfOrder, group));

    /// <summary><c>-1174</c> (FIX).</summary>
    public static SpotError InvalidComponent(string component, string order, string recommendation) =>
        new(ErrorCode.InvalidComponent, Fill(ErrorMessages.InvalidComponent, component, order, recommendation));

    /// <summary><c>-1179</c> (FIX).</summary>
    public static SpotError BadSequenceNumber(long expected) => new(ErrorCode.BadSequenceNumber, Fill(ErrorMessages.BadSequenceNumber, Invariant(expected)));

    /// <summary><c>-1181</c> (FIX).</summary>
    public static SpotError TooManyMessages(int limit, string interval) =>
        new(ErrorCode.TooManyMessages, Fill(ErrorMessages.TooManyMessages, Invariant(limit), interval));

    /// <summary><c>-1182</c> (FIX), rendered <c>Conflicting fields: [a, b]</c>.</summary>
    public static SpotError ConflictingFields(params IReadOnlyList<string> fields) =>
        new(ErrorCode.ParamsBadCombo, Fill(ErrorMessages.ConflictingFields, string.Join(", ", fields)));

    /// <summary><c>-1188</c> (FIX).</summary>
    public static SpotError IncorrectNumInGroupCount(string group) => new(ErrorCode.IncorrectNumInGroupCount, Fill(ErrorMessages.IncorrectNumInGroupCount, group));

    /// <summary><c>-1189</c> (FIX).</summary>
    public static SpotError DuplicateEntriesInAGroup(string group) => new(ErrorCode.DuplicateEntriesInAGroup, Fill(ErrorMessages.DuplicateEntriesInAGroup, group));

    /// <summary><c>-1191</c> (FIX).</summary>
    public static SpotError TooManySubscriptions(int limit) => new(ErrorCode.TooManySubscriptions, Fill(ErrorMessages.TooManySubscriptions, Invariant(limit)));

    /// <summary><c>-1191</c> (FIX).</summary>
    public static SpotError SimilarSubscriptionActive(string symbol, string subscriptionId) =>
        new(ErrorCode.TooManySubscriptions, Fill(ErrorMessages.SimilarSubscriptionActive, symbol, subscriptionId));

    /// <summary><c>-1224</c> the working order of a list lacks a parameter.</summary>
    public static SpotError WorkingParamRequired(string parameter) =>
        new(ErrorCode.WorkingParamRequired, ErrorMessages.WorkingParamRequired.Replace("{param}", parameter, StringComparison.Ordinal));

    /// <summary><c>-1225</c> the pending orders of a list carry a parameter they must not.</summary>
    public static SpotError PendingParamNotRequired(string parameter) =>
        new(ErrorCode.PendingParamNotRequired, Fill(ErrorMessages.PendingParamNotRequired, parameter));

    /// <summary><c>-1013</c> with a filter failure (one of <see cref="FilterFailureMessages"/>) or another rejection text.</summary>
    public static SpotError FilterFailure(string message) => new(ErrorCode.InvalidMessage, message);

    /// <summary><c>-1010</c> with a matching-engine message (one of <see cref="RejectionMessages"/>).</summary>
    public static SpotError ErrorMessageReceived(string message) => new(ErrorCode.ErrorMessageReceived, message);

    /// <summary><c>-2010</c> with a matching-engine message (one of <see cref="RejectionMessages"/>).</summary>
    public static SpotError NewOrderRejected(string message) => new(ErrorCode.NewOrderRejected, message);

    /// <summary><c>-2011</c> with a matching-engine message (one of <see cref="RejectionMessages"/>).</summary>
    public static SpotError CancelRejected(string message) => new(ErrorCode.CancelRejected, message);

    /// <summary><c>-2038</c> with a matching-engine or filter message.</summary>
    public static SpotError OrderAmendRejected(string message) => new(ErrorCode.OrderAmendRejected, message);

    /// <summary>Replaces Binance's <c>%s</c>/<c>%d</c> placeholders in order.</summary>
    internal static string Fill(string template, params ReadOnlySpan<string> values)
    {
        var builder = new System.Text.StringBuilder(template.Length + 32);
        var next = 0;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is 's' or 'd' && next < values.Length)
            {
                builder.Append(values[next++]);
                i++;
            }
            else
            {
                builder.Append(template[i]);
            }
        }

        return builder.ToString();
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
