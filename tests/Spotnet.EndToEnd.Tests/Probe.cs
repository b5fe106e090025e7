using System.Text.Json;
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

    /// <summary>Order-like parameters.</summary>
    public static readonly ParameterSpec[] OrderParameters =
    [
        new("symbol", ParameterKind.Symbol, Required: true),
        ParameterSpec.OptionalEnum("side", SpotError.InvalidSide, "BUY", "SELL"),
        ParameterSpec.OptionalEnum("type", SpotError.InvalidOrderType, "LIMIT", "MARKET"),
        ParameterSpec.OptionalEnum("timeInForce", SpotError.InvalidTimeInForce, "GTC", "IOC", "FOK"),
        new("quantity", ParameterKind.Decimal),
        new("price", ParameterKind.Decimal),
    ];

    /// <summary>Adds the probes; <paramref name="beforeEngine"/> runs just before the second timing check.</summary>
    public static void Map(ApiRouteTable routes, Action? beforeEngine = null)
    {
        routes.Map(new ApiRoute("POST", TradePath, SecurityType.Trade, _ => 1, OrderParameters, request =>
        {
            beforeEngine?.Invoke();
            if (request.CheckRecvWindowBeforeEngine() is { } late)
            {
                return ValueTask.FromResult<ApiResult>(late);
            }

            return ValueTask.FromResult(ApiResult.Json(writer => Echo(writer, request)));
        }) { OrderCount = 1, FreeOnSuccess = true });
    }

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
