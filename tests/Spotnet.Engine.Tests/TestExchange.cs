namespace Spotnet.Engine.Tests;

/// <summary>A small exchange (BTC, USDT, BNB; BTCUSDT with typical filters) with helpers that read like the docs' examples.</summary>
internal sealed class TestExchange
{
    public const int Btc = 0;
    public const int Usdt = 1;
    public const int Bnb = 2;
    public const int BtcUsdt = 0;

    private long _time = 1_700_000_000_000_000;
    private int _clientIds;

    public TestExchange(Func<SymbolConfig, SymbolConfig>? symbol = null, ExchangeConfig? config = null)
    {
        Config = config ?? DefaultConfig(symbol);
        Engine = new MatchingEngine(Config);
    }

    public ExchangeConfig Config { get; }

    public MatchingEngine Engine { get; }

    public List<EngineCommand> Journal { get; } = [];

    public static SymbolFilters DefaultFilters => new()
    {
        Price = new PriceFilter(Price.Parse("0.01"), Price.Parse("1000000"), Price.Parse("0.01")),
        LotSize = new LotSizeFilter(Quantity.Parse("0.00001"), Quantity.Parse("9000"), Quantity.Parse("0.00001")),
        IcebergParts = 100,
        MaxNumOrders = 200,
        MaxNumAlgoOrders = 5,
        MaxNumIcebergOrders = 5,
        MaxNumOrderAmends = 10,
        MaxNumOrderLists = 20,
        TrailingDelta = new TrailingDeltaFilter(10, 2000, 10, 2000),
    };

    public static ExchangeConfig DefaultConfig(Func<SymbolConfig, SymbolConfig>? symbol = null)
    {
        var btcUsdt = new SymbolConfig { Name = "BTCUSDT", BaseAsset = Btc, QuoteAsset = Usdt, Filters = DefaultFilters };
        return new ExchangeConfig
        {
            Assets = [new AssetConfig("BTC"), new AssetConfig("USDT"), new AssetConfig("BNB")],
            Symbols = [symbol is null ? btcUsdt : symbol(btcUsdt)],
        };
    }

    public long Now => _time;

    public void Advance(long microseconds) => _time += microseconds;

    public static long Units(string value) => Quantity.Parse(value).Units;

    public int Account(string btc = "100", string usdt = "1000000", long tradeGroupId = -1, bool system = false)
    {
        var result = Run(new CreateAccount
        {
            Time = Tick(),
            Grants = [new AssetAmount(Btc, Units(btc)), new AssetAmount(Usdt, Units(usdt)), new AssetAmount(Bnb, Units("10"))],
            TradeGroupId = tradeGroupId,
            IsSystem = system,
        });
        return result.AccountId;
    }

    public long Tick() => _time += 1_000;

    public string NextClientId() => "cid" + (++_clientIds).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public EngineResult Run(EngineCommand command)
    {
        Journal.Add(command);
        var result = Engine.Execute(command);
        var violations = Engine.CheckInvariants();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        return result;
    }

    public PlaceOrder Order(int account, OrderSide side, OrderType type, string? price = null, string? quantity = null,
        TimeInForce? tif = null, SelfTradePreventionMode? stp = null, string? stopPrice = null, string? iceberg = null,
        string? quote = null, long? trailingDelta = null, string? clientId = null) => new()
    {
        Time = Tick(),
        AccountId = account,
        SymbolId = BtcUsdt,
        Side = side,
        Type = type,
        Price = price is null ? null : Price.Parse(price),
        Quantity = quantity is null ? null : Quantity.Parse(quantity),
        QuoteOrderQuantity = quote is null ? null : Quantity.Parse(quote),
        StopPrice = stopPrice is null ? null : Price.Parse(stopPrice),
        IcebergQuantity = iceberg is null ? null : Quantity.Parse(iceberg),
        TrailingDelta = trailingDelta,
        TimeInForce = tif,
        SelfTradePreventionMode = stp ?? SelfTradePreventionMode.None,
        ClientOrderId = clientId ?? NextClientId(),
    };

    public EngineResult Limit(int account, OrderSide side, string price, string quantity, TimeInForce tif = TimeInForce.Gtc,
        SelfTradePreventionMode stp = SelfTradePreventionMode.None, string? iceberg = null, string? clientId = null) =>
        Run(Order(account, side, OrderType.Limit, price, quantity, tif, stp, iceberg: iceberg, clientId: clientId));

    public EngineResult Market(int account, OrderSide side, string? quantity = null, string? quote = null,
        SelfTradePreventionMode stp = SelfTradePreventionMode.None) =>
        Run(Order(account, side, OrderType.Market, quantity: quantity, quote: quote, stp: stp));

    public EngineResult Cancel(int account, long orderId, CancelRestrictions restrictions = CancelRestrictions.None) =>
        Run(new CancelOrder
        {
            Time = Tick(), AccountId = account, SymbolId = BtcUsdt, OrderId = orderId, NewClientOrderId = NextClientId(),
            CancelRestrictions = restrictions,
        });

    public OrderState Get(int account, long orderId)
    {
        Assert.True(Engine.TryGetOrder(account, BtcUsdt, orderId, null, out var order), $"order {orderId} not found");
        return order;
    }

    public decimal Free(int account, int asset) => Engine.GetBalances(account)[asset].Free.ToDecimal();

    public decimal Locked(int account, int asset) => Engine.GetBalances(account)[asset].Locked.ToDecimal();

    public OrderUpdate LastUpdate(long orderId)
    {
        var updates = Engine.Output.OrderUpdates.Items;
        for (var i = updates.Length - 1; i >= 0; i--)
        {
            if (updates[i].Order.OrderId == orderId)
            {
                return updates[i];
            }
        }

        throw new InvalidOperationException($"No update for order {orderId}.");
    }
}
