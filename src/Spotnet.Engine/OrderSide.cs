namespace Spotnet.Engine;

/// <summary>Order side (<c>side</c>).</summary>
public enum OrderSide
{
    /// <summary><c>BUY</c>.</summary>
    Buy,

    /// <summary><c>SELL</c>.</summary>
    Sell,
}
