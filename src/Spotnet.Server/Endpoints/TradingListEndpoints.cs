using System.Globalization;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Json;
using Spotnet.Server.Api;
using Spotnet.Server.Storage;
using Spotnet.Server.Exchange;
using E = Spotnet.Engine;
using M = Spotnet.Protocol.Models.Trading;

namespace Spotnet.Server.Endpoints;

/// <summary>Order list endpoints: OCO, OTO, OTOCO, OPO, OPOCO placement, list cancel and list queries.</summary>
public static class TradingListEndpoints
{
    private static readonly string[] LegPrefixes = ["above", "below", "working", "pending", "pendingAbove", "pendingBelow", "limit", "stop"];

    /// <summary>Adds the order list endpoints.</summary>
    public static ApiRouteTable MapTradingLists(this ApiRouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes
            .Map(EndpointId.NewOrderListOco, request => PlaceAsync(request, E.OrderListKind.Oco), TradingParameters.EnumsOf(EndpointId.NewOrderListOco))
            .Map(EndpointId.NewOrderListOto, request => PlaceAsync(request, E.OrderListKind.Oto), TradingParameters.EnumsOf(EndpointId.NewOrderListOto))
            .Map(EndpointId.NewOrderListOtoco, request => PlaceAsync(request, E.OrderListKind.Otoco), TradingParameters.EnumsOf(EndpointId.NewOrderListOtoco))
            .Map(EndpointId.NewOrderListOpo, request => PlaceAsync(request, E.OrderListKind.Opo), TradingParameters.EnumsOf(EndpointId.NewOrderListOpo))
            .Map(EndpointId.NewOrderListOpoco, request => PlaceAsync(request, E.OrderListKind.Opoco), TradingParameters.EnumsOf(EndpointId.NewOrderListOpoco))
            .Map(EndpointId.NewOcoDeprecated, request => PlaceAsync(request, E.OrderListKind.Oco, ReadDeprecatedOco), TradingParameters.EnumsOf(EndpointId.NewOcoDeprecated))
            .Map(EndpointId.CancelOrderList, CancelAsync)
            .Map(EndpointId.QueryOrderList, QueryAsync)
            .Map(EndpointId.AllOrderLists, AllAsync)
            .Map(EndpointId.OpenOrderLists, OpenAsync);
    }

    /// <summary>A canceled list with its canceled legs' reports.</summary>
    public static M.CanceledOrderList CanceledList(ApiRequest request, ExchangeCatalog catalog, E.ListStatus list, IReadOnlyList<M.CanceledOrder> reports)
    {
        ArgumentNullException.ThrowIfNull(list);
        var summary = List(request, catalog, list);
        return new M.CanceledOrderList
        {
            OrderListId = summary.OrderListId,
            ContingencyType = summary.ContingencyType,
            ListStatusType = summary.ListStatusType,
            ListOrderStatus = summary.ListOrderStatus,
            ListClientOrderId = summary.ListClientOrderId,
            TransactionTime = summary.TransactionTime,
            Symbol = summary.Symbol,
            Orders = summary.Orders,
            OrderReports = reports,
        };
    }

