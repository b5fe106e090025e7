using System.Text.Json;
using Spotnet.Protocol.Streams;

namespace Spotnet.Protocol.Json;

/// <summary>Reads and writes <see cref="MarketStreamEvent"/> by <c>e</c>; unknown types become <see cref="UnknownStreamEvent"/>.</summary>
public sealed class MarketStreamEventConverter : DiscriminatedConverter<MarketStreamEvent>
{
    /// <summary>Creates the converter.</summary>
    public MarketStreamEventConverter()
        : base("e")
    {
    }

    /// <inheritdoc />
    protected override Type? ConcreteType(string? discriminator) => discriminator switch
    {
        "trade" => typeof(TradeEvent),
        "aggTrade" => typeof(AggregateTradeEvent),
        "blockTrade" => typeof(BlockTradeEvent),
        "kline" => typeof(KlineEvent),
        "24hrMiniTicker" => typeof(MiniTickerEvent),
        "24hrTicker" => typeof(TickerEvent),
        "1hTicker" or "4hTicker" or "1dTicker" => typeof(WindowTickerEvent),
        "avgPrice" => typeof(AveragePriceEvent),
        "depthUpdate" => typeof(DepthUpdateEvent),
        "referencePrice" => typeof(ReferencePriceEvent),
        "serverShutdown" => typeof(ServerShutdownEvent),
        _ => null,
    };

    /// <inheritdoc />
    protected override MarketStreamEvent Unknown(JsonElement raw) => new UnknownStreamEvent { Raw = raw };

    /// <inheritdoc />
    protected override JsonElement? RawOf(MarketStreamEvent value) => (value as UnknownStreamEvent)?.Raw;
}
