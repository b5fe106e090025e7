using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spotnet.Client.Errors;
using Spotnet.Client.Http;
using Spotnet.Client.RateLimits;
using Spotnet.Client.Requests;
using Spotnet.Client.Timing;
using Spotnet.Protocol.Endpoints;

namespace Spotnet.Client;

/// <summary>Calls Binance's Spot REST API (<c>/api/v3</c>) on the chosen environment: signs, times, paces and retries requests and maps errors.</summary>
/// <remarks>Methods are grouped as Binance's docs group endpoints: general, market data, trading and account.</remarks>
public sealed partial class SpotRestClient
{
    private static readonly MediaTypeHeaderValue FormContentType = new("application/x-www-form-urlencoded");

    private readonly HttpClient _http;
    private readonly SpotClientOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly string _restBase;

    /// <summary>Creates a client sending through <paramref name="httpClient"/> (usually one from <c>IHttpClientFactory</c>).</summary>
    /// <exception cref="InvalidOperationException">The options are invalid (see <see cref="SpotClientOptions.Validate"/>).</exception>
    public SpotRestClient(HttpClient httpClient, SpotClientOptions options, ILogger<SpotRestClient>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = httpClient;
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _restBase = options.Environment.RestBaseUri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        RateLimits = new RateLimitTracker(_time);
        TimeSync = new ServerTimeSync(_time, options.TimeSyncInterval, GetServerTimeAsync);
        if (options.Credentials is not null)
        {
            Log.UsingCredentials(_logger, options.Environment.Name, options.Credentials.MaskedApiKey);
        }
    }

    /// <summary>Where this client sends requests.</summary>
    public SpotEnvironment Environment => _options.Environment;

    /// <summary>Rate-limit usage as reported by the server, and the 429/418 event.</summary>
    public RateLimitTracker RateLimits { get; }

    /// <summary>The server-time offset used for <c>timestamp</c>.</summary>
    public ServerTimeSync TimeSync { get; }

