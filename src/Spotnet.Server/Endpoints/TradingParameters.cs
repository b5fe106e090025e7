using System.Globalization;
using System.Security.Cryptography;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Numbers;
using Spotnet.Server.Api;
using Spotnet.Server.Exchange;
using E = Spotnet.Engine;

namespace Spotnet.Server.Endpoints;

/// <summary>Reads trading parameters (already grammar-checked by the pipeline) into engine values.</summary>
public static class TradingParameters
{
    private const string Base62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>
    /// The enum refinements of an endpoint, by parameter name: sides, order types, times in force, response types,
    /// STP modes, peg types and cancel options (list legs use the same values under prefixed names).
    /// </summary>
    public static ParameterSpec[] EnumsOf(EndpointId id)
    {
        var endpoint = EndpointTable.FindRest(id) ?? throw new ArgumentException($"{id} has no REST endpoint.", nameof(id));
        var specs = new List<ParameterSpec>();
        foreach (var parameter in endpoint.Parameters)
        {
            if (parameter.Type != ParameterType.Enum)
            {
                continue;
            }

            var name = parameter.Name;
            var spec = name switch
            {
                "newOrderRespType" => Spec(name, SpotError.InvalidParameterValue(name), WireNames<OrderResponseType>()),
                "selfTradePreventionMode" => Spec(name, SpotError.InvalidParameterValue(name), WireNames<SelfTradePreventionMode>()),
                "cancelRestrictions" => Spec(name, SpotError.InvalidCancelRestrictions, WireNames<CancelRestrictions>()),
                "cancelReplaceMode" => Spec(name, SpotError.InvalidParameterValue(name), WireNames<CancelReplaceMode>()),
                "orderRateLimitExceededMode" => Spec(name, SpotError.InvalidParameterValue(name), WireNames<OrderRateLimitExceededMode>()),
                _ when name.EndsWith("PegPriceType", StringComparison.Ordinal) || name == "pegPriceType" => Spec(name, SpotError.InvalidPegPriceType, WireNames<PegPriceType>()),
                _ when name.EndsWith("PegOffsetType", StringComparison.Ordinal) || name == "pegOffsetType" => Spec(name, SpotError.InvalidPegOffsetType, WireNames<PegOffsetType>()),
                _ when name.EndsWith("imeInForce", StringComparison.Ordinal) => Spec(name, SpotError.InvalidTimeInForce, WireNames<TimeInForce>()),
                _ when name.EndsWith("ide", StringComparison.Ordinal) => Spec(name, SpotError.InvalidSide, WireNames<OrderSide>()),
                _ when name.EndsWith("ype", StringComparison.Ordinal) => Spec(name, SpotError.InvalidOrderType, WireNames<OrderType>()),
                _ => null,
            };
            if (spec is not null)
            {
                specs.Add(spec);
            }

            ParameterSpec Spec(string parameterName, SpotError error, string[] values) =>
                new(parameterName, ParameterKind.Enum, parameter.Required, values, error);
        }

        return [.. specs];
    }

    /// <summary>A generated client order id: 22 base62 characters, like Binance's.</summary>
    public static string NewClientOrderId() => RandomNumberGenerator.GetString(Base62, 22);

    /// <summary>The sent client id, or a generated one.</summary>
    public static string ClientOrderId(ApiRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Get(name) is { Length: > 0 } sent ? sent : NewClientOrderId();
    }

    /// <summary>The engine id of the request's <c>symbol</c>.</summary>
    public static int SymbolId(ApiRequest request, ExchangeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.SymbolId(request.Get("symbol")!);
    }

    /// <summary>A DECIMAL parameter in 10^-8 units, or null when absent.</summary>
    public static long? Units(ApiRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Units(request.Get(name));
    }

    /// <summary>A DECIMAL value as 10^-8 units, or null when absent or unreadable.</summary>
    public static long? Units(string? text) =>
        text is not null && WireDecimal.TryParse(text, out long units) == NumberParseStatus.Success ? units : null;

