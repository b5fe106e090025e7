using Spotnet.Protocol.Endpoints;
using Spotnet.Client.Json;
using Spotnet.Client.Requests;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.Account;
using Spotnet.Protocol.Models.General;
using Spotnet.Protocol.Models.Trading;

namespace Spotnet.Client;

// Account endpoints (all USER_DATA, signed).
public sealed partial class SpotRestClient
{

    /// <summary>Balances, commissions and permissions (<c>balances</c>, <c>commissionRates</c>, <c>canTrade</c>…): <c>GET /api/v3/account</c>, weight 20.</summary>
    public Task<AccountInformation> GetAccountAsync(AccountRequest? request = null, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.Account, request ?? new AccountRequest(), Parse(SdkJson.Context.AccountInformation), cancellationToken);

    /// <summary>Open orders of one symbol or all: <c>GET /api/v3/openOrders</c>, weight 6 with a symbol, 80 without.</summary>
    public Task<IReadOnlyList<Order>> GetOpenOrdersAsync(OpenOrdersRequest? request = null, CancellationToken cancellationToken = default)
    {
        request ??= new OpenOrdersRequest();
        return SendAsync(EndpointId.OpenOrders, request, Parse(SdkJson.Context.IReadOnlyListOrder), cancellationToken);
    }

    /// <summary>All orders of a symbol, open or not: <c>GET /api/v3/allOrders</c>, weight 20.</summary>
    public Task<IReadOnlyList<Order>> GetAllOrdersAsync(AllOrdersRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.AllOrders, request, Parse(SdkJson.Context.IReadOnlyListOrder), cancellationToken);

    /// <summary>One order list: <c>GET /api/v3/orderList</c>, weight 4.</summary>
    public Task<OrderList> GetOrderListAsync(QueryOrderList request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.QueryOrderList, request, Parse(SdkJson.Context.OrderList), cancellationToken);

    /// <summary>Order lists by id or time: <c>GET /api/v3/allOrderList</c>, weight 20.</summary>
    public Task<IReadOnlyList<OrderList>> GetAllOrderListsAsync(AllOrderListsRequest? request = null, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.AllOrderLists, request ?? new AllOrderListsRequest(), Parse(SdkJson.Context.IReadOnlyListOrderList), cancellationToken);

    /// <summary>Open order lists: <c>GET /api/v3/openOrderList</c>, weight 6.</summary>
    public Task<IReadOnlyList<OrderList>> GetOpenOrderListsAsync(SignedEmptyRequest? request = null, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.OpenOrderLists, request ?? new SignedEmptyRequest(), Parse(SdkJson.Context.IReadOnlyListOrderList), cancellationToken);

    /// <summary>The account's trades on a symbol: <c>GET /api/v3/myTrades</c>, weight 20, or 5 with <c>orderId</c>.</summary>
    public Task<IReadOnlyList<AccountTrade>> GetAccountTradesAsync(AccountTradesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(EndpointId.MyTrades, request, Parse(SdkJson.Context.IReadOnlyListAccountTrade), cancellationToken);
    }

    /// <summary>Current unfilled order counts per interval (<c>rateLimitType</c>, <c>count</c>…): <c>GET /api/v3/rateLimit/order</c>, weight 40.</summary>
    public Task<IReadOnlyList<RateLimit>> GetOrderRateLimitsAsync(SignedEmptyRequest? request = null, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.UnfilledOrderCount, request ?? new SignedEmptyRequest(), Parse(SdkJson.Context.IReadOnlyListRateLimit), cancellationToken);

    /// <summary>Matches that self-trade prevention stopped: <c>GET /api/v3/myPreventedMatches</c>, weight 2 by id, 20 by order.</summary>
    public Task<IReadOnlyList<PreventedMatch>> GetPreventedMatchesAsync(PreventedMatchesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(EndpointId.MyPreventedMatches, request, Parse(SdkJson.Context.IReadOnlyListPreventedMatch), cancellationToken);
    }

    /// <summary>SOR allocations: <c>GET /api/v3/myAllocations</c>, weight 20.</summary>
    public Task<IReadOnlyList<Allocation>> GetAllocationsAsync(AllocationsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.MyAllocations, request, Parse(SdkJson.Context.IReadOnlyListAllocation), cancellationToken);

    /// <summary>Commission rates on a symbol (<c>standardCommission</c>, <c>specialCommission</c>, <c>taxCommission</c>, <c>discount</c>): <c>GET /api/v3/account/commission</c>, weight 20.</summary>
    public Task<AccountCommission> GetCommissionRatesAsync(SignedSymbolRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.AccountCommission, request, Parse(SdkJson.Context.AccountCommission), cancellationToken);

    /// <summary>Quantity amendments of one order: <c>GET /api/v3/order/amendments</c>, weight 4.</summary>
    public Task<IReadOnlyList<OrderAmendment>> GetOrderAmendmentsAsync(OrderAmendmentsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.OrderAmendments, request, Parse(SdkJson.Context.IReadOnlyListOrderAmendment), cancellationToken);

    /// <summary>Every filter that applies to the account on a symbol (<c>exchangeFilters</c>, <c>symbolFilters</c>, <c>assetFilters</c>): <c>GET /api/v3/myFilters</c>, weight 40.</summary>
    public Task<RelevantFilters> GetMyFiltersAsync(SignedSymbolRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(EndpointId.MyFilters, request, Parse(SdkJson.Context.RelevantFilters), cancellationToken);
}
