namespace Spotnet.Engine.Tests;

/// <summary>spec-rest-wsapi.md §d.10 and faqs/opo.md: OCO, OTO, OTOCO, OPO and OPOCO.</summary>
public class OrderListTests
{
    private static OrderListLeg Leg(TestExchange x, OrderType type, OrderSide side, string? price = null, string? quantity = "1",
        string? stop = null, TimeInForce? tif = null) => new()
    {
        Type = type, Side = side, Price = price is null ? null : Price.Parse(price), Quantity = quantity is null ? null : Quantity.Parse(quantity),
        StopPrice = stop is null ? null : Price.Parse(stop), TimeInForce = tif, ClientOrderId = x.NextClientId(),
    };

    private static PlaceOrderList List(TestExchange x, int account, OrderListKind kind, OrderListLeg? working = null,
        OrderListLeg? pending = null, OrderListLeg? above = null, OrderListLeg? below = null) => new()
    {
        Time = x.Tick(), AccountId = account, SymbolId = 0, Kind = kind, ListClientOrderId = x.NextClientId(),
        SelfTradePreventionMode = SelfTradePreventionMode.None, Working = working, Pending = pending, Above = above, Below = below,
    };

    private static (TestExchange X, int Account) WithLastPrice(string price, Func<SymbolConfig, SymbolConfig>? symbol = null)
    {
        var x = new TestExchange(symbol);
        x.Limit(x.Account(), OrderSide.Sell, price, "1");
        x.Limit(x.Account(), OrderSide.Buy, price, "1");
        return (x, x.Account(btc: "10", usdt: "100000"));
    }

