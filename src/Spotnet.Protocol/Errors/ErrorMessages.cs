namespace Spotnet.Protocol.Errors;

/// <summary>
/// Every error message of <c>testnet/errors.md</c> as Binance sends it, plus the variants documented elsewhere.
/// </summary>
/// <remarks>
/// Texts are verbatim after Markdown rendering: code spans lose their backticks and links keep their text only
/// (errors.md's <c>`cancelRestrictions` has to be ...</c> is sent as <c>cancelRestrictions has to be ...</c>).
/// Templates keep Binance's placeholders (<c>%s</c>, <c>%d</c>, <c>{param}</c>, <c>'x'</c>/<c>'y'</c>); the typed
/// factories on <see cref="SpotError"/> fill them.
/// </remarks>
public static class ErrorMessages
{
    /// <summary><c>-1000</c>.</summary>
    public const string Unknown = "An unknown error occurred while processing the request.";
    /// <summary><c>-1001</c>.</summary>
    public const string Disconnected = "Internal error; unable to process your request. Please try again.";
    /// <summary><c>-1002</c>.</summary>
    public const string Unauthorized = "You are not authorized to execute this request.";
    /// <summary><c>-1003</c>.</summary>
    public const string TooManyRequestsQueued = "Too many requests queued.";
    /// <summary><c>-1003</c> template: limit, interval.</summary>
    public const string TooMuchRequestWeight = "Too much request weight used; current limit is %s request weight per %s. Please use WebSocket Streams for live updates to avoid polling the API.";
    /// <summary><c>-1003</c> template: ban end (epoch milliseconds).</summary>
    public const string IpBanned = "Way too much request weight used; IP banned until %s. Please use WebSocket Streams for live updates to avoid bans.";
    /// <summary><c>-1006</c>.</summary>
    public const string UnexpectedResponse = "An unexpected response was received from the message bus. Execution status unknown.";
    /// <summary><c>-1007</c>.</summary>
    public const string Timeout = "Timeout waiting for response from backend server. Send status unknown; execution status unknown.";
    /// <summary><c>-1008</c>.</summary>
    public const string ServerBusy = "Server is currently overloaded with other requests. Please try again in a few minutes.";
    /// <summary><c>-1013</c> generic text.</summary>
    public const string InvalidMessage = "The request is rejected by the API. (i.e. The request didn't reach the Matching Engine.)";
    /// <summary><c>-1013</c> documentation note of errors.md (not sent on the wire).</summary>
    public const string InvalidMessageNote = "Potential error messages can be found in Filter Failures or Failures during order placement.";
    /// <summary><c>-1013</c> from <c>faqs/stp_faq.md</c>.</summary>
    public const string SelfTradePreventionModeNotAllowed = "This symbol does not allow the specified self-trade prevention mode.";
    /// <summary><c>-1014</c>.</summary>
    public const string UnknownOrderComposition = "Unsupported order combination.";
    /// <summary><c>-1015</c>.</summary>
    public const string TooManyNewOrders = "Too many new orders.";
    /// <summary><c>-1015</c> template: limit, interval.</summary>
    public const string TooManyNewOrdersWithLimit = "Too many new orders; current limit is %s orders per %s.";
    /// <summary><c>-1016</c>.</summary>
    public const string ServiceShuttingDown = "This service is no longer available.";
    /// <summary><c>-1020</c>.</summary>
    public const string UnsupportedOperation = "This operation is not supported.";
    /// <summary><c>-1021</c>.</summary>
    public const string TimestampOutsideRecvWindow = "Timestamp for this request is outside of the recvWindow.";
    /// <summary><c>-1021</c>.</summary>
    public const string TimestampAheadOfServer = "Timestamp for this request was 1000ms ahead of the server's time.";
    /// <summary><c>-1022</c>.</summary>
    public const string InvalidSignature = "Signature for this request is not valid.";
    /// <summary><c>-1033</c> (FIX).</summary>
    public const string CompIdInUse = "SenderCompId(49) is currently in use. Concurrent use of the same SenderCompId within one account is not allowed.";
    /// <summary><c>-1034</c> template (FIX): limit.</summary>
    public const string TooManyConcurrentConnections = "Too many concurrent connections; current limit is '%s'.";
    /// <summary><c>-1034</c> template (FIX): limit, interval.</summary>
    public const string TooManyAccountConnectionAttempts = "Too many connection attempts for account; current limit is %s per '%s'.";
    /// <summary><c>-1034</c> template (FIX): limit, interval.</summary>
    public const string TooManyIpConnectionAttempts = "Too many connection attempts from IP; current limit is %s per '%s'.";
    /// <summary><c>-1035</c> (FIX).</summary>
    public const string LoggedOut = "Please send Logout<5> message to close the session.";
    /// <summary><c>-1100</c>.</summary>
    public const string IllegalCharacters = "Illegal characters found in a parameter.";
    /// <summary><c>-1100</c> template: parameter, legal range.</summary>
    public const string IllegalCharactersInParameter = "Illegal characters found in parameter '%s'; legal range is '%s'.";
    /// <summary><c>-1101</c>.</summary>
    public const string TooManyParameters = "Too many parameters sent for this endpoint.";
    /// <summary><c>-1101</c> template: expected, received.</summary>
    public const string TooManyParametersExpected = "Too many parameters; expected '%s' and received '%s'.";
    /// <summary><c>-1101</c>.</summary>
    public const string DuplicateParameterValues = "Duplicate values for a parameter detected.";
    /// <summary><c>-1101</c> template from the production changelog (2022-06-20): parameter, maximum.</summary>
    public const string TooManyValues = "Too many values sent for parameter '%s', maximum allowed up to %s.";
    /// <summary><c>-1102</c>.</summary>
    public const string MandatoryParameterEmptyOrMalformed = "A mandatory parameter was not sent, was empty/null, or malformed.";
    /// <summary><c>-1102</c> template: parameter.</summary>
    public const string MandatoryParameterMissing = "Mandatory parameter '%s' was not sent, was empty/null, or malformed.";
    /// <summary><c>-1102</c> template: parameter, other parameter.</summary>
    public const string EitherParameterRequired = "Param '%s' or '%s' must be sent, but both were empty/null!";
    /// <summary><c>-1102</c> template (FIX): tag.</summary>
    public const string RequiredTagMissing = "Required tag '%s' missing.";
    /// <summary><c>-1102</c> (FIX).</summary>
    public const string FieldValueEmptyOrMalformed = "Field value was empty or malformed.";
    /// <summary><c>-1102</c> template: parameter, maximum.</summary>
    public const string ValueGreaterThanMaximum = "'%s' contains unexpected value. Cannot be greater than %s.";
    /// <summary><c>-1103</c>.</summary>
    public const string UnknownParameter = "An unknown parameter was sent.";
    /// <summary><c>-1103</c> (FIX).</summary>
    public const string UndefinedTag = "Undefined Tag.";
    /// <summary><c>-1104</c>.</summary>
    public const string UnreadParameters = "Not all sent parameters were read.";
    /// <summary><c>-1104</c> template: read count, sent count.</summary>
    public const string UnreadParametersCount = "Not all sent parameters were read; read '%s' parameter(s) but was sent '%s'.";
    /// <summary><c>-1105</c>.</summary>
    public const string ParameterEmpty = "A parameter was empty.";
    /// <summary><c>-1105</c> template: parameter.</summary>
    public const string NamedParameterEmpty = "Parameter '%s' was empty.";
    /// <summary><c>-1106</c>.</summary>
    public const string ParameterNotRequired = "A parameter was sent when not required.";
    /// <summary><c>-1106</c> template: parameter.</summary>
    public const string NamedParameterNotRequired = "Parameter '%s' sent when not required.";
    /// <summary><c>-1106</c> template (FIX): tag.</summary>
    public const string TagNotRequired = "A tag '%s' was sent when not required.";
    /// <summary><c>-1108</c> template: parameter.</summary>
    public const string ParameterOverflow = "Parameter '%s' overflowed.";
    /// <summary><c>-1111</c> template: parameter.</summary>
    public const string TooMuchPrecision = "Parameter '%s' has too much precision.";
    /// <summary><c>-1112</c>.</summary>
    public const string NoDepth = "No orders on book for symbol.";
    /// <summary><c>-1114</c>.</summary>
    public const string TimeInForceNotRequired = "TimeInForce parameter sent when not required.";
    /// <summary><c>-1115</c>.</summary>
    public const string InvalidTimeInForce = "Invalid timeInForce.";
    /// <summary><c>-1116</c>.</summary>
    public const string InvalidOrderType = "Invalid orderType.";
    /// <summary><c>-1117</c>.</summary>
    public const string InvalidSide = "Invalid side.";
    /// <summary><c>-1118</c>.</summary>
    public const string EmptyNewClientOrderId = "New client order ID was empty.";
    /// <summary><c>-1119</c>.</summary>
    public const string EmptyOriginalClientOrderId = "Original client order ID was empty.";
    /// <summary><c>-1120</c>.</summary>
    public const string BadInterval = "Invalid interval.";
    /// <summary><c>-1121</c>.</summary>
    public const string BadSymbol = "Invalid symbol.";
    /// <summary><c>-1122</c>.</summary>
    public const string InvalidSymbolStatus = "Invalid symbolStatus.";
    /// <summary><c>-1125</c>.</summary>
    public const string InvalidListenKey = "This listenKey does not exist.";
    /// <summary><c>-1127</c>.</summary>
    public const string LookupIntervalTooBig = "Lookup interval is too big.";
    /// <summary><c>-1127</c> template: hours.</summary>
    public const string MoreThanHours = "More than %s hours between startTime and endTime.";
    /// <summary><c>-1128</c>.</summary>
    public const string OptionalParametersBadCombination = "Combination of optional parameters invalid.";
    /// <summary><c>-1128</c> template: parameter, other parameter.</summary>
    public const string OptionalFieldsMustBothBeSent = "Combination of optional fields invalid. Recommendation: '%s' and '%s' must both be sent.";
    /// <summary><c>-1128</c> template: field list.</summary>
    public const string FieldsMustBeSentTogether = "Fields [%s] must be sent together or omitted entirely.";
    /// <summary><c>-1128</c> (FIX).</summary>
    public const string InvalidMarketDataEntryTypeCombination = "Invalid MDEntryType (269) combination. BID and OFFER must be requested together.";
    /// <summary><c>-1128</c> template: quoted field list.</summary>
    public const string ConflictingOptionalFields = "Conflicting fields: ['%s'...]";
    /// <summary><c>-1130</c>.</summary>
    public const string InvalidParameter = "Invalid data sent for a parameter.";
    /// <summary><c>-1130</c> template: parameter.</summary>
    public const string InvalidParameterValue = "Data sent for parameter '%s' is not valid.";
    /// <summary><c>-1134</c>.</summary>
    public const string BadStrategyType = "strategyType was less than 1000000.";
    /// <summary><c>-1134</c> (FIX).</summary>
    public const string BadTargetStrategy = "TargetStrategy (847) was less than 1000000.";
    /// <summary><c>-1135</c>.</summary>
    public const string InvalidJsonRequest = "Invalid JSON Request.";
    /// <summary><c>-1135</c> template: parameter (no final period, as documented).</summary>
    public const string InvalidJsonParameter = "JSON sent for parameter '%s' is not valid";
    /// <summary><c>-1139</c>.</summary>
    public const string InvalidTickerType = "Invalid ticker type.";
    /// <summary><c>-1145</c> as written in errors.md.</summary>
    public const string InvalidCancelRestrictions = "cancelRestrictions has to be either ONLY_NEW or ONLY_PARTIALLY_FILLED.";
    /// <summary><c>-1145</c> as the REST and WebSocket API docs show it on the wire.</summary>
    public const string InvalidCancelRestrictionsShort = "Invalid cancelRestrictions";
    /// <summary><c>-1151</c>.</summary>
    public const string DuplicateSymbols = "Symbol is present multiple times in the list.";
    /// <summary><c>-1152</c>.</summary>
    public const string InvalidSbeHeader = "Invalid X-MBX-SBE header; expected <SCHEMA_ID>:<VERSION>.";
    /// <summary><c>-1152</c>.</summary>
    public const string InvalidSbeMessageHeader = "Invalid SBE message header.";
    /// <summary><c>-1153</c>.</summary>
    public const string UnsupportedSchemaId = "Unsupported SBE schema ID or version specified in the X-MBX-SBE header.";
    /// <summary><c>-1153</c>.</summary>
    public const string InvalidSchemaId = "Invalid SBE schema ID or version specified.";
    /// <summary><c>-1155</c>.</summary>
    public const string SbeDisabled = "SBE is not enabled.";
    /// <summary><c>-1158</c>.</summary>
    public const string OcoOrderTypeRejected = "Order type not supported in OCO.";
    /// <summary><c>-1158</c> documentation note of errors.md (not sent on the wire).</summary>
    public const string OcoOrderTypeRejectedNote = "If the order type provided in the aboveType and/or belowType is not supported.";
    /// <summary><c>-1160</c> template: parameter.</summary>
    public const string OcoParameterNeedsGtc = "Parameter '%s' is not supported if aboveTimeInForce/belowTimeInForce is not GTC.";
    /// <summary><c>-1160</c> documentation note of errors.md (not sent on the wire).</summary>
    public const string OcoIcebergTimeInForceNote = "If the order type for the above or below leg is STOP_LOSS_LIMIT, and icebergQty is provided for that leg, the timeInForce has to be GTC else it will throw an error.";
    /// <summary><c>-1160</c> (FIX).</summary>
    public const string MaxFloorNeedsGtc = "TimeInForce (59) must be GTC (1) when MaxFloor (111) is used.";
    /// <summary><c>-1161</c> template: requested schema <c>'x'</c>, minimum schema <c>'y'</c>.</summary>
    public const string DeprecatedSchema = "Unable to encode the response in SBE schema 'x'. Please use schema 'y' or higher.";
    /// <summary><c>-1165</c>.</summary>
    public const string BuyOcoLimitMustBeBelow = "A limit order in a buy OCO must be below.";
    /// <summary><c>-1166</c>.</summary>
    public const string SellOcoLimitMustBeAbove = "A limit order in a sell OCO must be above.";
    /// <summary><c>-1168</c>.</summary>
    public const string BothOcoOrdersCannotBeLimit = "At least one OCO order must be contingent.";
    /// <summary><c>-1169</c> (FIX).</summary>
    public const string InvalidTagNumber = "Invalid tag number.";
    /// <summary><c>-1170</c> template (FIX): tag.</summary>
    public const string TagNotDefinedInMessage = "Tag '%s' not defined for this message type.";
    /// <summary><c>-1171</c> template (FIX): tag.</summary>
    public const string TagAppearsMoreThanOnce = "Tag '%s' appears more than once.";
    /// <summary><c>-1172</c> template (FIX): tag.</summary>
    public const string TagOutOfOrder = "Tag '%s' specified out of required order.";
    /// <summary><c>-1173</c> template (FIX): group.</summary>
    public const string GroupFieldsOutOfOrder = "Repeating group '%s' fields out of order.";
    /// <summary><c>-1174</c> template (FIX): component, order, recommendation.</summary>
    public const string InvalidComponent = "Component '%s' is incorrectly populated on '%s' order. Recommendation: '%s'";
    /// <summary><c>-1175</c> (FIX).</summary>
    public const string ResetSequenceNumberSupport = "Continuation of sequence numbers to new session is currently unsupported. Sequence numbers must be reset for each new session.";
    /// <summary><c>-1176</c> (FIX).</summary>
    public const string AlreadyLoggedIn = "Logon<A> should only be sent once.";
    /// <summary><c>-1177</c> (FIX).</summary>
    public const string GarbledCheckSum = "CheckSum(10) contains an incorrect value.";
    /// <summary><c>-1177</c> (FIX).</summary>
    public const string GarbledBeginString = "BeginString (8) is not the first tag in a message.";
    /// <summary><c>-1177</c> (FIX).</summary>
    public const string GarbledMessageType = "MsgType (35) is not the third tag in a message.";
    /// <summary><c>-1177</c> (FIX).</summary>
    public const string GarbledBodyLength = "BodyLength (9) does not contain the correct byte count.";
    /// <summary><c>-1177</c> (FIX).</summary>
    public const string GarbledCharacters = "Only printable ASCII characters and SOH (Start of Header) are allowed.";
    /// <summary><c>-1177</c> (FIX).</summary>
    public const string GarbledTagWithoutValue = "Tag specified without a value.";
    /// <summary><c>-1177</c> (FIX).</summary>
    public const string GarbledEncodingType = "Invalid encodingType.";
    /// <summary><c>-1178</c> (FIX).</summary>
    public const string BadSenderCompId = "SenderCompId(49) contains an incorrect value. The SenderCompID value should not change throughout the lifetime of a session.";
    /// <summary><c>-1179</c> template (FIX): expected sequence number.</summary>
    public const string BadSequenceNumber = "MsgSeqNum(34) contains an unexpected value. Expected: '%d'.";
    /// <summary><c>-1180</c> (FIX).</summary>
    public const string ExpectedLogon = "Logon<A> must be the first message in the session.";
    /// <summary><c>-1181</c> template (FIX): limit, interval.</summary>
    public const string TooManyMessages = "Too many messages; current limit is '%d' messages per '%s'.";
    /// <summary><c>-1182</c> template (FIX): field list.</summary>
    public const string ConflictingFields = "Conflicting fields: [%s]";
    /// <summary><c>-1183</c> (FIX).</summary>
    public const string NotAllowedInDropCopySessions = "Requested operation is not allowed in DropCopy sessions.";
    /// <summary><c>-1184</c> (FIX).</summary>
    public const string DropCopySessionNotAllowed = "DropCopy sessions are not supported on this server. Please reconnect to a drop copy server.";
    /// <summary><c>-1185</c> (FIX).</summary>
    public const string DropCopySessionRequired = "Only DropCopy sessions are supported on this server. Either reconnect to order entry server or send DropCopyFlag (9406) field.";
    /// <summary><c>-1186</c> (FIX).</summary>
    public const string NotAllowedInOrderEntrySessions = "Requested operation is not allowed in order entry sessions.";
    /// <summary><c>-1187</c> (FIX).</summary>
    public const string NotAllowedInMarketDataSessions = "Requested operation is not allowed in market data sessions.";
    /// <summary><c>-1188</c> template (FIX): group.</summary>
    public const string IncorrectNumInGroupCount = "Incorrect NumInGroup count for repeating group '%s'.";
    /// <summary><c>-1189</c> template (FIX): group.</summary>
    public const string DuplicateEntriesInAGroup = "Group '%s' contains duplicate entries.";
    /// <summary><c>-1190</c> (FIX).</summary>
    public const string SubscriptionRequestIdInUse = "MDReqID (262) contains a subscription request id that is already in use on this connection.";
    /// <summary><c>-1190</c> (FIX).</summary>
    public const string UnsubscriptionRequestIdUnknown = "MDReqID (262) contains an unsubscription request id that does not match any active subscription.";
    /// <summary><c>-1191</c> template (FIX): limit.</summary>
    public const string TooManySubscriptions = "Too many subscriptions. Connection may create up to '%s' subscriptions at a time.";
    /// <summary><c>-1191</c> template (FIX): symbol, active subscription id.</summary>
    public const string SimilarSubscriptionActive = "Similar subscription is already active on this connection. Symbol='%s', active subscription id: '%s'.";
    /// <summary><c>-1194</c>.</summary>
    public const string InvalidTimeUnit = "Invalid value for time unit; expected either MICROSECOND or MILLISECOND.";
    /// <summary><c>-1196</c>.</summary>
    public const string BuyOcoStopLossMustBeAbove = "A stop loss order in a buy OCO must be above.";
    /// <summary><c>-1197</c>.</summary>
    public const string SellOcoStopLossMustBeBelow = "A stop loss order in a sell OCO must be below.";
    /// <summary><c>-1198</c>.</summary>
    public const string BuyOcoTakeProfitMustBeBelow = "A take profit order in a buy OCO must be below.";
    /// <summary><c>-1199</c>.</summary>
    public const string SellOcoTakeProfitMustBeAbove = "A take profit order in a sell OCO must be above.";
    /// <summary><c>-1210</c>.</summary>
    public const string InvalidPegPriceType = "Invalid pegPriceType.";
    /// <summary><c>-1211</c>.</summary>
    public const string InvalidPegOffsetType = "Invalid pegOffsetType.";
    /// <summary><c>-1220</c>.</summary>
    public const string SymbolDoesNotMatchStatus = "The symbol's status does not match the requested symbolStatus.";
    /// <summary><c>-1221</c>.</summary>
    public const string InvalidSbeMessageField = "Invalid/missing field(s) in SBE message.";
    /// <summary><c>-1222</c>.</summary>
    public const string OpoWorkingMustBeBuy = "Working order in an OPO list must be a bid.";
    /// <summary><c>-1223</c>.</summary>
    public const string OpoPendingMustBeSell = "Pending orders in an OPO list must be asks.";
    /// <summary><c>-1224</c> template: parameter (Binance writes this placeholder as <c>{param}</c>).</summary>
    public const string WorkingParamRequired = "Working order must include the '{param}' tag.";
    /// <summary><c>-1225</c> template: parameter.</summary>
    public const string PendingParamNotRequired = "Pending orders should not include the '%s' tag.";
    /// <summary><c>-2010</c> documentation note of errors.md (a placeholder); the wire message is one of <see cref="RejectionMessages"/>.</summary>
    public const string NewOrderRejected = "NEW_ORDER_REJECTED";
    /// <summary><c>-2011</c> documentation note of errors.md (a placeholder); the wire message is one of <see cref="RejectionMessages"/>.</summary>
    public const string CancelRejected = "CANCEL_REJECTED";
    /// <summary><c>-2013</c>.</summary>
    public const string NoSuchOrder = "Order does not exist.";
    /// <summary><c>-2014</c>.</summary>
    public const string BadApiKeyFormat = "API-key format invalid.";
    /// <summary><c>-2015</c>.</summary>
    public const string RejectedMbxKey = "Invalid API-key, IP, or permissions for action.";
    /// <summary><c>-2016</c>.</summary>
    public const string NoTradingWindow = "No trading window could be found for the symbol. Try ticker/24hrs instead.";
    /// <summary><c>-2021</c> as sent on the wire (rest-api.md samples).</summary>
    public const string CancelReplacePartiallyFailed = "Order cancel-replace partially failed.";
    /// <summary><c>-2021</c> documentation note of errors.md (not sent on the wire).</summary>
    public const string CancelReplacePartiallyFailedNote = "This code is sent when either the cancellation of the order failed or the new order placement failed but not both.";
    /// <summary><c>-2022</c> as sent on the wire (rest-api.md samples).</summary>
    public const string CancelReplaceFailed = "Order cancel-replace failed.";
    /// <summary><c>-2022</c> documentation note of errors.md (not sent on the wire).</summary>
    public const string CancelReplaceFailedNote = "This code is sent when both the cancellation of the order failed and the new order placement failed.";
    /// <summary><c>-2026</c>.</summary>
    public const string OrderArchived = "Order was canceled or expired with no executed qty over 90 days ago and has been archived.";
    /// <summary><c>-2035</c>.</summary>
    public const string SubscriptionActive = "User Data Stream subscription already active.";
    /// <summary><c>-2036</c>.</summary>
    public const string SubscriptionInactive = "User Data Stream subscription not active.";
    /// <summary><c>-2039</c>.</summary>
    public const string ClientOrderIdInvalid = "Client order ID is not correct for this order ID.";
    /// <summary><c>-2042</c>.</summary>
    public const string MaximumSubscriptionIds = "Maximum subscription ID reached for this connection.";
    /// <summary><c>-2043</c>.</summary>
    public const string NoReferencePrice = "This symbol doesn't have a reference price.";
}
