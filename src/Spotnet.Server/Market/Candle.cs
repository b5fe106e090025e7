namespace Spotnet.Server.Market;

/// <summary>One bucket of trades (a 1-second or 1-minute kline), accumulated as trades arrive.</summary>
public sealed class Candle
{
    /// <summary>Creates an empty bucket opened by a first trade at <paramref name="price"/>.</summary>
    public Candle(long openTime, decimal price)
    {
        OpenTime = openTime;
        Open = price;
        High = price;
        Low = price;
        Close = price;
    }

    /// <summary>Open time in ms (<c>openTime</c>).</summary>
    public long OpenTime { get; }

    /// <summary>Open price.</summary>
    public decimal Open { get; set; }

    /// <summary>High price.</summary>
    public decimal High { get; set; }

    /// <summary>Low price.</summary>
    public decimal Low { get; set; }

    /// <summary>Close price.</summary>
    public decimal Close { get; set; }

    /// <summary>Base asset volume.</summary>
    public decimal Volume { get; set; }

    /// <summary>Quote asset volume.</summary>
    public decimal QuoteVolume { get; set; }

    /// <summary>Base volume of trades whose taker bought.</summary>
    public decimal TakerBuyVolume { get; set; }

    /// <summary>Quote volume of trades whose taker bought.</summary>
    public decimal TakerBuyQuoteVolume { get; set; }

    /// <summary>Number of trades.</summary>
    public long Count { get; set; }

    /// <summary>First trade id, or -1 for synthetic history.</summary>
    public long FirstTradeId { get; set; } = -1;

    /// <summary>Last trade id, or -1 for synthetic history.</summary>
    public long LastTradeId { get; set; } = -1;

    /// <summary>Adds one trade.</summary>
    public void Add(long tradeId, decimal price, decimal quantity, decimal quoteQuantity, bool takerBought)
    {
        High = Math.Max(High, price);
        Low = Math.Min(Low, price);
        Close = price;
        Volume += quantity;
        QuoteVolume += quoteQuantity;
        if (takerBought)
        {
            TakerBuyVolume += quantity;
            TakerBuyQuoteVolume += quoteQuantity;
        }

        Count++;
        if (FirstTradeId < 0)
        {
            FirstTradeId = tradeId;
        }

        LastTradeId = tradeId;
    }

    /// <summary>Adds a later bucket (roll-up into a wider interval).</summary>
    public void Merge(Candle later)
    {
        ArgumentNullException.ThrowIfNull(later);
        High = Math.Max(High, later.High);
        Low = Math.Min(Low, later.Low);
        Close = later.Close;
        Volume += later.Volume;
        QuoteVolume += later.QuoteVolume;
        TakerBuyVolume += later.TakerBuyVolume;
        TakerBuyQuoteVolume += later.TakerBuyQuoteVolume;
        Count += later.Count;
        if (FirstTradeId < 0)
        {
            FirstTradeId = later.FirstTradeId;
        }

        if (later.LastTradeId >= 0)
        {
            LastTradeId = later.LastTradeId;
        }
    }

    /// <summary>A copy opened at another time (the first bucket of a roll-up).</summary>
    public Candle CopyAt(long openTime)
    {
        var copy = new Candle(openTime, Open);
        copy.Merge(this);
        return copy;
    }
}
