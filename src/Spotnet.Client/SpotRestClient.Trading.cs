using System.Text.Json;
using Spotnet.Client.Json;
using Spotnet.Client.Errors;
using Spotnet.Protocol.Endpoints;
using Spotnet.Client.Requests;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.Trading;

namespace Spotnet.Client;

// Trading endpoints. Nothing here that places an order is ever retried automatically.
public sealed partial class SpotRestClient
{

    /// <summary>Places an order: <c>POST /api/v3/order</c>, weight 1 (0 when accepted), one unfilled order counted.</summary>
    /// <remarks>Never retried. If the answer is lost, <see cref="SpotExecutionUnknownException"/> (or a <see cref="SpotApiException"/> with <see cref="SpotApiException.IsExecutionUnknown"/>) carries the order's <c>newClientOrderId</c>; <see cref="ResolveOrderAsync"/> finds out what happened.</remarks>
    public Task<NewOrderResponse> PlaceOrderAsync(NewOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        return SendAsync(EndpointId.NewOrder, order, Parse(SdkJson.Context.NewOrderResponse), cancellationToken, order.ClientOrderId);
    }

    /// <summary>Checks an order without placing it: <c>POST /api/v3/order/test</c>, weight 1, or 20 with <c>computeCommissionRates</c>; the commission rates are returned only when asked for.</summary>
    public Task<TestOrderCommission?> TestOrderAsync(TestOrder request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(EndpointId.TestNewOrder, request, TestResult(request), cancellationToken);
    }

    /// <summary>Reads one order: <c>GET /api/v3/order</c>, weight 4.</summary>
    public Task<Order> GetOrderAsync(QueryOrder request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.QueryOrder, request, Parse(SdkJson.Context.Order), cancellationToken);

    /// <summary>Finds out whether an order whose placement answer was lost exists: the order placed with <paramref name="clientOrderId"/>, or <see langword="null"/> when the server knows none (<c>-2013</c>).</summary>
    /// <remarks>Binance frees a <c>newClientOrderId</c> once its order is filled or cancelled, so resolve promptly, before reusing the id.</remarks>
    public Task<Order?> ResolveOrderAsync(string symbol, string clientOrderId, CancellationToken cancellationToken = default) =>
        FindOrderAsync(QueryOrder.ByClientOrderId(symbol, clientOrderId), cancellationToken);

