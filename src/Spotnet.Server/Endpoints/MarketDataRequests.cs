using Spotnet.Protocol.Errors;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Market;

namespace Spotnet.Server.Endpoints;

/// <summary>Parameter rules shared by the market data endpoints: limits, times in the request's unit, symbol selections.</summary>
internal static class MarketDataRequests
{
    /// <summary>Symbol statuses accepted by <c>symbolStatus</c>.</summary>
    public static readonly string[] SymbolStatuses = ["TRADING", "HALT", "BREAK"];

    /// <summary>The <c>symbolStatus</c> grammar (-1122 for any other value).</summary>
    public static ParameterSpec SymbolStatusSpec => ParameterSpec.Enum("symbolStatus", false, SpotError.InvalidSymbolStatus, SymbolStatuses);

    /// <summary>
    /// <c>limit</c>: the default when absent, at most <paramref name="maximum"/> (larger values are cut to it, as the
    /// depth doc says), null when zero or negative.
    /// </summary>
    public static int? Limit(ApiRequest request, int defaultValue, int maximum) => request.GetLong("limit") switch
    {
        null => defaultValue,
        <= 0 => null,
        var value => (int)Math.Min(value.Value, maximum),
    };

    /// <summary>A time parameter in ms (µs with <c>X-MBX-TIME-UNIT: MICROSECOND</c>), as ms.</summary>
    public static long? Milliseconds(ApiRequest request, string name) =>
        request.GetLong(name) is { } value ? (request.MicrosecondResponses ? value / 1000 : value) : null;

    /// <summary>A time parameter in the request's unit, as µs.</summary>
    public static long? Microseconds(ApiRequest request, string name) =>
        request.GetLong(name) is { } value ? (request.MicrosecondResponses ? value : MillisecondsAsMicroseconds(value)) : null;

    /// <summary>
    /// A request time in ms as µs, saturating: a time beyond what µs can hold is as far as it goes, so a search from or
    /// to it keeps its direction ("values outside of range will be adjusted", testnet changelog 2024-11-27).
    /// </summary>
    public static long MillisecondsAsMicroseconds(long milliseconds) => milliseconds switch
    {
        > long.MaxValue / 1000 => long.MaxValue,
        < long.MinValue / 1000 => long.MinValue,
        _ => milliseconds * 1000,
    };

    /// <summary>A time in ms in the response unit.</summary>
    public static long FromMilliseconds(ApiRequest request, long milliseconds) =>
        request.MicrosecondResponses ? milliseconds * 1000 : milliseconds;

    /// <summary>A time in µs in the response unit.</summary>
    public static long FromMicroseconds(ApiRequest request, long microseconds) =>
        request.MicrosecondResponses ? microseconds : microseconds / 1000;

    /// <summary>The current server time in ms.</summary>
    public static long NowMilliseconds(ApiRequest request) => request.Time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>
    /// The symbols a ticker-style request selects: <c>symbol</c> (a status mismatch is -1220), <c>symbols</c> or, when
    /// <paramref name="allowAll"/>, every symbol (non-matching statuses dropped); both at once is -1128.
    /// </summary>
    public static Selection Select(ApiRequest request, bool allowAll)
    {
        var symbol = request.GetSymbol("symbol");
        var symbols = request.GetSymbols("symbols");
        var status = request.Get("symbolStatus");
        if (symbol is not null && symbols is not null)
        {
            return new Selection(SpotError.OptionalParametersBadCombination);
        }

        if (symbol is not null)
        {
            return status is not null && symbol.Status != status
                ? new Selection(SpotError.SymbolDoesNotMatchStatus)
                : new Selection([symbol], true);
        }

        if (symbols is null && !allowAll)
        {
            return new Selection(SpotError.EitherParameterRequired("symbol", "symbols"));
        }

        var selected = symbols ?? request.Symbols.All;
        return new Selection([.. selected.Where(candidate => status is null || candidate.Status == status)], false);
    }

    /// <summary>A single symbol with the <c>symbolStatus</c> check (-1220 on a mismatch).</summary>
    public static SpotError? CheckStatus(ApiRequest request, SymbolSettings symbol)
    {
        var status = request.Get("symbolStatus");
        return status is not null && symbol.Status != status ? SpotError.SymbolDoesNotMatchStatus : null;
    }

    /// <summary>The <c>timeZone</c> offset in minutes, or -1130 when invalid.</summary>
    public static (int Offset, SpotError? Error) TimeZone(ApiRequest request) =>
        TimeZoneOffset.Parse(request.Get("timeZone")) is { } offset ? (offset, null) : (0, SpotError.InvalidParameterValue("timeZone"));

    /// <summary>The symbols of a request, or its error; <see cref="Single"/> when answered with an object, not an array.</summary>
    public sealed record Selection(IReadOnlyList<SymbolSettings> Symbols, bool Single, SpotError? Error = null)
    {
        public Selection(SpotError error)
            : this([], false, error)
        {
        }
    }
}
