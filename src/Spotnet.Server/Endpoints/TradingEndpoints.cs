using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Json;
using Spotnet.Server.Api;
using Spotnet.Server.Exchange;
using Spotnet.Server.Storage;
using E = Spotnet.Engine;
using M = Spotnet.Protocol.Models.Trading;
using Models = Spotnet.Protocol.Models;

namespace Spotnet.Server.Endpoints;

/// <summary>
/// Trading endpoints on the engine host: new order (and test), query, cancel, cancel all, open and all orders,
/// amend keep-priority.
/// </summary>
public static class TradingEndpoints
{
    /// <summary>Most rows a history query returns.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Rows a history query returns by default.</summary>
    public const int DefaultLimit = 500;

    private const long DayMicroseconds = 86_400_000_000;

    /// <summary>Adds the trading endpoints.</summary>
    public static ApiRouteTable MapTrading(this ApiRouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes
            .Map(EndpointId.NewOrder, NewOrderAsync, TradingParameters.EnumsOf(EndpointId.NewOrder))
            .Map(EndpointId.TestNewOrder, TestOrderAsync, TradingParameters.EnumsOf(EndpointId.TestNewOrder))
            .Map(EndpointId.QueryOrder, QueryOrderAsync)
            .Map(EndpointId.CancelOrder, CancelOrderAsync, TradingParameters.EnumsOf(EndpointId.CancelOrder))
            .Map(EndpointId.CancelOpenOrders, CancelOpenOrdersAsync)
            .Map(EndpointId.OpenOrders, OpenOrdersAsync)
            .Map(EndpointId.AllOrders, AllOrdersAsync)
            .Map(EndpointId.AmendOrderKeepPriority, AmendAsync);
    }

    /// <summary>The engine host serving the request.</summary>
    public static ExchangeHost Host(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Services.GetRequiredService<ExchangeHost>();
    }

    private static async ValueTask<ApiResult> NewOrderAsync(ApiRequest request)
    {
        var host = Host(request);
        if (TradingParameters.ReadOrder(request, host.Catalog, out var command) is { } invalid)
        {
            return invalid;
        }

        var responseType = TradingParameters.ResponseType(request, command.Type);
        var (error, placement) = await host.RunAsync(session =>
        {
            if (request.CheckRecvWindowBeforeEngine() is { } late)
            {
                return (late, null);
            }

            var account = session.Account(request.AccountId);
            var placed = command with { AccountId = account, Time = session.Now };
            var result = session.Execute(placed);
            return result.IsSuccess
                ? ((SpotError?)null, OrderPlacement.Capture(session, account, placed.SymbolId, result.OrderId, placed.Time))
                : (TradingMapping.Error(result), (OrderPlacement?)null);
        }, request).ConfigureAwait(false);
        return error is { } failure
            ? failure
            : ApiResult.Json(TradingMapping.NewOrder(request, host.Catalog, placement!, responseType), SpotJsonContext.Default.NewOrderResponse, NewOrderResponseWriter.Write);
    }

    private static async ValueTask<ApiResult> TestOrderAsync(ApiRequest request)
    {
        var host = Host(request);
        if (TradingParameters.ReadOrder(request, host.Catalog, out var command) is { } invalid)
        {
            return invalid;
        }

        var test = await host.RunAsync(session =>
            session.TestOrder(command with { AccountId = session.Account(request.AccountId), Time = session.Now })).ConfigureAwait(false);
        return TestOrderAnswer(request, test);
    }

    /// <summary>
    /// The answer of <c>order/test</c> and <c>sor/order/test</c>: the rejection, <c>{}</c>, or the commission rates with
    /// <c>computeCommissionRates</c> (<c>specialCommissionForOrder</c> included for both: the 2025-08-05 changelog adds it,
    /// though the SOR sample lacks it).
    /// </summary>
    internal static ApiResult TestOrderAnswer(ApiRequest request, E.TestOrderResult test)
    {
        if (!test.Result.IsSuccess)
        {
            return TradingMapping.Error(test.Result);
        }

        if (!request.GetBoolean("computeCommissionRates", false))
        {
            return ApiResult.Json(new Models.General.EmptyResponse(), SpotJsonContext.Default.EmptyResponse);
        }

        return ApiResult.Json(new M.TestOrderCommission
        {
            StandardCommissionForOrder = Rate(test.Standard),
            SpecialCommissionForOrder = Rate(test.Special),
            TaxCommissionForOrder = Rate(test.Tax),
            Discount = AccountEndpoints.Discount,
        }, SpotJsonContext.Default.TestOrderCommission);

        static Models.Account.CommissionRate Rate(E.CommissionForOrder rate) =>
            new() { Maker = TradingMapping.Amount(rate.Maker), Taker = TradingMapping.Amount(rate.Taker) };
    }

