namespace Spotnet.Engine;

/// <summary>One commission rate set (<c>maker</c>, <c>taker</c>, <c>buyer</c>, <c>seller</c>), each scaled by 10^8.</summary>
public readonly record struct CommissionRates(long Maker, long Taker, long Buyer, long Seller)
{
    /// <summary>All rates zero (the testnet default).</summary>
    public static readonly CommissionRates Zero;

    /// <summary>The rate that applies to one side of a fill: maker or taker plus buyer or seller.</summary>
    public long For(bool isMaker, OrderSide side) =>
        checked((isMaker ? Maker : Taker) + (side == OrderSide.Buy ? Buyer : Seller));
}
