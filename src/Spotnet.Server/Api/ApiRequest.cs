using System.Globalization;
using Spotnet.Protocol.Errors;
using Spotnet.Server.Accounts;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Api;

/// <summary>A request that passed the pipeline, as a handler sees it: validated parameters, key, account, clock.</summary>
public sealed class ApiRequest
{
    private readonly OrderCountLimiter _orders;
    private readonly TimeProvider _time;

    internal ApiRequest(
        HttpContext http, ApiRoute route, RequestParameters parameters, SymbolCatalog symbols, ApiKeyEntry? key,
        long timestampMicroseconds, long recvWindowMicroseconds, bool microsecondResponses, TimeProvider time,
        OrderCountLimiter orders, IServiceProvider services)
    {
        Http = http;
        Route = route;
        Parameters = parameters;
        Symbols = symbols;
        Key = key;
        TimestampMicroseconds = timestampMicroseconds;
        RecvWindowMicroseconds = recvWindowMicroseconds;
        MicrosecondResponses = microsecondResponses;
        _time = time;
        _orders = orders;
        Services = services;
    }

    /// <summary>
    /// The application's services. Handlers use these singletons rather than <c>Http.RequestServices</c>, whose first
    /// use creates (and the end of the request disposes) a service scope per request.
    /// </summary>
    public IServiceProvider Services { get; }

    /// <summary>The HTTP context.</summary>
    public HttpContext Http { get; }

    /// <summary>The endpoint.</summary>
    public ApiRoute Route { get; }

    /// <summary>Parameters in effect (grammar already checked against <see cref="ApiRoute.Parameters"/>).</summary>
    public RequestParameters Parameters { get; }

    /// <summary>The configured symbols.</summary>
    public SymbolCatalog Symbols { get; }

    /// <summary>The API key of a signed request; null for public endpoints.</summary>
    public ApiKeyEntry? Key { get; }

    /// <summary>The account of a signed request.</summary>
    public long AccountId => Key?.AccountId ?? 0;

    /// <summary>The request's <c>timestamp</c> in microseconds (0 for public endpoints).</summary>
    public long TimestampMicroseconds { get; }

    /// <summary>The request's <c>recvWindow</c> in microseconds.</summary>
    public long RecvWindowMicroseconds { get; }

    /// <summary>Whether response times are in microseconds (<c>X-MBX-TIME-UNIT: MICROSECOND</c>).</summary>
    public bool MicrosecondResponses { get; }

    /// <summary>The server clock.</summary>
    public TimeProvider Time => _time;

    /// <summary>Converts a server time into the response unit.</summary>
    public long ResponseTime(DateTimeOffset time) =>
        MicrosecondResponses ? (time - DateTimeOffset.UnixEpoch).Ticks / 10 : time.ToUnixTimeMilliseconds();

    /// <summary>The decoded value of a parameter, or null.</summary>
    public string? Get(string name) => Parameters.Get(name);

    /// <summary>A LONG parameter already checked by the grammar, or null when absent.</summary>
    public long? GetLong(string name) => Get(name) is { } value ? long.Parse(value, CultureInfo.InvariantCulture) : null;

    /// <summary>A BOOLEAN parameter already checked by the grammar, or the default when absent.</summary>
    public bool GetBoolean(string name, bool defaultValue) => Get(name) is { } value ? value == "true" : defaultValue;

    /// <summary>A symbol parameter already checked to exist, or null when absent.</summary>
    public SymbolSettings? GetSymbol(string name) => Get(name) is { } value ? Symbols.Find(value) : null;

    /// <summary>A symbol list parameter already checked to exist, or null when absent.</summary>
    public IReadOnlyList<SymbolSettings>? GetSymbols(string name) =>
        Get(name) is { } value ? ParameterValidator.ParseStringArray(value)!.ConvertAll(symbol => Symbols.Find(symbol)!) : null;

    /// <summary>
    /// The second timing check, made just before a command goes to the matching engine; a rejection here counts
    /// toward the unfilled order count (testnet CHANGELOG 2025-05-21).
    /// </summary>
    public SpotError? CheckRecvWindowBeforeEngine()
    {
        var now = _time.GetUtcNow();
        if (MicrosecondsOf(now) - TimestampMicroseconds <= RecvWindowMicroseconds)
        {
            return null;
        }

        _orders.Add(AccountId, Math.Max(1, Route.OrderCount), _orders.Clock.NowMilliseconds);
        return SpotError.TimestampOutsideRecvWindow;
    }

    /// <summary>The unfilled order count error a cancel-replace in <c>CANCEL_ONLY</c> mode was let through with (its new order fails with it).</summary>
    public SpotError? OrderLimitError { get; internal init; }

    /// <summary>With <see cref="OrderLimitError"/>: when the unfilled order count allows an order again (<c>Retry-After</c>, seconds).</summary>
    public long OrderLimitRetryAfterSeconds { get; internal init; }

    /// <summary>First fills of the caller's own orders while its command ran; the pipeline takes them off the unfilled order count after adding the placement.</summary>
    public int FirstFills { get; private set; }

    internal void AddFirstFills(int count) => FirstFills += count;

    internal static long MicrosecondsOf(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks / 10;
}