    private static async ValueTask<ApiResult> QueryOrderAsync(ApiRequest request)
    {
        var (orderId, clientOrderId, missing) = TradingParameters.Reference(request, "orderId", "origClientOrderId");
        if (missing is { } missingReference)
        {
            return missingReference;
        }

        var host = Host(request);
        var symbolId = TradingParameters.SymbolId(request, host.Catalog);
        // "The orderId is searched first, then the origClientOrderId from that result is checked against that order":
        // an order found by id whose client id differs is -2039, not "Order does not exist.".
        var order = await host.FindOrderAsync(request.AccountId, symbolId, orderId, orderId is null ? clientOrderId : null).ConfigureAwait(false);
        if (order is not { } found)
        {
            return SpotError.NoSuchOrder;
        }

        return clientOrderId is not null && found.ClientOrderId != clientOrderId
            ? SpotError.ClientOrderIdInvalid
            : ApiResult.Json(TradingMapping.Queried(request, host.Catalog, found), SpotJsonContext.Default.Order);
    }

    private static async ValueTask<ApiResult> CancelOrderAsync(ApiRequest request)
    {
        var (orderId, clientOrderId, missing) = TradingParameters.Reference(request, "orderId", "origClientOrderId");
        if (missing is { } missingReference)
        {
            return missingReference;
        }

        var host = Host(request);
        var symbolId = TradingParameters.SymbolId(request, host.Catalog);
        var restrictions = TradingParameters.Enum<CancelRestrictions, E.CancelRestrictions>(request, "cancelRestrictions") ?? E.CancelRestrictions.None;
        var newClientOrderId = TradingParameters.ClientOrderId(request, "newClientOrderId");
        var (error, canceled) = await host.RunAsync(session =>
        {
            if (request.CheckRecvWindowBeforeEngine() is { } late)
            {
                return (late, default);
            }

            var account = session.Account(request.AccountId);
            var result = session.Execute(new E.CancelOrder
            {
                Time = session.Now,
                AccountId = account,
                SymbolId = symbolId,
                OrderId = orderId,
                OriginalClientOrderId = clientOrderId,
                NewClientOrderId = newClientOrderId,
                CancelRestrictions = restrictions,
            });
            return result.IsSuccess ? ((SpotError?)null, CanceledUpdate(session, symbolId, result.OrderId)) : (TradingMapping.Error(result), default);
        }, request).ConfigureAwait(false);
        return error is { } failure
            ? failure
            : ApiResult.Json(TradingMapping.Canceled(request, host.Catalog, canceled), SpotJsonContext.Default.CanceledOrder);
    }

    private static async ValueTask<ApiResult> CancelOpenOrdersAsync(ApiRequest request)
    {
        var host = Host(request);
        var symbolId = TradingParameters.SymbolId(request, host.Catalog);
        var (error, updates, lists) = await host.RunAsync(session =>
        {
            if (request.CheckRecvWindowBeforeEngine() is { } late)
            {
                return (late, [], []);
            }

            var account = session.Account(request.AccountId);
            var result = session.Execute(new E.CancelAllOrders
            {
                Time = session.Now, AccountId = account, SymbolId = symbolId, NewClientOrderId = TradingParameters.NewClientOrderId(),
            });
            return result.IsSuccess
                ? ((SpotError?)null, Canceled(session.Output.OrderUpdates.Items), session.Output.ListUpdates.Items.ToArray())
                : (TradingMapping.Error(result), (List<E.OrderUpdate>)[], (E.ListStatus[])[]);
        }, request).ConfigureAwait(false);
        if (error is { } failure)
        {
            return failure;
        }

        var cancellations = new List<M.OpenOrderCancellation>();
        var listed = new HashSet<long>();
        foreach (var update in updates)
        {
            if (update.Order.OrderListId < 0)
            {
                cancellations.Add(new M.OpenOrderCancellation { Order = TradingMapping.Canceled(request, host.Catalog, update) });
            }
            else if (listed.Add(update.Order.OrderListId) && Array.FindLast(lists, list => list.OrderListId == update.Order.OrderListId) is { } list)
            {
                var reports = updates.FindAll(leg => leg.Order.OrderListId == list.OrderListId)
                    .ConvertAll(leg => TradingMapping.Canceled(request, host.Catalog, leg));
                cancellations.Add(new M.OpenOrderCancellation { OrderList = TradingListEndpoints.CanceledList(request, host.Catalog, list, reports) });
            }
        }

        return ApiResult.Json<IReadOnlyList<M.OpenOrderCancellation>>(cancellations, SpotJsonContext.Default.IReadOnlyListOpenOrderCancellation);
    }

