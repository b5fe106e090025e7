namespace Spotnet.Server.Configuration;

/// <summary>How much public market data is kept in memory per symbol (the horizon of the market data endpoints).</summary>
public sealed class MarketDataSettings
{
    /// <summary>Trades (and aggregate trades) kept per symbol for <c>trades</c>, <c>historicalTrades</c> and <c>aggTrades</c>.</summary>
    public int TradesPerSymbol { get; set; } = 50_000;

    /// <summary>Minutes of 1-second candles kept (how far back <c>1s</c> klines reach).</summary>
    public int SecondKlineMinutes { get; set; } = 60;

    /// <summary>Days of 1-minute candles kept (how far back every other interval and the tickers reach).</summary>
    public int MinuteKlineDays { get; set; } = 7;
}