    /// <summary>Finds out what happened to an order list whose placement answer was lost: the list placed with <paramref name="listClientOrderId"/>, or <see langword="null"/> when the server knows none (<c>-2013</c>).</summary>
    /// <remarks>Queries <c>GET /api/v3/orderList</c> by <c>origClientOrderId</c>, weight 4. The exception of a lost placement carries the id (<see cref="SpotExecutionUnknownException.ClientOrderId"/>).</remarks>
    public async Task<OrderList?> ResolveOrderListAsync(string listClientOrderId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await GetOrderListAsync(QueryOrderList.ByClientOrderId(listClientOrderId), cancellationToken).ConfigureAwait(false);
        }
        catch (SpotApiException exception) when (exception.Code == ErrorCode.NoSuchOrder)
        {
            return null;
        }
    }

    /// <summary>Cancels one order: <c>DELETE /api/v3/order</c>, weight 1 (0 when accepted). A leg of an order list cancels the whole list.</summary>
    /// <remarks>Not retried automatically. If the answer is lost (<see cref="SpotExecutionUnknownException"/>), call <see cref="ResolveCancelAsync"/> with the same request.</remarks>
    public Task<CanceledOrder> CancelOrderAsync(CancelOrder request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.CancelOrder, request, Parse(SdkJson.Context.CanceledOrder), cancellationToken);

    /// <summary>Settles a cancel whose answer was lost: sends it again and returns the order's state read afterwards (<c>GET /api/v3/order</c>), or <see langword="null"/> when the server knows no such order.</summary>
    /// <remarks>
    /// Sending the cancel again is safe because it names the order (<c>orderId</c> or <c>origClientOrderId</c>), never a new one.
    /// An "Unknown order sent." (<c>-2011</c>) answer then means the first cancel went through or the order had already
    /// finished, so it is not an error here: the query tells which (<c>CANCELED</c>, <c>FILLED</c>…). A lost answer to the
    /// second cancel throws again; call this method again.
    /// </remarks>
    public async Task<Order?> ResolveCancelAsync(CancelOrder request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            await CancelOrderAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (SpotApiException exception) when (exception.Code == ErrorCode.CancelRejected)
        {
            Log.CancelAlreadySettled(_logger, request.Symbol);
        }

        if (request.OrderId is { } orderId)
        {
            return await FindOrderAsync(QueryOrder.ById(request.Symbol, orderId), cancellationToken).ConfigureAwait(false);
        }

        // A cancelled order carries the cancel's id; one that finished before the cancel keeps its own.
        return await FindOrderAsync(QueryOrder.ByClientOrderId(request.Symbol, request.NewClientOrderId), cancellationToken).ConfigureAwait(false)
            ?? await FindOrderAsync(QueryOrder.ByClientOrderId(request.Symbol, request.OriginalClientOrderId!), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Order?> FindOrderAsync(QueryOrder query, CancellationToken cancellationToken)
    {
        try
        {
            return await GetOrderAsync(query, cancellationToken).ConfigureAwait(false);
        }
        catch (SpotApiException exception) when (exception.Code == ErrorCode.NoSuchOrder)
        {
            return null;
        }
    }

    /// <summary>Cancels every open order and order list of a symbol: <c>DELETE /api/v3/openOrders</c>, weight 1.</summary>
    public Task<IReadOnlyList<OpenOrderCancellation>> CancelOpenOrdersAsync(SignedSymbolRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.CancelOpenOrders, request, Parse(SdkJson.Context.IReadOnlyListOpenOrderCancellation), cancellationToken);

    /// <summary>Cancels an order and places another: <c>POST /api/v3/order/cancelReplace</c>, weight 1, one unfilled order counted.</summary>
    /// <remarks>Never retried. When one half fails the server answers 409 (<c>-2021</c>/<c>-2022</c>); the exception's <see cref="SpotApiException.CancelReplaceResult"/> tells which half succeeded.</remarks>
    public async Task<CancelReplaceResponse> CancelReplaceOrderAsync(CancelReplaceOrder request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await SendAsync(EndpointId.CancelReplaceOrder, request, Parse(SdkJson.Context.CancelReplaceResponse), cancellationToken, request.NewOrder.ClientOrderId).ConfigureAwait(false);
        }
        catch (SpotApiException exception) when (exception.Code is ErrorCode.CancelReplacePartiallyFailed or ErrorCode.CancelReplaceFailed && exception.Body is { } body)
        {
            var detail = JsonSerializer.Deserialize(body, SdkJson.Context.CancelReplaceErrorResponse);
            throw new SpotApiException(exception.Code, exception.ServerMessage, exception.HttpStatus, exception.ClientOrderId) { CancelReplaceResult = detail?.Data };
        }
    }

    /// <summary>Lowers an order's quantity keeping its queue priority: <c>PUT /api/v3/order/amend/keepPriority</c>, weight 4, no unfilled order counted.</summary>
    public Task<OrderAmendResponse> AmendOrderAsync(AmendOrder request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.AmendOrderKeepPriority, request, Parse(SdkJson.Context.OrderAmendResponse), cancellationToken);

    /// <summary>Places an OCO pair: <c>POST /api/v3/orderList/oco</c>, weight 1, two unfilled orders counted. Never retried; resolve a lost answer with <see cref="ResolveOrderListAsync"/>.</summary>
    public Task<NewOrderList> PlaceOcoOrderListAsync(OcoOrderList request, CancellationToken cancellationToken = default) =>
        PlaceOrderListAsync(EndpointId.NewOrderListOco, request, cancellationToken);

    /// <summary>Places a working order and a pending order with its own quantity: <c>POST /api/v3/orderList/oto</c>, weight 1, two unfilled orders counted.</summary>
    public Task<NewOrderList> PlaceOtoOrderListAsync(OtoOrderList request, CancellationToken cancellationToken = default) =>
        PlaceOrderListAsync(EndpointId.NewOrderListOto, RequirePendingQuantity(request, request?.PendingQuantity, true), cancellationToken);

    /// <summary>Places a working order and a pending order sized by the working order's fills: <c>POST /api/v3/orderList/opo</c>, weight 1, two unfilled orders counted.</summary>
    public Task<NewOrderList> PlaceOpoOrderListAsync(OtoOrderList request, CancellationToken cancellationToken = default) =>
        PlaceOrderListAsync(EndpointId.NewOrderListOpo, RequirePendingQuantity(request, request?.PendingQuantity, false), cancellationToken);

    /// <summary>Places a working order and a pending OCO pair: <c>POST /api/v3/orderList/otoco</c>, weight 1, three unfilled orders counted.</summary>
    public Task<NewOrderList> PlaceOtocoOrderListAsync(OtocoOrderList request, CancellationToken cancellationToken = default) =>
        PlaceOrderListAsync(EndpointId.NewOrderListOtoco, RequirePendingQuantity(request, request?.PendingQuantity, true), cancellationToken);

    /// <summary>Places a working order and a pending OCO pair sized by its fills: <c>POST /api/v3/orderList/opoco</c>, weight 1, three unfilled orders counted.</summary>
    public Task<NewOrderList> PlaceOpocoOrderListAsync(OtocoOrderList request, CancellationToken cancellationToken = default) =>
        PlaceOrderListAsync(EndpointId.NewOrderListOpoco, RequirePendingQuantity(request, request?.PendingQuantity, false), cancellationToken);

    /// <summary>Places an OCO pair through the deprecated <c>POST /api/v3/order/oco</c>, weight 1, two unfilled orders counted. Never retried; resolve a lost answer with <see cref="ResolveOrderListAsync"/>.</summary>
    [Obsolete("Binance deprecated POST /api/v3/order/oco in favour of POST /api/v3/orderList/oco; use PlaceOcoOrderListAsync.")]
    public Task<NewOrderList> PlaceLegacyOcoOrderListAsync(LegacyOcoOrderList request, CancellationToken cancellationToken = default) =>
        PlaceOrderListAsync(EndpointId.NewOcoDeprecated, request, cancellationToken);

    /// <summary>Cancels an order list: <c>DELETE /api/v3/orderList</c>, weight 1.</summary>
    public Task<CanceledOrderList> CancelOrderListAsync(CancelOrderList request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.CancelOrderList, request, Parse(SdkJson.Context.CanceledOrderList), cancellationToken);

    /// <summary>Places an order through smart order routing (LIMIT or MARKET with <c>quantity</c> only): <c>POST /api/v3/sor/order</c>, weight 1, one unfilled order counted. Never retried.</summary>
    public Task<NewOrderResponse> PlaceSorOrderAsync(NewOrder order, CancellationToken cancellationToken = default)
    {
        RequireSorShape(order);
        return SendAsync(EndpointId.NewSorOrder, order, Parse(SdkJson.Context.NewOrderResponse), cancellationToken, order.ClientOrderId);
    }

    /// <summary>Checks an SOR order without placing it: <c>POST /api/v3/sor/order/test</c>, weight 1, or 20 with <c>computeCommissionRates</c>.</summary>
    public Task<TestOrderCommission?> TestSorOrderAsync(TestOrder request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireSorShape(request.Order);
        return SendAsync(EndpointId.TestNewSorOrder, request, TestResult(request), cancellationToken);
    }

    private Task<NewOrderList> PlaceOrderListAsync(EndpointId endpoint, OrderListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(endpoint, request, Parse(SdkJson.Context.NewOrderList), cancellationToken, request.ListClientOrderId);
    }

    private static Func<byte[], TestOrderCommission?> TestResult(TestOrder request) =>
        request.ComputeCommissionRates == true ? Parse(SdkJson.Context.TestOrderCommission) : static _ => null;

    private static T RequirePendingQuantity<T>(T request, decimal? pendingQuantity, bool required)
        where T : OrderListRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        if (pendingQuantity.HasValue != required)
        {
            throw new ArgumentException(required ? "OTO and OTOCO lists need pendingQuantity." : "OPO and OPOCO lists take no pendingQuantity; the pending orders follow the working order's fills.", nameof(request));
        }

        return request;
    }

    private static void RequireSorShape(NewOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Type is not (OrderType.Limit or OrderType.Market) || order.QuoteOrderQuantity is not null)
        {
            throw new ArgumentException("SOR orders are LIMIT or MARKET with quantity (quoteOrderQty is not supported).", nameof(order));
        }
    }
}
