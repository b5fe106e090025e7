using Spotnet.Protocol.Errors;
namespace Spotnet.Server.Api;

/// <summary>One parameter an endpoint accepts.</summary>
/// <param name="Name">Wire name.</param>
/// <param name="Kind">Grammar of the value.</param>
/// <param name="Required">Whether the request fails with -1102 without it.</param>
/// <param name="EnumValues">Allowed values of an <see cref="ParameterKind.Enum"/>.</param>
/// <param name="EnumError">Error for a value outside <paramref name="EnumValues"/>.</param>
public sealed record ParameterSpec(
    string Name, ParameterKind Kind, bool Required = false, IReadOnlyList<string>? EnumValues = null, SpotError? EnumError = null)
{
    /// <summary>An optional enum parameter.</summary>
    public static ParameterSpec OptionalEnum(string name, SpotError error, params string[] values) =>
        new(name, ParameterKind.Enum, false, values, error);
}
