namespace Spotnet.Engine;

/// <summary>The outcome of a command: success (code 0) or Binance's error code and message.</summary>
public readonly record struct EngineResult
{
    /// <summary>0 on success; otherwise Binance's error code (e.g. -2010, -1013, -2011).</summary>
    public int Code { get; init; }

    /// <summary>Binance's error message, or empty on success.</summary>
    public string Message { get; init; }

    /// <summary>The order placed, canceled or amended (-1 if none).</summary>
    public long OrderId { get; init; }

    /// <summary>The order list placed or canceled (-1 if none).</summary>
    public long OrderListId { get; init; }

    /// <summary>The account created by <see cref="CreateAccount"/> (-1 otherwise).</summary>
    public int AccountId { get; init; }

    /// <summary>
    /// The parameter the message names, spelled as for a single order (<c>price</c>, <c>timeInForce</c>,
    /// <c>icebergQty</c>...), or null. With <see cref="Leg"/> it lets the caller name a list leg's own parameter.
    /// </summary>
    public string? Parameter { get; init; }

    /// <summary>The order list leg the rejection is about (<see cref="OrderListLegRole.None"/> if none).</summary>
    public OrderListLegRole Leg { get; init; }

    /// <summary>True when the command succeeded.</summary>
    public bool IsSuccess => Code == 0;

    /// <summary>A success result.</summary>
    public static EngineResult Success(long orderId = -1, long orderListId = -1, int accountId = -1) =>
        new() { Message = "", OrderId = orderId, OrderListId = orderListId, AccountId = accountId };

    /// <summary>A rejection with Binance's code and message.</summary>
    public static EngineResult Reject(int code, string message) =>
        new() { Code = code, Message = message, OrderId = -1, OrderListId = -1, AccountId = -1 };

    /// <summary>A rejection whose message names <paramref name="parameter"/> (see <see cref="Parameter"/>).</summary>
    public static EngineResult Reject(int code, string message, string parameter) =>
        Reject(code, message) with { Parameter = parameter };
}
