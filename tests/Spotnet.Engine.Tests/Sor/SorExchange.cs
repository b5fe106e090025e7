namespace Spotnet.Engine.Tests.Sor;

/// <summary>The SOR FAQ's setup: BTCUSDT, BTCUSDC and BTCUSDP in one SOR group (USDT, USDC, USDP 1:1), plus ETHUSDT outside any group.</summary>
internal sealed class SorExchange
{
    public const int Btc = 0;
    public const int Usdt = 1;
    public const int Usdc = 2;
    public const int Usdp = 3;
    public const int Eth = 4;
    public const int Bnb = 5;
    public const int BtcUsdt = 0;
    public const int BtcUsdc = 1;
    public const int BtcUsdp = 2;
    public const int EthUsdt = 3;

    private long _time = 1_700_000_000_000_000;
    private int _clientIds;

    public SorExchange(Func<SymbolConfig, SymbolConfig>? symbol = null)
    {
        SymbolConfig Symbol(string name, int baseAsset, int quoteAsset)
        {
            var config = new SymbolConfig { Name = name, BaseAsset = baseAsset, QuoteAsset = quoteAsset, Filters = TestExchange.DefaultFilters };
            return symbol is null ? config : symbol(config);
        }

        Config = new ExchangeConfig
        {
            Assets = [new("BTC"), new("USDT"), new("USDC"), new("USDP"), new("ETH"), new("BNB")],
            Symbols = [Symbol("BTCUSDT", Btc, Usdt), Symbol("BTCUSDC", Btc, Usdc), Symbol("BTCUSDP", Btc, Usdp), Symbol("ETHUSDT", Eth, Usdt)],
            SorGroups = [new SorGroup { BaseAsset = Btc, SymbolIds = [BtcUsdt, BtcUsdc, BtcUsdp] }],
        };
        Engine = new MatchingEngine(Config);
    }

    public ExchangeConfig Config { get; }

    public MatchingEngine Engine { get; }

    public List<EngineCommand> Journal { get; } = [];

    public long Now => _time;

    public long Tick() => _time += 1_000;

    public int Account(string amount = "1000000", long tradeGroupId = -1)
    {
        var units = Quantity.Parse(amount).Units;
        return Run(new CreateAccount
        {
            Time = Tick(),
            Grants = [new(Btc, units), new(Usdt, units), new(Usdc, units), new(Usdp, units), new(Eth, units), new(Bnb, units)],
            TradeGroupId = tradeGroupId,
        }).AccountId;
    }

    public EngineResult Run(EngineCommand command)
    {
        Journal.Add(command);
        var result = Engine.Execute(command);
        var violations = Engine.CheckInvariants();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        return result;
    }

    public EngineResult Limit(int account, int symbol, OrderSide side, string price, string quantity,
        SelfTradePreventionMode stp = SelfTradePreventionMode.None) => Run(new PlaceOrder
        {
            Time = Tick(), AccountId = account, SymbolId = symbol, Side = side, Type = OrderType.Limit, TimeInForce = TimeInForce.Gtc,
            Price = Price.Parse(price), Quantity = Quantity.Parse(quantity), ClientOrderId = "c" + (++_clientIds), SelfTradePreventionMode = stp,
        });

    public PlaceSorOrder Sor(int account, OrderSide side, OrderType type, string quantity, string? price = null,
        TimeInForce? tif = null, int symbol = BtcUsdt, SelfTradePreventionMode? stp = SelfTradePreventionMode.None, string? iceberg = null) => new()
        {
            Time = Tick(), AccountId = account, SymbolId = symbol, Side = side, Type = type, TimeInForce = tif,
            Quantity = Quantity.Parse(quantity), Price = price is null ? null : Price.Parse(price),
            IcebergQuantity = iceberg is null ? null : Quantity.Parse(iceberg), ClientOrderId = "s" + (++_clientIds), SelfTradePreventionMode = stp,
        };

    /// <summary>The FAQ's ask books (examples 1 to 3), from a separate market maker.</summary>
    public int SeedFaqAsks()
    {
        var maker = Account();
        Limit(maker, BtcUsdt, OrderSide.Sell, "30800", "3");
        Limit(maker, BtcUsdt, OrderSide.Sell, "30500", "3");
        Limit(maker, BtcUsdc, OrderSide.Sell, "30000", "1");
        Limit(maker, BtcUsdc, OrderSide.Sell, "28000", "1");
        Limit(maker, BtcUsdp, OrderSide.Sell, "35000", "1");
        Limit(maker, BtcUsdp, OrderSide.Sell, "29000", "1");
        return maker;
    }

    public OrderState Get(int account, int symbol, long orderId)
    {
        Assert.True(Engine.TryGetOrder(account, symbol, orderId, null, out var order), $"order {orderId} not found");
        return order;
    }

    public decimal Free(int account, int asset) => Engine.GetBalances(account)[asset].Free.ToDecimal();

    public decimal Locked(int account, int asset) => Engine.GetBalances(account)[asset].Locked.ToDecimal();

    /// <summary>The order's own trade and allocation updates of the last command, in order.</summary>
    public List<OrderUpdate> Fills(int symbol, long orderId) =>
        [.. Engine.Output.OrderUpdates.Items.ToArray().Where(u => u.Order.SymbolId == symbol && u.Order.OrderId == orderId && u.ExecutionType == ExecutionType.Trade)];
}
