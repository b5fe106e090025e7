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
    /// <summary>Wire values of <c>side</c>.</summary>
    public static readonly string[] Sides = ["BUY", "SELL"];

    /// <summary>Wire values of <c>type</c>.</summary>
    public static readonly string[] Types = ["LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"];

    /// <summary>Wire values of <c>timeInForce</c>.</summary>
    public static readonly string[] TimesInForce = ["GTC", "IOC", "FOK"];

    /// <summary>Wire values of <c>newOrderRespType</c>.</summary>
    public static readonly string[] ResponseTypes = ["ACK", "RESULT", "FULL"];

    /// <summary>Wire values of <c>selfTradePreventionMode</c>.</summary>
    public static readonly string[] SelfTradePreventionModes = ["NONE", "EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"];

    /// <summary>Wire values of <c>pegPriceType</c>.</summary>
    public static readonly string[] PegPriceTypes = ["PRIMARY_PEG", "MARKET_PEG"];

    /// <summary>Wire values of <c>pegOffsetType</c>.</summary>
    public static readonly string[] PegOffsetTypes = ["PRICE_LEVEL"];

    /// <summary>Wire values of <c>cancelRestrictions</c>.</summary>
    public static readonly string[] CancelRestrictionValues = ["ONLY_NEW", "ONLY_PARTIALLY_FILLED"];

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
                "newOrderRespType" => Spec(name, SpotError.InvalidParameterValue(name), ResponseTypes),
                "selfTradePreventionMode" => Spec(name, SpotError.InvalidParameterValue(name), SelfTradePreventionModes),
                "cancelRestrictions" => Spec(name, SpotError.InvalidCancelRestrictions, CancelRestrictionValues),
                "cancelReplaceMode" => Spec(name, SpotError.InvalidParameterValue(name), ["STOP_ON_FAILURE", "ALLOW_FAILURE"]),
                "orderRateLimitExceededMode" => Spec(name, SpotError.InvalidParameterValue(name), ["DO_NOTHING", "CANCEL_ONLY"]),
                _ when name.EndsWith("PegPriceType", StringComparison.Ordinal) || name == "pegPriceType" => Spec(name, SpotError.InvalidPegPriceType, PegPriceTypes),
                _ when name.EndsWith("PegOffsetType", StringComparison.Ordinal) || name == "pegOffsetType" => Spec(name, SpotError.InvalidPegOffsetType, PegOffsetTypes),
                _ when name.EndsWith("imeInForce", StringComparison.Ordinal) => Spec(name, SpotError.InvalidTimeInForce, TimesInForce),
                _ when name.EndsWith("ide", StringComparison.Ordinal) => Spec(name, SpotError.InvalidSide, Sides),
                _ when name.EndsWith("ype", StringComparison.Ordinal) => Spec(name, SpotError.InvalidOrderType, Types),
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
        return request.Get(name) is { } text && WireDecimal.TryParse(text, out long units) == NumberParseStatus.Success ? units : null;
    }

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
    /// time are filled in on the writer loop.
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
}
