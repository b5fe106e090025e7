namespace Spotnet.Engine.Tests;

/// <summary>spec-rest-wsapi.md §d.7 (client ids) and the cancel endpoints of rest-api.md.</summary>
public class CancelTests
{
    [Fact]
    public void Cancel_releases_the_reservation_and_takes_the_new_client_id()
    {
        var x = new TestExchange();
        var a = x.Account(usdt: "1000");
        var order = x.Limit(a, OrderSide.Buy, "100", "2", clientId: "mine");
        var cancel = x.Run(new CancelOrder { Time = x.Tick(), AccountId = a, SymbolId = 0, OrderId = order.OrderId, NewClientOrderId = "cancel1" });
        Assert.True(cancel.IsSuccess);
        Assert.Equal(1000m, x.Free(a, TestExchange.Usdt));
        var update = x.LastUpdate(order.OrderId);
        Assert.Equal(ExecutionType.Canceled, update.ExecutionType);
        Assert.Equal("cancel1", update.Order.ClientOrderId);
        Assert.Equal("mine", update.OriginalClientOrderId);
        Assert.Empty(x.Engine.GetDepth(0, 5).Bids);
    }

    [Fact]
    public void Cancel_by_client_id_finds_the_open_order()
    {
        var x = new TestExchange();
        var a = x.Account();
        var order = x.Limit(a, OrderSide.Buy, "100", "1", clientId: "abc");
        var cancel = x.Run(new CancelOrder { Time = x.Tick(), AccountId = a, SymbolId = 0, OriginalClientOrderId = "abc", NewClientOrderId = "x" });
        Assert.Equal(order.OrderId, cancel.OrderId);
    }

    [Fact]
    public void Cancel_of_an_unknown_or_closed_order_returns_minus_2011()
    {
        var x = new TestExchange();
        var a = x.Account();
        var order = x.Limit(a, OrderSide.Buy, "100", "1");
        x.Cancel(a, order.OrderId);
        var again = x.Cancel(a, order.OrderId);
        Assert.Equal((-2011, "Unknown order sent."), (again.Code, again.Message));
        Assert.Equal(-2011, x.Cancel(a, 999).Code);
    }

    [Fact]
    public void Another_accounts_order_cannot_be_canceled()
    {
        var x = new TestExchange();
        var order = x.Limit(x.Account(), OrderSide.Buy, "100", "1");
        Assert.Equal(-2011, x.Cancel(x.Account(), order.OrderId).Code);
    }

    [Fact]
    public void Order_id_and_client_id_must_agree_when_both_are_sent()
    {
        var x = new TestExchange();
        var a = x.Account();
        var order = x.Limit(a, OrderSide.Buy, "100", "1", clientId: "abc");
        var result = x.Run(new CancelOrder
        {
            Time = x.Tick(), AccountId = a, SymbolId = 0, OrderId = order.OrderId, OriginalClientOrderId = "other", NewClientOrderId = "x",
        });
        Assert.Equal((-2039, "Client order ID is not correct for this order ID."), (result.Code, result.Message));
        Assert.Equal(OrderStatus.New, x.Get(a, order.OrderId).Status);
    }

    [Fact]
    public void Order_id_with_a_wrong_client_id_is_unknown_when_the_order_is_closed_or_another_accounts()
    {
        var x = new TestExchange();
        var a = x.Account();
        var b = x.Account();
        var closed = x.Limit(a, OrderSide.Buy, "100", "1", clientId: "abc");
        Assert.True(x.Cancel(a, closed.OrderId).IsSuccess);
        var others = x.Limit(b, OrderSide.Buy, "100", "1", clientId: "theirs");

        // A cancel looks among open orders of the account: nothing there has that id, so it is not the client id that is wrong.
        var cancelClosed = x.Run(new CancelOrder
        {
            Time = x.Tick(), AccountId = a, SymbolId = 0, OrderId = closed.OrderId, OriginalClientOrderId = "other", NewClientOrderId = "x",
        });
        var cancelOthers = x.Run(new CancelOrder
        {
            Time = x.Tick(), AccountId = a, SymbolId = 0, OrderId = others.OrderId, OriginalClientOrderId = "other", NewClientOrderId = "y",
        });
        Assert.Equal((-2011, "Unknown order sent."), (cancelClosed.Code, cancelClosed.Message));
        Assert.Equal((-2011, "Unknown order sent."), (cancelOthers.Code, cancelOthers.Message));
        Assert.Equal(OrderStatus.New, x.Get(b, others.OrderId).Status);
    }

    [Fact]
    public void Cancel_restrictions_only_new_refuses_a_partially_filled_order()
    {
        var x = new TestExchange();
        var a = x.Account();
        var order = x.Limit(a, OrderSide.Buy, "100", "2");
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        var result = x.Cancel(a, order.OrderId, CancelRestrictions.OnlyNew);
        Assert.Equal((-2011, "Order was not canceled due to cancel restrictions."), (result.Code, result.Message));
        Assert.True(x.Cancel(a, order.OrderId, CancelRestrictions.OnlyPartiallyFilled).IsSuccess);
    }

    [Fact]
    public void Duplicate_client_id_among_open_orders_is_rejected()
    {
        var x = new TestExchange();
        var a = x.Account();
        x.Limit(a, OrderSide.Buy, "100", "1", clientId: "dup");
        var result = x.Limit(a, OrderSide.Buy, "99", "1", clientId: "dup");
        Assert.Equal((-2010, "Duplicate order sent."), (result.Code, result.Message));
    }

