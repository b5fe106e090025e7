using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>DELETE /api/v3/orderList</c>.</summary>
public sealed record CancelOrderList : SignedRequest
{
    private CancelOrderList(string symbol, long? orderListId, string? listClientOrderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        Symbol = symbol;
        OrderListId = orderListId;
        ListClientOrderId = listClientOrderId;
    }

    /// <summary>Symbol (<c>symbol</c>).</summary>
    public string Symbol { get; }

    /// <summary>Order list id (<c>orderListId</c>).</summary>
    public long? OrderListId { get; }

    /// <summary>Client id of the list (<c>listClientOrderId</c>).</summary>
    public string? ListClientOrderId { get; }

    /// <summary>Id of this cancel (<c>newClientOrderId</c>).</summary>
    public string? NewClientOrderId { get; init; }

    /// <summary>Cancels list <paramref name="orderListId"/>.</summary>
    public static CancelOrderList ById(string symbol, long orderListId) => new(symbol, orderListId, null);

    /// <summary>Cancels the list placed with <paramref name="listClientOrderId"/>.</summary>
    public static CancelOrderList ByClientOrderId(string symbol, string listClientOrderId) => new(symbol, null, listClientOrderId ?? throw new ArgumentNullException(nameof(listClientOrderId)));

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .Add("orderListId", OrderListId)
        .Add("listClientOrderId", ListClientOrderId)
        .Add("newClientOrderId", NewClientOrderId);
}
