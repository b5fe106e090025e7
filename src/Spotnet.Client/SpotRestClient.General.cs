using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spotnet.Protocol.Endpoints;
using Spotnet.Client.Json;
using Spotnet.Client.RateLimits;
using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.General;

namespace Spotnet.Client;

// General endpoints.
public sealed partial class SpotRestClient
{

    /// <summary>Tests connectivity: <c>GET /api/v3/ping</c>, weight 1.</summary>
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.Ping, EmptyRequest.Instance, Parse(SdkJson.Context.EmptyResponse), cancellationToken);

    /// <summary>Reads the server's clock (<c>serverTime</c>): <c>GET /api/v3/time</c>, weight 1.</summary>
    public async Task<DateTimeOffset> GetServerTimeAsync(CancellationToken cancellationToken = default)
    {
        var time = await SendAsync(EndpointId.Time, EmptyRequest.Instance, Parse(SdkJson.Context.ServerTime), cancellationToken).ConfigureAwait(false);
        return time.ServerTimestampUtc;
    }

    /// <summary>Trading rules, rate limits and symbols (<c>rateLimits</c>, <c>exchangeFilters</c>, <c>symbols</c>): <c>GET /api/v3/exchangeInfo</c>, weight 20.</summary>
    public Task<ExchangeInfo> GetExchangeInfoAsync(ExchangeInfoRequest? request = null, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.ExchangeInfo, request ?? new ExchangeInfoRequest(), Parse(SdkJson.Context.ExchangeInfo), cancellationToken);

    /// <summary>Price-range execution rules per symbol (<c>symbolRules</c>): <c>GET /api/v3/executionRules</c>, weight 2 per symbol (at most 40).</summary>
    public Task<ExecutionRules> GetExecutionRulesAsync(ExecutionRulesRequest? request = null, CancellationToken cancellationToken = default)
    {
        request ??= new ExecutionRulesRequest();
        return SendAsync(EndpointId.ExecutionRules, request, Parse(SdkJson.Context.ExecutionRules), cancellationToken);
    }

    /// <summary>Seeds the client-side limiter with <c>exchangeInfo</c>'s <c>REQUEST_WEIGHT</c> and <c>ORDERS</c> limits; requests then wait for the next window instead of breaking a limit.</summary>
    public void UseClientSideRateLimits(ExchangeInfo exchangeInfo)
    {
        ArgumentNullException.ThrowIfNull(exchangeInfo);
        var limits = new List<ClientLimit>();
        foreach (var limit in exchangeInfo.RateLimits)
        {
            if (limit.RateLimitType is RateLimitType.RequestWeight or RateLimitType.Orders)
            {
                limits.Add(new ClientLimit(limit.RateLimitType == RateLimitType.Orders, IntervalLength(limit.Interval) * limit.IntervalNumber, limit.Limit));
            }
        }

        RateLimits.SetLimits(limits);
    }

    private static TimeSpan IntervalLength(RateLimitInterval interval) => interval switch
    {
        RateLimitInterval.Second => TimeSpan.FromSeconds(1),
        RateLimitInterval.Minute => TimeSpan.FromMinutes(1),
        RateLimitInterval.Hour => TimeSpan.FromHours(1),
        _ => TimeSpan.FromDays(1),
    };

    private static Func<byte[], T> Parse<T>(JsonTypeInfo<T> typeInfo) =>
        body => JsonSerializer.Deserialize(body, typeInfo) ?? throw new JsonException($"The server answered null where {typeof(T).Name} was expected.");
}
