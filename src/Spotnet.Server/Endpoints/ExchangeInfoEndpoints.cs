using System.Globalization;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Filters;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.General;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Exchange;

namespace Spotnet.Server.Endpoints;

/// <summary><c>GET /api/v3/exchangeInfo</c>: rate limits and every symbol with its filters, built once from the settings.</summary>
public static class ExchangeInfoEndpoints
{
    private static readonly string[] SymbolStatuses = ["TRADING", "HALT", "BREAK"];

    /// <summary>Adds <c>exchangeInfo</c>; <paramref name="sors"/> are the SOR groups shown as <c>sors</c> (omitted when none).</summary>
    public static ApiRouteTable MapExchangeInfo(
        this ApiRouteTable routes, SymbolCatalog symbols, RateLimitSettings limits, IReadOnlyList<SorSettings>? sors = null)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(symbols);
        var infos = symbols.All.ToDictionary(symbol => symbol.Symbol, ToSymbolInfo, StringComparer.Ordinal);
        var rateLimits = RateLimits(limits);
        IReadOnlyList<SorInfo>? sorInfos = sors is { Count: > 0 }
            ? [.. sors.Select(group => new SorInfo { BaseAsset = group.BaseAsset, Symbols = [.. group.Symbols] })]
            : null;
        return routes.Map(
            EndpointId.ExchangeInfo,
            request => ValueTask.FromResult(Handle(request, symbols, infos, rateLimits, sorInfos)),
            ParameterSpec.Enum("symbolStatus", false, SpotError.InvalidSymbolStatus, SymbolStatuses));
    }

    /// <summary>The rate limits advertised in <c>exchangeInfo</c> (and enforced by the pipeline).</summary>
    public static IReadOnlyList<RateLimit> RateLimits(RateLimitSettings limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return
        [
            new() { RateLimitType = RateLimitType.RequestWeight, Interval = RateLimitInterval.Minute, IntervalNumber = 1, Limit = limits.RequestWeightPerMinute },
            new() { RateLimitType = RateLimitType.Orders, Interval = RateLimitInterval.Second, IntervalNumber = 10, Limit = limits.OrdersPerTenSeconds },
            new() { RateLimitType = RateLimitType.Orders, Interval = RateLimitInterval.Day, IntervalNumber = 1, Limit = limits.OrdersPerDay },
            new() { RateLimitType = RateLimitType.RawRequests, Interval = RateLimitInterval.Minute, IntervalNumber = 5, Limit = limits.RawRequestsPerFiveMinutes },
        ];
    }

    private static ApiResult Handle(
        ApiRequest request, SymbolCatalog symbols, Dictionary<string, SymbolInfo> infos, IReadOnlyList<RateLimit> rateLimits,
        IReadOnlyList<SorInfo>? sors)
    {
        var symbol = request.Get("symbol");
        var symbolList = request.GetSymbols("symbols");
        var permissions = request.Get("permissions");
        var status = request.Get("symbolStatus");
        // BINANCE-UNVERIFIED: the docs forbid these combinations without naming the error; -1128 is the generic one.
        if ((symbol is not null && symbolList is not null) || ((symbol is not null || symbolList is not null) && (permissions is not null || status is not null)))
        {
            return SpotError.OptionalParametersBadCombination;
        }

        IEnumerable<SymbolSettings> selected;
        if (symbol is not null)
        {
            selected = [symbols.Find(symbol)!];
        }
        else if (symbolList is not null)
        {
            selected = symbolList;
        }
        else
        {
            var wanted = permissions is null ? ["SPOT", "MARGIN", "LEVERAGED"] : ParsePermissions(permissions);
            if (wanted is null)
            {
                return SpotError.InvalidParameterValue("permissions");
            }

            // Every symbol here carries the SPOT permission only, as on the testnet.
            selected = wanted.Contains("SPOT") ? symbols.All : [];
            if (status is not null)
            {
                selected = selected.Where(candidate => candidate.Status == status);
            }
        }

        var showPermissionSets = request.GetBoolean("showPermissionSets", true);
        var info = new ExchangeInfo
        {
            Timezone = "UTC",
            ServerTime = request.ResponseTime(request.Time.GetUtcNow()),
            RateLimits = rateLimits,
            ExchangeFilters = [],
            Symbols = [.. selected.Select(candidate => showPermissionSets ? infos[candidate.Symbol] : infos[candidate.Symbol] with { PermissionSets = [] })],
            // The whole SOR configuration, whichever symbols were asked for.
            Sors = sors,
        };
        return ApiResult.Json(info, SpotJsonContext.Default.ExchangeInfo);
    }

    // A single name (SPOT) or a JSON array of names (["MARGIN","LEVERAGED"]); null when malformed.
    private static List<string>? ParsePermissions(string value)
    {
        var names = value.StartsWith('[') ? ParameterValidator.ParseStringArray(value) : [value];
        return names is { Count: > 0 } && names.TrueForAll(name => name.Length > 0 && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
            ? names
            : null;
    }

    internal static SymbolInfo ToSymbolInfo(SymbolSettings symbol) => new()
    {
        Symbol = symbol.Symbol,
        Status = ParseStatus(symbol.Status),
        BaseAsset = symbol.BaseAsset,
        BaseAssetPrecision = 8,
        QuoteAsset = symbol.QuoteAsset,
        QuotePrecision = 8,
        QuoteAssetPrecision = 8,
        BaseCommissionPrecision = 8,
        QuoteCommissionPrecision = 8,
        OrderTypes = [OrderType.Limit, OrderType.LimitMaker, OrderType.Market, OrderType.StopLoss, OrderType.StopLossLimit, OrderType.TakeProfit, OrderType.TakeProfitLimit],
        IcebergAllowed = true,
        OcoAllowed = true,
        OtoAllowed = true,
        OpoAllowed = true,
        QuoteOrderQuantityMarketAllowed = true,
        AllowTrailingStop = true,
        CancelReplaceAllowed = true,
        AmendAllowed = true,
        PegInstructionsAllowed = true,
        IsSpotTradingAllowed = true,
        IsMarginTradingAllowed = false,
        Filters =
        [
            new PriceFilter { MinimumPrice = Amount(symbol.MinPrice), MaximumPrice = Amount(symbol.MaxPrice), TickSize = Amount(symbol.TickSize) },
            new LotSizeFilter { MinimumQuantity = Amount(symbol.MinQuantity), MaximumQuantity = Amount(symbol.MaxQuantity), StepSize = Amount(symbol.StepSize) },
            new IcebergPartsFilter { Limit = ExchangeCatalog.IcebergParts },
            new MarketLotSizeFilter { MinimumQuantity = Amount("0"), MaximumQuantity = Amount(symbol.MarketMaxQuantity), StepSize = Amount("0") },
            new TrailingDeltaFilter { MinimumTrailingAboveDelta = 10, MaximumTrailingAboveDelta = 2000, MinimumTrailingBelowDelta = 10, MaximumTrailingBelowDelta = 2000 },
            new PercentPriceBySideFilter { BidMultiplierUp = 5m, BidMultiplierDown = 0.2m, AskMultiplierUp = 5m, AskMultiplierDown = 0.2m, AveragePriceMinutes = 5 },
            new NotionalFilter { MinimumNotional = Amount(symbol.MinNotional), ApplyMinimumToMarket = true, MaximumNotional = Amount(symbol.MaxNotional), ApplyMaximumToMarket = false, AveragePriceMinutes = 5 },
            new MaxNumOrdersFilter { MaximumOrders = symbol.MaxOpenOrders },
            new MaxNumOrderListsFilter { MaximumOrderLists = 20 },
            new MaxNumAlgoOrdersFilter { MaximumAlgoOrders = symbol.MaxAlgoOrders },
            new MaxNumOrderAmendsFilter { MaximumOrderAmends = 10 },
        ],
        Permissions = [],
        PermissionSets = [["SPOT"]],
        DefaultSelfTradePreventionMode = SelfTradePreventionMode.ExpireMaker,
        AllowedSelfTradePreventionModes =
        [
            SelfTradePreventionMode.None, SelfTradePreventionMode.ExpireTaker, SelfTradePreventionMode.ExpireMaker,
            SelfTradePreventionMode.ExpireBoth, SelfTradePreventionMode.Decrement, SelfTradePreventionMode.Transfer,
        ],
    };

    private static SymbolStatus ParseStatus(string status) =>
        WireEnum.TryParse<SymbolStatus>(status, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"Unknown symbol status '{status}' in the settings.");

    // Binance shows filter amounts with eight decimals ("0.01000000"); adding a zero of scale 8 sets that scale.
    private static decimal Amount(string value) =>
        decimal.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) + 0.00000000m;
}
