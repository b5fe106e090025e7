using System.Globalization;
using System.Text;

namespace Spotnet.Reliability.Tests;

/// <summary>What the server shows over REST for the test's accounts: every order, every trade and every balance.</summary>
public sealed class RecoveredState
{
    private const int PageSize = 1000;

    /// <summary>Orders by account index, symbol and order id (<c>allOrders</c>).</summary>
    public Dictionary<(int Account, string Symbol), Dictionary<long, RecoveredOrder>> Orders { get; } = [];

    /// <summary>Trades by account index and symbol (<c>myTrades</c>).</summary>
    public Dictionary<(int Account, string Symbol), List<RecoveredTrade>> Trades { get; } = [];

    /// <summary>Balances by account index and asset: (free, locked) (<c>account</c>).</summary>
    public Dictionary<int, Dictionary<string, (decimal Free, decimal Locked)>> Balances { get; } = [];

    /// <summary>
    /// Reads everything until two reads in a row agree. The reads are many requests, and with the market simulator on
    /// its trades against the accounts' resting orders go on meanwhile: a single read could see an order before a fill
    /// and its trade after it.
    /// </summary>
    public static async Task<RecoveredState> ReadStableAsync(HttpClient http, IReadOnlyList<TradingAccount> accounts, IReadOnlyList<MarketSymbol> symbols)
    {
        var previous = await ReadAsync(http, accounts, symbols);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var current = await ReadAsync(http, accounts, symbols);
            if (current.Fingerprint() == previous.Fingerprint())
            {
                return current;
            }

            previous = current;
        }

