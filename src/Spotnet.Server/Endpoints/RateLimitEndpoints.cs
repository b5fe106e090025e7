using Spotnet.Protocol.Endpoints;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;

namespace Spotnet.Server.Endpoints;

/// <summary><c>GET /api/v3/rateLimit/order</c>: the account's unfilled order count in every ORDERS interval.</summary>
public static class RateLimitEndpoints
{
    /// <summary>Adds the unfilled order count endpoint.</summary>
    public static ApiRouteTable MapRateLimits(this ApiRouteTable routes, RateLimitSettings settings, OrderCountLimiter orders)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes.Map(EndpointId.UnfilledOrderCount, request =>
        {
            var (tenSecond, day) = orders.Current(request.AccountId, orders.Clock.NowMilliseconds);
            return ValueTask.FromResult(ApiResult.Json(writer =>
            {
                writer.WriteStartArray();
                Write(writer, "SECOND", 10, settings.OrdersPerTenSeconds, tenSecond);
                Write(writer, "DAY", 1, settings.OrdersPerDay, day);
                writer.WriteEndArray();
            }));
        });
    }

    private static void Write(System.Text.Json.Utf8JsonWriter writer, string interval, int intervalNum, int limit, int count)
    {
        writer.WriteStartObject();
        writer.WriteString("rateLimitType", "ORDERS");
        writer.WriteString("interval", interval);
        writer.WriteNumber("intervalNum", intervalNum);
        writer.WriteNumber("limit", limit);
        writer.WriteNumber("count", count);
        writer.WriteEndObject();
    }
}