    private static PlaceOrderList SellOco(TestExchange x, int a) => List(x, a, OrderListKind.Oco,
        above: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "110"),
        below: Leg(x, OrderType.StopLoss, OrderSide.Sell, stop: "90"));

    [Fact]
    public void Sell_oco_rests_the_limit_maker_and_parks_the_stop_reserving_the_quantity_once()
    {
        var (x, a) = WithLastPrice("100");
        var result = x.Run(SellOco(x, a));
        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(1m, x.Locked(a, TestExchange.Btc));
        var list = x.Engine.GetOrderList(a, result.OrderListId, null)!;
        Assert.Equal((ListOrderStatus.Executing, 2), (list.OrderStatus, list.Orders.Count));
        var stop = x.Get(a, list.Orders[0].OrderId);
        var maker = x.Get(a, list.Orders[1].OrderId);
        Assert.Equal((OrderType.StopLoss, -1L), (stop.Type, stop.WorkingTime));
        Assert.Equal((OrderType.LimitMaker, true), (maker.Type, maker.IsWorking));
        Assert.Equal(result.OrderListId, maker.OrderListId);
        Assert.Equal(Price.Parse("110"), x.Engine.GetDepth(0, 5).Asks[0].Price);
    }

    [Fact]
    public void Oco_limit_leg_fill_expires_the_stop_leg_with_oco_trigger()
    {
        var (x, a) = WithLastPrice("100");
        var result = x.Run(SellOco(x, a));
        var list = x.Engine.GetOrderList(a, result.OrderListId, null)!;
        x.Limit(x.Account(), OrderSide.Buy, "110", "0.5");
        var stop = x.Get(a, list.Orders[0].OrderId);
        Assert.Equal((OrderStatus.Expired, ExpiryReason.OcoTrigger), (stop.Status, stop.ExpiryReason));
        Assert.Equal(OrderStatus.PartiallyFilled, x.Get(a, list.Orders[1].OrderId).Status);
        Assert.Equal(ListOrderStatus.AllDone, x.Engine.GetOrderList(a, result.OrderListId, null)!.OrderStatus);
        Assert.Equal(0.5m, x.Locked(a, TestExchange.Btc));
    }

    [Fact]
    public void Oco_stop_trigger_expires_the_limit_leg_and_sells_at_market()
    {
        var (x, a) = WithLastPrice("100");
        var result = x.Run(SellOco(x, a));
        var list = x.Engine.GetOrderList(a, result.OrderListId, null)!;
        x.Limit(x.Account(), OrderSide.Buy, "85", "5");
        x.Limit(x.Account(), OrderSide.Sell, "90", "0.001");
        x.Limit(x.Account(), OrderSide.Buy, "90", "0.001");
        Assert.Equal(OrderStatus.Expired, x.Get(a, list.Orders[1].OrderId).Status);
        Assert.Equal(OrderStatus.Filled, x.Get(a, list.Orders[0].OrderId).Status);
        Assert.Empty(x.Engine.GetDepth(0, 5).Asks);
        Assert.Equal(0m, x.Locked(a, TestExchange.Btc));
    }

    [Fact]
    public void Canceling_one_oco_leg_cancels_the_whole_list()
    {
        var (x, a) = WithLastPrice("100");
        var result = x.Run(SellOco(x, a));
        var list = x.Engine.GetOrderList(a, result.OrderListId, null)!;
        Assert.True(x.Cancel(a, list.Orders[1].OrderId).IsSuccess);
        Assert.All(list.Orders, o => Assert.Equal(OrderStatus.Canceled, x.Get(a, o.OrderId).Status));
        Assert.Equal(ListOrderStatus.AllDone, x.Engine.GetOrderList(a, result.OrderListId, null)!.OrderStatus);
        Assert.Equal(0m, x.Locked(a, TestExchange.Btc));
        Assert.Empty(x.Engine.GetOrderLists(a, openOnly: true));
    }

    [Fact]
    public void Oco_prices_on_the_wrong_side_of_the_last_price_are_rejected()
    {
        var (x, a) = WithLastPrice("100");
        var result = x.Run(List(x, a, OrderListKind.Oco,
            above: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "110"), below: Leg(x, OrderType.StopLoss, OrderSide.Sell, stop: "105")));
        Assert.Equal((-2010, "The relationship of the prices for the orders is not correct."), (result.Code, result.Message));
    }

    [Fact]
    public void Oco_leg_types_are_checked()
    {
        var (x, a) = WithLastPrice("100");
        var twoLimits = x.Run(List(x, a, OrderListKind.Oco,
            above: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "110"), below: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "90")));
        Assert.Equal(-1168, twoLimits.Code);
        var limit = x.Run(List(x, a, OrderListKind.Oco,
            above: Leg(x, OrderType.Limit, OrderSide.Sell, "110", tif: TimeInForce.Gtc), below: Leg(x, OrderType.StopLoss, OrderSide.Sell, stop: "90")));
        Assert.Equal((-1158, "Order type not supported in OCO."), (limit.Code, limit.Message));
        var swapped = x.Run(List(x, a, OrderListKind.Oco,
            above: Leg(x, OrderType.StopLoss, OrderSide.Sell, stop: "110"), below: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "90")));
        Assert.Equal((-1166, "A limit order in a sell OCO must be above."), (swapped.Code, swapped.Message));
    }

    [Fact]
    public void A_leg_rejection_names_the_single_order_parameter_and_the_leg_it_belongs_to()
    {
        var (x, a) = WithLastPrice("100");
        var noPrice = x.Run(List(x, a, OrderListKind.Oco,
            above: Leg(x, OrderType.LimitMaker, OrderSide.Sell), below: Leg(x, OrderType.StopLoss, OrderSide.Sell, stop: "90")));
        Assert.Equal((-1102, "price", OrderListLegRole.Above), (noPrice.Code, noPrice.Parameter, noPrice.Leg));
        var noTif = x.Run(List(x, a, OrderListKind.Otoco,
            working: Leg(x, OrderType.Limit, OrderSide.Buy, "95", tif: TimeInForce.Gtc),
            above: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "120"),
            below: Leg(x, OrderType.StopLossLimit, OrderSide.Sell, "89", stop: "90")));
        Assert.Equal((-1102, "timeInForce", OrderListLegRole.Below), (noTif.Code, noTif.Parameter, noTif.Leg));
        var stopOnPending = x.Run(List(x, a, OrderListKind.Oto,
            working: Leg(x, OrderType.Limit, OrderSide.Buy, "95", tif: TimeInForce.Gtc),
            pending: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "120", stop: "120")));
        Assert.Equal((-1106, "stopPrice", OrderListLegRole.Pending), (stopOnPending.Code, stopOnPending.Parameter, stopOnPending.Leg));
    }

    [Fact]
    public void Oco_iceberg_leg_without_gtc_is_minus_1160_and_other_lists_keep_unsupported_combination()
    {
        var (x, a) = WithLastPrice("100");
        var ioc = x.Run(List(x, a, OrderListKind.Oco,
            above: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "110"),
            below: Leg(x, OrderType.StopLossLimit, OrderSide.Sell, "89", stop: "90", tif: TimeInForce.Ioc) with { IcebergQuantity = Quantity.Parse("0.2") }));
        Assert.Equal((-1160, "Parameter 'icebergQty' is not supported if aboveTimeInForce/belowTimeInForce is not GTC."), (ioc.Code, ioc.Message));
        Assert.Equal(("icebergQty", OrderListLegRole.Below), (ioc.Parameter, ioc.Leg));
        var otoco = x.Run(List(x, a, OrderListKind.Otoco,
            working: Leg(x, OrderType.Limit, OrderSide.Buy, "95", tif: TimeInForce.Gtc),
            above: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "120"),
            below: Leg(x, OrderType.StopLossLimit, OrderSide.Sell, "89", stop: "90", tif: TimeInForce.Ioc) with { IcebergQuantity = Quantity.Parse("0.2") }));
        Assert.Equal((-2010, "Unsupported order combination"), (otoco.Code, otoco.Message));
        var gtc = x.Run(List(x, a, OrderListKind.Oco,
            above: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "110"),
            below: Leg(x, OrderType.StopLossLimit, OrderSide.Sell, "89", stop: "90", tif: TimeInForce.Gtc) with { IcebergQuantity = Quantity.Parse("0.2") }));
        Assert.True(gtc.IsSuccess, gtc.Message);
    }

    [Fact]
    public void Buy_oco_has_the_stop_above_and_the_limit_maker_below()
    {
        var (x, a) = WithLastPrice("100");
        var result = x.Run(List(x, a, OrderListKind.Oco,
            above: Leg(x, OrderType.StopLossLimit, OrderSide.Buy, "120", stop: "115", tif: TimeInForce.Gtc),
            below: Leg(x, OrderType.LimitMaker, OrderSide.Buy, "90")));
        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(120m, x.Locked(a, TestExchange.Usdt));
    }

    [Fact]
    public void Oto_places_the_pending_order_once_the_working_order_fills()
    {
        var (x, a) = WithLastPrice("100");
        var result = x.Run(List(x, a, OrderListKind.Oto,
            working: Leg(x, OrderType.Limit, OrderSide.Buy, "95", tif: TimeInForce.Gtc),
            pending: Leg(x, OrderType.Limit, OrderSide.Sell, "120", tif: TimeInForce.Gtc)));
        Assert.True(result.IsSuccess, result.Message);
        var list = x.Engine.GetOrderList(a, result.OrderListId, null)!;
        var pending = x.Get(a, list.Orders[1].OrderId);
        Assert.Equal((OrderStatus.PendingNew, -1L, false), (pending.Status, pending.WorkingTime, pending.IsWorking));
        Assert.Empty(x.Engine.GetDepth(0, 5).Asks);
        x.Limit(x.Account(), OrderSide.Sell, "95", "1");
        pending = x.Get(a, list.Orders[1].OrderId);
        Assert.Equal(OrderStatus.New, pending.Status);
        Assert.Equal(x.Now, pending.WorkingTime);
        Assert.Equal(Price.Parse("120"), x.Engine.GetDepth(0, 5).Asks[0].Price);
        Assert.Equal(ListOrderStatus.AllDone, x.Engine.GetOrderList(a, result.OrderListId, null)!.OrderStatus);
    }

    [Fact]
    public void Oto_whose_working_order_expires_expires_the_pending_order()
    {
        var (x, a) = WithLastPrice("100");
        var result = x.Run(List(x, a, OrderListKind.Oto,
            working: Leg(x, OrderType.Limit, OrderSide.Buy, "95", tif: TimeInForce.Ioc),
            pending: Leg(x, OrderType.Limit, OrderSide.Sell, "120", tif: TimeInForce.Gtc)));
        var list = x.Engine.GetOrderList(a, result.OrderListId, null)!;
        var pending = x.Get(a, list.Orders[1].OrderId);
        Assert.Equal((OrderStatus.Expired, ExpiryReason.OtoPhaseOneExpired), (pending.Status, pending.ExpiryReason));
        Assert.Equal(0m, x.Locked(a, TestExchange.Usdt));
    }

    [Fact]
    public void Otoco_places_an_oco_pair_after_the_working_order_fills()
    {
        var (x, a) = WithLastPrice("100");
        var result = x.Run(List(x, a, OrderListKind.Otoco,
            working: Leg(x, OrderType.Limit, OrderSide.Buy, "95", tif: TimeInForce.Gtc),
            above: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "120"),
            below: Leg(x, OrderType.StopLoss, OrderSide.Sell, stop: "90")));
        Assert.True(result.IsSuccess, result.Message);
        x.Limit(x.Account(), OrderSide.Sell, "95", "1");
        var list = x.Engine.GetOrderList(a, result.OrderListId, null)!;
        Assert.Equal(ListOrderStatus.Executing, list.OrderStatus);
        Assert.Equal(OrderStatus.New, x.Get(a, list.Orders[1].OrderId).Status);
        Assert.True(x.Get(a, list.Orders[2].OrderId).IsUntriggered);
        x.Limit(x.Account(), OrderSide.Buy, "120", "1");
        Assert.Equal(OrderStatus.Filled, x.Get(a, list.Orders[1].OrderId).Status);
        Assert.Equal(OrderStatus.Expired, x.Get(a, list.Orders[2].OrderId).Status);
        Assert.Equal(ListOrderStatus.AllDone, x.Engine.GetOrderList(a, result.OrderListId, null)!.OrderStatus);
    }

    [Fact]
    public void Opo_pending_quantity_is_what_the_working_order_received_minus_commission()
    {
        var x = new TestExchange(s => s with
        {
            Commission = new SymbolCommission(new CommissionRates(100_000, 100_000, 0, 0), CommissionRates.Zero, CommissionRates.Zero),
        });
        var a = x.Account(btc: "0");
        var result = x.Run(List(x, a, OrderListKind.Opo,
            working: Leg(x, OrderType.Limit, OrderSide.Buy, "100", "2", tif: TimeInForce.Gtc),
            pending: Leg(x, OrderType.Limit, OrderSide.Sell, "120", quantity: null, tif: TimeInForce.Gtc)));
        Assert.True(result.IsSuccess, result.Message);
        x.Limit(x.Account(), OrderSide.Sell, "100", "2");
        var list = x.Engine.GetOrderList(a, result.OrderListId, null)!;
        var pending = x.Get(a, list.Orders[1].OrderId);
        Assert.Equal(OrderStatus.New, pending.Status);
        Assert.Equal(Quantity.Parse("1.998"), pending.OriginalQuantity);
        Assert.Equal(1.998m, x.Locked(a, TestExchange.Btc));
    }

    [Fact]
    public void Opo_locks_what_the_working_order_receives_fill_by_fill_for_the_pending_order()
    {
        // opo.md: "The received funds from the working order are locked for use by the pending order(s) and not
        // available for trading", from the first partial fill on.
        var x = new TestExchange();
        var a = x.Account(btc: "0");
        var result = x.Run(BuyTwoThenSellAt120(x, a));
        Assert.True(result.IsSuccess, result.Message);
        var list = x.Engine.GetOrderList(a, result.OrderListId, null)!;

        x.Limit(x.Account(), OrderSide.Sell, "100", "0.5");
        Assert.Equal((0m, 0.5m), (x.Free(a, TestExchange.Btc), x.Locked(a, TestExchange.Btc)));
        Assert.Equal(OrderStatus.PendingNew, x.Get(a, list.Orders[1].OrderId).Status);
        var spend = x.Run(x.Order(a, OrderSide.Sell, OrderType.Limit, quantity: "0.5", price: "150", tif: TimeInForce.Gtc));
        Assert.Equal(-2010, spend.Code);
        Assert.Empty(x.Engine.CheckInvariants());

        x.Limit(x.Account(), OrderSide.Sell, "100", "1.5");
        var pending = x.Get(a, list.Orders[1].OrderId);
        Assert.Equal(OrderStatus.New, pending.Status);
        Assert.Equal(Quantity.Parse("2"), pending.OriginalQuantity);
        Assert.Equal((0m, 2m), (x.Free(a, TestExchange.Btc), x.Locked(a, TestExchange.Btc)));
        Assert.Empty(x.Engine.CheckInvariants());
    }

    [Fact]
    public void Opo_canceled_after_a_partial_fill_releases_what_it_had_locked_for_the_pending_order()
    {
        var x = new TestExchange();
        var a = x.Account(btc: "0");
        var result = x.Run(BuyTwoThenSellAt120(x, a));
        x.Limit(x.Account(), OrderSide.Sell, "100", "0.5");
        Assert.Equal(0.5m, x.Locked(a, TestExchange.Btc));
        var canceled = x.Run(new CancelOrderList { Time = x.Tick(), AccountId = a, SymbolId = 0, OrderListId = result.OrderListId, NewClientOrderId = "stop" });
        Assert.True(canceled.IsSuccess, canceled.Message);
        Assert.Equal((0.5m, 0m), (x.Free(a, TestExchange.Btc), x.Locked(a, TestExchange.Btc)));
        Assert.Empty(x.Engine.CheckInvariants());
    }

    // An OPO buying 2 at 100 whose pending order sells what it receives at 120.
    private static PlaceOrderList BuyTwoThenSellAt120(TestExchange x, int account) => List(x, account, OrderListKind.Opo,
        working: Leg(x, OrderType.Limit, OrderSide.Buy, "100", "2", tif: TimeInForce.Gtc),
        pending: Leg(x, OrderType.Limit, OrderSide.Sell, "120", quantity: null, tif: TimeInForce.Gtc));

    [Fact]
    public void Opo_rules_working_must_buy_and_pending_must_sell_without_quantity()
    {
        var (x, a) = WithLastPrice("100");
        var sellWorking = x.Run(List(x, a, OrderListKind.Opo,
            working: Leg(x, OrderType.Limit, OrderSide.Sell, "100", tif: TimeInForce.Gtc),
            pending: Leg(x, OrderType.Limit, OrderSide.Sell, "120", quantity: null, tif: TimeInForce.Gtc)));
        Assert.Equal(-1222, sellWorking.Code);
        var withQuantity = x.Run(List(x, a, OrderListKind.Opo,
            working: Leg(x, OrderType.Limit, OrderSide.Buy, "90", tif: TimeInForce.Gtc),
            pending: Leg(x, OrderType.Limit, OrderSide.Sell, "120", tif: TimeInForce.Gtc)));
        Assert.Equal(-1225, withQuantity.Code);
    }

    [Fact]
    public void Cancel_order_list_gives_every_leg_the_cancel_id_and_the_list_keeps_its_own()
    {
        var (x, a) = WithLastPrice("100");
        var command = SellOco(x, a);
        var placed = x.Run(command);
        var legIds = x.Engine.GetOrderList(a, placed.OrderListId, null)!.Orders;
        var result = x.Run(new CancelOrderList { Time = x.Tick(), AccountId = a, SymbolId = 0, OrderListId = placed.OrderListId, NewClientOrderId = "gone" });
        Assert.True(result.IsSuccess);

        // Each leg's update is a cancel taking the cancel's id, with the leg's own id as origClientOrderId.
        var updates = x.Engine.Output.OrderUpdates.Items.ToArray();
        Assert.Equal(legIds.Select(leg => (leg.OrderId, "gone", (string?)leg.ClientOrderId, ExecutionType.Canceled)),
            updates.Select(u => (u.Order.OrderId, u.Order.ClientOrderId, u.OriginalClientOrderId, u.ExecutionType)));

        // The cancel's list status shows the list's own id and the legs as it held them (the docs' sample).
        var status = Assert.Single(x.Engine.Output.ListUpdates.Items.ToArray());
        Assert.Equal((command.ListClientOrderId, ListOrderStatus.AllDone), (status.ListClientOrderId, status.OrderStatus));
        Assert.Equal(legIds, status.Orders);

        // The list is still found by its own id; the legs now carry the cancel's id, as a canceled order does.
        var list = x.Engine.GetOrderList(a, null, command.ListClientOrderId)!;
        Assert.Equal((placed.OrderListId, ListOrderStatus.AllDone), (list.OrderListId, list.OrderStatus));
        Assert.Null(x.Engine.GetOrderList(a, null, "gone"));
        Assert.All(legIds, leg => Assert.Equal("gone", x.Get(a, leg.OrderId).ClientOrderId));
        Assert.Equal(-2011, x.Run(new CancelOrderList { Time = x.Tick(), AccountId = a, SymbolId = 0, OrderListId = placed.OrderListId, NewClientOrderId = "again" }).Code);
        Assert.Equal(-2011, x.Run(new CancelOrderList { Time = x.Tick(), AccountId = a, SymbolId = 0, ListClientOrderId = command.ListClientOrderId, NewClientOrderId = "again" }).Code);
    }

    [Fact]
    public void Cancelling_one_leg_cancels_the_list_and_every_leg_takes_the_cancel_id()
    {
        var (x, a) = WithLastPrice("100");
        var command = SellOco(x, a);
        var placed = x.Run(command);
        var legIds = x.Engine.GetOrderList(a, placed.OrderListId, null)!.Orders;
        var result = x.Run(new CancelOrder { Time = x.Tick(), AccountId = a, SymbolId = 0, OrderId = legIds[1].OrderId, NewClientOrderId = "leg-cancel" });
        Assert.Equal((true, placed.OrderListId), (result.IsSuccess, result.OrderListId));
        Assert.Equal(legIds.Select(leg => ("leg-cancel", (string?)leg.ClientOrderId, OrderStatus.Canceled)),
            x.Engine.Output.OrderUpdates.Items.ToArray().Select(u => (u.Order.ClientOrderId, u.OriginalClientOrderId, u.Order.Status)));
        var status = Assert.Single(x.Engine.Output.ListUpdates.Items.ToArray());
        Assert.Equal((command.ListClientOrderId, ListOrderStatus.AllDone), (status.ListClientOrderId, status.OrderStatus));
        Assert.Equal(legIds, status.Orders);
    }

    [Fact]
    public void Cancel_all_gives_list_legs_the_client_id_the_single_orders_get()
    {
        var (x, a) = WithLastPrice("100");
        var single = x.Limit(a, OrderSide.Buy, "80", "1", clientId: "single");
        var command = SellOco(x, a);
        var placed = x.Run(command);
        var legIds = x.Engine.GetOrderList(a, placed.OrderListId, null)!.Orders;
        Assert.True(x.Run(new CancelAllOrders { Time = x.Tick(), AccountId = a, SymbolId = 0, NewClientOrderId = "all" }).IsSuccess);
        var expected = new[] { (single.OrderId, "single") }.Concat(legIds).Select(o => (o.Item1, "all", (string?)o.Item2)).OrderBy(o => o.Item1).ToArray();
        Assert.Equal(expected, x.Engine.Output.OrderUpdates.Items.ToArray().Select(u => (u.Order.OrderId, u.Order.ClientOrderId, u.OriginalClientOrderId)).OrderBy(o => o.OrderId).ToArray());
        var status = Assert.Single(x.Engine.Output.ListUpdates.Items.ToArray());
        Assert.Equal(command.ListClientOrderId, status.ListClientOrderId);
        Assert.Equal(legIds, status.Orders);
    }

    [Fact]
    public void Order_list_query_with_both_ids_uses_only_the_list_client_id()
    {
        var (x, a) = WithLastPrice("100");
        var first = SellOco(x, a);
        var firstId = x.Run(first).OrderListId;
        var secondId = x.Run(List(x, a, OrderListKind.Oco,
            above: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "120"), below: Leg(x, OrderType.StopLoss, OrderSide.Sell, stop: "80"))).OrderListId;
        Assert.Equal(firstId, x.Engine.GetOrderList(a, secondId, first.ListClientOrderId)!.OrderListId);
        Assert.Null(x.Engine.GetOrderList(a, secondId, "nope"));
        Assert.Equal(secondId, x.Engine.GetOrderList(a, secondId, null)!.OrderListId);
    }

    [Fact]
    public void Open_list_count_is_limited_by_max_num_order_lists()
    {
        var (x, a) = WithLastPrice("100", s => s with { Filters = TestExchange.DefaultFilters with { MaxNumAlgoOrders = 50 } });
        for (var i = 0; i < 20; i++)
        {
            Assert.True(x.Run(List(x, a, OrderListKind.Oco,
                above: Leg(x, OrderType.LimitMaker, OrderSide.Sell, "110", "0.01"),
                below: Leg(x, OrderType.StopLoss, OrderSide.Sell, quantity: "0.01", stop: "90"))).IsSuccess);
        }

        var result = x.Run(SellOco(x, a));
        Assert.Equal((-1013, "Filter failure: MAX_NUM_ORDER_LISTS"), (result.Code, result.Message));
    }

    [Fact]
    public void Oco_is_refused_when_the_symbol_disables_it()
    {
        var x = new TestExchange(s => s with { OcoAllowed = false });
        var result = x.Run(SellOco(x, x.Account()));
        Assert.Equal("OCO orders are not supported for this symbol", result.Message);
    }
}
