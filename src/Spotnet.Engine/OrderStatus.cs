namespace Spotnet.Engine;

/// <summary>Order status (<c>status</c>).</summary>
public enum OrderStatus
{
    /// <summary><c>NEW</c>.</summary>
    New,

    /// <summary><c>PENDING_NEW</c>: a pending order of a list.</summary>
    PendingNew,

    /// <summary><c>PARTIALLY_FILLED</c>.</summary>
    PartiallyFilled,

    /// <summary><c>FILLED</c>.</summary>
    Filled,

    /// <summary><c>CANCELED</c>.</summary>
    Canceled,

    /// <summary><c>PENDING_CANCEL</c> (unused).</summary>
    PendingCancel,

    /// <summary><c>REJECTED</c>.</summary>
    Rejected,

    /// <summary><c>EXPIRED</c>.</summary>
    Expired,

    /// <summary><c>EXPIRED_IN_MATCH</c>: expired by self-trade prevention.</summary>
    ExpiredInMatch,
}