    /// <summary>Sends one request and parses the success body with <paramref name="parse"/>.</summary>
    internal async Task<T> SendAsync<T>(EndpointId id, SpotRequest request, Func<byte[], T> parse, CancellationToken cancellationToken, string? clientOrderId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var endpoint = EndpointTable.FindRest(id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "Not a REST endpoint.");
        var isRead = endpoint.HttpMethod == "GET";
        var placesOrder = endpoint.UnfilledOrderCount > 0;
        var credentials = endpoint.Security != SecurityType.None
            ? _options.Credentials ?? throw new InvalidOperationException($"{endpoint.HttpMethod} {endpoint.Path} is a signed endpoint; set SpotClientOptions.Credentials.")
            : null;
        var receiveWindow = (request as SignedRequest)?.ReceiveWindow ?? _options.ReceiveWindow;
        ValidateReceiveWindow(receiveWindow);

        using var timeout = new CancellationTokenSource(request.Timeout ?? _options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked.Token;
        var attempt = 0;
        while (true)
        {
            var sent = false;
            try
            {
                var parameters = new ParameterWriter();
                request.WriteParameters(parameters);
                var weight = endpoint.Weight.Evaluate(parameters);
                await RateLimits.WaitToSendAsync(weight, placesOrder, token).ConfigureAwait(false);
                var payload = credentials is null
                    ? parameters.ToString()
                    : await SignAsync(parameters, credentials, receiveWindow, token).ConfigureAwait(false);
                using var message = BuildMessage(endpoint, isRead, payload, credentials);
                Log.Sending(_logger, endpoint.HttpMethod, endpoint.Path, weight);
                var started = _time.GetTimestamp();
                sent = true;
                using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                var body = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
                Log.Received(_logger, (int)response.StatusCode, endpoint.HttpMethod, endpoint.Path, _time.GetElapsedTime(started).TotalMilliseconds);
                RateLimits.Observe(response.Headers);
                if (response.IsSuccessStatusCode)
                {
                    return parse(body);
                }

                var error = ToApiException(response, body, clientOrderId);
                Log.ApiError(_logger, error.Code, error.ServerMessage, endpoint.HttpMethod, endpoint.Path);
                if (error.Code == -1021)
                {
                    TimeSync.Invalidate();
                }

                if (error.HttpStatus is HttpStatusCode.TooManyRequests or (HttpStatusCode)418)
                {
                    RateLimits.OnLimitAnswer((int)error.HttpStatus, error.Code, response.Headers.RetryAfter?.Delta);
                }

                if (!CanRetry(isRead, attempt, error.IsExecutionUnknown || error.Code == -1021))
                {
                    throw error;
                }
            }
            catch (Exception exception) when (IsTransportFailure(exception, cancellationToken))
            {
                if (CanRetry(isRead, attempt, true) && !timeout.IsCancellationRequested)
                {
                    Log.RetryingRead(_logger, endpoint.HttpMethod, endpoint.Path, exception.GetType().Name);
                }
                else if (isRead || !sent || IsNeverSent(exception))
                {
                    throw timeout.IsCancellationRequested ? new TimeoutException($"{endpoint.HttpMethod} {endpoint.Path} timed out.", exception) : exception;
                }
                else
                {
                    throw new SpotExecutionUnknownException(endpoint.Path, clientOrderId, exception);
                }
            }

            try
            {
                await Task.Delay(Backoff(attempt++), _time, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{endpoint.HttpMethod} {endpoint.Path} timed out.", exception);
            }
        }
    }

    private bool CanRetry(bool isRead, int attempt, bool retriableFailure) => isRead && retriableFailure && attempt < _options.MaxReadRetries;

    private TimeSpan Backoff(int attempt) => _options.RetryBaseDelay * Math.Pow(2, attempt) * (0.5 + Random.Shared.NextDouble());

    // Parameters are written afresh for each attempt because the timestamp changes.
    private async ValueTask<string> SignAsync(ParameterWriter parameters, Credentials.SpotCredentials credentials, TimeSpan receiveWindow, CancellationToken cancellationToken)
    {
        var now = _options.SynchronizeTime ? await TimeSync.GetServerNowAsync(cancellationToken).ConfigureAwait(false) : _time.GetUtcNow();
        var timestamp = _options.TimestampUnit == TimestampUnit.Microsecond
            ? (now - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond
            : now.ToUnixTimeMilliseconds();
        return parameters.AddReceiveWindow(receiveWindow).Add("timestamp", timestamp).Builder.ToSignedString(credentials.Key);
    }

    private HttpRequestMessage BuildMessage(RestEndpoint endpoint, bool isRead, string payload, Credentials.SpotCredentials? credentials)
    {
        HttpRequestMessage message;
        var method = HttpMethod.Parse(endpoint.HttpMethod);
        if (isRead || payload.Length == 0)
        {
            message = new HttpRequestMessage(method, payload.Length == 0 ? _restBase + endpoint.Path : string.Concat(_restBase, endpoint.Path, "?", payload));
        }
        else
        {
            // The body holds exactly the signed bytes; FormUrlEncodedContent would re-encode them.
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes(payload));
            content.Headers.ContentType = FormContentType;
            message = new HttpRequestMessage(method, _restBase + endpoint.Path) { Content = content };
        }

        if (credentials is not null)
        {
            message.Headers.TryAddWithoutValidation("X-MBX-APIKEY", credentials.ApiKey);
        }

        if (_options.ResponseTimeUnit == TimestampUnit.Microsecond)
        {
            message.Headers.TryAddWithoutValidation("X-MBX-TIME-UNIT", "MICROSECOND");
        }

        return message;
    }

    private static void ValidateReceiveWindow(TimeSpan receiveWindow)
    {
        if (receiveWindow <= TimeSpan.Zero || receiveWindow > TimeSpan.FromSeconds(60) || receiveWindow.Ticks % TimeSpan.TicksPerMicrosecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(receiveWindow), receiveWindow, "recvWindow must be greater than 0, at most 60000 ms, with at most 3 decimals (microseconds).");
        }
    }

    private static SpotApiException ToApiException(HttpResponseMessage response, byte[] body, string? clientOrderId)
    {
        var (code, message) = ReadError(body);
        return new SpotApiException(code ?? 0, message ?? $"HTTP {(int)response.StatusCode} {response.ReasonPhrase} without a Binance error body.", response.StatusCode, clientOrderId) { Body = body };
    }

    private static (int? Code, string? Message) ReadError(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            int? code = null;
            string? message = null;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, null);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("code"u8);
                var isMessage = reader.ValueTextEquals("msg"u8);
                reader.Read();
                if (isCode && reader.TokenType == JsonTokenType.Number)
                {
                    code = reader.GetInt32();
                }
                else if (isMessage && reader.TokenType == JsonTokenType.String)
                {
                    message = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }

            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static bool IsTransportFailure(Exception exception, CancellationToken callerToken) => exception switch
    {
        HttpRequestException or IOException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    // A refused connection means no byte of the request reached the server.
    private static bool IsNeverSent(Exception exception) => exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
}