        throw new InvalidOperationException("The accounts' orders, trades and balances kept changing over 20 reads in a row.");
    }

    /// <summary>Reads everything through the accounts' own keys, page by page.</summary>
    public static async Task<RecoveredState> ReadAsync(HttpClient http, IReadOnlyList<TradingAccount> accounts, IReadOnlyList<MarketSymbol> symbols)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(symbols);
        var state = new RecoveredState();
        foreach (var account in accounts)
        {
            foreach (var symbol in symbols)
            {
                state.Orders[(account.Index, symbol.Name)] = await ReadOrdersAsync(http, account, symbol.Name);
                state.Trades[(account.Index, symbol.Name)] = await ReadTradesAsync(http, account, symbol.Name);
            }

            var balances = await account.ReadAsync(http, "/api/v3/account");
            state.Balances[account.Index] = balances.GetProperty("balances").EnumerateArray().ToDictionary(
                balance => balance.GetProperty("asset").GetString()!,
                balance => (Amount.Parse(balance, "free"), Amount.Parse(balance, "locked")));
        }

        return state;
    }

    private string Fingerprint()
    {
        var text = new StringBuilder();
        foreach (var (key, orders) in Orders.OrderBy(pair => pair.Key))
        {
            text.AppendJoin('\n', orders.Values.OrderBy(order => order.OrderId)).Append('\n');
            text.AppendJoin('\n', Trades[key]).Append('\n');
        }

        foreach (var (account, balances) in Balances.OrderBy(pair => pair.Key))
        {
            text.Append(account).AppendJoin(';', balances.OrderBy(pair => pair.Key, StringComparer.Ordinal)).Append('\n');
        }

        return text.ToString();
    }

    private static async Task<Dictionary<long, RecoveredOrder>> ReadOrdersAsync(HttpClient http, TradingAccount account, string symbol)
    {
        var orders = new Dictionary<long, RecoveredOrder>();
        for (long from = 0; ; )
        {
            var page = await account.ReadAsync(http, "/api/v3/allOrders", ("symbol", symbol), ("orderId", Text(from)), ("limit", Text(PageSize)));
            foreach (var order in page.EnumerateArray())
            {
                var recovered = new RecoveredOrder(
                    order.GetProperty("orderId").GetInt64(), order.GetProperty("clientOrderId").GetString()!,
                    order.GetProperty("status").GetString()!, order.GetProperty("side").GetString()!, order.GetProperty("type").GetString()!,
                    Amount.Parse(order, "price"), Amount.Parse(order, "origQty"), Amount.Parse(order, "executedQty"),
                    Amount.Parse(order, "cummulativeQuoteQty"));
                // A duplicate row would be a bug of its own; keep the first and let the id checks see the rest.
                orders.TryAdd(recovered.OrderId, recovered);
                from = Math.Max(from, recovered.OrderId + 1);
            }

            if (page.GetArrayLength() < PageSize)
            {
                return orders;
            }
        }
    }

    private static async Task<List<RecoveredTrade>> ReadTradesAsync(HttpClient http, TradingAccount account, string symbol)
    {
        var trades = new List<RecoveredTrade>();
        for (long from = 0; ; )
        {
            var page = await account.ReadAsync(http, "/api/v3/myTrades", ("symbol", symbol), ("fromId", Text(from)), ("limit", Text(PageSize)));
            foreach (var trade in page.EnumerateArray())
            {
                var recovered = new RecoveredTrade(
                    trade.GetProperty("id").GetInt64(), trade.GetProperty("orderId").GetInt64(), Amount.Parse(trade, "price"),
                    Amount.Parse(trade, "qty"), Amount.Parse(trade, "quoteQty"), Amount.Parse(trade, "commission"),
                    trade.GetProperty("commissionAsset").GetString()!, trade.GetProperty("isBuyer").GetBoolean());
                trades.Add(recovered);
                from = Math.Max(from, recovered.Id + 1);
            }

            if (page.GetArrayLength() < PageSize)
            {
                return trades;
            }
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An order as <c>allOrders</c> shows it.</summary>
/// <param name="OrderId">Order id (<c>orderId</c>).</param>
/// <param name="ClientOrderId">Client order id (<c>clientOrderId</c>).</param>
/// <param name="Status">Status (<c>status</c>).</param>
/// <param name="Side">Side (<c>side</c>).</param>
/// <param name="Type">Type (<c>type</c>).</param>
/// <param name="Price">Limit price (<c>price</c>).</param>
/// <param name="OriginalQuantity">Original quantity (<c>origQty</c>).</param>
/// <param name="ExecutedQuantity">Executed quantity (<c>executedQty</c>).</param>
/// <param name="CumulativeQuoteQuantity">Quote spent or received (<c>cummulativeQuoteQty</c>).</param>
public sealed record RecoveredOrder(
    long OrderId, string ClientOrderId, string Status, string Side, string Type, decimal Price, decimal OriginalQuantity,
    decimal ExecutedQuantity, decimal CumulativeQuoteQuantity)
{
    /// <summary>True while the order rests on the book.</summary>
    public bool IsOpen => Status is "NEW" or "PARTIALLY_FILLED";

    /// <summary>Quantity still resting.</summary>
    public decimal RemainingQuantity => OriginalQuantity - ExecutedQuantity;
}

/// <summary>A trade as <c>myTrades</c> shows it.</summary>
/// <param name="Id">Trade id (<c>id</c>).</param>
/// <param name="OrderId">The account's order (<c>orderId</c>).</param>
/// <param name="Price">Price (<c>price</c>).</param>
/// <param name="Quantity">Base quantity (<c>qty</c>).</param>
/// <param name="QuoteQuantity">Quote quantity (<c>quoteQty</c>).</param>
/// <param name="Commission">Commission paid (<c>commission</c>).</param>
/// <param name="CommissionAsset">Asset of the commission (<c>commissionAsset</c>).</param>
/// <param name="IsBuyer">True when the account bought (<c>isBuyer</c>).</param>
public sealed record RecoveredTrade(
    long Id, long OrderId, decimal Price, decimal Quantity, decimal QuoteQuantity, decimal Commission, string CommissionAsset, bool IsBuyer);
