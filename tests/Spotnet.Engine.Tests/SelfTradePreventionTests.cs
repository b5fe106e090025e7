namespace Spotnet.Engine.Tests;

/// <summary>faqs/stp_faq.md (spec-rest-wsapi.md §d.12): the taker's mode decides; prevented matches are not trades.</summary>
public class SelfTradePreventionTests
{
    [Fact]
    public void Scenario_A_mode_none_trades_with_itself()
    {
        var x = new TestExchange();
        var a = x.Account();
        x.Limit(a, OrderSide.Buy, "1", "1");
        x.Limit(a, OrderSide.Sell, "1", "1", stp: SelfTradePreventionMode.None);
        Assert.Single(x.Engine.Output.Trades.Items.ToArray());
    }

    [Fact]
    public void Scenario_B_expire_maker_expires_every_own_maker_and_the_taker_rests()
    {
        var x = new TestExchange();
        var a = x.Account();
        var m1 = x.Limit(a, OrderSide.Buy, "1.2", "1.2");
        var m2 = x.Limit(a, OrderSide.Buy, "1.1", "1.3");
        var m3 = x.Limit(a, OrderSide.Buy, "1", "8.1");
        var taker = x.Limit(a, OrderSide.Sell, "1", "3", stp: SelfTradePreventionMode.ExpireMaker);
        var prevented = x.Engine.Output.PreventedMatches.Items.ToArray();
        Assert.Equal(3, prevented.Length);
        Assert.Equal([0L, 1L, 2L], prevented.Select(p => p.PreventedMatchId));
        Assert.Equal(Quantity.Parse("1.2"), prevented[0].MakerPreventedQuantity);
        Assert.Equal(Quantity.Zero, prevented[0].TakerPreventedQuantity);
        foreach (var (id, qty) in new[] { (m1.OrderId, "1.2"), (m2.OrderId, "1.3"), (m3.OrderId, "8.1") })
        {
            var maker = x.Get(a, id);
            Assert.Equal(OrderStatus.ExpiredInMatch, maker.Status);
            Assert.Equal(Quantity.Parse(qty), maker.PreventedQuantity);
        }

        Assert.Equal(OrderStatus.New, x.Get(a, taker.OrderId).Status);
        Assert.Empty(x.Engine.Output.Trades.Items.ToArray());
        Assert.Equal(0m, x.Locked(a, TestExchange.Usdt));
    }

    [Fact]
    public void Scenario_C_expire_taker_expires_the_taker_and_keeps_the_makers()
    {
        var x = new TestExchange();
        var a = x.Account();
        var maker = x.Limit(a, OrderSide.Buy, "1.2", "1.2");
        var taker = x.Limit(a, OrderSide.Sell, "1", "3", stp: SelfTradePreventionMode.ExpireTaker);
        var order = x.Get(a, taker.OrderId);
        Assert.Equal(OrderStatus.ExpiredInMatch, order.Status);
        Assert.Equal(Quantity.Parse("3"), order.PreventedQuantity);
        Assert.Equal(0, order.PreventedMatchId);
        Assert.Equal(OrderStatus.New, x.Get(a, maker.OrderId).Status);
        Assert.Equal(0m, x.Locked(a, TestExchange.Btc));
        var update = x.LastUpdate(taker.OrderId);
        Assert.Equal(ExecutionType.TradePrevention, update.ExecutionType);
        Assert.Equal(Quantity.Parse("3"), update.LastPreventedQuantity);
    }

    [Fact]
    public void Scenario_D_expire_both_expires_both_with_their_quantities()
    {
        var x = new TestExchange();
        var a = x.Account();
        var maker = x.Limit(a, OrderSide.Buy, "1", "1");
        var taker = x.Limit(a, OrderSide.Sell, "1", "3", stp: SelfTradePreventionMode.ExpireBoth);
        var prevented = Assert.Single(x.Engine.Output.PreventedMatches.Items.ToArray());
        Assert.Equal((Quantity.Parse("3"), Quantity.Parse("1")), (prevented.TakerPreventedQuantity, prevented.MakerPreventedQuantity));
        Assert.Equal(OrderStatus.ExpiredInMatch, x.Get(a, maker.OrderId).Status);
        Assert.Equal(OrderStatus.ExpiredInMatch, x.Get(a, taker.OrderId).Status);
    }

    [Fact]
    public void Scenario_E_the_takers_mode_decides_over_the_makers()
    {
        var x = new TestExchange();
        var a = x.Account();
        var maker = x.Limit(a, OrderSide.Buy, "1", "1", stp: SelfTradePreventionMode.ExpireMaker);
        var taker = x.Limit(a, OrderSide.Sell, "1", "1", stp: SelfTradePreventionMode.ExpireTaker);
        Assert.Equal(OrderStatus.New, x.Get(a, maker.OrderId).Status);
        Assert.Equal(OrderStatus.ExpiredInMatch, x.Get(a, taker.OrderId).Status);
    }

