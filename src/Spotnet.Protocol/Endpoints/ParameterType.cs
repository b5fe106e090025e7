namespace Spotnet.Protocol.Endpoints;

/// <summary>Wire type of a request parameter, as Binance's parameter tables name it.</summary>
public enum ParameterType
{
    /// <summary><c>STRING</c>.</summary>
    String,
    /// <summary><c>ENUM</c>: one of an enum's wire spellings.</summary>
    Enum,
    /// <summary><c>DECIMAL</c>: see <see cref="Numbers.WireDecimal"/>.</summary>
    Decimal,
    /// <summary><c>LONG</c>: see <see cref="Numbers.WireInteger"/>.</summary>
    Long,
    /// <summary><c>INT</c>: 32-bit, see <see cref="Numbers.WireInteger"/>.</summary>
    Int,
    /// <summary><c>BOOLEAN</c>: <c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary><c>ARRAY OF STRING</c>: a JSON array literal such as <c>["BTCUSDT","BNBBTC"]</c>.</summary>
    StringArray,
}