    private static async ValueTask<ApiResult> OpenOrdersAsync(ApiRequest request)
    {
        var host = Host(request);
        var symbolId = request.Get("symbol") is { } symbol ? host.Catalog.SymbolId(symbol) : (int?)null;
        var orders = await host.RunAsync(session => session.Engine.GetOpenOrders(session.Account(request.AccountId), symbolId)).ConfigureAwait(false);
        return Orders(request, host, orders);
    }

    private static async ValueTask<ApiResult> AllOrdersAsync(ApiRequest request)
    {
        var host = Host(request);
        var symbolId = TradingParameters.SymbolId(request, host.Catalog);
        if (Window(request) is { Error: { } windowError })
        {
            return windowError;
        }

        var (start, end, _) = Window(request);
        var orderId = request.GetLong("orderId");
        if (Limit(request) is not { } limit)
        {
            return SpotError.InvalidParameterValue("limit");
        }

        // What is selected below, asked of the history store too, so a long history is not read whole.
        // endTime alone: the newest orders up to it ("With endTime, returns most recent items up to endTime").
        var range = start is not null || end is not null
            ? new HistoryRange { FromTime = start ?? long.MinValue, ToTime = end ?? long.MaxValue, Limit = limit, Newest = start is null }
            : orderId is { } fromOrder ? new HistoryRange { FromId = fromOrder, Limit = limit } : new HistoryRange { Limit = limit, Newest = true };
        var orders = await host.AllOrdersAsync(request.AccountId, symbolId, range).ConfigureAwait(false);
        IEnumerable<E.OrderState> selected = orders;
        if (start is not null || end is not null)
        {
            selected = Window(orders.Where(order => order.Time >= (start ?? long.MinValue) && order.Time <= (end ?? long.MaxValue)), start, limit);
        }
        else if (orderId is { } from)
        {
            selected = orders.Where(order => order.OrderId >= from).Take(limit);
        }
        else
        {
            selected = orders.Skip(Math.Max(0, orders.Count - limit));
        }

        return Orders(request, host, [.. selected]);
    }

    private static async ValueTask<ApiResult> AmendAsync(ApiRequest request)
    {
        var (orderId, clientOrderId, missing) = TradingParameters.Reference(request, "orderId", "origClientOrderId");
        if (missing is { } missingReference)
        {
            return missingReference;
        }

        var host = Host(request);
        var symbolId = TradingParameters.SymbolId(request, host.Catalog);
        var newQuantity = new E.Quantity(TradingParameters.Units(request, "newQty")!.Value);
        var newClientOrderId = TradingParameters.ClientOrderId(request, "newClientOrderId");
        var (error, update, list) = await host.RunAsync(session =>
        {
            if (request.CheckRecvWindowBeforeEngine() is { } late)
            {
                return (late, default, null);
            }

            var account = session.Account(request.AccountId);
            var result = session.Execute(new E.AmendOrder
            {
                Time = session.Now, AccountId = account, SymbolId = symbolId, OrderId = orderId, OriginalClientOrderId = clientOrderId,
                NewClientOrderId = newClientOrderId, NewQuantity = newQuantity,
            });
            if (!result.IsSuccess)
            {
                return (TradingMapping.Error(result), default, null);
            }

            var amended = default(E.OrderUpdate);
            foreach (var item in session.Output.OrderUpdates.Items)
            {
                if (item.Order.OrderId == result.OrderId && item.Order.SymbolId == symbolId)
                {
                    amended = item;
                }
            }

            return ((SpotError?)null, amended, amended.Order.OrderListId >= 0 ? session.GetOrderList(account, amended.Order.OrderListId) : null);
        }, request).ConfigureAwait(false);
        if (error is { } failure)
        {
            return failure;
        }

        var order = update.Order;
        return ApiResult.Json(new M.OrderAmendResponse
        {
            TransactTime = TradingMapping.Time(request, update.TransactTime),
            ExecutionId = update.ExecutionId,
            AmendedOrder = new M.AmendedOrder
            {
                Symbol = host.Catalog.SymbolName(order.SymbolId),
                OrderId = order.OrderId,
                OrderListId = order.OrderListId,
                OriginalClientOrderId = update.OriginalClientOrderId ?? order.ClientOrderId,
                ClientOrderId = order.ClientOrderId,
                Price = TradingMapping.Amount(order.Price.Units),
                Quantity = TradingMapping.Amount(order.OriginalQuantity.Units),
                ExecutedQuantity = TradingMapping.Amount(order.ExecutedQuantity.Units),
                PreventedQuantity = TradingMapping.Amount(order.PreventedQuantity.Units),
                QuoteOrderQuantity = TradingMapping.Amount(order.OriginalQuoteOrderQuantity.Units),
                CumulativeQuoteQuantity = TradingMapping.Amount(order.CumulativeQuoteQuantity.Units),
                Status = TradingMapping.Map<E.OrderStatus, OrderStatus>(order.Status),
                TimeInForce = TradingMapping.Map<E.TimeInForce, TimeInForce>(order.TimeInForce),
                Type = TradingMapping.Map<E.OrderType, OrderType>(order.Type),
                Side = TradingMapping.Map<E.OrderSide, OrderSide>(order.Side),
                WorkingTime = order.IsWorking ? TradingMapping.Time(request, order.WorkingTime) : null,
                SelfTradePreventionMode = TradingMapping.Map<E.SelfTradePreventionMode, SelfTradePreventionMode>(order.SelfTradePreventionMode),
            },
            ListStatus = list is null ? null : new M.AmendedOrderListStatus
            {
                OrderListId = list.OrderListId,
                ContingencyType = list.Kind == E.OrderListKind.Oco ? ContingencyType.Oco : ContingencyType.Oto,
                ListOrderStatus = TradingMapping.Map<E.ListOrderStatus, ListOrderStatus>(list.OrderStatus),
                ListClientOrderId = list.ListClientOrderId,
                Symbol = host.Catalog.SymbolName(list.SymbolId),
                Orders = [.. list.Orders.Select(leg => new M.OrderListEntry { Symbol = host.Catalog.SymbolName(list.SymbolId), OrderId = leg.OrderId, ClientOrderId = leg.ClientOrderId })],
            },
        }, SpotJsonContext.Default.OrderAmendResponse);
    }

