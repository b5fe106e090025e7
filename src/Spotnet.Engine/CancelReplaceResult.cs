namespace Spotnet.Engine;

/// <summary>The outcome of a cancel-replace: both halves, as <c>cancelResult</c>/<c>newOrderResult</c> report them.</summary>
public readonly record struct CancelReplaceResult
{
    /// <summary><c>cancelResult</c>.</summary>
    public CancelReplaceStatus CancelStatus { get; init; }

    /// <summary>The cancel half (its error when it failed).</summary>
    public EngineResult Cancel { get; init; }

    /// <summary><c>newOrderResult</c>.</summary>
    public CancelReplaceStatus NewOrderStatus { get; init; }

    /// <summary>The new order half (its error when it failed; default when not attempted).</summary>
    public EngineResult NewOrder { get; init; }

    /// <summary>Both halves succeeded (HTTP 200).</summary>
    public bool IsSuccess => CancelStatus == CancelReplaceStatus.Success && NewOrderStatus == CancelReplaceStatus.Success;
}
