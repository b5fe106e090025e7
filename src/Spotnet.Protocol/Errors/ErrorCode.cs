namespace Spotnet.Protocol.Errors;

/// <summary>Binance's numeric error codes (<c>code</c>), named after errors.md; <see cref="ErrorCatalog"/> has the documented names.</summary>
public static class ErrorCode
{
    /// <summary><c>-1000</c> UNKNOWN.</summary>
    public const int Unknown = -1000;

    /// <summary><c>-1001</c> DISCONNECTED.</summary>
    public const int Disconnected = -1001;

    /// <summary><c>-1002</c> UNAUTHORIZED.</summary>
    public const int Unauthorized = -1002;

    /// <summary><c>-1003</c> TOO_MANY_REQUESTS.</summary>
    public const int TooManyRequests = -1003;

    /// <summary><c>-1006</c> UNEXPECTED_RESP.</summary>
    public const int UnexpectedResponse = -1006;

    /// <summary><c>-1007</c> TIMEOUT.</summary>
    public const int Timeout = -1007;

    /// <summary><c>-1008</c> SERVER_BUSY.</summary>
    public const int ServerBusy = -1008;

    /// <summary><c>-1010</c> ERROR_MSG_RECEIVED.</summary>
    public const int ErrorMessageReceived = -1010;

    /// <summary><c>-1013</c> INVALID_MESSAGE.</summary>
    public const int InvalidMessage = -1013;

    /// <summary><c>-1014</c> UNKNOWN_ORDER_COMPOSITION.</summary>
    public const int UnknownOrderComposition = -1014;

    /// <summary><c>-1015</c> TOO_MANY_ORDERS.</summary>
    public const int TooManyOrders = -1015;

    /// <summary><c>-1016</c> SERVICE_SHUTTING_DOWN.</summary>
    public const int ServiceShuttingDown = -1016;

    /// <summary><c>-1020</c> UNSUPPORTED_OPERATION.</summary>
    public const int UnsupportedOperation = -1020;

    /// <summary><c>-1021</c> INVALID_TIMESTAMP.</summary>
    public const int InvalidTimestamp = -1021;

    /// <summary><c>-1022</c> INVALID_SIGNATURE.</summary>
    public const int InvalidSignature = -1022;

    /// <summary><c>-1033</c> COMP_ID_IN_USE.</summary>
    public const int CompIdInUse = -1033;

    /// <summary><c>-1034</c> TOO_MANY_CONNECTIONS.</summary>
    public const int TooManyConnections = -1034;

    /// <summary><c>-1035</c> LOGGED_OUT.</summary>
    public const int LoggedOut = -1035;

    /// <summary><c>-1100</c> ILLEGAL_CHARS.</summary>
    public const int IllegalChars = -1100;

    /// <summary><c>-1101</c> TOO_MANY_PARAMETERS.</summary>
    public const int TooManyParameters = -1101;

    /// <summary><c>-1102</c> MANDATORY_PARAM_EMPTY_OR_MALFORMED.</summary>
    public const int MandatoryParamEmptyOrMalformed = -1102;

    /// <summary><c>-1103</c> UNKNOWN_PARAM.</summary>
    public const int UnknownParam = -1103;

    /// <summary><c>-1104</c> UNREAD_PARAMETERS.</summary>
    public const int UnreadParameters = -1104;

    /// <summary><c>-1105</c> PARAM_EMPTY.</summary>
    public const int ParamEmpty = -1105;

    /// <summary><c>-1106</c> PARAM_NOT_REQUIRED.</summary>
    public const int ParamNotRequired = -1106;

    /// <summary><c>-1108</c> PARAM_OVERFLOW.</summary>
    public const int ParamOverflow = -1108;

    /// <summary><c>-1111</c> BAD_PRECISION.</summary>
    public const int BadPrecision = -1111;

    /// <summary><c>-1112</c> NO_DEPTH.</summary>
    public const int NoDepth = -1112;

