using Spotnet.Protocol.Endpoints;
using Spotnet.Server.Api;

namespace Spotnet.Server.Endpoints;

/// <summary>General endpoints: <c>ping</c> and <c>time</c>.</summary>
public static class GeneralEndpoints
{
    /// <summary>Adds the general endpoints to the route table.</summary>
    public static ApiRouteTable MapGeneral(this ApiRouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes
            .Map(EndpointId.Ping, Ping)
            .Map(EndpointId.Time, Time);
    }

    private static ValueTask<ApiResult> Ping(ApiRequest request) =>
        ValueTask.FromResult(ApiResult.Json(static writer =>
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }));

    private static ValueTask<ApiResult> Time(ApiRequest request)
    {
        var serverTime = request.ResponseTime(request.Time.GetUtcNow());
        return ValueTask.FromResult(ApiResult.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("serverTime", serverTime);
            writer.WriteEndObject();
        }));
    }
}
