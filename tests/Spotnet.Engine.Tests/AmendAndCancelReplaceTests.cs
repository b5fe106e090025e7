namespace Spotnet.Engine.Tests;

/// <summary>faqs/order_amend_keep_priority.md (§d.11) and cancel-replace (§d.9).</summary>
public class AmendAndCancelReplaceTests
{
    private static AmendOrder Amend(TestExchange x, int account, long orderId, string quantity, string? clientId = null) => new()
    {
        Time = x.Tick(), AccountId = account, SymbolId = 0, OrderId = orderId, NewClientOrderId = clientId ?? x.NextClientId(),
        NewQuantity = Quantity.Parse(quantity),
    };

    [Fact]
    public void Amend_down_keeps_queue_priority()
    {
        var x = new TestExchange();
        var a = x.Account();
        var b = x.Account();
        var first = x.Limit(a, OrderSide.Buy, "87000", "5.5");
        var second = x.Limit(b, OrderSide.Buy, "87000", "4");
        var amend = x.Run(Amend(x, a, first.OrderId, "5"));
        Assert.True(amend.IsSuccess);
        Assert.Equal(ExecutionType.Replaced, x.LastUpdate(first.OrderId).ExecutionType);
        x.Limit(x.Account(), OrderSide.Sell, "87000", "5");
        Assert.Equal(OrderStatus.Filled, x.Get(a, first.OrderId).Status);
        Assert.Equal(OrderStatus.New, x.Get(b, second.OrderId).Status);
        Assert.Equal(0m, x.Locked(a, TestExchange.Usdt));
    }

    [Fact]
    public void Amend_releases_the_reservation_it_no_longer_needs()
    {
        var x = new TestExchange();
        var a = x.Account(usdt: "1000");
        var order = x.Limit(a, OrderSide.Buy, "100", "5");
        x.Run(Amend(x, a, order.OrderId, "2"));
        Assert.Equal(200m, x.Locked(a, TestExchange.Usdt));
        Assert.Equal(Quantity.Parse("2"), x.Engine.GetDepth(0, 5).Bids[0].Quantity);
        var amendments = x.Engine.GetAmendments(a, 0, order.OrderId);
        Assert.Equal((Quantity.Parse("5"), Quantity.Parse("2")), (amendments[0].OriginalQuantity, amendments[0].NewQuantity));
    }

    [Fact]
    public void Amend_up_is_rejected()
    {
        var x = new TestExchange();
        var a = x.Account();
        var order = x.Limit(a, OrderSide.Buy, "100", "1");
        var result = x.Run(Amend(x, a, order.OrderId, "2"));
        Assert.Equal((-2038, "Order amend (quantity increase) is not supported."), (result.Code, result.Message));
    }

    [Fact]
    public void Amend_to_the_same_quantity_would_change_no_state()
    {
        var x = new TestExchange();
        var a = x.Account();
        var order = x.Limit(a, OrderSide.Buy, "100", "1");
        var result = x.Run(Amend(x, a, order.OrderId, "1"));
        Assert.Equal((-2038, "The requested action would change no state; rejecting"), (result.Code, result.Message));
    }

    [Fact]
    public void Amend_beyond_max_num_order_amends_is_rejected()
    {
        var x = new TestExchange();
        var a = x.Account();
        var order = x.Limit(a, OrderSide.Buy, "100", "20");
        for (var i = 0; i < 10; i++)
        {
            Assert.True(x.Run(Amend(x, a, order.OrderId, (19 - i).ToString(System.Globalization.CultureInfo.InvariantCulture))).IsSuccess);
        }

        var result = x.Run(Amend(x, a, order.OrderId, "5"));
        Assert.Equal((-2038, "Filter failure: MAX_NUM_ORDER_AMENDS"), (result.Code, result.Message));
    }

    [Fact]
    public void Amend_is_refused_when_the_symbol_disables_it()
    {
        var x = new TestExchange(s => s with { AmendAllowed = false });
        var a = x.Account();
        var order = x.Limit(a, OrderSide.Buy, "100", "2");
        Assert.Equal("Order amend is not supported for this symbol.", x.Run(Amend(x, a, order.OrderId, "1")).Message);
    }

    private static CancelReplace Replace(TestExchange x, int account, long orderId, PlaceOrder newOrder, CancelReplaceMode mode) => new()
    {
        Time = x.Tick(),
        Mode = mode,
        Cancel = new CancelOrder { Time = x.Now, AccountId = account, SymbolId = 0, OrderId = orderId, NewClientOrderId = x.NextClientId() },
        NewOrder = newOrder,
    };

    [Fact]
    public void Cancel_replace_cancels_and_places()
    {
        var x = new TestExchange();
        var a = x.Account();
        var old = x.Limit(a, OrderSide.Buy, "100", "1");
        var result = x.Engine.CancelReplace(Replace(x, a, old.OrderId, x.Order(a, OrderSide.Buy, OrderType.Limit, "101", "1", TimeInForce.Gtc), CancelReplaceMode.StopOnFailure));
        Assert.True(result.IsSuccess);
        Assert.Equal(OrderStatus.Canceled, x.Get(a, old.OrderId).Status);
        Assert.Equal(OrderStatus.New, x.Get(a, result.NewOrder.OrderId).Status);
    }