    /// <summary><c>-1114</c> TIF_NOT_REQUIRED.</summary>
    public const int TimeInForceNotRequired = -1114;

    /// <summary><c>-1115</c> INVALID_TIF.</summary>
    public const int InvalidTimeInForce = -1115;

    /// <summary><c>-1116</c> INVALID_ORDER_TYPE.</summary>
    public const int InvalidOrderType = -1116;

    /// <summary><c>-1117</c> INVALID_SIDE.</summary>
    public const int InvalidSide = -1117;

    /// <summary><c>-1118</c> EMPTY_NEW_CL_ORD_ID.</summary>
    public const int EmptyNewClientOrderId = -1118;

    /// <summary><c>-1119</c> EMPTY_ORG_CL_ORD_ID.</summary>
    public const int EmptyOriginalClientOrderId = -1119;

    /// <summary><c>-1120</c> BAD_INTERVAL.</summary>
    public const int BadInterval = -1120;

    /// <summary><c>-1121</c> BAD_SYMBOL.</summary>
    public const int BadSymbol = -1121;

    /// <summary><c>-1122</c> INVALID_SYMBOLSTATUS.</summary>
    public const int InvalidSymbolStatus = -1122;

    /// <summary><c>-1125</c> INVALID_LISTEN_KEY.</summary>
    public const int InvalidListenKey = -1125;

    /// <summary><c>-1127</c> MORE_THAN_XX_HOURS.</summary>
    public const int MoreThanXxHours = -1127;

    /// <summary><c>-1128</c> OPTIONAL_PARAMS_BAD_COMBO.</summary>
    public const int OptionalParamsBadCombo = -1128;

    /// <summary><c>-1130</c> INVALID_PARAMETER.</summary>
    public const int InvalidParameter = -1130;

    /// <summary><c>-1134</c> BAD_STRATEGY_TYPE.</summary>
    public const int BadStrategyType = -1134;

    /// <summary><c>-1135</c> INVALID_JSON.</summary>
    public const int InvalidJson = -1135;

    /// <summary><c>-1139</c> INVALID_TICKER_TYPE.</summary>
    public const int InvalidTickerType = -1139;

    /// <summary><c>-1145</c> INVALID_CANCEL_RESTRICTIONS.</summary>
    public const int InvalidCancelRestrictions = -1145;

    /// <summary><c>-1151</c> DUPLICATE_SYMBOLS.</summary>
    public const int DuplicateSymbols = -1151;

    /// <summary><c>-1152</c> INVALID_SBE_HEADER.</summary>
    public const int InvalidSbeHeader = -1152;

    /// <summary><c>-1153</c> UNSUPPORTED_SCHEMA_ID.</summary>
    public const int UnsupportedSchemaId = -1153;

    /// <summary><c>-1155</c> SBE_DISABLED.</summary>
    public const int SbeDisabled = -1155;

    /// <summary><c>-1158</c> OCO_ORDER_TYPE_REJECTED.</summary>
    public const int OcoOrderTypeRejected = -1158;

    /// <summary><c>-1160</c> OCO_ICEBERGQTY_TIMEINFORCE.</summary>
    public const int OcoIcebergQuantityTimeInForce = -1160;

    /// <summary><c>-1161</c> DEPRECATED_SCHEMA.</summary>
    public const int DeprecatedSchema = -1161;

    /// <summary><c>-1165</c> BUY_OCO_LIMIT_MUST_BE_BELOW.</summary>
    public const int BuyOcoLimitMustBeBelow = -1165;

    /// <summary><c>-1166</c> SELL_OCO_LIMIT_MUST_BE_ABOVE.</summary>
    public const int SellOcoLimitMustBeAbove = -1166;

    /// <summary><c>-1168</c> BOTH_OCO_ORDERS_CANNOT_BE_LIMIT.</summary>
    public const int BothOcoOrdersCannotBeLimit = -1168;

