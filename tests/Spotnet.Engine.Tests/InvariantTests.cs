using Spotnet.Engine.Core;

namespace Spotnet.Engine.Tests;

/// <summary>Issue #3: the invariants <see cref="MatchingEngine.CheckInvariants"/> checks, including the open-count ones.</summary>
public class InvariantTests
{
    [Fact]
    public void An_open_list_counter_that_differs_from_the_recount_is_reported()
    {
        var counted = new Account(7, 2, 3);
        var recount = new Account(7, 2, 3);
        counted.OpenLists[2] = 1;
        counted.TotalOpenLists = 1;
        var errors = new List<string>();

        MatchingEngine.CompareOpenCounts(counted, recount, errors);

        Assert.Equal(
            ["Account 7 symbol 2: open order list count 1 != 0.", "Account 7: total open order list count 1 != 0."],
            errors);
    }

    [Fact]
    public void Algo_and_total_counters_that_differ_from_the_recount_are_reported()
    {
        var counted = new Account(1, 2, 1);
        var recount = new Account(1, 2, 1);
        recount.OpenOrders[0] = recount.OpenAlgoOrders[0] = 2;
        recount.TotalOpenOrders = recount.TotalOpenAlgoOrders = 2;
        var errors = new List<string>();

        MatchingEngine.CompareOpenCounts(counted, recount, errors);

        Assert.Equal(
            ["Account 1 symbol 0: open algo order count 0 != 2.", "Account 1: total open order count 0 != 2.", "Account 1: total open algo order count 0 != 2."],
            errors);
    }

    [Fact]
    public void Open_list_counts_follow_a_list_from_placement_to_cancel_and_to_completion()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        var a = x.Account();
        PlaceOrderList Oco() => new()
        {
            Time = x.Tick(), AccountId = a, SymbolId = TestExchange.BtcUsdt, Kind = OrderListKind.Oco, ListClientOrderId = x.NextClientId(),
            SelfTradePreventionMode = SelfTradePreventionMode.None,
            Above = new OrderListLeg { Type = OrderType.LimitMaker, Side = OrderSide.Sell, Price = Price.Parse("110"), Quantity = Quantity.Parse("1"), ClientOrderId = x.NextClientId() },
            Below = new OrderListLeg { Type = OrderType.StopLoss, Side = OrderSide.Sell, StopPrice = Price.Parse("90"), Quantity = Quantity.Parse("1"), ClientOrderId = x.NextClientId() },
        };

        var first = x.Run(Oco());
        x.Run(Oco());
        Assert.Equal((4, 2, 0, 2), x.Engine.GetOpenCounts(a, TestExchange.BtcUsdt));

        x.Run(new CancelOrderList { Time = x.Tick(), AccountId = a, SymbolId = TestExchange.BtcUsdt, OrderListId = first.OrderListId, NewClientOrderId = x.NextClientId() });
        Assert.Equal((2, 1, 0, 1), x.Engine.GetOpenCounts(a, TestExchange.BtcUsdt));

        // The limit leg fills: the stop leg expires and the list completes (Run checks every invariant after each command).
        x.Limit(x.Account(), OrderSide.Buy, "110", "1");
        Assert.Equal((0, 0, 0, 0), x.Engine.GetOpenCounts(a, TestExchange.BtcUsdt));
        Assert.Empty(x.Engine.CheckInvariants());
    }
}
