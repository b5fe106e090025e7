using Spotnet.Client.Http;
using Spotnet.Protocol.Enums;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of the ticker endpoints (<c>ticker/24hr</c>, <c>ticker/tradingDay</c>, <c>ticker</c>, <c>ticker/price</c>, <c>ticker/bookTicker</c>); set <see cref="Symbol"/> or <see cref="Symbols"/>, not both.</summary>
public sealed record TickerRequest : SpotRequest
{
    /// <summary>One symbol (<c>symbol</c>).</summary>
    public string? Symbol { get; init; }

    /// <summary>Up to 100 symbols (<c>symbols</c>).</summary>
    public IReadOnlyList<string>? Symbols { get; init; }

    /// <summary>FULL or MINI statistics (<c>type</c>); not used by price and book tickers.</summary>
    public TickerType? Type { get; init; }

    /// <summary>Rolling window for <c>GET /api/v3/ticker</c> (<c>windowSize</c>), e.g. <c>"1d"</c>, <c>"15m"</c>.</summary>
    public string? WindowSize { get; init; }

    /// <summary>Time zone of the trading day for <c>ticker/tradingDay</c> (<c>timeZone</c>).</summary>
    public string? TimeZone { get; init; }

    /// <summary>Only symbols with this status (<c>symbolStatus</c>).</summary>
    public SymbolStatus? SymbolStatus { get; init; }

    /// <summary>A request for one symbol.</summary>
    public static TickerRequest For(string symbol) => new() { Symbol = symbol };

    /// <summary>A request for several symbols.</summary>
    public static TickerRequest For(params IReadOnlyList<string> symbols) => new() { Symbols = symbols };

    internal override void WriteParameters(ParameterWriter writer) => writer
        .Add("symbol", Symbol)
        .AddArray("symbols", Symbols)
        .Add("windowSize", WindowSize)
        .Add("timeZone", TimeZone)
        .AddEnum("type", Type)
        .AddEnum("symbolStatus", SymbolStatus);
}
