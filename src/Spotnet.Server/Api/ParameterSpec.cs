using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Errors;
namespace Spotnet.Server.Api;

/// <summary>One parameter an endpoint accepts.</summary>
/// <param name="Name">Wire name.</param>
/// <param name="Kind">Grammar of the value.</param>
/// <param name="Required">Whether the request fails with -1102 without it.</param>
/// <param name="EnumValues">Allowed values of an <see cref="ParameterKind.Enum"/>.</param>
/// <param name="EnumError">Error for a value outside <paramref name="EnumValues"/>.</param>
/// <param name="Alternative">
/// For one of two parameters of which one must be sent (<c>symbol</c> or <c>symbols</c> on the tickers that need
/// one): the other's name; an empty value is then -1102 "Param 'x' or 'y' must be sent…", not -1105.
/// </param>
/// <param name="MaxItems">Most entries a symbol list may hold (-1101 beyond), 0 when the docs set no limit.</param>
public sealed record ParameterSpec(
    string Name, ParameterKind Kind, bool Required = false, IReadOnlyList<string>? EnumValues = null, SpotError? EnumError = null,
    string? Alternative = null, int MaxItems = 0)
{
    /// <summary>
    /// The grammar of a parameter of Protocol's endpoint table: <c>symbol</c> must be a listed symbol, <c>symbols</c> a
    /// list of them, a <c>…ClientOrderId</c> a client order id; an ENUM not refined by the endpoint is checked by its handler.
    /// </summary>
    public static ParameterSpec From(EndpointParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var kind = parameter.Type switch
        {
            ParameterType.Long => ParameterKind.Long,
            ParameterType.Int => ParameterKind.Int,
            ParameterType.Decimal => ParameterKind.Decimal,
            ParameterType.Boolean => ParameterKind.Boolean,
            ParameterType.String when parameter.Name == "symbol" => ParameterKind.Symbol,
            ParameterType.StringArray when parameter.Name == "symbols" => ParameterKind.SymbolList,
            ParameterType.String when parameter.Name.EndsWith("ClientOrderId", StringComparison.Ordinal) => ParameterKind.ClientOrderId,
            _ => ParameterKind.String,
        };
        return new ParameterSpec(parameter.Name, kind, parameter.Required);
    }

    /// <summary>An enum parameter with its allowed values and the error for any other value.</summary>
    public static ParameterSpec Enum(string name, bool required, SpotError error, params string[] values) =>
        new(name, ParameterKind.Enum, required, values, error);

    /// <summary>An optional enum parameter.</summary>
    public static ParameterSpec OptionalEnum(string name, SpotError error, params string[] values) =>
        new(name, ParameterKind.Enum, false, values, error);
}
