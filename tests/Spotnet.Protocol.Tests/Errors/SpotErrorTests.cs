using System.Reflection;
using Spotnet.Protocol.Errors;

namespace Spotnet.Protocol.Tests.Errors;

public class SpotErrorTests
{
    public static TheoryData<string, SpotError, int, string> Fillers => new()
    {
        { "-1003 weight", SpotError.TooManyRequestWeight(6000, "1 MINUTE"), -1003, "Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API." },
        { "-1003 ban", SpotError.IpBanned(1659146400000), -1003, "Way too much request weight used; IP banned until 1659146400000. Please use WebSocket Streams for live updates to avoid bans." },
        { "-1015", SpotError.TooManyOrders(50, "10 SECOND"), -1015, "Too many new orders; current limit is 50 orders per 10 SECOND." },
        { "-1034 concurrent", SpotError.TooManyConcurrentConnections(10), -1034, "Too many concurrent connections; current limit is '10'." },
        { "-1034 account", SpotError.TooManyAccountConnectionAttempts(15, "30s"), -1034, "Too many connection attempts for account; current limit is 15 per '30s'." },
        { "-1034 ip", SpotError.TooManyIpConnectionAttempts(15, "30s"), -1034, "Too many connection attempts from IP; current limit is 15 per '30s'." },
        { "-1100", SpotError.IllegalCharacters("quantity", "^([0-9]{1,20})(\\.[0-9]{1,20})?$"), -1100, "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'." },
        { "-1101 expected", SpotError.TooManyParametersExpected(1, 2), -1101, "Too many parameters; expected '1' and received '2'." },
        { "-1101 values", SpotError.TooManyValues("symbols", 100), -1101, "Too many values sent for parameter 'symbols', maximum allowed up to 100." },
        { "-1102 missing", SpotError.MandatoryParameterMissing("symbol"), -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." },
        { "-1102 either", SpotError.EitherParameterRequired("orderId", "origClientOrderId"), -1102, "Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!" },
        { "-1102 tag", SpotError.RequiredTagMissing("55"), -1102, "Required tag '55' missing." },
        { "-1102 maximum", SpotError.ValueGreaterThanMaximum("recvWindow", "60000"), -1102, "'recvWindow' contains unexpected value. Cannot be greater than 60000." },
        { "-1104", SpotError.UnreadParametersCount(3, 4), -1104, "Not all sent parameters were read; read '3' parameter(s) but was sent '4'." },
        { "-1105", SpotError.NamedParameterEmpty("symbol"), -1105, "Parameter 'symbol' was empty." },
        { "-1106", SpotError.NamedParameterNotRequired("timeInForce"), -1106, "Parameter 'timeInForce' sent when not required." },
        { "-1106 tag", SpotError.TagNotRequired("44"), -1106, "A tag '44' was sent when not required." },
        { "-1108", SpotError.Overflow("quantity"), -1108, "Parameter 'quantity' overflowed." },
        { "-1111", SpotError.TooMuchPrecision("quantity"), -1111, "Parameter 'quantity' has too much precision." },
        { "-1127", SpotError.MoreThanHours(24), -1127, "More than 24 hours between startTime and endTime." },
        { "-1128 both", SpotError.OptionalFieldsMustBothBeSent("startTime", "endTime"), -1128, "Combination of optional fields invalid. Recommendation: 'startTime' and 'endTime' must both be sent." },
        { "-1128 together", SpotError.FieldsMustBeSentTogether("pegPriceType", "pegOffsetValue"), -1128, "Fields [pegPriceType, pegOffsetValue] must be sent together or omitted entirely." },
        { "-1128 conflicting", SpotError.ConflictingOptionalFields("fromId", "startTime"), -1128, "Conflicting fields: ['fromId', 'startTime']" },
        { "-1130", SpotError.InvalidParameterValue("symbols"), -1130, "Data sent for parameter 'symbols' is not valid." },
        { "-1135", SpotError.InvalidJsonParameter("symbols"), -1135, "JSON sent for parameter 'symbols' is not valid" },
        { "-1160", SpotError.OcoParameterNeedsGtc("aboveIcebergQty"), -1160, "Parameter 'aboveIcebergQty' is not supported if aboveTimeInForce/belowTimeInForce is not GTC." },
        { "-1161", SpotError.DeprecatedSchema("3:0", "3:1"), -1161, "Unable to encode the response in SBE schema '3:0'. Please use schema '3:1' or higher." },
        { "-1170", SpotError.TagNotDefinedInMessage("44"), -1170, "Tag '44' not defined for this message type." },
        { "-1171", SpotError.TagAppearsMoreThanOnce("44"), -1171, "Tag '44' appears more than once." },
        { "-1172", SpotError.TagOutOfOrder("44"), -1172, "Tag '44' specified out of required order." },
        { "-1173", SpotError.GroupFieldsOutOfOrder("NoMDEntries"), -1173, "Repeating group 'NoMDEntries' fields out of order." },
        { "-1174", SpotError.InvalidComponent("TrailingDelta", "LIMIT", "Remove it"), -1174, "Component 'TrailingDelta' is incorrectly populated on 'LIMIT' order. Recommendation: 'Remove it'" },
        { "-1179", SpotError.BadSequenceNumber(7), -1179, "MsgSeqNum(34) contains an unexpected value. Expected: '7'." },
        { "-1181", SpotError.TooManyMessages(10000, "10s"), -1181, "Too many messages; current limit is '10000' messages per '10s'." },
        { "-1182", SpotError.ConflictingFields("a", "b"), -1182, "Conflicting fields: [a, b]" },
        { "-1188", SpotError.IncorrectNumInGroupCount("NoOrders"), -1188, "Incorrect NumInGroup count for repeating group 'NoOrders'." },
        { "-1189", SpotError.DuplicateEntriesInAGroup("NoOrders"), -1189, "Group 'NoOrders' contains duplicate entries." },
        { "-1191 limit", SpotError.TooManySubscriptions(1000), -1191, "Too many subscriptions. Connection may create up to '1000' subscriptions at a time." },
        { "-1191 similar", SpotError.SimilarSubscriptionActive("BTCUSDT", "7"), -1191, "Similar subscription is already active on this connection. Symbol='BTCUSDT', active subscription id: '7'." },
        { "-1224", SpotError.WorkingParamRequired("workingPrice"), -1224, "Working order must include the 'workingPrice' tag." },
        { "-1225", SpotError.PendingParamNotRequired("pendingPrice"), -1225, "Pending orders should not include the 'pendingPrice' tag." },
        { "-1013 filter", SpotError.FilterFailure(FilterFailureMessages.LotSize), -1013, "Filter failure: LOT_SIZE" },
        { "-1010", SpotError.ErrorMessageReceived(RejectionMessages.UnknownOrder), -1010, "Unknown order sent." },
        { "-2010", SpotError.NewOrderRejected(RejectionMessages.InsufficientBalance), -2010, "Account has insufficient balance for requested action." },
        { "-2011", SpotError.CancelRejected(RejectionMessages.CancelRestrictionsNotMet), -2011, "Order was not canceled due to cancel restrictions." },
        { "-2038", SpotError.OrderAmendRejected(RejectionMessages.WouldChangeNoState), -2038, "The requested action would change no state; rejecting" },
    };

    [Theory]
    [MemberData(nameof(Fillers))]
    public void Template_filler_renders_the_documented_message(string label, SpotError error, int code, string message)
    {
        Assert.False(string.IsNullOrEmpty(label));
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Every_named_error_property_is_a_catalogued_message_of_its_code()
    {
        var properties = typeof(SpotError).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(SpotError))
            .ToList();

        Assert.True(properties.Count > 90);
        foreach (var property in properties)
        {
            var error = (SpotError)property.GetValue(null)!;
            Assert.Contains(ErrorCatalog.Entries, entry => entry.Code == error.Code && entry.Message == error.Message && entry.Kind == ErrorMessageKind.Message);
        }
    }

    [Fact]
    public void Every_message_constant_is_catalogued_exactly_once()
    {
        var constants = typeof(ErrorMessages).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(constants.Order(StringComparer.Ordinal), ErrorCatalog.Entries.Select(entry => entry.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_catalogued_code_has_a_named_constant()
    {
        var constants = typeof(ErrorCode).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (int)field.GetRawConstantValue()!)
            .ToHashSet();

        Assert.Equal(106, constants.Count);
        Assert.Equal(constants.Order(), ErrorCatalog.Names.Keys.Order());
        Assert.All(ErrorCatalog.Entries, entry => Assert.Contains(entry.Code, constants));
    }

    [Theory]
    [InlineData(ErrorCode.BadApiKeyFormat, "API-key format invalid.", 401)]
    [InlineData(ErrorCode.RejectedMbxKey, "Invalid API-key, IP, or permissions for action.", 401)]
    [InlineData(ErrorCode.Unauthorized, "You are not authorized to execute this request.", 401)]
    [InlineData(ErrorCode.TooManyRequests, "Too many requests queued.", 429)]
    [InlineData(ErrorCode.TooManyOrders, "Too many new orders.", 429)]
    [InlineData(ErrorCode.ServerBusy, "Server is currently overloaded with other requests. Please try again in a few minutes.", 503)]
    [InlineData(ErrorCode.ServiceShuttingDown, "This service is no longer available.", 503)]
    [InlineData(ErrorCode.Unknown, "An unknown error occurred while processing the request.", 500)]
    [InlineData(ErrorCode.Disconnected, "Internal error; unable to process your request. Please try again.", 500)]
    [InlineData(ErrorCode.UnexpectedResponse, "An unexpected response was received from the message bus. Execution status unknown.", 500)]
    [InlineData(ErrorCode.Timeout, "Timeout waiting for response from backend server. Send status unknown; execution status unknown.", 500)]
    [InlineData(ErrorCode.CancelReplacePartiallyFailed, "Order cancel-replace partially failed.", 409)]
    [InlineData(ErrorCode.CancelReplaceFailed, "Order cancel-replace failed.", 400)]
    [InlineData(ErrorCode.BadSymbol, "Invalid symbol.", 400)]
    [InlineData(ErrorCode.InvalidSignature, "Signature for this request is not valid.", 400)]
    [InlineData(ErrorCode.InvalidTimestamp, "Timestamp for this request is outside of the recvWindow.", 400)]
    [InlineData(ErrorCode.NewOrderRejected, "Account has insufficient balance for requested action.", 400)]
    [InlineData(ErrorCode.InvalidMessage, "Filter failure: LOT_SIZE", 400)]
    public void Http_status_follows_the_kind_of_error(int code, string message, int status)
    {
        Assert.Equal(status, new SpotError(code, message).HttpStatus);
    }

    [Fact]
    public void Weight_limit_is_429_but_the_ban_is_418()
    {
        Assert.Equal(429, SpotError.TooManyRequestWeight(6000, "1 MINUTE").HttpStatus);
        Assert.Equal(418, SpotError.IpBanned(1659146400000).HttpStatus);
    }

    [Fact]
    public void Named_errors_carry_their_documented_code_and_message()
    {
        Assert.Equal(new SpotError(-1121, "Invalid symbol."), SpotError.BadSymbol);
        Assert.Equal(new SpotError(-1145, "Invalid cancelRestrictions"), SpotError.InvalidCancelRestrictionsShort);
        Assert.Equal(new SpotError(-1013, "This symbol does not allow the specified self-trade prevention mode."), SpotError.SelfTradePreventionModeNotAllowed);
        Assert.Equal(new SpotError(-2043, "This symbol doesn't have a reference price."), SpotError.NoReferencePrice);
        Assert.Equal(new SpotError(-1100, "Illegal characters found in a parameter."), SpotError.IllegalCharactersFound);
    }
}
