namespace Spotnet.Server.Market;

/// <summary>Decimal helpers that keep Binance's eight-place wire format.</summary>
public static class MarketNumbers
{
    /// <summary>Rounds to eight places and shows all eight (<c>"0.10000000"</c>).</summary>
    public static decimal Scale8(decimal value) => decimal.Round(value, 8, MidpointRounding.ToZero) + 0.00000000m;
}
