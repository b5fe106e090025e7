using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Identifies one order list for <c>GET /api/v3/orderList</c>.</summary>
public sealed record QueryOrderList : SignedRequest
{
    private QueryOrderList(long? orderListId, string? listClientOrderId)
    {
        OrderListId = orderListId;
        ListClientOrderId = listClientOrderId;
    }

    /// <summary>Order list id (<c>orderListId</c>).</summary>
    public long? OrderListId { get; }

    /// <summary>The list's client id, sent as <c>origClientOrderId</c>.</summary>
    public string? ListClientOrderId { get; }

    /// <summary>The list with id <paramref name="orderListId"/>.</summary>
    public static QueryOrderList ById(long orderListId) => new(orderListId, null);

    /// <summary>The list placed with <paramref name="listClientOrderId"/>.</summary>
    public static QueryOrderList ByClientOrderId(string listClientOrderId) => new(null, listClientOrderId ?? throw new ArgumentNullException(nameof(listClientOrderId)));

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("orderListId", OrderListId)
        .Add("origClientOrderId", ListClientOrderId);
}