    /// <summary>The list object of queries (no <c>orderReports</c>).</summary>
    public static M.OrderList List(ApiRequest request, ExchangeCatalog catalog, E.ListStatus list)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(list);
        var symbol = catalog.SymbolName(list.SymbolId);
        return new M.OrderList
        {
            OrderListId = list.OrderListId,
            // OTO, OTOCO, OPO and OPOCO all show OTO on the wire.
            ContingencyType = list.Kind == E.OrderListKind.Oco ? ContingencyType.Oco : ContingencyType.Oto,
            ListStatusType = TradingMapping.Map<E.ListStatusType, ListStatusType>(list.StatusType),
            ListOrderStatus = TradingMapping.Map<E.ListOrderStatus, ListOrderStatus>(list.OrderStatus),
            ListClientOrderId = list.ListClientOrderId,
            TransactionTime = TradingMapping.Time(request, list.TransactionTime),
            Symbol = symbol,
            Orders = [.. list.Orders.Select(leg => new M.OrderListEntry { Symbol = symbol, OrderId = leg.OrderId, ClientOrderId = leg.ClientOrderId })],
        };
    }

    private static async ValueTask<ApiResult> PlaceAsync(
        ApiRequest request, E.OrderListKind kind, Func<ApiRequest, E.PlaceOrderList, E.PlaceOrderList>? legs = null)
    {
        // The deprecated endpoint names its legs' parameters its own way (limit/stop, not above/below).
        Func<E.PlaceOrderList, E.OrderListLegRole, string, string> names = legs is null
            ? (_, role, parameter) => LegParameter(kind, role, parameter)
            : DeprecatedOcoParameter;
        var host = Host(request);
        var symbolId = TradingParameters.SymbolId(request, host.Catalog);
        foreach (var prefix in LegPrefixes)
        {
            if (TradingParameters.Int(request, prefix + "StrategyType") < 1_000_000)
            {
                return SpotError.BadStrategyType;
            }
        }

        foreach (var prefix in LegPrefixes)
        {
            if (TradingParameters.PegOffsets(request, prefix) is { } peg)
            {
                return peg;
            }
        }

        var command = legs is null ? Read(request, kind, symbolId) : legs(request, Header(request, kind, symbolId));

        var responseType = request.Get("newOrderRespType") is { } text && WireEnum.TryParse(text.AsSpan(), out OrderResponseType parsed)
            ? parsed
            : OrderResponseType.Full;
        var (error, list, placements) = await host.RunAsync(session =>
        {
            if (request.CheckRecvWindowBeforeEngine() is { } late)
            {
                return (late, null, []);
            }

            var account = session.Account(request.AccountId);
            var placed = command with { AccountId = account, Time = session.Now };
            var result = session.Execute(placed);
            if (!result.IsSuccess)
            {
                return (LegError(result, placed, names), (E.ListStatus?)null, (List<OrderPlacement>)[]);
            }

            // rest-api.md (OTO; OTOCO's and OPO's working orders behave the same): "if the working order gets immediately
            // fully filled, the placement response will show the working order as FILLED but the pending order will still
            // appear as PENDING_NEW": pending legs, and the list, are answered as placed (fidelity T20).
            var status = session.GetOrderList(account, result.OrderListId)!;
            var hasPending = kind is not E.OrderListKind.Oco;
            var legs = status.Orders.Select((leg, index) => hasPending && index > 0
                ? OrderPlacement.AsPlaced(session, account, symbolId, leg.OrderId, placed.Time)
                : OrderPlacement.Capture(session, account, symbolId, leg.OrderId, placed.Time)).ToList();
            var response = Find(session.Output.ListUpdates.Items, result.OrderListId, first: hasPending) ?? status;
            return ((SpotError?)null, (E.ListStatus?)response, legs);
        }, request).ConfigureAwait(false);
        if (error is { } failure)
        {
            return failure;
        }

        var summary = List(request, host.Catalog, list!);
        return ApiResult.Json(new M.NewOrderList
        {
            OrderListId = summary.OrderListId,
            ContingencyType = summary.ContingencyType,
            ListStatusType = summary.ListStatusType,
            ListOrderStatus = summary.ListOrderStatus,
            ListClientOrderId = summary.ListClientOrderId,
            TransactionTime = summary.TransactionTime,
            Symbol = summary.Symbol,
            Orders = summary.Orders,
            OrderReports = [.. placements.Select((placement, index) => PendingWithoutQuantity(kind, index)
                ? TradingMapping.NewOrder(request, host.Catalog, placement, responseType) with { OriginalQuantity = null }
                : TradingMapping.NewOrder(request, host.Catalog, placement, responseType))],
        }, SpotJsonContext.Default.NewOrderList);
    }

    private static async ValueTask<ApiResult> CancelAsync(ApiRequest request)
    {
        var (orderListId, listClientOrderId, missing) = TradingParameters.Reference(request, "orderListId", "listClientOrderId");
        if (missing is { } missingReference)
        {
            return missingReference;
        }

        var host = Host(request);
        var symbolId = TradingParameters.SymbolId(request, host.Catalog);
        var newClientOrderId = TradingParameters.ClientOrderId(request, "newClientOrderId");
        var (error, list, legs) = await host.RunAsync(session =>
        {
            if (request.CheckRecvWindowBeforeEngine() is { } late)
            {
                return (late, null, []);
            }

            var account = session.Account(request.AccountId);
            var result = session.Execute(new E.CancelOrderList
            {
                Time = session.Now, AccountId = account, SymbolId = symbolId, OrderListId = orderListId,
                ListClientOrderId = listClientOrderId, NewClientOrderId = newClientOrderId,
            });
            if (!result.IsSuccess)
            {
                return (TradingMapping.Error(result), (E.ListStatus?)null, (List<E.OrderUpdate>)[]);
            }

            var canceled = new List<E.OrderUpdate>();
            foreach (var update in session.Output.OrderUpdates.Items)
            {
                if (update.Order.OrderListId == result.OrderListId && update.ExecutionType == E.ExecutionType.Canceled)
                {
                    canceled.Add(update);
                }
            }

            return ((SpotError?)null, FindLast(session.Output.ListUpdates.Items, result.OrderListId) ?? session.GetOrderList(account, result.OrderListId), canceled);
        }, request).ConfigureAwait(false);
        return error is { } failure
            ? failure
            : ApiResult.Json(
                CanceledList(request, host.Catalog, list!, [.. legs.Select(leg => TradingMapping.Canceled(request, host.Catalog, leg))]),
                SpotJsonContext.Default.CanceledOrderList);
    }

    private static async ValueTask<ApiResult> QueryAsync(ApiRequest request)
    {
        var (orderListId, listClientOrderId, missing) = TradingParameters.Reference(request, "orderListId", "origClientOrderId");
        if (missing is { } missingReference)
        {
            return missingReference;
        }

        var host = Host(request);
        var list = await host.FindOrderListAsync(request.AccountId, orderListId, listClientOrderId).ConfigureAwait(false);
        return list is null
            ? SpotError.NoSuchOrder
            : ApiResult.Json(List(request, host.Catalog, list), SpotJsonContext.Default.OrderList);
    }

    private static async ValueTask<ApiResult> AllAsync(ApiRequest request)
    {
        var fromId = request.GetLong("fromId");
        var (start, end, windowError) = TradingEndpoints.Window(request);
        if (fromId is not null && (start is not null || end is not null))
        {
            return SpotError.OptionalParametersBadCombination;
        }

        if (windowError is { } error)
        {
            return error;
        }

        if (TradingEndpoints.Limit(request) is not { } limit)
        {
            return SpotError.InvalidParameterValue("limit");
        }

        var host = Host(request);
        // What is selected below, asked of the history store too, so a long history is not read whole.
        var range = fromId is { } first ? new HistoryRange { FromId = first, Limit = limit }
            : start is not null || end is not null ? new HistoryRange { FromTime = start ?? long.MinValue, ToTime = end ?? long.MaxValue, Limit = limit, Newest = start is null }
            : new HistoryRange { Limit = limit, Newest = true };
        var lists = await host.OrderListsAsync(request.AccountId, range).ConfigureAwait(false);
        IEnumerable<E.ListStatus> selected;
        if (fromId is { } from)
        {
            selected = lists.Where(list => list.OrderListId >= from).Take(limit);
        }
        else if (start is not null || end is not null)
        {
            selected = TradingEndpoints.Window(lists.Where(list => list.TransactionTime >= (start ?? long.MinValue) && list.TransactionTime <= (end ?? long.MaxValue)), start, limit);
        }
        else
        {
            selected = lists.Skip(Math.Max(0, lists.Count - limit));
        }

        return Lists(request, host, [.. selected]);
    }

    private static async ValueTask<ApiResult> OpenAsync(ApiRequest request)
    {
        var host = Host(request);
        var lists = await host.RunAsync(session => session.Engine.GetOrderLists(session.Account(request.AccountId), true)).ConfigureAwait(false);
        return Lists(request, host, lists);
    }

    private static ApiResult Lists(ApiRequest request, ExchangeHost host, IReadOnlyList<E.ListStatus> lists) =>
        ApiResult.Json<IReadOnlyList<M.OrderList>>([.. lists.Select(list => List(request, host.Catalog, list))], SpotJsonContext.Default.IReadOnlyListOrderList);

    // OPO and OPOCO pending legs take their quantity from the working order's fills, so their reports have no origQty.
    private static bool PendingWithoutQuantity(E.OrderListKind kind, int index) =>
        kind is E.OrderListKind.Opo or E.OrderListKind.Opoco && index > 0;

    private static ExchangeHost Host(ApiRequest request) => TradingEndpoints.Host(request);

    private static E.ListStatus? FindLast(ReadOnlySpan<E.ListStatus> updates, long orderListId) => Find(updates, orderListId, first: false);

    private static E.ListStatus? Find(ReadOnlySpan<E.ListStatus> updates, long orderListId, bool first)
    {
        E.ListStatus? found = null;
        foreach (var update in updates)
        {
            if (update.OrderListId == orderListId)
            {
                found = update;
                if (first)
                {
                    break;
                }
            }
        }

        return found;
    }

    private static E.PlaceOrderList Header(ApiRequest request, E.OrderListKind kind, int symbolId) => new()
    {
        Time = 0,
        AccountId = -1,
        SymbolId = symbolId,
        Kind = kind,
        ListClientOrderId = TradingParameters.ClientOrderId(request, "listClientOrderId"),
        SelfTradePreventionMode = TradingParameters.Enum<SelfTradePreventionMode, E.SelfTradePreventionMode>(request, "selfTradePreventionMode"),
    };

    // The deprecated POST /api/v3/order/oco: a LIMIT_MAKER leg and a STOP_LOSS(_LIMIT) leg; for a SELL the limit leg
    // is above and the stop below, for a BUY the other way round.
    private static E.PlaceOrderList ReadDeprecatedOco(ApiRequest request, E.PlaceOrderList command)
    {
        var side = TradingParameters.Enum<OrderSide, E.OrderSide>(request, "side")!.Value;
        var quantity = new E.Quantity(TradingParameters.Units(request, "quantity")!.Value);
        var limit = new E.OrderListLeg
        {
            Type = E.OrderType.LimitMaker,
            Side = side,
            Quantity = quantity,
            Price = new E.Price(TradingParameters.Units(request, "price")!.Value),
            IcebergQuantity = TradingParameters.Units(request, "limitIcebergQty") is { } iceberg ? new E.Quantity(iceberg) : null,
            ClientOrderId = TradingParameters.ClientOrderId(request, "limitClientOrderId"),
            StrategyId = request.GetLong("limitStrategyId"),
            StrategyType = TradingParameters.Int(request, "limitStrategyType"),
        };
        var stopLimitPrice = TradingParameters.Units(request, "stopLimitPrice");
        var stop = new E.OrderListLeg
        {
            Type = stopLimitPrice is null ? E.OrderType.StopLoss : E.OrderType.StopLossLimit,
            Side = side,
            Quantity = quantity,
            Price = stopLimitPrice is { } price ? new E.Price(price) : null,
            StopPrice = new E.Price(TradingParameters.Units(request, "stopPrice")!.Value),
            TrailingDelta = request.GetLong("trailingDelta"),
            IcebergQuantity = TradingParameters.Units(request, "stopIcebergQty") is { } stopIceberg ? new E.Quantity(stopIceberg) : null,
            TimeInForce = TradingParameters.Enum<TimeInForce, E.TimeInForce>(request, "stopLimitTimeInForce"),
            ClientOrderId = TradingParameters.ClientOrderId(request, "stopClientOrderId"),
            StrategyId = request.GetLong("stopStrategyId"),
            StrategyType = TradingParameters.Int(request, "stopStrategyType"),
        };
        return side == E.OrderSide.Sell ? command with { Above = limit, Below = stop } : command with { Above = stop, Below = limit };
    }

    private static E.PlaceOrderList Read(ApiRequest request, E.OrderListKind kind, int symbolId)
    {
        var command = Header(request, kind, symbolId);
        return kind switch
        {
            E.OrderListKind.Oco => command with
            {
                Above = Leg(request, kind, E.OrderListLegRole.Above),
                Below = Leg(request, kind, E.OrderListLegRole.Below),
            },
            E.OrderListKind.Oto or E.OrderListKind.Opo => command with
            {
                Working = Leg(request, kind, E.OrderListLegRole.Working),
                Pending = Leg(request, kind, E.OrderListLegRole.Pending),
            },
            _ => command with
            {
                Working = Leg(request, kind, E.OrderListLegRole.Working),
                Above = Leg(request, kind, E.OrderListLegRole.Above),
                Below = request.Get("pendingBelowType") is null ? null : Leg(request, kind, E.OrderListLegRole.Below),
            },
        };
    }

    /// <summary>A leg's parameter prefix: above/below (OCO), working/pending (OTO, OPO), working/pendingAbove/pendingBelow (OTOCO, OPOCO).</summary>
    private static string LegPrefix(E.OrderListKind kind, E.OrderListLegRole role) => role switch
    {
        E.OrderListLegRole.Working => "working",
        E.OrderListLegRole.Pending => "pending",
        E.OrderListLegRole.Above => kind == E.OrderListKind.Oco ? "above" : "pendingAbove",
        E.OrderListLegRole.Below => kind == E.OrderListKind.Oco ? "below" : "pendingBelow",
        _ => "",
    };

    /// <summary>
    /// A list leg's name for a single order's parameter: <c>price</c> → <c>abovePrice</c>, <c>timeInForce</c> →
    /// <c>pendingBelowTimeInForce</c>. Side and quantity are shared: OCO legs use <c>side</c>/<c>quantity</c>, the
    /// pending legs of OTO-style lists <c>pendingSide</c>/<c>pendingQuantity</c>.
    /// </summary>
    private static string LegParameter(E.OrderListKind kind, E.OrderListLegRole role, string parameter)
    {
        if (role == E.OrderListLegRole.None)
        {
            return parameter;
        }

        if (parameter is "side" or "quantity")
        {
            return kind == E.OrderListKind.Oco ? parameter
                : role == E.OrderListLegRole.Working ? "working" + Capitalized(parameter)
                : "pending" + Capitalized(parameter);
        }

        return LegPrefix(kind, role) + Capitalized(parameter);
    }

    private static string Capitalized(string name) => string.Concat(name[..1].ToUpperInvariant(), name.AsSpan(1));

    // The deprecated OCO's limit leg (LIMIT_MAKER) takes price and limitIcebergQty; its stop leg stopPrice,
    // stopLimitPrice, stopLimitTimeInForce, stopIcebergQty and trailingDelta.
    private static string DeprecatedOcoParameter(E.PlaceOrderList command, E.OrderListLegRole role, string parameter)
    {
        var leg = role switch { E.OrderListLegRole.Above => command.Above, E.OrderListLegRole.Below => command.Below, _ => null };
        if (leg is null)
        {
            return parameter;
        }

        var isLimitLeg = leg.Type == E.OrderType.LimitMaker;
        return parameter switch
        {
            "price" => isLimitLeg ? "price" : "stopLimitPrice",
            "timeInForce" when !isLimitLeg => "stopLimitTimeInForce",
            "icebergQty" => isLimitLeg ? "limitIcebergQty" : "stopIcebergQty",
            _ => parameter,
        };
    }

    /// <summary>An engine rejection whose message names a leg's parameter, renamed to the parameter the request sent.</summary>
    private static SpotError LegError(E.EngineResult result, E.PlaceOrderList command, Func<E.PlaceOrderList, E.OrderListLegRole, string, string> names)
    {
        if (result.Leg == E.OrderListLegRole.None || result.Parameter is not { } parameter)
        {
            return TradingMapping.Error(result);
        }

        var name = names(command, result.Leg, parameter);
        return new SpotError(result.Code, result.Message.Replace("'" + parameter + "'", "'" + name + "'", StringComparison.Ordinal));
    }

    private static E.OrderListLeg Leg(ApiRequest request, E.OrderListKind kind, E.OrderListLegRole role)
    {
        var prefix = LegPrefix(kind, role);
        var sideName = LegParameter(kind, role, "side");
        var quantityName = LegParameter(kind, role, "quantity");
        return new E.OrderListLeg
        {
            Type = TradingParameters.Enum<OrderType, E.OrderType>(request, prefix + "Type")!.Value,
            Side = TradingParameters.Enum<OrderSide, E.OrderSide>(request, sideName)!.Value,
            Quantity = TradingParameters.Units(request, quantityName) is { } quantity ? new E.Quantity(quantity) : null,
            Price = TradingParameters.Units(request, prefix + "Price") is { } price ? new E.Price(price) : null,
            StopPrice = TradingParameters.Units(request, prefix + "StopPrice") is { } stop ? new E.Price(stop) : null,
            TrailingDelta = WholeNumber(request.Get(prefix + "TrailingDelta")),
            IcebergQuantity = LegIceberg(request.Get(prefix + "IcebergQty")),
            TimeInForce = TradingParameters.Enum<TimeInForce, E.TimeInForce>(request, prefix + "TimeInForce"),
            ClientOrderId = TradingParameters.ClientOrderId(request, prefix + "ClientOrderId"),
            StrategyId = request.GetLong(prefix + "StrategyId"),
            StrategyType = TradingParameters.Int(request, prefix + "StrategyType"),
            PegPriceType = TradingParameters.Enum<PegPriceType, E.PegPriceType>(request, prefix + "PegPriceType") ?? E.PegPriceType.None,
            PegOffsetLevels = TradingParameters.Int(request, prefix + "PegOffsetValue"),
        };
    }

    // The docs type a list leg's icebergQty as LONG, so "-1" passes the grammar (P6): a value below zero is kept as one,
    // for the engine to refuse like zero (and after the checks any iceberg gets), rather than dropped as unreadable.
    private static E.Quantity? LegIceberg(string? text) =>
        text is null ? null
        : text.StartsWith('-') ? new E.Quantity(-1)
        : TradingParameters.Units(text) is { } units ? new E.Quantity(units) : null;

    // Some list legs type trailingDelta as DECIMAL; the engine takes whole BIPS.
    private static long? WholeNumber(string? text) =>
        text is null ? null : (long)decimal.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
