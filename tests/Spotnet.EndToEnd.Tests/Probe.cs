using System.Text.Json;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Errors;
using Spotnet.Server.Api;

namespace Spotnet.EndToEnd.Tests;

/// <summary>
/// Test-only routes that exercise the pipeline like an order endpoint would (TRADE, order-like parameters,
/// one unfilled order per success) and echo what the handler received.
/// </summary>
public static class Probe
{
    /// <summary>Path of the TRADE probe.</summary>
    public const string TradePath = "/api/v3/probe/order";

    /// <summary>A TRADE endpoint that costs 1 weight, nothing when successful, and adds one unfilled order.</summary>
    public static readonly RestEndpoint Endpoint = new(
        EndpointId.NewOrder, "POST", TradePath, EndpointGroup.Trading, SecurityType.Trade, DataSource.MatchingEngine,
        new FixedWeight(1, ZeroWhenSuccessful: true), 1,
        [
            new("symbol", ParameterType.String, true),
            new("side", ParameterType.Enum, false),
            new("type", ParameterType.Enum, false),
            new("timeInForce", ParameterType.Enum, false),
            new("quantity", ParameterType.Decimal, false),
            new("price", ParameterType.Decimal, false),
            new("recvWindow", ParameterType.Decimal, false),
            new("timestamp", ParameterType.Long, true),
        ]);

    /// <summary>Adds the probe; <paramref name="beforeEngine"/> runs just before the second timing check.</summary>
    public static void Map(ApiRouteTable routes, Action? beforeEngine = null) =>
        routes.Map(
            Endpoint,
            request =>
            {
                beforeEngine?.Invoke();
                if (request.CheckRecvWindowBeforeEngine() is { } late)
                {
                    return ValueTask.FromResult<ApiResult>(late);
                }

                return ValueTask.FromResult(ApiResult.Json(writer => Echo(writer, request)));
            },
            ParameterSpec.OptionalEnum("side", SpotError.InvalidSide, "BUY", "SELL"),
            ParameterSpec.OptionalEnum("type", SpotError.InvalidOrderType, "LIMIT", "MARKET"),
            ParameterSpec.OptionalEnum("timeInForce", SpotError.InvalidTimeInForce, "GTC", "IOC", "FOK"));

    private static void Echo(Utf8JsonWriter writer, ApiRequest request)
    {
        writer.WriteStartObject();
        writer.WriteNumber("accountId", request.AccountId);
        foreach (var parameter in request.Parameters.Effective)
        {
            writer.WriteString(parameter.Name, parameter.Value);
        }

        writer.WriteEndObject();
    }
}
