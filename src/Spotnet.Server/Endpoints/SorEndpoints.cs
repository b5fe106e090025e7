using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Numbers;
using Spotnet.Server.Api;
using Spotnet.Server.Storage;
using E = Spotnet.Engine;
using A = Spotnet.Protocol.Models.Account;
using M = Spotnet.Protocol.Models.Trading;
using Models = Spotnet.Protocol.Models;

namespace Spotnet.Server.Endpoints;

/// <summary>Smart order routing: <c>POST /api/v3/sor/order</c>, <c>POST /api/v3/sor/order/test</c> and <c>GET /api/v3/myAllocations</c>.</summary>
public static class SorEndpoints
{
    /// <summary>Adds the SOR endpoints.</summary>
    public static ApiRouteTable MapSor(this ApiRouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes
            .Map(EndpointId.NewSorOrder, NewSorOrderAsync, TradingParameters.EnumsOf(EndpointId.NewSorOrder))
            .Map(EndpointId.TestNewSorOrder, TestSorOrderAsync, TradingParameters.EnumsOf(EndpointId.TestNewSorOrder))
            .Map(EndpointId.MyAllocations, MyAllocationsAsync);
    }

    private static async ValueTask<ApiResult> NewSorOrderAsync(ApiRequest request)
    {
        var host = TradingEndpoints.Host(request);
        if (ReadSorOrder(request, host.Catalog, out var command) is { } invalid)
        {
            return invalid;
        }

        var responseType = request.Get("newOrderRespType") is { } text && WireEnum.TryParse(text.AsSpan(), out OrderResponseType sent)
            ? sent
            : OrderResponseType.Full;
        var (error, placement) = await host.RunAsync(session =>
        {
            if (request.CheckRecvWindowBeforeEngine() is { } late)
            {
                return (late, null);
            }

            var account = session.Account(request.AccountId);
            var placed = command with { AccountId = account, Time = session.Now };
            var result = session.Execute(placed);
            if (!result.IsSuccess)
            {
                return (TradingMapping.Error(result), (OrderPlacement?)null);
            }

            // A remainder that rests changes workingFloor without an update of its own, so the response shows the order as it is now.
            var placement = OrderPlacement.Capture(session, account, placed.SymbolId, result.OrderId, placed.Time);
            return session.TryGetOrder(account, placed.SymbolId, result.OrderId, out var current)
                ? ((SpotError?)null, (OrderPlacement?)(placement with { Order = current }))
                : ((SpotError?)null, placement);
        }, request).ConfigureAwait(false);
        return error is { } failure
            ? failure
            : ApiResult.Json(TradingMapping.NewOrder(request, host.Catalog, placement!, responseType), SpotJsonContext.Default.NewOrderResponse, NewOrderResponseWriter.Write);
    }

    private static async ValueTask<ApiResult> TestSorOrderAsync(ApiRequest request)
    {
        var host = TradingEndpoints.Host(request);
        if (ReadSorOrder(request, host.Catalog, out var command) is { } invalid)
        {
            return invalid;
        }

        var test = await host.RunAsync(session =>
            session.TestSorOrder(command with { AccountId = session.Account(request.AccountId), Time = session.Now })).ConfigureAwait(false);
        return TradingEndpoints.TestOrderAnswer(request, test);
    }

