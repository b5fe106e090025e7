using System.Buffers;
using System.Globalization;
using System.Net;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Numbers;
using Spotnet.Server.Accounts;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Api;

/// <summary>
/// Serves every REST route of <see cref="ApiRouteTable"/> through one pipeline: IP limits, auth, timing,
/// signature, permissions, parameter grammar, unfilled order count, handler, headers and errors.
/// </summary>
public sealed partial class ApiPipeline
{
    private const string UsedWeightHeader = "X-MBX-USED-WEIGHT-1M";
    private const long MaxRecvWindowMicroseconds = 60_000_000;
    private const long DefaultRecvWindowMicroseconds = 5_000_000;
    private const long MicrosecondTimestampThreshold = 100_000_000_000_000;
    private readonly ApiRouteTable _routes;
    private readonly SymbolCatalog _symbols;
    private readonly ApiKeyRegistry _keys;
    private readonly IpRateLimiter _ipLimiter;
    private readonly OrderCountLimiter _orderLimiter;
    private readonly TimeProvider _time;
    private readonly ClientAddressResolver _addresses;
    private readonly int _maxBodyBytes;
    private readonly ILogger<ApiPipeline> _logger;
    private readonly IServiceProvider _services;

    /// <summary>Creates the pipeline.</summary>
    public ApiPipeline(
        ApiRouteTable routes, SymbolCatalog symbols, ApiKeyRegistry keys, IpRateLimiter ipLimiter,
        OrderCountLimiter orderLimiter, TimeProvider time, ClientAddressResolver addresses, ServerSettings settings,
        ILogger<ApiPipeline> logger, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _routes = routes;
        _symbols = symbols;
        _keys = keys;
        _ipLimiter = ipLimiter;
        _orderLimiter = orderLimiter;
        _time = time;
        _addresses = addresses;
        _maxBodyBytes = settings.Network.MaxRequestBodyBytes;
        _logger = logger;
        _services = services;
    }

