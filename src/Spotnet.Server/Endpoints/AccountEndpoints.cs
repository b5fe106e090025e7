using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Filters;
using Spotnet.Protocol.Json;
using Spotnet.Server.Api;
using Spotnet.Server.Storage;
using E = Spotnet.Engine;
using A = Spotnet.Protocol.Models.Account;

namespace Spotnet.Server.Endpoints;

/// <summary>Account endpoints on the engine host: account, myTrades, myPreventedMatches, account/commission, order/amendments.</summary>
public static class AccountEndpoints
{
    /// <summary>The commission discount shown everywhere: the testnet's BNB discount, not enabled for accounts.</summary>
    public static readonly A.CommissionDiscount Discount = new()
    {
        EnabledForAccount = false, EnabledForSymbol = false, DiscountAsset = "BNB", Discount = TradingMapping.Amount(25_000_000),
    };

    /// <summary>Adds the account endpoints.</summary>
    public static ApiRouteTable MapAccount(this ApiRouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes
            .Map(EndpointId.Account, AccountAsync)
            .Map(EndpointId.MyTrades, MyTradesAsync)
            .Map(EndpointId.MyPreventedMatches, PreventedMatchesAsync)
            .Map(EndpointId.AccountCommission, CommissionAsync)
            .Map(EndpointId.OrderAmendments, AmendmentsAsync)
            .Map(EndpointId.MyFilters, MyFilters);
    }

    private static async ValueTask<ApiResult> AccountAsync(ApiRequest request)
    {
        var host = TradingEndpoints.Host(request);
        var balances = await host.RunAsync(session => session.Engine.GetBalances(session.Account(request.AccountId))).ConfigureAwait(false);
        var omitZero = request.GetBoolean("omitZeroBalances", false);
        var zeroRates = new A.CommissionRate
        {
            Maker = TradingMapping.Amount(0), Taker = TradingMapping.Amount(0), Buyer = TradingMapping.Amount(0), Seller = TradingMapping.Amount(0),
        };
        return ApiResult.Json(new A.AccountInformation
        {
            CommissionRates = zeroRates,
            CanTrade = request.Key!.EnableTrading,
            // As the testnet's example shows, though no deposits or withdrawals exist here.
            CanWithdraw = true,
            CanDeposit = true,
            Brokered = false,
            RequireSelfTradePrevention = false,
            PreventSor = false,
            UpdateTime = request.ResponseTime(request.Time.GetUtcNow()),
            AccountType = AccountType.Spot,
            Balances = [.. balances
                .Where(balance => !omitZero || balance.Free.Units != 0 || balance.Locked.Units != 0)
                .Select(balance => new A.Balance
                {
                    Asset = host.Catalog.AssetName(balance.Asset),
                    Free = TradingMapping.Amount(balance.Free.Units),
                    Locked = TradingMapping.Amount(balance.Locked.Units),
                })],
            Permissions = [Permission.Spot],
            UserId = request.AccountId,
        }, SpotJsonContext.Default.AccountInformation);
    }

