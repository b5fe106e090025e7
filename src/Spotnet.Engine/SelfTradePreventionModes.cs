namespace Spotnet.Engine;

/// <summary>A set of STP modes, for a symbol's <c>allowedSelfTradePreventionModes</c>.</summary>
[Flags]
public enum SelfTradePreventionModes
{
    /// <summary>No mode.</summary>
    None = 0,

    /// <summary><c>NONE</c>.</summary>
    NoPrevention = 1 << SelfTradePreventionMode.None,

    /// <summary><c>EXPIRE_TAKER</c>.</summary>
    ExpireTaker = 1 << SelfTradePreventionMode.ExpireTaker,

    /// <summary><c>EXPIRE_MAKER</c>.</summary>
    ExpireMaker = 1 << SelfTradePreventionMode.ExpireMaker,

    /// <summary><c>EXPIRE_BOTH</c>.</summary>
    ExpireBoth = 1 << SelfTradePreventionMode.ExpireBoth,

    /// <summary><c>DECREMENT</c>.</summary>
    Decrement = 1 << SelfTradePreventionMode.Decrement,

    /// <summary><c>TRANSFER</c>.</summary>
    Transfer = 1 << SelfTradePreventionMode.Transfer,

    /// <summary>Every mode (the testnet allows all of them on every symbol).</summary>
    All = NoPrevention | ExpireTaker | ExpireMaker | ExpireBoth | Decrement | Transfer,
}