    [Fact]
    public void Scenario_F_market_taker_with_expire_maker_expires_for_lack_of_liquidity()
    {
        var x = new TestExchange();
        var a = x.Account();
        var maker = x.Limit(a, OrderSide.Buy, "1", "1");
        var taker = x.Market(a, OrderSide.Sell, quantity: "1", stp: SelfTradePreventionMode.ExpireMaker);
        Assert.Equal(OrderStatus.ExpiredInMatch, x.Get(a, maker.OrderId).Status);
        var order = x.Get(a, taker.OrderId);
        Assert.Equal(OrderStatus.Expired, order.Status);
        Assert.Equal(Quantity.Zero, order.ExecutedQuantity);
    }

    [Fact]
    public void Scenario_G_decrement_prevents_the_smaller_quantity_on_both_and_expires_the_smaller_order()
    {
        var x = new TestExchange();
        var a = x.Account();
        var maker = x.Limit(a, OrderSide.Buy, "2", "6");
        var taker = x.Limit(a, OrderSide.Sell, "2", "2", stp: SelfTradePreventionMode.Decrement);
        var makerState = x.Get(a, maker.OrderId);
        var takerState = x.Get(a, taker.OrderId);
        Assert.Equal(OrderStatus.New, makerState.Status);
        Assert.Equal(Quantity.Parse("2"), makerState.PreventedQuantity);
        Assert.Equal(OrderStatus.ExpiredInMatch, takerState.Status);
        Assert.Equal(Quantity.Parse("2"), takerState.PreventedQuantity);
        Assert.Equal(makerState.PreventedMatchId, takerState.PreventedMatchId);
        Assert.Equal(Quantity.Parse("4"), x.Engine.GetDepth(0, 5).Bids[0].Quantity);
        Assert.Equal(8m, x.Locked(a, TestExchange.Usdt));
    }

    [Fact]
    public void Scenario_H_transfer_moves_the_prevented_quantity_between_accounts_of_one_trade_group()
    {
        var x = new TestExchange();
        var maker = x.Account(btc: "20000", usdt: "20000", tradeGroupId: 1);
        var taker = x.Account(btc: "20000", usdt: "20000", tradeGroupId: 1);
        x.Limit(maker, OrderSide.Buy, "0.2", "0.2", stp: SelfTradePreventionMode.Transfer);
        x.Limit(taker, OrderSide.Sell, "0.2", "0.2", stp: SelfTradePreventionMode.Transfer);
        Assert.Empty(x.Engine.Output.Trades.Items.ToArray());
        Assert.Equal(SelfTradePreventionMode.Transfer, Assert.Single(x.Engine.Output.PreventedMatches.Items.ToArray()).Mode);
        Assert.Equal(20000.2m, x.Free(maker, TestExchange.Btc));
        Assert.Equal(19999.96m, x.Free(maker, TestExchange.Usdt));
        Assert.Equal(19999.8m, x.Free(taker, TestExchange.Btc));
        Assert.Equal(20000.04m, x.Free(taker, TestExchange.Usdt));
    }

    [Fact]
    public void Transfer_taker_against_a_non_transfer_maker_behaves_as_decrement()
    {
        var x = new TestExchange();
        var maker = x.Account(tradeGroupId: 1);
        var taker = x.Account(tradeGroupId: 1);
        x.Limit(maker, OrderSide.Buy, "1", "1", stp: SelfTradePreventionMode.None);
        var before = x.Free(maker, TestExchange.Btc);
        x.Limit(taker, OrderSide.Sell, "1", "1", stp: SelfTradePreventionMode.Transfer);
        Assert.Equal(SelfTradePreventionMode.Decrement, Assert.Single(x.Engine.Output.PreventedMatches.Items.ToArray()).Mode);
        Assert.Equal(before, x.Free(maker, TestExchange.Btc));
    }

    [Fact]
    public void Accounts_without_a_trade_group_trade_with_each_other_despite_stp()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Buy, "1", "1");
        x.Limit(x.Account(), OrderSide.Sell, "1", "1", stp: SelfTradePreventionMode.ExpireBoth);
        Assert.Single(x.Engine.Output.Trades.Items.ToArray());
    }

    [Fact]
    public void Prevented_matches_are_queryable_per_account()
    {
        var x = new TestExchange();
        var a = x.Account();
        x.Limit(a, OrderSide.Buy, "1", "1");
        x.Limit(a, OrderSide.Sell, "1", "1", stp: SelfTradePreventionMode.ExpireTaker);
        Assert.Single(x.Engine.GetPreventedMatches(a, 0));
    }

    [Fact]
    public void A_mode_the_symbol_does_not_allow_is_rejected()
    {
        var x = new TestExchange(s => s with { AllowedSelfTradePreventionModes = SelfTradePreventionModes.NoPrevention | SelfTradePreventionModes.ExpireMaker });
        var result = x.Limit(x.Account(), OrderSide.Buy, "1", "1", stp: SelfTradePreventionMode.Decrement);
        Assert.Equal((-1013, "This symbol does not allow the specified self-trade prevention mode."), (result.Code, result.Message));
    }

    [Fact]
    public void Without_a_mode_the_symbol_default_applies()
    {
        var x = new TestExchange();
        var a = x.Account();
        var command = x.Order(a, OrderSide.Buy, OrderType.Limit, "1", "1", TimeInForce.Gtc) with { SelfTradePreventionMode = null };
        var result = x.Run(command);
        Assert.Equal(SelfTradePreventionMode.ExpireMaker, x.Get(a, result.OrderId).SelfTradePreventionMode);
    }
}