    private static async ValueTask<ApiResult> MyTradesAsync(ApiRequest request)
    {
        var orderId = request.GetLong("orderId");
        var fromId = request.GetLong("fromId");
        var (start, end, windowError) = TradingEndpoints.Window(request);
        var timed = start is not null || end is not null;
        // Supported: symbol; +orderId; +startTime; +endTime; +fromId; +startTime+endTime; +orderId+fromId.
        if ((timed && (orderId is not null || fromId is not null)))
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
        // One bound alone has no 24-hour cap (the cap is on the time between the two; fidelity T19).
        var low = start ?? long.MinValue;
        var high = end ?? long.MaxValue;
        // What is selected below, asked of the history store too, so a long history is not read whole.
        var range = orderId is { } ofOrder ? new HistoryRange { OrderId = ofOrder, FromId = fromId ?? long.MinValue, Limit = limit, Newest = fromId is null }
            : fromId is { } first ? new HistoryRange { FromId = first, Limit = limit }
            : timed ? new HistoryRange { FromTime = low, ToTime = high, Limit = limit, Newest = start is null }
            : new HistoryRange { Limit = limit, Newest = true };
        var trades = await host.AccountTradesAsync(request.AccountId, symbolId, range).ConfigureAwait(false);
        IEnumerable<E.AccountTrade> selected = trades;
        if (orderId is { } order)
        {
            selected = selected.Where(trade => trade.OrderId == order);
        }

        if (fromId is { } from)
        {
            selected = selected.Where(trade => trade.TradeId >= from).Take(limit);
        }
        else if (timed)
        {
            selected = TradingEndpoints.Window(selected.Where(trade => trade.Time >= low && trade.Time <= high), start, limit);
        }
        else
        {
            var list = selected.ToList();
            selected = list.Skip(Math.Max(0, list.Count - limit));
        }

        var symbol = host.Catalog.SymbolName(symbolId);
        return ApiResult.Json<IReadOnlyList<A.AccountTrade>>([.. selected.Select(trade => new A.AccountTrade
        {
            Symbol = symbol,
            Id = trade.TradeId,
            OrderId = trade.OrderId,
            OrderListId = trade.OrderListId,
            Price = TradingMapping.Amount(trade.Price.Units),
            Quantity = TradingMapping.Amount(trade.Quantity.Units),
            QuoteQuantity = TradingMapping.Amount(trade.QuoteQuantity.Units),
            Commission = TradingMapping.Amount(trade.Commission.Units),
            CommissionAsset = host.Catalog.AssetName(trade.CommissionAsset),
            Time = TradingMapping.Time(request, trade.Time),
            IsBuyer = trade.IsBuyer,
            IsMaker = trade.IsMaker,
            IsBestMatch = true,
        })], SpotJsonContext.Default.IReadOnlyListAccountTrade);
    }

    private static async ValueTask<ApiResult> PreventedMatchesAsync(ApiRequest request)
    {
        var preventedMatchId = request.GetLong("preventedMatchId");
        var orderId = request.GetLong("orderId");
        var fromId = request.GetLong("fromPreventedMatchId");
        // Supported: symbol+preventedMatchId; symbol+orderId (+fromPreventedMatchId (+limit)).
        if ((preventedMatchId is null) == (orderId is null) || (preventedMatchId is not null && (fromId is not null || request.Get("limit") is not null)))
        {
            return SpotError.OptionalParametersBadCombination;
        }

        if (TradingEndpoints.Limit(request) is not { } limit)
        {
            return SpotError.InvalidParameterValue("limit");
        }

        var host = TradingEndpoints.Host(request);
        var symbolId = TradingParameters.SymbolId(request, host.Catalog);
        // What is selected below, asked of the history store too (a prevented match is found under its taker's and its maker's order).
        var range = preventedMatchId is { } lowest ? new HistoryRange { FromId = lowest, Limit = 1 } : new HistoryRange { OrderId = orderId, FromId = fromId ?? 0, Limit = limit };
        var matches = await host.PreventedMatchesAsync(request.AccountId, symbolId, range).ConfigureAwait(false);
        var selected = preventedMatchId is { } id
            ? matches.Where(match => match.PreventedMatchId == id)
            : matches.Where(match => (match.TakerOrderId == orderId || match.MakerOrderId == orderId) && match.PreventedMatchId >= (fromId ?? 0)).Take(limit);
        var symbol = host.Catalog.SymbolName(symbolId);
        return ApiResult.Json<IReadOnlyList<A.PreventedMatch>>([.. selected.Select(match => new A.PreventedMatch
        {
            Symbol = symbol,
            PreventedMatchId = match.PreventedMatchId,
            TakerOrderId = match.TakerOrderId,
            MakerSymbol = symbol,
            MakerOrderId = match.MakerOrderId,
            TradeGroupId = match.TradeGroupId,
            SelfTradePreventionMode = TradingMapping.Map<E.SelfTradePreventionMode, SelfTradePreventionMode>(match.Mode),
            Price = TradingMapping.Amount(match.Price.Units),
            TakerPreventedQuantity = match.TakerPreventedQuantity.Units != 0 ? TradingMapping.Amount(match.TakerPreventedQuantity.Units) : null,
            MakerPreventedQuantity = match.MakerPreventedQuantity.Units != 0 ? TradingMapping.Amount(match.MakerPreventedQuantity.Units) : null,
            TransactTime = TradingMapping.Time(request, match.TransactTime),
        })], SpotJsonContext.Default.IReadOnlyListPreventedMatch);
    }