    /// <summary>The <c>startTime</c>/<c>endTime</c> window in µs; wider than 24 hours is <c>-1127</c>.</summary>
    public static (long? Start, long? End, SpotError? Error) Window(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = Microseconds(request.GetLong("startTime"));
        var end = Microseconds(request.GetLong("endTime"));
        // In 128 bits: a startTime far in the past saturates near long.MinValue (M13), and end − start would wrap.
        return start is { } from && end is { } to && (Int128)to - from > DayMicroseconds
            ? (start, end, SpotError.MoreThanHours(24))
            : (start, end, null);
    }

    /// <summary>
    /// The items of a time window in chronological order, as the general API rules select them: with <c>startTime</c> the
    /// oldest from it, with only <c>endTime</c> the most recent up to it, <paramref name="limit"/> of them either way.
    /// </summary>
    public static IEnumerable<T> Window<T>(IEnumerable<T> chronological, long? start, int limit) =>
        start is null ? chronological.TakeLast(limit) : chronological.Take(limit);

    /// <summary>The <c>limit</c> parameter: default 500, at most 1000 (larger values are cut to it), null when zero or negative (-1130, fidelity M1).</summary>
    public static int? Limit(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = request.GetLong("limit") ?? DefaultLimit;
        return limit <= 0 ? null : (int)Math.Min(limit, MaxLimit);
    }

    // Request times are milliseconds, or microseconds when 16 digits (like timestamp).
    private static long? Microseconds(long? time) =>
        time is { } value ? (value >= 100_000_000_000_000 ? value : MarketDataRequests.MillisecondsAsMicroseconds(value)) : null;

    private static ApiResult Orders(ApiRequest request, ExchangeHost host, IReadOnlyList<E.OrderState> orders) =>
        ApiResult.Json<IReadOnlyList<M.Order>>(
            [.. orders.Select(order => TradingMapping.Queried(request, host.Catalog, order))], SpotJsonContext.Default.IReadOnlyListOrder);

    private static E.OrderUpdate CanceledUpdate(ExchangeSession session, int symbolId, long orderId)
    {
        var found = default(E.OrderUpdate);
        foreach (var update in session.Output.OrderUpdates.Items)
        {
            if (update.Order.OrderId == orderId && update.Order.SymbolId == symbolId)
            {
                found = update;
            }
        }

        return found;
    }

    private static List<E.OrderUpdate> Canceled(ReadOnlySpan<E.OrderUpdate> updates)
    {
        var canceled = new List<E.OrderUpdate>();
        foreach (var update in updates)
        {
            if (update.ExecutionType == E.ExecutionType.Canceled)
            {
                canceled.Add(update);
            }
        }

        return canceled;
    }
}