    /// <summary>
    /// Supported: <c>symbol</c> (oldest first); <c>+startTime</c> (oldest since); <c>+endTime</c> (newest until);
    /// <c>+startTime+endTime</c> (≤ 24 h); <c>+fromAllocationId</c>; <c>+orderId</c>; <c>+orderId+fromAllocationId</c>.
    /// </summary>
    private static async ValueTask<ApiResult> MyAllocationsAsync(ApiRequest request)
    {
        var orderId = request.GetLong("orderId");
        var fromId = request.GetLong("fromAllocationId");
        var (start, end, windowError) = TradingEndpoints.Window(request);
        if ((start is not null || end is not null) && (orderId is not null || fromId is not null))
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

        var host = TradingEndpoints.Host(request);
        var symbolId = TradingParameters.SymbolId(request, host.Catalog);
        // What is selected below, asked of the history store too, so a long history is not read whole.
        var range = new HistoryRange
        {
            OrderId = orderId,
            FromId = fromId ?? long.MinValue,
            FromTime = start ?? long.MinValue,
            ToTime = end ?? long.MaxValue,
            Limit = limit,
            Newest = end is not null && start is null,
        };
        var allocations = await host.AllocationsAsync(request.AccountId, symbolId, range).ConfigureAwait(false);
        IEnumerable<E.Allocation> selected = allocations;
        if (orderId is { } order)
        {
            selected = selected.Where(allocation => allocation.OrderId == order);
        }

        if (fromId is { } from)
        {
            selected = selected.Where(allocation => allocation.AllocationId >= from);
        }

        if (start is { } low)
        {
            selected = selected.Where(allocation => allocation.Time >= low);
        }

        if (end is { } high)
        {
            selected = selected.Where(allocation => allocation.Time <= high);
        }

        // endTime alone: the newest allocations up to it, still listed oldest first.
        selected = end is not null && start is null ? selected.TakeLast(limit) : selected.Take(limit);

        var symbol = host.Catalog.SymbolName(symbolId);
        return ApiResult.Json<IReadOnlyList<A.Allocation>>([.. selected.Select(allocation => new A.Allocation
        {
            Symbol = symbol,
            AllocationId = allocation.AllocationId,
            AllocationType = AllocationType.Sor,
            OrderId = allocation.OrderId,
            OrderListId = allocation.OrderListId,
            Price = TradingMapping.Amount(allocation.Price.Units),
            Quantity = TradingMapping.Amount(allocation.Quantity.Units),
            QuoteQuantity = TradingMapping.Amount(allocation.QuoteQuantity.Units),
            Commission = TradingMapping.Amount(allocation.Commission.Units),
            CommissionAsset = host.Catalog.AssetName(allocation.CommissionAsset),
            Time = TradingMapping.Time(request, allocation.Time),
            IsBuyer = allocation.IsBuyer,
            IsMaker = false,
            IsAllocator = false,
        })], SpotJsonContext.Default.IReadOnlyListAllocation);
    }

    /// <summary>Reads an SOR order's parameters; the account and time are filled in under the engine lock.</summary>
    private static SpotError? ReadSorOrder(ApiRequest request, Exchange.ExchangeCatalog catalog, out E.PlaceSorOrder order)
    {
        order = null!;
        var strategyType = TradingParameters.Int(request, "strategyType");
        if (strategyType < 1_000_000)
        {
            return SpotError.BadStrategyType;
        }

        order = new E.PlaceSorOrder
        {
            Time = 0,
            AccountId = -1,
            SymbolId = TradingParameters.SymbolId(request, catalog),
            Side = TradingParameters.Enum<OrderSide, E.OrderSide>(request, "side")!.Value,
            Type = TradingParameters.Enum<OrderType, E.OrderType>(request, "type")!.Value,
            TimeInForce = TradingParameters.Enum<TimeInForce, E.TimeInForce>(request, "timeInForce"),
            Quantity = new E.Quantity(TradingParameters.Units(request, "quantity")!.Value),
            Price = TradingParameters.Units(request, "price") is { } price ? new E.Price(price) : null,
            IcebergQuantity = TradingParameters.Units(request, "icebergQty") is { } iceberg ? new E.Quantity(iceberg) : null,
            ClientOrderId = TradingParameters.ClientOrderId(request, "newClientOrderId"),
            SelfTradePreventionMode = TradingParameters.Enum<SelfTradePreventionMode, E.SelfTradePreventionMode>(request, "selfTradePreventionMode"),
            StrategyId = request.GetLong("strategyId"),
            StrategyType = strategyType,
        };
        return null;
    }
}