    private static async ValueTask<ApiResult> CommissionAsync(ApiRequest request)
    {
        var host = TradingEndpoints.Host(request);
        var symbolId = TradingParameters.SymbolId(request, host.Catalog);
        var commission = await host.RunAsync(session => session.Engine.GetCommission(session.Account(request.AccountId), symbolId)).ConfigureAwait(false);
        return ApiResult.Json(new A.AccountCommission
        {
            Symbol = host.Catalog.SymbolName(symbolId),
            StandardCommission = Rates(commission.Standard),
            SpecialCommission = Rates(commission.Special),
            TaxCommission = Rates(commission.Tax),
            Discount = Discount,
        }, SpotJsonContext.Default.AccountCommission);

        static A.CommissionRate Rates(E.CommissionRates rates) => new()
        {
            Maker = TradingMapping.Amount(rates.Maker),
            Taker = TradingMapping.Amount(rates.Taker),
            Buyer = TradingMapping.Amount(rates.Buyer),
            Seller = TradingMapping.Amount(rates.Seller),
        };
    }

    // The same symbol filters exchangeInfo shows (and the engine enforces), and the account's MAX_ASSET filters on
    // the symbol's base or quote asset: the only ones relevant to an order on it.
    private static ValueTask<ApiResult> MyFilters(ApiRequest request)
    {
        var symbol = request.GetSymbol("symbol")!;
        var catalog = TradingEndpoints.Host(request).Catalog;
        var config = catalog.Config.Symbols[catalog.SymbolId(symbol.Symbol)];
        return ValueTask.FromResult(ApiResult.Json(
            new A.RelevantFilters
            {
                ExchangeFilters = [],
                SymbolFilters = ExchangeInfoEndpoints.ToSymbolInfo(symbol).Filters,
                AssetFilters = [.. catalog.Config.MaxAssetFilters
                    .Where(filter => filter.Asset == config.BaseAsset || filter.Asset == config.QuoteAsset)
                    .Select(filter => new MaxAssetFilter
                {
                    Asset = catalog.AssetName(filter.Asset),
                    Limit = filter.Limit.ToDecimal() + 0.00000000m,
                })],
            },
            SpotJsonContext.Default.RelevantFilters));
    }

    private static async ValueTask<ApiResult> AmendmentsAsync(ApiRequest request)
    {
        var host = TradingEndpoints.Host(request);
        var symbolId = TradingParameters.SymbolId(request, host.Catalog);
        var orderId = request.GetLong("orderId")!.Value;
        var fromExecutionId = request.GetLong("fromExecutionId") ?? 0;
        if (TradingEndpoints.Limit(request) is not { } limit)
        {
            return SpotError.InvalidParameterValue("limit");
        }

        var (exists, amendments) = await host.AmendmentsAsync(request.AccountId, symbolId, orderId, new HistoryRange { FromId = fromExecutionId, Limit = limit })
            .ConfigureAwait(false);
        if (!exists)
        {
            return SpotError.NoSuchOrder;
        }

        var symbol = host.Catalog.SymbolName(symbolId);
        return ApiResult.Json<IReadOnlyList<A.OrderAmendment>>([.. amendments
            .Where(amendment => amendment.ExecutionId >= fromExecutionId)
            .Take(limit)
            .Select(amendment => new A.OrderAmendment
            {
                Symbol = symbol,
                OrderId = amendment.OrderId,
                ExecutionId = amendment.ExecutionId,
                OriginalClientOrderId = amendment.OriginalClientOrderId,
                NewClientOrderId = amendment.NewClientOrderId,
                OriginalQuantity = TradingMapping.Amount(amendment.OriginalQuantity.Units),
                NewQuantity = TradingMapping.Amount(amendment.NewQuantity.Units),
                Time = TradingMapping.Time(request, amendment.Time),
            })], SpotJsonContext.Default.IReadOnlyListOrderAmendment);
    }
}
