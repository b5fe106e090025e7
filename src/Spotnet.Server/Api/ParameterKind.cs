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

    /// <summary>A JSON array of distinct listed symbols (<c>symbols</c>), capped where the docs cap it (<see cref="ParameterSpec.MaxItems"/>).</summary>
    SymbolList,

    /// <summary>A client order id: 1 to 36 letters, digits, <c>-</c> and <c>_</c> (every <c>…ClientOrderId</c> parameter).</summary>
    ClientOrderId,

    /// <summary>One of a fixed set of values (<c>ENUM</c>).</summary>
    Enum,
}
