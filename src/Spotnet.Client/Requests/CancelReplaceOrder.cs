using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>POST /api/v3/order/cancelReplace</c>: cancel one order and place <see cref="NewOrder"/> on the same symbol.</summary>
public sealed record CancelReplaceOrder : SignedRequest
{
    private CancelReplaceOrder(NewOrder newOrder, CancelReplaceMode mode, long? cancelOrderId, string? cancelClientOrderId)
    {
        NewOrder = newOrder;
        Mode = mode;
        CancelOrderId = cancelOrderId;
        CancelOriginalClientOrderId = cancelClientOrderId;
    }

    /// <summary>The order to place; its symbol is the cancelled order's symbol.</summary>
    public NewOrder NewOrder { get; }

    /// <summary>What to do when the cancel fails (<c>cancelReplaceMode</c>).</summary>
    public CancelReplaceMode Mode { get; }

    /// <summary>Exchange id of the order to cancel (<c>cancelOrderId</c>).</summary>
    public long? CancelOrderId { get; }

    /// <summary>Client id of the order to cancel (<c>cancelOrigClientOrderId</c>).</summary>
    public string? CancelOriginalClientOrderId { get; }

    /// <summary>New client id given to the cancelled order (<c>cancelNewClientOrderId</c>).</summary>
    public string? CancelNewClientOrderId { get; init; }

    /// <summary>Cancel only if the order is in this state (<c>cancelRestrictions</c>).</summary>
    public CancelRestrictions? CancelRestrictions { get; init; }

    /// <summary>Whether to still cancel when the order-count limit is exceeded (<c>orderRateLimitExceededMode</c>).</summary>
    public OrderRateLimitExceededMode? OrderRateLimitExceededMode { get; init; }

    /// <summary>Cancels order <paramref name="cancelOrderId"/> and places <paramref name="newOrder"/>.</summary>
    public static CancelReplaceOrder ById(long cancelOrderId, NewOrder newOrder, CancelReplaceMode mode = CancelReplaceMode.StopOnFailure) => new(newOrder, mode, cancelOrderId, null);

    /// <summary>Cancels the order placed with <paramref name="cancelClientOrderId"/> and places <paramref name="newOrder"/>.</summary>
    public static CancelReplaceOrder ByClientOrderId(string cancelClientOrderId, NewOrder newOrder, CancelReplaceMode mode = CancelReplaceMode.StopOnFailure) =>
        new(newOrder, mode, null, cancelClientOrderId ?? throw new ArgumentNullException(nameof(cancelClientOrderId)));

    internal override void WriteParameters(ParameterWriter writer)
    {
        NewOrder.WriteParameters(writer);
        writer
            .AddEnum("cancelReplaceMode", Mode)
            .Add("cancelOrderId", CancelOrderId)
            .Add("cancelOrigClientOrderId", CancelOriginalClientOrderId)
            .Add("cancelNewClientOrderId", CancelNewClientOrderId)
            .AddEnum("cancelRestrictions", CancelRestrictions)
            .AddEnum("orderRateLimitExceededMode", OrderRateLimitExceededMode);
    }
}
