namespace Spotnet.Engine;

/// <summary>One keep-priority amendment (<c>GET /api/v3/order/amendments</c>).</summary>
public readonly record struct Amendment
{
    /// <summary>Symbol id.</summary>
    public int SymbolId { get; init; }

    /// <summary><c>orderId</c>.</summary>
    public long OrderId { get; init; }

    /// <summary><c>executionId</c>.</summary>
    public long ExecutionId { get; init; }

    /// <summary><c>origClientOrderId</c>.</summary>
    public string OriginalClientOrderId { get; init; }

    /// <summary><c>newClientOrderId</c>.</summary>
    public string NewClientOrderId { get; init; }

    /// <summary><c>origQty</c>.</summary>
    public Quantity OriginalQuantity { get; init; }

    /// <summary><c>newQty</c>.</summary>
    public Quantity NewQuantity { get; init; }

    /// <summary><c>time</c> in µs.</summary>
    public long Time { get; init; }
}