    [Fact]
    public void Stop_on_failure_does_not_attempt_the_new_order_when_the_cancel_fails()
    {
        var x = new TestExchange();
        var a = x.Account();
        var result = x.Engine.CancelReplace(Replace(x, a, 999, x.Order(a, OrderSide.Buy, OrderType.Limit, "101", "1", TimeInForce.Gtc), CancelReplaceMode.StopOnFailure));
        Assert.Equal((CancelReplaceStatus.Failure, CancelReplaceStatus.NotAttempted), (result.CancelStatus, result.NewOrderStatus));
        Assert.Equal(-2011, result.Cancel.Code);
        Assert.Empty(x.Engine.GetOpenOrders(a));
    }

    [Fact]
    public void Allow_failure_places_the_new_order_even_when_the_cancel_fails()
    {
        var x = new TestExchange();
        var a = x.Account();
        var result = x.Engine.CancelReplace(Replace(x, a, 999, x.Order(a, OrderSide.Buy, OrderType.Limit, "101", "1", TimeInForce.Gtc), CancelReplaceMode.AllowFailure));
        Assert.Equal((CancelReplaceStatus.Failure, CancelReplaceStatus.Success), (result.CancelStatus, result.NewOrderStatus));
    }

    [Fact]
    public void A_failing_new_order_still_leaves_the_old_order_canceled()
    {
        var x = new TestExchange();
        var a = x.Account();
        var old = x.Limit(a, OrderSide.Buy, "100", "1");
        x.Limit(x.Account(), OrderSide.Sell, "105", "1");
        var maker = x.Order(a, OrderSide.Buy, OrderType.LimitMaker, "106", "1");
        var result = x.Engine.CancelReplace(Replace(x, a, old.OrderId, maker, CancelReplaceMode.StopOnFailure));
        Assert.Equal((CancelReplaceStatus.Success, CancelReplaceStatus.Failure), (result.CancelStatus, result.NewOrderStatus));
        Assert.Equal("Order would immediately match and take.", result.NewOrder.Message);
        Assert.Equal(OrderStatus.Canceled, x.Get(a, old.OrderId).Status);
    }

    [Fact]
    public void A_filter_failure_rejects_the_whole_request_before_the_cancel()
    {
        var x = new TestExchange();
        var a = x.Account();
        var old = x.Limit(a, OrderSide.Buy, "100", "1");
        var bad = x.Order(a, OrderSide.Buy, OrderType.Limit, "100.001", "1", TimeInForce.Gtc);
        var result = x.Engine.CancelReplace(Replace(x, a, old.OrderId, bad, CancelReplaceMode.StopOnFailure));
        Assert.Equal((-1013, "Filter failure: PRICE_FILTER"), (result.NewOrder.Code, result.NewOrder.Message));
        Assert.Equal(CancelReplaceStatus.NotAttempted, result.CancelStatus);
        Assert.Equal(OrderStatus.New, x.Get(a, old.OrderId).Status);
    }

    [Fact]
    public void A_parameter_the_new_orders_type_requires_or_forbids_rejects_the_whole_request_before_the_cancel()
    {
        var x = new TestExchange();
        var a = x.Account();
        var old = x.Limit(a, OrderSide.Buy, "100", "1");
        (PlaceOrder Order, int Code, string Message)[] cases =
        [
            (x.Order(a, OrderSide.Buy, OrderType.Limit, null, "1", TimeInForce.Gtc), -1102,
                "Mandatory parameter 'price' was not sent, was empty/null, or malformed."),
            (x.Order(a, OrderSide.Buy, OrderType.Limit, "101", "1"), -1102,
                "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed."),
            (x.Order(a, OrderSide.Buy, OrderType.Limit, "101", "1", TimeInForce.Gtc, stopPrice: "90"), -1106,
                "Parameter 'stopPrice' sent when not required."),
            (x.Order(a, OrderSide.Buy, OrderType.LimitMaker, "101", "1", TimeInForce.Gtc), -1114,
                "TimeInForce parameter sent when not required."),
        ];
        foreach (var (order, code, message) in cases)
        {
            foreach (var mode in new[] { CancelReplaceMode.StopOnFailure, CancelReplaceMode.AllowFailure })
            {
                var result = x.Engine.CancelReplace(Replace(x, a, old.OrderId, order, mode));
                Assert.Equal((CancelReplaceStatus.NotAttempted, CancelReplaceStatus.Failure), (result.CancelStatus, result.NewOrderStatus));
                Assert.Equal((code, message), (result.NewOrder.Code, result.NewOrder.Message));
                Assert.Equal(OrderStatus.New, x.Get(a, old.OrderId).Status);
            }
        }

        Assert.Single(x.Engine.GetOpenOrders(a));
    }

