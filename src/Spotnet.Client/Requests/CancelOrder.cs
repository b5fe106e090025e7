using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>DELETE /api/v3/order</c>; build with <see cref="ById"/> or <see cref="ByClientOrderId"/>.</summary>
public sealed record CancelOrder : SignedRequest
{
    private readonly string _newClientOrderId = ClientOrderIds.New();

    private CancelOrder(string symbol, long? orderId, string? clientOrderId)
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

    /// <summary>Client order id of the order to cancel (<c>origClientOrderId</c>).</summary>
    public string? OriginalClientOrderId { get; }

    /// <summary>Id of this cancel, which becomes the cancelled order's client id (<c>newClientOrderId</c>); a random 22-character id unless set.</summary>
    /// <remarks>Always sent, because the server frees the order's old client id when it cancels it: this id is how <c>SpotRestClient.ResolveCancelAsync</c> finds the order after a lost answer.</remarks>
    public string NewClientOrderId
    {
        get => _newClientOrderId;
        init
        {
            ClientOrderIds.Validate(value, nameof(NewClientOrderId));
            _newClientOrderId = value;
        }
    }

    /// <summary>Cancel only if the order is in this state (<c>cancelRestrictions</c>).</summary>
    public CancelRestrictions? CancelRestrictions { get; init; }

    /// <summary>Cancels the order with exchange id <paramref name="orderId"/>.</summary>
    public static CancelOrder ById(string symbol, long orderId) => new(symbol, orderId, null);

    /// <summary>Cancels the order placed with <paramref name="clientOrderId"/>.</summary>
    public static CancelOrder ByClientOrderId(string symbol, string clientOrderId) => new(symbol, null, clientOrderId ?? throw new ArgumentNullException(nameof(clientOrderId)));

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .Add("orderId", OrderId)
        .Add("origClientOrderId", OriginalClientOrderId)
        .Add("newClientOrderId", NewClientOrderId)
        .AddEnum("cancelRestrictions", CancelRestrictions);
}