    /// <summary>An INT parameter, or null when absent.</summary>
    public static int? Int(ApiRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Get(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>An enum parameter mapped to the engine enum of the same member name, or null when absent.</summary>
    public static TEngine? Enum<TWire, TEngine>(ApiRequest request, string name)
        where TWire : struct, System.Enum
        where TEngine : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Get(name) is { } text && WireEnum.TryParse(text.AsSpan(), out TWire value)
            ? TradingMapping.Map<TWire, TEngine>(value)
            : null;
    }

    /// <summary>The requested or default response type.</summary>
    public static OrderResponseType ResponseType(ApiRequest request, E.OrderType type) =>
        request.Get("newOrderRespType") is { } text && WireEnum.TryParse(text.AsSpan(), out OrderResponseType value)
            ? value
            : TradingMapping.DefaultResponseType(type);

    /// <summary>
    /// Reads a new order's parameters; <paramref name="prefix"/>-less names as in <c>POST /api/v3/order</c>. The account and
    /// time are filled in under the engine lock.
    /// </summary>
    public static SpotError? ReadOrder(ApiRequest request, ExchangeCatalog catalog, out E.PlaceOrder order)
    {
        ArgumentNullException.ThrowIfNull(request);
        order = null!;
        var strategyType = Int(request, "strategyType");
        if (strategyType < 1_000_000)
        {
            return SpotError.BadStrategyType;
        }

        if (PegOffsets(request, "") is { } peg)
        {
            return peg;
        }

        order = new E.PlaceOrder
        {
            Time = 0,
            AccountId = -1,
            SymbolId = SymbolId(request, catalog),
            Side = Enum<OrderSide, E.OrderSide>(request, "side")!.Value,
            Type = Enum<OrderType, E.OrderType>(request, "type")!.Value,
            TimeInForce = Enum<TimeInForce, E.TimeInForce>(request, "timeInForce"),
            Quantity = Units(request, "quantity") is { } quantity ? new E.Quantity(quantity) : null,
            QuoteOrderQuantity = Units(request, "quoteOrderQty") is { } quote ? new E.Quantity(quote) : null,
            Price = Units(request, "price") is { } price ? new E.Price(price) : null,
            StopPrice = Units(request, "stopPrice") is { } stop ? new E.Price(stop) : null,
            TrailingDelta = request.GetLong("trailingDelta"),
            IcebergQuantity = Units(request, "icebergQty") is { } iceberg ? new E.Quantity(iceberg) : null,
            ClientOrderId = ClientOrderId(request, "newClientOrderId"),
            SelfTradePreventionMode = Enum<SelfTradePreventionMode, E.SelfTradePreventionMode>(request, "selfTradePreventionMode"),
            StrategyId = request.GetLong("strategyId"),
            StrategyType = strategyType,
            PegPriceType = Enum<PegPriceType, E.PegPriceType>(request, "pegPriceType") ?? E.PegPriceType.None,
            PegOffsetLevels = Int(request, "pegOffsetValue"),
        };
        return null;
    }

    private const int MaxPegOffsetLevels = 100;

    /// <summary>
    /// Checks the peg offset of an order (<paramref name="prefix"/> empty) or of a list leg (<c>above</c>, <c>working</c>,
    /// ...): <c>pegOffsetType</c> and <c>pegOffsetValue</c> "must be specified together" (-1128, the template naming two
    /// fields), and they only refine a <c>pegPriceType</c> (-1106 naming <c>pegOffsetType</c> without one). Fidelity T11.
    /// A price level outside the documented "max: 100" (or below the best one, 0) is -1130 for that parameter (T18).
    /// </summary>
    public static SpotError? PegOffsets(ApiRequest request, string prefix)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(prefix);
        var offsetType = Prefixed(prefix, "pegOffsetType");
        var offsetValue = Prefixed(prefix, "pegOffsetValue");
        var hasType = request.Get(offsetType) is not null;
        var hasValue = request.Get(offsetValue) is not null;
        if (hasType != hasValue)
        {
            return SpotError.OptionalFieldsMustBothBeSent(offsetType, offsetValue);
        }

        if (hasType && request.Get(Prefixed(prefix, "pegPriceType")) is null)
        {
            return SpotError.NamedParameterNotRequired(offsetType);
        }

        return Int(request, offsetValue) is < 0 or > MaxPegOffsetLevels ? SpotError.InvalidParameterValue(offsetValue) : null;

        static string Prefixed(string prefix, string name) =>
            prefix.Length == 0 ? name : string.Concat(prefix, char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1));
    }

    /// <summary>
    /// Reads an order (or list) reference given by id or client id; Binance answers -1102 when neither is sent.
    /// </summary>
    public static (long? Id, string? ClientId, SpotError? Error) Reference(ApiRequest request, string idName, string clientIdName)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.GetLong(idName);
        var clientId = request.Get(clientIdName);
        return id is null && clientId is null
            ? (null, null, SpotError.EitherParameterRequired(idName, clientIdName))
            : (id, clientId, null);
    }

    // The accepted spellings come from Protocol's enums, so the server never keeps a second list.
    private static string[] WireNames<T>()
        where T : struct, Enum
    {
        var values = WireEnum.Values<T>();
        var names = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            names[i] = WireEnum.ToWire(values[i]);
        }

        return names;
    }
}
