namespace Spotnet.Engine;

/// <summary>Self-trade prevention mode (<c>selfTradePreventionMode</c>).</summary>
public enum SelfTradePreventionMode
{
    /// <summary><c>NONE</c>.</summary>
    None,

    /// <summary><c>EXPIRE_TAKER</c>.</summary>
    ExpireTaker,

    /// <summary><c>EXPIRE_MAKER</c>.</summary>
    ExpireMaker,

    /// <summary><c>EXPIRE_BOTH</c>.</summary>
    ExpireBoth,

    /// <summary><c>DECREMENT</c>.</summary>
    Decrement,

    /// <summary><c>TRANSFER</c>.</summary>
    Transfer,
}
