namespace Spotnet.Engine.Tests.Sor;

/// <summary>Random limit, market and SOR orders on the three books of an SOR group: every invariant after every command, and replay determinism.</summary>
public class SorRandomizedTests
{
    internal static List<EngineCommand> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var x = new SorExchange();
        var commands = new List<EngineCommand>();
        var accounts = 6;
        for (var i = 0; i < accounts; i++)
        {
            commands.Add(new CreateAccount
            {
                Time = x.Tick(),
                TradeGroupId = i % 3 == 0 ? 1 : -1,
                Grants = [new(SorExchange.Btc, TestExchange.Units("50")), new(SorExchange.Usdt, TestExchange.Units("2000000")),
                    new(SorExchange.Usdc, TestExchange.Units("2000000")), new(SorExchange.Usdp, TestExchange.Units("2000000"))],
            });
        }

        SelfTradePreventionMode[] modes = [SelfTradePreventionMode.None, SelfTradePreventionMode.ExpireTaker, SelfTradePreventionMode.ExpireMaker,
            SelfTradePreventionMode.ExpireBoth, SelfTradePreventionMode.Decrement];
        for (var i = 0; i < count; i++)
        {
            var account = random.Next(accounts);
            var side = random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
            var price = (29_000 + random.Next(-40, 41) * 25).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var quantity = (random.Next(1, 300) / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var stp = modes[random.Next(modes.Length)];
            var roll = random.Next(10);
            if (roll < 6)
            {
                commands.Add(new PlaceOrder
                {
                    Time = x.Tick(), AccountId = account, SymbolId = random.Next(3), Side = side, Type = OrderType.Limit, TimeInForce = TimeInForce.Gtc,
                    Price = Price.Parse(price), Quantity = Quantity.Parse(quantity), ClientOrderId = "o" + i, SelfTradePreventionMode = stp,
                });
            }
            else
            {
                var market = roll == 9;
                TimeInForce[] tifs = [TimeInForce.Gtc, TimeInForce.Ioc, TimeInForce.Fok];
                commands.Add(new PlaceSorOrder
                {
                    Time = x.Tick(), AccountId = account, SymbolId = random.Next(3), Side = side, Type = market ? OrderType.Market : OrderType.Limit,
                    TimeInForce = market ? null : tifs[random.Next(3)], Price = market ? null : Price.Parse(price), Quantity = Quantity.Parse(quantity),
                    ClientOrderId = "s" + i, SelfTradePreventionMode = stp,
                });
            }
        }

        return commands;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Random_sor_and_book_orders_keep_every_invariant_after_every_command(int seed)
    {
        var x = new SorExchange();
        foreach (var command in Generate(seed, 3_000))
        {
            x.Run(command);
        }

        var allocations = Enumerable.Range(0, 6).Sum(a => x.Engine.GetAllocations(a, 0).Count + x.Engine.GetAllocations(a, 1).Count + x.Engine.GetAllocations(a, 2).Count);
        Assert.True(allocations > 100, $"only {allocations} allocations: the generator does not exercise routing");
    }

    [Fact]
    public void Snapshot_plus_replay_of_sor_commands_equals_the_live_state()
    {
        var commands = Generate(3, 2_000);
        var config = new SorExchange().Config;
        var live = new MatchingEngine(config);
        foreach (var command in commands.Take(1_000))
        {
            live.Execute(command);
        }

        var restored = MatchingEngine.Restore(config, live.Snapshot());
        foreach (var command in commands.Skip(1_000))
        {
            live.Execute(command);
            restored.Execute(command);
        }

        Assert.Equal(live.StateHash(), restored.StateHash());
    }
}