    /// <summary><c>-1169</c> INVALID_TAG_NUMBER.</summary>
    public const int InvalidTagNumber = -1169;

    /// <summary><c>-1170</c> TAG_NOT_DEFINED_IN_MESSAGE.</summary>
    public const int TagNotDefinedInMessage = -1170;

    /// <summary><c>-1171</c> TAG_APPEARS_MORE_THAN_ONCE.</summary>
    public const int TagAppearsMoreThanOnce = -1171;

    /// <summary><c>-1172</c> TAG_OUT_OF_ORDER.</summary>
    public const int TagOutOfOrder = -1172;

    /// <summary><c>-1173</c> GROUP_FIELDS_OUT_OF_ORDER.</summary>
    public const int GroupFieldsOutOfOrder = -1173;

    /// <summary><c>-1174</c> INVALID_COMPONENT.</summary>
    public const int InvalidComponent = -1174;

    /// <summary><c>-1175</c> RESET_SEQ_NUM_SUPPORT.</summary>
    public const int ResetSequenceNumberSupport = -1175;

    /// <summary><c>-1176</c> ALREADY_LOGGED_IN.</summary>
    public const int AlreadyLoggedIn = -1176;

    /// <summary><c>-1177</c> GARBLED_MESSAGE.</summary>
    public const int GarbledMessage = -1177;

    /// <summary><c>-1178</c> BAD_SENDER_COMPID.</summary>
    public const int BadSenderCompId = -1178;

    /// <summary><c>-1179</c> BAD_SEQ_NUM.</summary>
    public const int BadSequenceNumber = -1179;

    /// <summary><c>-1180</c> EXPECTED_LOGON.</summary>
    public const int ExpectedLogon = -1180;

    /// <summary><c>-1181</c> TOO_MANY_MESSAGES.</summary>
    public const int TooManyMessages = -1181;

    /// <summary><c>-1182</c> PARAMS_BAD_COMBO.</summary>
    public const int ParamsBadCombo = -1182;

    /// <summary><c>-1183</c> NOT_ALLOWED_IN_DROP_COPY_SESSIONS.</summary>
    public const int NotAllowedInDropCopySessions = -1183;

    /// <summary><c>-1184</c> DROP_COPY_SESSION_NOT_ALLOWED.</summary>
    public const int DropCopySessionNotAllowed = -1184;

    /// <summary><c>-1185</c> DROP_COPY_SESSION_REQUIRED.</summary>
    public const int DropCopySessionRequired = -1185;

    /// <summary><c>-1186</c> NOT_ALLOWED_IN_ORDER_ENTRY_SESSIONS.</summary>
    public const int NotAllowedInOrderEntrySessions = -1186;

    /// <summary><c>-1187</c> NOT_ALLOWED_IN_MARKET_DATA_SESSIONS.</summary>
    public const int NotAllowedInMarketDataSessions = -1187;

    /// <summary><c>-1188</c> INCORRECT_NUM_IN_GROUP_COUNT.</summary>
    public const int IncorrectNumInGroupCount = -1188;

    /// <summary><c>-1189</c> DUPLICATE_ENTRIES_IN_A_GROUP.</summary>
    public const int DuplicateEntriesInAGroup = -1189;

    /// <summary><c>-1190</c> INVALID_REQUEST_ID.</summary>
    public const int InvalidRequestId = -1190;

    /// <summary><c>-1191</c> TOO_MANY_SUBSCRIPTIONS.</summary>
    public const int TooManySubscriptions = -1191;

    /// <summary><c>-1194</c> INVALID_TIME_UNIT.</summary>
    public const int InvalidTimeUnit = -1194;

    /// <summary><c>-1196</c> BUY_OCO_STOP_LOSS_MUST_BE_ABOVE.</summary>
    public const int BuyOcoStopLossMustBeAbove = -1196;

