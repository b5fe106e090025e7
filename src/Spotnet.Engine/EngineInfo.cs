namespace Spotnet.Engine;

/// <summary>Facts about the engine's number representation.</summary>
public static class EngineInfo
{
    /// <summary>Prices and quantities are scaled by 10^8, Binance's eight decimals.</summary>
    public const long Scale = 100_000_000;
}
