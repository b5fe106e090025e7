using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>PUT /api/v3/order/amend/keepPriority</c>: lower an order's quantity without losing its place in the queue.</summary>
public sealed record AmendOrder : SignedRequest
{
    private readonly string? _newClientOrderId;

    private AmendOrder(string symbol, long? orderId, string? clientOrderId, decimal newQuantity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        Symbol = symbol;
        OrderId = orderId;
        OriginalClientOrderId = clientOrderId;
        NewQuantity = newQuantity;
    }

    /// <summary>Symbol (<c>symbol</c>).</summary>
    public string Symbol { get; }

    /// <summary>Exchange order id (<c>orderId</c>).</summary>
    public long? OrderId { get; }

    /// <summary>Client order id (<c>origClientOrderId</c>).</summary>
    public string? OriginalClientOrderId { get; }

    /// <summary>The new quantity, above zero and below the current one (<c>newQty</c>).</summary>
    public decimal NewQuantity { get; }

    /// <summary>The order's client id after the amendment (<c>newClientOrderId</c>).</summary>
    public string? NewClientOrderId
    {
        get => _newClientOrderId;
        init
        {
            ClientOrderIds.Validate(value, nameof(NewClientOrderId));
            _newClientOrderId = value;
        }
    }

    /// <summary>Amends order <paramref name="orderId"/>.</summary>
    public static AmendOrder ById(string symbol, long orderId, decimal newQuantity) => new(symbol, orderId, null, newQuantity);

    /// <summary>Amends the order placed with <paramref name="clientOrderId"/>.</summary>
    public static AmendOrder ByClientOrderId(string symbol, string clientOrderId, decimal newQuantity) =>
        new(symbol, null, clientOrderId ?? throw new ArgumentNullException(nameof(clientOrderId)), newQuantity);

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .Add("orderId", OrderId)
        .Add("origClientOrderId", OriginalClientOrderId)
        .Add("newClientOrderId", NewClientOrderId)
        .Add("newQty", NewQuantity);
}