    /// <summary><c>-1197</c> SELL_OCO_STOP_LOSS_MUST_BE_BELOW.</summary>
    public const int SellOcoStopLossMustBeBelow = -1197;

    /// <summary><c>-1198</c> BUY_OCO_TAKE_PROFIT_MUST_BE_BELOW.</summary>
    public const int BuyOcoTakeProfitMustBeBelow = -1198;

    /// <summary><c>-1199</c> SELL_OCO_TAKE_PROFIT_MUST_BE_ABOVE.</summary>
    public const int SellOcoTakeProfitMustBeAbove = -1199;

    /// <summary><c>-1210</c> INVALID_PEG_PRICE_TYPE.</summary>
    public const int InvalidPegPriceType = -1210;

    /// <summary><c>-1211</c> INVALID_PEG_OFFSET_TYPE.</summary>
    public const int InvalidPegOffsetType = -1211;

    /// <summary><c>-1220</c> SYMBOL_DOES_NOT_MATCH_STATUS.</summary>
    public const int SymbolDoesNotMatchStatus = -1220;

    /// <summary><c>-1221</c> INVALID_SBE_MESSAGE_FIELD.</summary>
    public const int InvalidSbeMessageField = -1221;

    /// <summary><c>-1222</c> OPO_WORKING_MUST_BE_BUY.</summary>
    public const int OpoWorkingMustBeBuy = -1222;

    /// <summary><c>-1223</c> OPO_PENDING_MUST_BE_SELL.</summary>
    public const int OpoPendingMustBeSell = -1223;

    /// <summary><c>-1224</c> WORKING_PARAM_REQUIRED.</summary>
    public const int WorkingParamRequired = -1224;

    /// <summary><c>-1225</c> PENDING_PARAM_NOT_REQUIRED.</summary>
    public const int PendingParamNotRequired = -1225;

    /// <summary><c>-2010</c> NEW_ORDER_REJECTED.</summary>
    public const int NewOrderRejected = -2010;

    /// <summary><c>-2011</c> CANCEL_REJECTED.</summary>
    public const int CancelRejected = -2011;

    /// <summary><c>-2013</c> NO_SUCH_ORDER.</summary>
    public const int NoSuchOrder = -2013;

    /// <summary><c>-2014</c> BAD_API_KEY_FMT.</summary>
    public const int BadApiKeyFormat = -2014;

    /// <summary><c>-2015</c> REJECTED_MBX_KEY.</summary>
    public const int RejectedMbxKey = -2015;

    /// <summary><c>-2016</c> NO_TRADING_WINDOW.</summary>
    public const int NoTradingWindow = -2016;

    /// <summary><c>-2021</c> Order cancel-replace partially failed.</summary>
    public const int CancelReplacePartiallyFailed = -2021;

    /// <summary><c>-2022</c> Order cancel-replace failed.</summary>
    public const int CancelReplaceFailed = -2022;

    /// <summary><c>-2026</c> ORDER_ARCHIVED.</summary>
    public const int OrderArchived = -2026;

    /// <summary><c>-2035</c> SUBSCRIPTION_ACTIVE.</summary>
    public const int SubscriptionActive = -2035;

    /// <summary><c>-2036</c> SUBSCRIPTION_INACTIVE.</summary>
    public const int SubscriptionInactive = -2036;

    /// <summary><c>-2038</c> ORDER_AMEND_REJECTED.</summary>
    public const int OrderAmendRejected = -2038;

    /// <summary><c>-2039</c> CLIENT_ORDER_ID_INVALID.</summary>
    public const int ClientOrderIdInvalid = -2039;

    /// <summary><c>-2042</c> MAXIMUM_SUBSCRIPTION_IDS.</summary>
    public const int MaximumSubscriptionIds = -2042;

    /// <summary><c>-2043</c> NO_REFERENCE_PRICE.</summary>
    public const int NoReferencePrice = -2043;
}
