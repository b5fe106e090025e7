namespace Spotnet.Server.Market;

/// <summary>How much market data is kept per symbol (the memory horizon).</summary>
public sealed class MarketDataLimits
{
    /// <summary>Trades (and aggregate trades) kept per symbol for <c>trades</c>, <c>historicalTrades</c> and <c>aggTrades</c>.</summary>
    public int TradesPerSymbol { get; set; } = 50_000;

    /// <summary>Minutes of 1-second candles kept (the reach of <c>1s</c> klines).</summary>
    public int SecondKlineMinutes { get; set; } = 60;

    /// <summary>Days of 1-minute candles kept (the reach of every other interval and of the tickers).</summary>
    public int MinuteKlineDays { get; set; } = 7;
}
