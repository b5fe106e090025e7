namespace Spotnet.Engine;

/// <summary>Outcome of one half of a cancel-replace (<c>cancelResult</c>, <c>newOrderResult</c>).</summary>
public enum CancelReplaceStatus
{
    /// <summary><c>SUCCESS</c>.</summary>
    Success,

    /// <summary><c>FAILURE</c>.</summary>
    Failure,

    /// <summary><c>NOT_ATTEMPTED</c>.</summary>
    NotAttempted,
}
