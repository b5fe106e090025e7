namespace Spotnet.Engine.Tests;

/// <summary>
/// An operator may add assets and symbols to a running exchange's configuration (after the existing ones: ids are
/// positions). A snapshot taken before then restores into the grown configuration with its state unchanged, and the
/// additions start empty and work.
/// </summary>
public class GrownConfigurationTests
{
    private const int NewAsset = 3;
    private const int NewSymbol = 2;

    [Fact]
    public void A_snapshot_restores_into_a_configuration_with_assets_and_symbols_added_after_its_own()
    {
        var commands = RandomizedTests.Generate(11, 6_000, accounts: 12);
        var live = new MatchingEngine(RandomizedTests.Config());
        RandomizedTests.Run(live, commands.Take(4_000), false);

        var grown = MatchingEngine.Restore(Grown(), live.Snapshot());

        Assert.Empty(grown.CheckInvariants());
        for (var account = 0; account < 12; account++)
        {
            Assert.Equal(live.GetBalances(account), grown.GetBalances(account).Take(NewAsset));
            Assert.Equal(new Balance(NewAsset, Quantity.Zero, Quantity.Zero), grown.GetBalances(account)[NewAsset]);
            Assert.Equal(live.GetOpenOrders(account), grown.GetOpenOrders(account));
        }

        // The rest of the run, which knows nothing of the additions, gives the same events on both.
        Assert.Equal(RandomizedTests.Run(live, commands.Skip(4_000), false), RandomizedTests.Run(grown, commands.Skip(4_000), false));
        Assert.Empty(grown.CheckInvariants());
    }

    [Fact]
    public void The_added_symbol_and_asset_trade_after_the_restore_and_survive_the_next_snapshot()
    {
        var live = new MatchingEngine(RandomizedTests.Config());
        RandomizedTests.Run(live, RandomizedTests.Generate(12, 3_000, accounts: 8), false);
        var grown = MatchingEngine.Restore(Grown(), live.Snapshot());
        const int Seller = 0, Buyer = 1;
        grown.Execute(new AdjustBalance { Time = 1, AccountId = Seller, Asset = NewAsset, Delta = 10 * Fixed.Scale });

        var sell = grown.Execute(Limit(Seller, OrderSide.Sell, "2", 2));
        var buy = grown.Execute(Limit(Buyer, OrderSide.Buy, "1", 3));

        Assert.True(sell.IsSuccess, sell.ToString());
        Assert.True(buy.IsSuccess, buy.ToString());
        Assert.Single(grown.GetAccountTrades(Buyer, NewSymbol));
        // 1 NEW less the symbol's 0.1 % taker commission, taken in the asset received.
        Assert.Equal(Quantity.Parse("0.999"), grown.GetBalances(Buyer)[NewAsset].Free);
        Assert.Empty(grown.CheckInvariants());
        var again = MatchingEngine.Restore(Grown(), grown.Snapshot());
        Assert.Equal(grown.StateHash(), again.StateHash());
    }

    [Fact]
    public void A_snapshot_does_not_restore_into_a_configuration_with_fewer_symbols()
    {
        var grown = new MatchingEngine(Grown());
        grown.Execute(new CreateAccount { Time = 1, Grants = [] });

        Assert.Throws<InvalidDataException>(() => MatchingEngine.Restore(RandomizedTests.Config(), grown.Snapshot()));
    }

    // The randomized tests' configuration with one more asset and one more symbol (on the new asset) after its own.
    private static ExchangeConfig Grown()
    {
        var config = RandomizedTests.Config();
        return config with
        {
            Assets = [.. config.Assets, new AssetConfig("NEW")],
            Symbols = [.. config.Symbols, config.Symbols[0] with { Name = "NEWUSDT", BaseAsset = NewAsset, QuoteAsset = 1, ReferencePriceCalculation = null, PriceRange = null }],
        };
    }

    private static PlaceOrder Limit(int account, OrderSide side, string quantity, long time) => new()
    {
        Time = time,
        AccountId = account,
        SymbolId = NewSymbol,
        Side = side,
        Type = OrderType.Limit,
        TimeInForce = TimeInForce.Gtc,
        Price = Price.Parse("100"),
        Quantity = Quantity.Parse(quantity),
        ClientOrderId = "grown-" + time.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