    /// <summary>Handles one request; never lets an exception escape as a bare 500.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await ServeAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // The transport refused the request itself: a body that stopped arriving (408, minimum data rate) or ended
            // before its Content-Length (400). Nothing was executed; Kestrel closes the connection after this answer.
            context.Response.Clear();
            context.Response.StatusCode = exception.StatusCode;
        }
        catch (Exchange.JournalUnavailableException) when (!context.Response.HasStarted)
        {
            // Fail closed: the change was not made because the journal cannot be written; reads still work.
            var usedWeight = context.Response.Headers[UsedWeightHeader];
            context.Response.Clear();
            context.Response.Headers[UsedWeightHeader] = usedWeight;
            await WriteAsync(context, ApiResult.Failure(SpotError.ServerBusy), SpotError.ServerBusy.HttpStatus).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure becomes Binance's -1000 without details, by design.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var correlation = Guid.NewGuid().ToString("N");
            LogUnhandled(_logger, exception, correlation, context.Request.Path.Value ?? "");
            if (!context.Response.HasStarted)
            {
                // The request was counted; keep telling the client its weight.
                var usedWeight = context.Response.Headers[UsedWeightHeader];
                context.Response.Clear();
                context.Response.Headers[UsedWeightHeader] = usedWeight;
                await WriteAsync(context, ApiResult.Failure(SpotError.Unknown), SpotError.Unknown.HttpStatus).ConfigureAwait(false);
            }
        }
    }

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        var address = _addresses.Resolve(context);
        var addressText = address.ToString();
        var now = _time.GetUtcNow();
        // Limits and bans count monotonic time; the wall clock above is for timestamps and recvWindow.
        var nowMilliseconds = _orderLimiter.Clock.NowMilliseconds;
        var route = _routes.Find(request.Method, request.Path.Value ?? "");
        if (route is null)
        {
            // Unknown paths (including /sapi) cost weight 1, so probing is not free.
            await RefuseUnreadAsync(context, addressText, nowMilliseconds, StatusCodes.Status404NotFound).ConfigureAwait(false);
            return;
        }

        // SBE is not served: "If you provide only application/sbe in the Accept header: If SBE is not enabled in the
        // exchange, you will receive an HTTP 406 Not Acceptable" (sbe_faq.md); with JSON accepted too, JSON it is.
        if (AcceptsSbeOnly(request.Headers.Accept))
        {
            await RefuseUnreadAsync(context, addressText, nowMilliseconds, StatusCodes.Status406NotAcceptable).ConfigureAwait(false);
            return;
        }

        // "For GET endpoints, parameters must be sent as a query string": a GET's body is not read.
        var body = HttpMethods.IsGet(request.Method) ? [] : await ReadFormBodyAsync(request).ConfigureAwait(false);
        if (body is null)
        {
            // A body too large to read: its parameters are unknown, so it weighs 1, like an unknown path.
            await RefuseUnreadAsync(context, addressText, nowMilliseconds, StatusCodes.Status413PayloadTooLarge).ConfigureAwait(false);
            return;
        }

        var query = request.QueryString.HasValue ? request.QueryString.Value.AsSpan(1) : default;
        var parameters = RequestParameters.Parse(query, body);
        var weight = route.Endpoint.Weight.Evaluate(parameters.WeightInputsWith(_symbols));
        var decision = _ipLimiter.Charge(addressText, weight, nowMilliseconds);
        SetWeightHeader(context, decision.UsedWeight);
        if (decision.Error is not null)
        {
            await RejectAsync(context, decision).ConfigureAwait(false);
            return;
        }

        var outcome = Authorize(context, route, parameters, address, now);
        if (outcome.Error is { Code: ErrorCode.BadApiKeyFormat or ErrorCode.RejectedMbxKey or ErrorCode.InvalidSignature })
        {
            _ipLimiter.RecordAuthenticationFailure(addressText, nowMilliseconds);
        }

        outcome.Key?.Usage.RecordRequest(route.Security, addressText, nowMilliseconds);
        outcome.RefusedKey?.Usage.RecordAuthenticationFailure();

        var error = outcome.Error ?? ParameterValidator.Validate(route, parameters, _symbols);
        long retryAfter = 0;
        SpotError? orderLimitError = null;
        long orderLimitRetryAfter = 0;
        if (error is null && route.OrderCount > 0)
        {
            (error, retryAfter) = _orderLimiter.Check(outcome.Key!.AccountId, route.OrderCount, nowMilliseconds);
            // A cancel-replace with orderRateLimitExceededMode=CANCEL_ONLY still cancels; its handler reports the new order's -1015.
            if (error is not null && route.Endpoint.Id == EndpointId.CancelReplaceOrder
                && parameters.Get("orderRateLimitExceededMode") == "CANCEL_ONLY")
            {
                (orderLimitError, orderLimitRetryAfter) = (error, retryAfter);
                error = null;
                retryAfter = 0;
            }
        }

        ApiResult result;
        ApiRequest? apiRequest = null;
        if (error is not null)
        {
            result = error;
        }
        else
        {
            apiRequest = new ApiRequest(
                context, route, parameters, _symbols, outcome.Key, outcome.TimestampMicroseconds,
                outcome.RecvWindowMicroseconds, outcome.MicrosecondResponses, _time, _orderLimiter, _services)
            {
                OrderLimitError = orderLimitError,
                OrderLimitRetryAfterSeconds = orderLimitRetryAfter,
            };
            result = await route.Handler(apiRequest).ConfigureAwait(false);
        }

        var usedWeight = decision.UsedWeight;
        if (result.Error is null && route.FreeOnSuccess)
        {
            usedWeight = _ipLimiter.Refund(addressText, weight, nowMilliseconds);
        }

        SetWeightHeader(context, usedWeight);
        if (result.Error is null && route.OrderCount > 0)
        {
            _orderLimiter.Add(outcome.Key!.AccountId, route.OrderCount, nowMilliseconds);
            if (apiRequest!.FirstFills > 0)
            {
                _orderLimiter.Decrement(outcome.Key.AccountId, apiRequest.FirstFills, nowMilliseconds);
            }
        }

        if (route.OrderCount > 0 && outcome.Key is not null)
        {
            var (tenSecond, day) = _orderLimiter.Current(outcome.Key.AccountId, nowMilliseconds);
            context.Response.Headers["X-MBX-ORDER-COUNT-10S"] = tenSecond.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-MBX-ORDER-COUNT-1D"] = day.ToString(CultureInfo.InvariantCulture);
        }

        if (retryAfter > 0)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        await WriteAsync(context, result, result.Error?.HttpStatus ?? StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static bool AcceptsSbeOnly(Microsoft.Extensions.Primitives.StringValues accept)
    {
        // Most clients send no Accept or */*: only a header that names SBE is parsed.
        var namesSbe = false;
        foreach (var value in accept)
        {
            namesSbe |= value is not null && value.Contains("sbe", StringComparison.OrdinalIgnoreCase);
        }

        if (!namesSbe || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return false;
        }

        var sbe = false;
        foreach (var range in ranges)
        {
            if (range.Quality == 0)
            {
                continue;
            }

            if (range.MediaType.Equals("application/sbe", StringComparison.OrdinalIgnoreCase))
            {
                sbe = true;
            }
            else if (range.MatchesAllTypes || range.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return sbe;
    }

    // A request that is refused without reading its parameters still costs weight 1, and a ban or exhausted limit
    // takes precedence over its own status, as for every other request.
    private async Task RefuseUnreadAsync(HttpContext context, string addressText, long nowMilliseconds, int status)
    {
        var decision = _ipLimiter.Charge(addressText, 1, nowMilliseconds);
        SetWeightHeader(context, decision.UsedWeight);
        if (decision.Error is not null)
        {
            await RejectAsync(context, decision).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = status;
    }

    private Authorization Authorize(HttpContext context, ApiRoute route, RequestParameters parameters, IPAddress address, DateTimeOffset now)
    {
        var microsecondResponses = false;
        if (context.Request.Headers.TryGetValue("X-MBX-TIME-UNIT", out var unit))
        {
            if (unit.Count != 1 || unit[0] is not ("MILLISECOND" or "millisecond" or "MICROSECOND" or "microsecond"))
            {
                return Authorization.Failed(SpotError.InvalidTimeUnit);
            }

            microsecondResponses = unit[0] is "MICROSECOND" or "microsecond";
        }

        if (!route.IsSigned)
        {
            return new Authorization(null, null, 0, 0, microsecondResponses);
        }

        var keyHeader = context.Request.Headers["X-MBX-APIKEY"];
        if (keyHeader.Count != 1 || !IsKeyFormat(keyHeader[0]))
        {
            return Authorization.Failed(SpotError.BadApiKeyFormat);
        }

        var key = _keys.Find(keyHeader[0]!);
        if (key is null)
        {
            return Authorization.Failed(SpotError.RejectedMbxKey);
        }

        if (!key.IpRestriction.Allows(address))
        {
            return Authorization.Failed(SpotError.RejectedMbxKey, key);
        }

        var timestampText = parameters.Get("timestamp");
        if (string.IsNullOrEmpty(timestampText))
        {
            return Authorization.Failed(parameters.Find("timestamp") is { IsMalformed: true }
                ? SpotError.IllegalCharacters("timestamp", WireInteger.LegalRange)
                : SpotError.MandatoryParameterMissing("timestamp"), key);
        }

        var timestampStatus = WireInteger.TryParse(timestampText, out long timestamp);
        if (timestampStatus != NumberParseStatus.Success)
        {
            return Authorization.Failed(WireInteger.ToError(timestampStatus, "timestamp"), key);
        }

        // A negative time is as illegal as a letter here, even though LONG parameters may carry a sign.
        if (timestamp < 0)
        {
            return Authorization.Failed(SpotError.IllegalCharacters("timestamp", WireInteger.LegalRange), key);
        }

        if (string.IsNullOrEmpty(parameters.Get("signature")))
        {
            return Authorization.Failed(SpotError.MandatoryParameterMissing("signature"), key);
        }

        var recvWindow = DefaultRecvWindowMicroseconds;
        if (parameters.Find("recvWindow") is { } recvWindowParameter)
        {
            var recvWindowError = ParseRecvWindow(recvWindowParameter, out recvWindow);
            if (recvWindowError is not null)
            {
                return Authorization.Failed(recvWindowError.Value, key);
            }
        }

        // 16-digit timestamps are microseconds, 13-digit ones milliseconds.
        var timestampMicroseconds = timestamp >= MicrosecondTimestampThreshold ? timestamp : timestamp * 1000;
        var nowMicroseconds = ApiRequest.MicrosecondsOf(now);
        if (timestampMicroseconds >= nowMicroseconds + 1_000_000)
        {
            return Authorization.Failed(SpotError.TimestampAheadOfServer, key);
        }

        if (nowMicroseconds - timestampMicroseconds > recvWindow)
        {
            return Authorization.Failed(SpotError.TimestampOutsideRecvWindow, key);
        }

        if (!parameters.VerifySignature(key.Verifier))
        {
            return Authorization.Failed(SpotError.InvalidSignature, key);
        }

        var permitted = route.Security == SecurityType.Trade ? _keys.CanTrade(key, now.ToUnixTimeMilliseconds()) : key.EnableReading;
        return permitted
            ? new Authorization(null, key, timestampMicroseconds, recvWindow, microsecondResponses)
            : Authorization.Failed(SpotError.RejectedMbxKey, key);
    }

    // recvWindow is milliseconds with up to three decimals: parsed at scale 3, it is exact microseconds.
    private static SpotError? ParseRecvWindow(RequestParameters.Parameter parameter, out long microseconds)
    {
        microseconds = 0;
        if (parameter.Value is not { Length: > 0 } value)
        {
            // Sent empty, it is an empty optional parameter (fidelity S6).
            return parameter.IsMalformed
                ? SpotError.IllegalCharacters("recvWindow", WireDecimal.LegalRange)
                : SpotError.NamedParameterEmpty("recvWindow");
        }

        var status = WireDecimal.TryParse(value, 3, out microseconds);
        if (status == NumberParseStatus.Overflow || (status == NumberParseStatus.Success && microseconds > MaxRecvWindowMicroseconds))
        {
            return SpotError.ValueGreaterThanMaximum("recvWindow", "60000");
        }

        return status == NumberParseStatus.Success ? null : WireDecimal.ToError(status, "recvWindow");
    }

    private static bool IsKeyFormat(string? key) =>
        key is { Length: 64 } && !key.AsSpan().ContainsAnyExcept(KeyCharacters);

    private static readonly System.Buffers.SearchValues<char> KeyCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private async Task<byte[]?> ReadFormBodyAsync(HttpRequest request)
    {
        // Only form bodies carry parameters; JSON or text bodies are ignored, as on Binance.
        if (request.ContentType is not { } contentType
            || !contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        if (request.ContentLength > _maxBodyBytes)
        {
            return null;
        }

        // Read straight from Kestrel's pipe until the body ends: no stream adapter, no zeroed copy buffer.
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > _maxBodyBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            // Nothing consumed, everything examined: the next read waits for more bytes.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static void SetWeightHeader(HttpContext context, int usedWeight) =>
        context.Response.Headers[UsedWeightHeader] = usedWeight.ToString(CultureInfo.InvariantCulture);

    private static Task RejectAsync(HttpContext context, LimitDecision decision)
    {
        context.Response.Headers.RetryAfter = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return WriteAsync(context, ApiResult.Failure(decision.Error!.Value), decision.Error!.Value.HttpStatus);
    }

    private static Task WriteAsync(HttpContext context, ApiResult result, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json;charset=UTF-8";
        return result.WriteBodyAsync(context.Response);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error {Correlation} on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string correlation, string path);

    // Key is set only when authorization succeeded; RefusedKey names a known key whose request was refused (usage counters).
    private readonly record struct Authorization(
        SpotError? Error, ApiKeyEntry? Key, long TimestampMicroseconds, long RecvWindowMicroseconds, bool MicrosecondResponses)
    {
        public ApiKeyEntry? RefusedKey { get; init; }

        public static Authorization Failed(SpotError error, ApiKeyEntry? refusedKey = null) =>
            new(error, null, 0, 0, false) { RefusedKey = refusedKey };
    }
}
