using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Identifies one order of a symbol for <c>GET /api/v3/order</c>: by <c>orderId</c>, by <c>origClientOrderId</c>, or both.</summary>
public sealed record QueryOrder : SignedRequest
{
    private QueryOrder(string symbol, long? orderId, string? clientOrderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        Symbol = symbol;
        OrderId = orderId;
        OriginalClientOrderId = clientOrderId;
    }

    /// <summary>Symbol (<c>symbol</c>).</summary>
    public string Symbol { get; }

    /// <summary>Exchange order id (<c>orderId</c>).</summary>
    public long? OrderId { get; }

    /// <summary>Client order id the order was placed with (<c>origClientOrderId</c>).</summary>
    public string? OriginalClientOrderId { get; }

    /// <summary>The order with exchange id <paramref name="orderId"/>.</summary>
    public static QueryOrder ById(string symbol, long orderId) => new(symbol, orderId, null);

    /// <summary>The order placed with <paramref name="clientOrderId"/>.</summary>
    public static QueryOrder ByClientOrderId(string symbol, string clientOrderId) => new(symbol, null, clientOrderId ?? throw new ArgumentNullException(nameof(clientOrderId)));

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .Add("orderId", OrderId)
        .Add("origClientOrderId", OriginalClientOrderId);
}
