using System.Globalization;

namespace Spotnet.Server.Api;

/// <summary>A Binance error answer: HTTP status, code and message (<c>{"code":…,"msg":"…"}</c>).</summary>
/// <param name="HttpStatus">HTTP status of the answer.</param>
/// <param name="Code">Binance error code (<c>code</c>).</param>
/// <param name="Message">Binance error message (<c>msg</c>).</param>
public sealed record ApiError(int HttpStatus, int Code, string Message)
{
    /// <summary>-1000: an unexpected failure, never with details.</summary>
    public static ApiError Unknown { get; } = new(500, -1000, "An unknown error occurred while processing the request.");

    /// <summary>-1003 (429): the weight limit was hit.</summary>
    public static ApiError TooMuchWeight(int limit, string interval) =>
        new(429, -1003, Format($"Too much request weight used; current limit is {limit} request weight per {interval}. Please use WebSocket Streams for live updates to avoid polling the API."));

    /// <summary>-1003 (429): the raw request limit was hit (errors.md has no specific text; this is the generic one).</summary>
    public static ApiError TooManyRequests { get; } = new(429, -1003, "Too many requests queued.");

    /// <summary>-1003 (418): the IP is banned until the given epoch milliseconds.</summary>
    public static ApiError Banned(long untilMilliseconds) =>
        new(418, -1003, Format($"Way too much request weight used; IP banned until {untilMilliseconds}. Please use WebSocket Streams for live updates to avoid bans."));

    /// <summary>-1015 (429): the unfilled order count limit was hit.</summary>
    public static ApiError TooManyOrders(int limit, string interval) =>
        new(429, -1015, Format($"Too many new orders; current limit is {limit} orders per {interval}."));

    /// <summary>-1021: the timestamp is outside the receive window.</summary>
    public static ApiError OutsideRecvWindow { get; } = new(400, -1021, "Timestamp for this request is outside of the recvWindow.");

    /// <summary>-1021: the timestamp is 1000 ms or more ahead of the server.</summary>
    public static ApiError AheadOfServer { get; } = new(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");

    /// <summary>-1022: the signature does not verify.</summary>
    public static ApiError InvalidSignature { get; } = new(400, -1022, "Signature for this request is not valid.");

    /// <summary>-1100: a value has characters outside its legal range.</summary>
    public static ApiError IllegalCharacters(string name, string legalRange) =>
        new(400, -1100, Format($"Illegal characters found in parameter '{name}'; legal range is '{legalRange}'."));

    /// <summary>-1101: the same parameter was sent twice.</summary>
    public static ApiError DuplicateParameter { get; } = new(400, -1101, "Duplicate values for a parameter detected.");

    /// <summary>-1101: more parameters than the endpoint takes.</summary>
    public static ApiError TooManyParameters(int expected, int received) =>
        new(400, -1101, Format($"Too many parameters; expected '{expected}' and received '{received}'."));

    /// <summary>-1101: too many values in a list parameter.</summary>
    public static ApiError TooManyValues(string name, int maximum) =>
        new(400, -1101, Format($"Too many values sent for parameter '{name}', maximum allowed up to {maximum}."));

    /// <summary>-1102: a mandatory parameter is missing, empty or malformed.</summary>
    public static ApiError MandatoryMissing(string name) =>
        new(400, -1102, Format($"Mandatory parameter '{name}' was not sent, was empty/null, or malformed."));

    /// <summary>-1102: a value is above its maximum.</summary>
    public static ApiError GreaterThan(string name, string maximum) =>
        new(400, -1102, Format($"'{name}' contains unexpected value. Cannot be greater than {maximum}."));

    /// <summary>-1105: an optional parameter was sent empty.</summary>
    public static ApiError ParameterEmpty(string name) => new(400, -1105, Format($"Parameter '{name}' was empty."));

    /// <summary>-1104: parameters the endpoint does not know were sent.</summary>
    public static ApiError UnreadParameters(int read, int sent) =>
        new(400, -1104, Format($"Not all sent parameters were read; read '{read}' parameter(s) but was sent '{sent}'."));

    /// <summary>-1108: a number does not fit.</summary>
    public static ApiError Overflow(string name) => new(400, -1108, Format($"Parameter '{name}' overflowed."));

    /// <summary>-1111: a decimal has more places than allowed.</summary>
    public static ApiError TooMuchPrecision(string name) => new(400, -1111, Format($"Parameter '{name}' has too much precision."));

    /// <summary>-1121: the symbol is unknown.</summary>
    public static ApiError InvalidSymbol { get; } = new(400, -1121, "Invalid symbol.");

    /// <summary>-1122: the symbolStatus value is unknown.</summary>
    public static ApiError InvalidSymbolStatus { get; } = new(400, -1122, "Invalid symbolStatus.");

    /// <summary>-1128: optional parameters that may not be combined were combined.</summary>
    public static ApiError BadCombination { get; } = new(400, -1128, "Combination of optional parameters invalid.");

    /// <summary>-1151: a symbol appears twice in a list.</summary>
    public static ApiError DuplicateSymbols { get; } = new(400, -1151, "Symbol is present multiple times in the list.");

    /// <summary>-1194: the <c>X-MBX-TIME-UNIT</c> header is invalid.</summary>
    public static ApiError InvalidTimeUnit { get; } = new(400, -1194, "Invalid value for time unit; expected either MICROSECOND or MILLISECOND.");

    /// <summary>-2014 (401): the API key header is missing or malformed.</summary>
    public static ApiError BadApiKeyFormat { get; } = new(401, -2014, "API-key format invalid.");

    /// <summary>-2015 (401): unknown key, wrong IP or missing permission (deliberately one message).</summary>
    public static ApiError RejectedApiKey { get; } = new(401, -2015, "Invalid API-key, IP, or permissions for action.");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
