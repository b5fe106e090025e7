namespace Spotnet.Engine;

/// <summary>Symbol trading status (<c>status</c>).</summary>
public enum SymbolStatus
{
    /// <summary><c>TRADING</c>.</summary>
    Trading,

    /// <summary><c>END_OF_DAY</c>.</summary>
    EndOfDay,

    /// <summary><c>HALT</c>.</summary>
    Halt,

    /// <summary><c>BREAK</c>.</summary>
    Break,

    /// <summary><c>CANCEL_ONLY</c>.</summary>
    CancelOnly,
}