    [Fact]
    public void A_client_id_is_reusable_once_its_order_is_filled()
    {
        var x = new TestExchange();
        var a = x.Account();
        x.Limit(a, OrderSide.Buy, "100", "1", clientId: "again");
        x.Limit(x.Account(), OrderSide.Sell, "100", "1");
        Assert.True(x.Limit(a, OrderSide.Buy, "100", "1", clientId: "again").IsSuccess);
    }

    [Fact]
    public void Another_account_may_use_the_same_client_id()
    {
        var x = new TestExchange();
        x.Limit(x.Account(), OrderSide.Buy, "100", "1", clientId: "same");
        Assert.True(x.Limit(x.Account(), OrderSide.Buy, "100", "1", clientId: "same").IsSuccess);
    }

    [Fact]
    public void Cancel_all_cancels_every_open_order_on_the_symbol_with_one_client_id()
    {
        var x = new TestExchange();
        var a = x.Account();
        x.Limit(a, OrderSide.Buy, "100", "1");
        x.Limit(a, OrderSide.Sell, "200", "1");
        var result = x.Run(new CancelAllOrders { Time = x.Tick(), AccountId = a, SymbolId = 0, NewClientOrderId = "all" });
        Assert.True(result.IsSuccess);
        var updates = x.Engine.Output.OrderUpdates.Items.ToArray();
        Assert.Equal(2, updates.Length);
        Assert.All(updates, u => Assert.Equal(("all", OrderStatus.Canceled), (u.Order.ClientOrderId, u.Order.Status)));
        Assert.Empty(x.Engine.GetOpenOrders(a));
    }

    [Fact]
    public void Cancel_all_without_open_orders_returns_minus_2011()
    {
        var x = new TestExchange();
        var result = x.Run(new CancelAllOrders { Time = x.Tick(), AccountId = x.Account(), SymbolId = 0, NewClientOrderId = "all" });
        Assert.Equal(-2011, result.Code);
    }

    [Fact]
    public void Queries_see_open_and_closed_orders_of_the_epoch()
    {
        var x = new TestExchange();
        var a = x.Account();
        var first = x.Limit(a, OrderSide.Buy, "100", "1");
        x.Limit(a, OrderSide.Buy, "99", "1");
        x.Cancel(a, first.OrderId);
        Assert.Equal(2, x.Engine.GetAllOrders(a, 0).Count);
        Assert.Single(x.Engine.GetOpenOrders(a, 0));
        Assert.Equal(OrderStatus.Canceled, x.Get(a, first.OrderId).Status);
    }

    [Fact]
    public void System_accounts_do_not_retain_closed_orders()
    {
        var x = new TestExchange();
        var maker = x.Account(system: true);
        var order = x.Limit(maker, OrderSide.Buy, "100", "1");
        x.Cancel(maker, order.OrderId);
        Assert.False(x.Engine.TryGetOrder(maker, 0, order.OrderId, null, out _));
        Assert.Empty(x.Engine.GetAllOrders(maker, 0));
    }

    [Fact]
    public void A_system_account_order_canceled_with_a_new_client_id_frees_both_ids_and_leaves_other_orders_findable()
    {
        var x = new TestExchange();
        var maker = x.Account(system: true);
        var kept = x.Limit(maker, OrderSide.Buy, "99", "1", clientId: "kept");
        var order = x.Limit(maker, OrderSide.Buy, "100", "1", clientId: "first");
        x.Run(new CancelOrder { Time = x.Tick(), AccountId = maker, SymbolId = 0, OriginalClientOrderId = "first", NewClientOrderId = "cancel-1" });

        Assert.False(x.Engine.TryGetOrder(maker, 0, null, "first", out _));
        Assert.False(x.Engine.TryGetOrder(maker, 0, null, "cancel-1", out _));
        Assert.True(x.Engine.TryGetOrder(maker, 0, null, "kept", out var found));
        Assert.Equal(kept.OrderId, found.OrderId);
        Assert.Equal("cancel-1", Assert.Single(x.Engine.Output.OrderUpdates.Items.ToArray()).Order.ClientOrderId);

        // Both ids can be used again, and the new orders are found by them.
        var again = x.Limit(maker, OrderSide.Buy, "100", "1", clientId: "first");
        var reused = x.Limit(maker, OrderSide.Buy, "98", "1", clientId: "cancel-1");
        Assert.True(again.IsSuccess && reused.IsSuccess);
        Assert.True(x.Engine.TryGetOrder(maker, 0, null, "cancel-1", out var byNewId));
        Assert.Equal(reused.OrderId, byNewId.OrderId);
        Assert.NotEqual(order.OrderId, again.OrderId);
    }

    [Fact]
    public void Reset_erases_orders_and_balances_but_keeps_accounts_and_id_counters()
    {
        var x = new TestExchange();
        var a = x.Account();
        var before = x.Limit(a, OrderSide.Buy, "100", "1");
        x.Run(new Reset { Time = x.Tick(), Grants = [new AssetAmount(TestExchange.Usdt, TestExchange.Units("500"))] });
        Assert.Empty(x.Engine.GetOpenOrders(a));
        Assert.Empty(x.Engine.GetDepth(0, 5).Bids);
        Assert.Equal(500m, x.Free(a, TestExchange.Usdt));
        Assert.Equal(0m, x.Free(a, TestExchange.Btc));
        var after = x.Limit(a, OrderSide.Buy, "100", "1");
        Assert.True(after.OrderId > before.OrderId);
    }
}
