namespace Spotnet.Engine.Core;

/// <summary>An order list (OCO, OTO, OTOCO, OPO, OPOCO) and its legs.</summary>
internal sealed class OrderList
{
    public int SymbolId;
    public int AccountId;
    public long OrderListId;
    public OrderListKind Kind;
    public string ListClientOrderId = "";
    public ListOrderStatus Status;
    public ListStatusType StatusType;
    public long TransactionTime;
    public readonly List<Order> Orders = new(3);

    // In the engine's FIFO of closed history (entered once, when it has ended and no leg is open), and taken out of memory.
    public bool InHistory;
    public bool Spilled;

    public bool IsOpen => Status == ListOrderStatus.Executing;

    public ListStatus ToStatus() => new()
    {
        SymbolId = SymbolId,
        AccountId = AccountId,
        OrderListId = OrderListId,
        Kind = Kind,
        StatusType = StatusType,
        OrderStatus = Status,
        ListClientOrderId = ListClientOrderId,
        TransactionTime = TransactionTime,
        Orders = Orders.Select(o => (o.OrderId, o.ClientOrderId)).ToArray(),
    };
}