    [Fact]
    public void Cancel_order_id_with_another_client_id_fails_the_cancel_with_minus_2039_and_amend_too()
    {
        var x = new TestExchange();
        var a = x.Account();
        var old = x.Limit(a, OrderSide.Buy, "100", "2", clientId: "mine");
        var replace = Replace(x, a, old.OrderId, x.Order(a, OrderSide.Buy, OrderType.Limit, "101", "1", TimeInForce.Gtc), CancelReplaceMode.StopOnFailure);
        replace = replace with { Cancel = replace.Cancel with { OriginalClientOrderId = "nope" } };
        var result = x.Engine.CancelReplace(replace);
        Assert.Equal((CancelReplaceStatus.Failure, CancelReplaceStatus.NotAttempted), (result.CancelStatus, result.NewOrderStatus));
        Assert.Equal((-2039, "Client order ID is not correct for this order ID."), (result.Cancel.Code, result.Cancel.Message));

        var amend = x.Run(Amend(x, a, old.OrderId, "1") with { OriginalClientOrderId = "nope" });
        Assert.Equal((-2039, "Client order ID is not correct for this order ID."), (amend.Code, amend.Message));
        Assert.Equal((Quantity.Parse("2"), OrderStatus.New), (x.Get(a, old.OrderId).OriginalQuantity, x.Get(a, old.OrderId).Status));
        Assert.True(x.Run(Amend(x, a, old.OrderId, "1") with { OriginalClientOrderId = "mine" }).IsSuccess);
    }

    [Fact]
    public void The_new_order_may_reuse_the_canceled_orders_client_id()
    {
        var x = new TestExchange();
        var a = x.Account();
        var old = x.Limit(a, OrderSide.Buy, "100", "1", clientId: "keep");
        var again = x.Order(a, OrderSide.Buy, OrderType.Limit, "101", "1", TimeInForce.Gtc, clientId: "keep");
        Assert.True(x.Engine.CancelReplace(Replace(x, a, old.OrderId, again, CancelReplaceMode.StopOnFailure)).IsSuccess);
    }

    [Fact]
    public void Cancel_replace_is_refused_when_the_symbol_disables_it()
    {
        var x = new TestExchange(s => s with { CancelReplaceAllowed = false });
        var a = x.Account();
        var old = x.Limit(a, OrderSide.Buy, "100", "1");
        var result = x.Engine.CancelReplace(Replace(x, a, old.OrderId, x.Order(a, OrderSide.Buy, OrderType.Limit, "101", "1", TimeInForce.Gtc), CancelReplaceMode.StopOnFailure));
        Assert.Equal("Order cancel-replace is not supported for this symbol.", result.Cancel.Message);
        Assert.Equal(OrderStatus.New, x.Get(a, old.OrderId).Status);
    }

    [Fact]
    public void A_limit_maker_that_crosses_only_the_order_it_replaces_is_placed()
    {
        // The placement follows the cancel, so the LIMIT_MAKER rule reads the book without the canceled order.
        var x = new TestExchange();
        var a = x.Account();
        var old = x.Limit(a, OrderSide.Sell, "105", "1");
        x.Limit(x.Account(), OrderSide.Sell, "107", "1");
        var maker = x.Order(a, OrderSide.Buy, OrderType.LimitMaker, "105", "1");
        var result = x.Engine.CancelReplace(Replace(x, a, old.OrderId, maker, CancelReplaceMode.StopOnFailure));
        Assert.Equal((CancelReplaceStatus.Success, CancelReplaceStatus.Success), (result.CancelStatus, result.NewOrderStatus));
        Assert.Equal(OrderStatus.Canceled, x.Get(a, old.OrderId).Status);
        Assert.Equal(OrderStatus.New, x.Get(a, result.NewOrder.OrderId).Status);
        Assert.Empty(x.Engine.Output.Trades.Items.ToArray());
    }

    [Fact]
    public void A_cancel_id_equal_to_another_open_orders_client_id_does_not_take_over_its_index_entry()
    {
        var x = new TestExchange();
        var a = x.Account();
        var open = x.Limit(a, OrderSide.Buy, "99", "1", clientId: "taken");
        var old = x.Limit(a, OrderSide.Buy, "100", "1");
        var replace = Replace(x, a, old.OrderId, x.Order(a, OrderSide.Buy, OrderType.Limit, "101", "1", TimeInForce.Gtc), CancelReplaceMode.StopOnFailure);
        replace = replace with { Cancel = replace.Cancel with { NewClientOrderId = "taken" } };
        Assert.True(x.Engine.CancelReplace(replace).IsSuccess);

        Assert.True(x.Engine.TryGetOrder(a, TestExchange.BtcUsdt, null, "taken", out var found));
        Assert.Equal((open.OrderId, OrderStatus.New), (found.OrderId, found.Status));
        var duplicate = x.Limit(a, OrderSide.Buy, "98", "1", clientId: "taken");
        Assert.Equal("Duplicate order sent.", duplicate.Message);
    }
}
