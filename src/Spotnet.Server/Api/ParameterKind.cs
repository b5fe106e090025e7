namespace Spotnet.Server.Api;

/// <summary>The grammar a parameter value must follow.</summary>
public enum ParameterKind
{
    /// <summary>Unsigned 64-bit integer (<c>LONG</c>).</summary>
    Long,

    /// <summary>Unsigned 32-bit integer (<c>INT</c>).</summary>
    Int,

    /// <summary>Exact decimal with at most 8 places (<c>DECIMAL</c>).</summary>
    Decimal,

    /// <summary><c>true</c> or <c>false</c> (<c>BOOLEAN</c>).</summary>
    Boolean,

    /// <summary>Free text checked by the handler (<c>STRING</c>).</summary>
    String,

    /// <summary>One listed symbol (<c>symbol</c>).</summary>
    Symbol,

    /// <summary>A JSON array of distinct listed symbols, at most 100 (<c>symbols</c>).</summary>
    SymbolList,

    /// <summary>One of a fixed set of values (<c>ENUM</c>).</summary>
    Enum,
}
