namespace Spotnet.Engine;

/// <summary>Cancel-replace mode (<c>cancelReplaceMode</c>).</summary>
public enum CancelReplaceMode
{
    /// <summary><c>STOP_ON_FAILURE</c>.</summary>
    StopOnFailure,

    /// <summary><c>ALLOW_FAILURE</c>.</summary>
    AllowFailure,
}
