namespace Spotnet.Engine;

/// <summary>Order list order status (<c>listOrderStatus</c>).</summary>
public enum ListOrderStatus
{
    /// <summary><c>EXECUTING</c>.</summary>
    Executing,

    /// <summary><c>ALL_DONE</c>.</summary>
    AllDone,

    /// <summary><c>REJECT</c>.</summary>
    Reject,
}
