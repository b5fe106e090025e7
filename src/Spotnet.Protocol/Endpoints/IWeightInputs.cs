namespace Spotnet.Protocol.Endpoints;

/// <summary>The facts about a request that its weight depends on; the server implements it over its parsed parameters.</summary>
public interface IWeightInputs
{
    /// <summary>The <c>limit</c> parameter, or <see langword="null"/> when absent.</summary>
    int? Limit { get; }

    /// <summary>The number of entries in <c>symbols</c>, or <see langword="null"/> when absent.</summary>
    int? SymbolCount { get; }

    /// <summary>Whether a parameter was sent (for a BOOLEAN: sent as <c>true</c>).</summary>
    bool IsSet(string parameter);

    /// <summary>Whether <c>symbol</c> names no listed symbol (false when that is not known, as in a client).</summary>
    bool IsUnknownSymbol { get; }
}
